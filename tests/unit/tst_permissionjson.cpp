// JSON codecs of UserProfile, WeddingContext and EffectivePermission: round trips and bad input.
#include "PermissionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &f : error.fields)
        out.append(f.field);
    return out;
}

} // namespace

class TestPermissionJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagNames();
    void userProfileRoundTrip();
    void userProfileWithoutRole();
    void weddingRoundTrip();
    void permissionRoundTrip();
    void permissionShape();
    void malformed_data();
    void malformed();
    void messagesAreSentences();
};

void TestPermissionJson::flagNames()
{
    for (PermissionFlag f : {PermissionFlag::View, PermissionFlag::Edit, PermissionFlag::Hide,
                             PermissionFlag::Conditions})
        QCOMPARE(permissionFlagFromName(permissionFlagName(f)), std::optional(f));
    QCOMPARE(permissionFlagName(PermissionFlag::Conditions), u"conditions"_s);
    QVERIFY(!permissionFlagFromName(u"View").has_value());
}

void TestPermissionJson::userProfileRoundTrip()
{
    UserProfile u;
    u.userId = u"0b8c7a52-1f0e-4f7b-9f55-6c2d3e4f5a6b"_s;
    u.organizationId = u"org-1"_s;
    u.displayName = u"Zoë Ashby"_s;
    u.role = Role::Photographer;
    u.weddingAccess = {{u"w1"_s, u"full"_s}, {u"w2"_s, u"limited"_s}};
    u.customFields = QJsonObject {{u"tags"_s, QJsonArray {u"vip"_s}}, {u"tier"_s, 2}};

    const QJsonObject json = userProfileToJson(u);
    QCOMPARE(json.value(u"role").toString(), u"photographer"_s);
    QCOMPARE(
        json.value(u"weddingAccess").toArray().at(1).toObject().value(u"accessLevel").toString(),
        u"limited"_s);
    const Result<UserProfile> back = userProfileFromJson(json);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), u);
    // And through bytes.
    const Result<UserProfile> fromBytes = userProfileFromJson(QJsonDocument(json).toJson());
    QVERIFY(fromBytes.ok());
    QCOMPARE(fromBytes.value(), u);
}

void TestPermissionJson::userProfileWithoutRole()
{
    UserProfile u;
    u.userId = u"u"_s;
    const QJsonObject json = userProfileToJson(u);
    QVERIFY(json.value(u"role").isNull());
    const Result<UserProfile> back = userProfileFromJson(json);
    QVERIFY(back.ok());
    QVERIFY(!back->role.has_value());
    QCOMPARE(back->effectiveRole(), Role::Guest);
    // Absent is the same as null.
    const Result<UserProfile> minimal = userProfileFromJson(QByteArray(R"({"userId": "u"})"));
    QVERIFY(minimal.ok());
    QCOMPARE(minimal.value(), u);
}

void TestPermissionJson::weddingRoundTrip()
{
    const WeddingContext w {u"w1"_s, QDate(2026, 6, 14), QTimeZone("Australia/Sydney"),
                            u"confirmed"_s};
    const QJsonObject json = weddingContextToJson(w);
    QCOMPARE(json.value(u"date").toString(), u"2026-06-14"_s);
    QCOMPARE(json.value(u"timeZone").toString(), u"Australia/Sydney"_s);
    const Result<WeddingContext> back = weddingContextFromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->weddingId, w.weddingId);
    QCOMPARE(back->date, w.date);
    QCOMPARE(back->timeZone.id(), w.timeZone.id());
    QCOMPARE(back->status, w.status);
    // The decoded zone drives the phase: already the wedding day in Sydney.
    QCOMPARE(weddingPhaseAt(back->date, back->timeZone,
                            QDateTime(QDate(2026, 6, 13), QTime(14, 30), QTimeZone::utc())),
             WeddingPhase::WeddingDay);
}

void TestPermissionJson::permissionRoundTrip()
{
    SectionConfig budget;
    budget.id = u"s1"_s;
    budget.sectionType = u"budget"_s;
    budget.visibility.roles = {u"admin"_s, u"coordinator"_s};
    budget.visibility.weddingPhases = {u"planning"_s};
    budget.visibility.hasWeddingPhases = true;
    UserProfile couple;
    couple.userId = u"u"_s;
    couple.role = Role::Couple;
    couple.weddingAccess = {{u"w1"_s, u"full"_s}};
    const WeddingContext w {u"w1"_s, QDate(2026, 6, 14), QTimeZone::utc(), {}};
    const EffectivePermission p = PermissionEngine().evaluate(
        couple, budget, &w, QDateTime(QDate(2026, 6, 14), QTime(10, 0), QTimeZone::utc()));
    QVERIFY(p.explanation.size() >= 4);

    const Result<EffectivePermission> back
        = effectivePermissionFromJson(effectivePermissionToJson(p));
    QVERIFY(back.ok());
    QCOMPARE(back->canView, p.canView);
    QCOMPARE(back->canEdit, p.canEdit);
    QCOMPARE(back->canHide, p.canHide);
    QCOMPARE(back->conditions, p.conditions);
    QCOMPARE(back->phase, p.phase);
    QCOMPARE(back->explanation, p.explanation);

    EffectivePermission orgWide;
    orgWide.canView = true;
    const Result<EffectivePermission> back2
        = effectivePermissionFromJson(effectivePermissionToJson(orgWide));
    QVERIFY(back2.ok());
    QVERIFY(!back2->phase.has_value());
    QVERIFY(back2->explanation.isEmpty());
}

void TestPermissionJson::permissionShape()
{
    EffectivePermission p;
    p.canView = true;
    p.phase = WeddingPhase::PreWedding;
    p.explanation = {{PermissionFlag::Hide, false, u"no_hide_grant"_s, u"text"_s}};
    const QJsonObject json = effectivePermissionToJson(p);
    QCOMPARE(json.value(u"canView"), QJsonValue(true));
    QCOMPARE(json.value(u"canEdit"), QJsonValue(false));
    QCOMPARE(json.value(u"phase"), QJsonValue(u"pre_wedding"_s));
    QCOMPARE(json.value(u"explanation").toArray().first().toObject(),
             (QJsonObject {{u"flag"_s, u"hide"_s},
                           {u"allows"_s, false},
                           {u"rule"_s, u"no_hide_grant"_s},
                           {u"text"_s, u"text"_s}}));
}

void TestPermissionJson::malformed_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fields");

    auto row = [](const char *name, const char *codec, const char *json, const char *code,
                  QStringList fields) {
        QTest::newRow(name) << QString::fromLatin1(codec) << QByteArray(json)
                            << QString::fromLatin1(code) << fields;
    };
    const char *user = "user", *wedding = "wedding", *perm = "permission";
    const char *badUser = "invalid_user_profile", *badWedding = "invalid_wedding",
               *badPerm = "invalid_permission";

    for (const char *codec : {user, wedding, perm}) {
        row(QByteArray(codec + QByteArray(": truncated")).constData(), codec, R"({"userId": )",
            "malformed_json", {});
        row(QByteArray(codec + QByteArray(": array")).constData(), codec, R"([1, 2])",
            "malformed_json", {});
    }

    row("user: no userId", user, R"({"role": "admin"})", badUser, {u"userId"_s});
    row("user: unknown role", user, R"({"userId": "u", "role": "Owner"})", badUser, {u"role"_s});
    row("user: role not text", user, R"({"userId": "u", "role": 5})", badUser, {u"role"_s});
    row("user: empty role", user, R"({"userId": "u", "role": ""})", badUser, {u"role"_s});
    row("user: access not a list", user, R"({"userId": "u", "weddingAccess": {"weddingId": "w"}})",
        badUser, {u"weddingAccess"_s});
    row("user: access entry not an object", user, R"({"userId": "u", "weddingAccess": ["w1"]})",
        badUser, {u"weddingAccess[0]"_s});
    row("user: access entry incomplete", user,
        R"({"userId": "u", "weddingAccess": [{"weddingId": "w", "accessLevel": "full"}, {"weddingId": "w2"}]})",
        badUser, {u"weddingAccess[1].accessLevel"_s});
    row("user: custom fields not an object", user, R"({"userId": "u", "customFields": [1]})",
        badUser, {u"customFields"_s});
    row("user: every problem at once", user,
        R"({"userId": 7, "role": "boss", "displayName": false})", badUser,
        {u"userId"_s, u"displayName"_s, u"role"_s});

    row("wedding: empty object", wedding, R"({})", badWedding,
        {u"weddingId"_s, u"date"_s, u"timeZone"_s});
    row("wedding: date in another format", wedding,
        R"({"weddingId": "w", "date": "14/06/2026", "timeZone": "UTC"})", badWedding, {u"date"_s});
    row("wedding: impossible date", wedding,
        R"({"weddingId": "w", "date": "2026-02-30", "timeZone": "UTC"})", badWedding, {u"date"_s});
    row("wedding: short date", wedding,
        R"({"weddingId": "w", "date": "2026-6-1", "timeZone": "UTC"})", badWedding, {u"date"_s});
    row("wedding: date with time", wedding,
        R"({"weddingId": "w", "date": "2026-06-14T10:00:00Z", "timeZone": "UTC"})", badWedding,
        {u"date"_s});
    row("wedding: unknown zone", wedding,
        R"({"weddingId": "w", "date": "2026-06-14", "timeZone": "Mars/Olympus_Mons"})", badWedding,
        {u"timeZone"_s});
    row("wedding: empty zone", wedding,
        R"({"weddingId": "w", "date": "2026-06-14", "timeZone": ""})", badWedding, {u"timeZone"_s});
    row("wedding: zone not text", wedding,
        R"({"weddingId": "w", "date": "2026-06-14", "timeZone": 10})", badWedding, {u"timeZone"_s});

    row("permission: empty object", perm, R"({})", badPerm,
        {u"canView"_s, u"canEdit"_s, u"canHide"_s});
    row("permission: flag not boolean", perm,
        R"({"canView": true, "canEdit": "yes", "canHide": false})", badPerm, {u"canEdit"_s});
    row("permission: unknown phase", perm,
        R"({"canView": true, "canEdit": false, "canHide": false, "phase": "honeymoon"})", badPerm,
        {u"phase"_s});
    row("permission: conditions a list", perm,
        R"({"canView": true, "canEdit": false, "canHide": false, "conditions": []})", badPerm,
        {u"conditions"_s});
    row("permission: explanation not a list", perm,
        R"({"canView": true, "canEdit": false, "canHide": false, "explanation": "because"})",
        badPerm, {u"explanation"_s});
    row("permission: unknown flag", perm,
        R"({"canView": true, "canEdit": false, "canHide": false, "explanation": [{"flag": "delete", "allows": true, "rule": "r", "text": "t"}]})",
        badPerm, {u"explanation[0].flag"_s});
    row("permission: reason incomplete", perm,
        R"({"canView": true, "canEdit": false, "canHide": false, "explanation": [{"flag": "view", "allows": true, "rule": "r"}, {"flag": "edit", "allows": "true"}, 3]})",
        badPerm, {u"explanation[1].allows"_s, u"explanation[1].rule"_s, u"explanation[2]"_s});
}

void TestPermissionJson::malformed()
{
    QFETCH(QString, codec);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QStringList, fields);

    Error error;
    if (codec == u"user") {
        const Result<UserProfile> r = userProfileFromJson(json);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (codec == u"wedding") {
        const Result<WeddingContext> r = weddingContextFromJson(json);
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        const Result<EffectivePermission> r = effectivePermissionFromJson(json);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(fieldsOf(error), fields);
}

void TestPermissionJson::messagesAreSentences()
{
    const Result<WeddingContext> r = weddingContextFromJson(
        QByteArray(R"({"weddingId": "w", "date": "2026-06-14", "timeZone": "Europe/Lundon"})"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"The wedding has 1 problem(s)."_s);
    QCOMPARE(
        r.error().fields.first().message,
        u"Unknown time zone \"Europe/Lundon\"; use an IANA name such as Europe/London or Australia/Sydney."_s);
    const Result<UserProfile> u
        = userProfileFromJson(QByteArray(R"({"userId": "u", "role": "Admin"})"));
    QVERIFY(!u.ok());
    QCOMPARE(
        u.error().fields.first().message,
        u"Unknown role \"Admin\"; use guest, vendor, couple, photographer, coordinator or admin."_s);
}

QTEST_GUILESS_MAIN(TestPermissionJson)
#include "tst_permissionjson.moc"
