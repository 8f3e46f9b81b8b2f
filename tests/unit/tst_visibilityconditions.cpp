// Visibility conditions: each kind, the seed's leniencies we turned into denials, and wording.
#include "PermissionEngine.h"
#include "VisibilityConditions.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QJsonObject obj(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QString WeddingId = u"7f1c0c4e-8a55-4d2b-9c1e-3b1d2a4c5e6f"_s;

WeddingContext wedding()
{
    return {WeddingId, QDate(2026, 6, 14), QTimeZone("Europe/London"), u"confirmed"_s};
}

UserProfile user(Role role, bool access, const QByteArray &customFields = {})
{
    UserProfile u;
    u.userId = u"u1"_s;
    u.role = role;
    if (access)
        u.weddingAccess.append({WeddingId, u"limited"_s});
    u.weddingAccess.append({u"another-wedding"_s, u"full"_s});
    u.customFields = obj(customFields);
    return u;
}

} // namespace

class TestVisibilityConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void wording_data();
    void wording();
    void problemsAsFieldErrors();
    void unknownKeyExplainsItself();
};

void TestVisibilityConditions::evaluate_data()
{
    QTest::addColumn<QByteArray>("conditions");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("withWedding");
    QTest::addColumn<bool>("access");
    QTest::addColumn<QByteArray>("customFields");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QStringList>("failing");

    const QDateTime noon = utc("2026-06-01T12:00:00Z");
    const QStringList none;
    using enum Role;
    auto row
        = [&](const char *name, const char *conditions, Role role, bool withWedding, bool access,
              const char *fields, QDateTime now, bool passes, QStringList failing) {
              QTest::newRow(name) << QByteArray(conditions) << role << withWedding << access
                                  << QByteArray(fields) << now << passes << failing;
          };

    row("no conditions", "{}", Guest, false, false, "", noon, true, none);

    row("wedding access: has it", R"({"hasWeddingAccess": true})", Vendor, true, true, "", noon,
        true, none);
    row("wedding access: only for another wedding", R"({"hasWeddingAccess": true})", Vendor, true,
        false, "", noon, false, {u"hasWeddingAccess"_s});
    row("wedding access: no wedding selected", R"({"hasWeddingAccess": true})", Admin, false, true,
        "", noon, false, {u"hasWeddingAccess"_s});
    row("wedding access: false asks nothing", R"({"hasWeddingAccess": false})", Guest, true, false,
        "", noon, true, none);
    row("wedding access: not a boolean", R"({"hasWeddingAccess": "yes"})", Admin, true, true, "",
        noon, false, {u"hasWeddingAccess"_s});

    row("minimum role: above", R"({"minimumRole": "coordinator"})", Admin, false, false, "", noon,
        true, none);
    row("minimum role: equal", R"({"minimumRole": "coordinator"})", Coordinator, false, false, "",
        noon, true, none);
    row("minimum role: below", R"({"minimumRole": "coordinator"})", Photographer, false, false, "",
        noon, false, {u"minimumRole"_s});
    row("minimum role: guest lets everyone", R"({"minimumRole": "guest"})", Guest, false, false, "",
        noon, true, none);
    row("minimum role: unknown role denies even admin", R"({"minimumRole": "owner"})", Admin, false,
        false, "", noon, false, {u"minimumRole"_s});
    row("minimum role: not text", R"({"minimumRole": 3})", Admin, false, false, "", noon, false,
        {u"minimumRole"_s});

    row("equals: same text",
        R"({"customField": {"field": "team", "operator": "equals", "value": "catering"}})", Vendor,
        false, false, R"({"team": "catering"})", noon, true, none);
    row("equals: other text",
        R"({"customField": {"field": "team", "operator": "equals", "value": "catering"}})", Vendor,
        false, false, R"({"team": "bar"})", noon, false, {u"customField"_s});
    row("equals: field not set",
        R"({"customField": {"field": "team", "operator": "equals", "value": "catering"}})", Vendor,
        false, false, "", noon, false, {u"customField"_s});
    row("equals: number", R"({"customField": {"field": "tier", "operator": "equals", "value": 3}})",
        Vendor, false, false, R"({"tier": 3.0})", noon, true, none);
    row("equals: text is not number",
        R"({"customField": {"field": "tier", "operator": "equals", "value": 3}})", Vendor, false,
        false, R"({"tier": "3"})", noon, false, {u"customField"_s});
    row("equals: boolean",
        R"({"customField": {"field": "vip", "operator": "equals", "value": true}})", Guest, false,
        false, R"({"vip": true})", noon, true, none);
    row("contains: substring",
        R"({"customField": {"field": "notes", "operator": "contains", "value": "gluten"}})", Guest,
        false, false, R"({"notes": "no gluten please"})", noon, true, none);
    row("contains: no substring",
        R"({"customField": {"field": "notes", "operator": "contains", "value": "nuts"}})", Guest,
        false, false, R"({"notes": "no gluten please"})", noon, false, {u"customField"_s});
    row("contains: array element",
        R"({"customField": {"field": "tags", "operator": "contains", "value": "vip"}})", Guest,
        false, false, R"({"tags": ["family", "vip"]})", noon, true, none);
    row("contains: array without it",
        R"({"customField": {"field": "tags", "operator": "contains", "value": "vip"}})", Guest,
        false, false, R"({"tags": ["family"]})", noon, false, {u"customField"_s});
    row("contains: array of numbers",
        R"({"customField": {"field": "tables", "operator": "contains", "value": 4}})", Guest, false,
        false, R"({"tables": [1, 4]})", noon, true, none);
    row("contains: on a number",
        R"({"customField": {"field": "tier", "operator": "contains", "value": "3"}})", Guest, false,
        false, R"({"tier": 3})", noon, false, {u"customField"_s});
    row("custom field: unknown operator",
        R"({"customField": {"field": "team", "operator": "startsWith", "value": "cat"}})", Admin,
        false, false, R"({"team": "catering"})", noon, false, {u"customField"_s});
    row("custom field: no value", R"({"customField": {"field": "team", "operator": "equals"}})",
        Admin, false, false, R"({"team": "catering"})", noon, false, {u"customField"_s});
    row("custom field: not an object", R"({"customField": "team"})", Admin, false, false, "", noon,
        false, {u"customField"_s});

    const char *window
        = R"({"timeRestriction": {"start": "2026-06-01T09:00:00Z", "end": "2026-06-01T17:00:00Z"}})";
    row("time: inside", window, Guest, false, false, "", noon, true, none);
    row("time: before", window, Guest, false, false, "", utc("2026-06-01T08:59:59Z"), false,
        {u"timeRestriction"_s});
    row("time: after", window, Guest, false, false, "", utc("2026-06-01T17:00:01Z"), false,
        {u"timeRestriction"_s});
    row("time: end is inclusive", window, Guest, false, false, "", utc("2026-06-01T17:00:00Z"),
        true, none);
    row("time: start is inclusive", window, Guest, false, false, "", utc("2026-06-01T09:00:00Z"),
        true, none);
    row("time: offsets",
        R"({"timeRestriction": {"start": "2026-06-01T10:00:00+02:00", "end": "2026-06-01T11:00:00+02:00"}})",
        Guest, false, false, "", utc("2026-06-01T08:30:00Z"), true, none);
    row("time: bare dates are UTC midnight",
        R"({"timeRestriction": {"start": "2026-05-01", "end": "2026-07-01"}})", Guest, false, false,
        "", noon, true, none);
    row("time: unreadable start",
        R"({"timeRestriction": {"start": "tomorrow", "end": "2026-07-01T00:00:00Z"}})", Admin,
        false, false, "", noon, false, {u"timeRestriction"_s});
    row("time: missing end", R"({"timeRestriction": {"start": "2026-05-01T00:00:00Z"}})", Admin,
        false, false, "", noon, false, {u"timeRestriction"_s});
    row("time: no zone is ambiguous",
        R"({"timeRestriction": {"start": "2026-05-01T00:00:00", "end": "2026-07-01T00:00:00Z"}})",
        Admin, false, false, "", noon, false, {u"timeRestriction"_s});
    row("time: ends before it starts",
        R"({"timeRestriction": {"start": "2026-07-01T00:00:00Z", "end": "2026-05-01T00:00:00Z"}})",
        Admin, false, false, "", noon, false, {u"timeRestriction"_s});
    row("time: not an object", R"({"timeRestriction": "mornings"})", Admin, false, false, "", noon,
        false, {u"timeRestriction"_s});

    row("unknown key denies", R"({"isVip": true})", Admin, true, true, "", noon, false,
        {u"isVip"_s});
    row("unknown key next to a passing one", R"({"minimumRole": "guest", "region": "EU"})", Admin,
        false, false, "", noon, false, {u"region"_s});
    row("two failures are both named", R"({"minimumRole": "admin", "hasWeddingAccess": true})",
        Couple, true, false, "", noon, false, {u"hasWeddingAccess"_s, u"minimumRole"_s});
    row("all kinds pass together",
        R"({"minimumRole": "vendor", "hasWeddingAccess": true, "customField": {"field": "team", "operator": "equals", "value": "bar"}, "timeRestriction": {"start": "2026-05-01T00:00:00Z", "end": "2026-07-01T00:00:00Z"}})",
        Photographer, true, true, R"({"team": "bar"})", noon, true, none);
}

void TestVisibilityConditions::evaluate()
{
    QFETCH(QByteArray, conditions);
    QFETCH(Role, role);
    QFETCH(bool, withWedding);
    QFETCH(bool, access);
    QFETCH(QByteArray, customFields);
    QFETCH(QDateTime, now);
    QFETCH(bool, passes);
    QFETCH(QStringList, failing);

    const UserProfile u = user(role, access, customFields);
    const WeddingContext w = wedding();
    const WeddingContext *wp = withWedding ? &w : nullptr;
    const VisibilityVerdict verdict = evaluateVisibilityConditions(obj(conditions), u, wp, now);
    QCOMPARE(verdict.passed, passes);
    QStringList failingKeys;
    for (const ConditionResult &r : verdict.failures()) {
        failingKeys.append(r.key);
        QVERIFY2(!r.text.isEmpty(), qPrintable(r.key));
    }
    QCOMPARE(failingKeys, failing);

    // The fast path and the explaining path must agree.
    const CompiledConditions compiled = CompiledConditions::compile(obj(conditions));
    QCOMPARE(compiled.passes(ConditionSubject::from(u, wp, now)), passes);
}

void TestVisibilityConditions::wording_data()
{
    QTest::addColumn<QByteArray>("conditions");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QByteArray>("customFields");
    QTest::addColumn<QString>("text");

    QTest::newRow("minimum role failed")
        << QByteArray(R"({"minimumRole": "coordinator"})") << Role::Couple << QByteArray()
        << u"the section needs at least coordinator, and couple ranks below it"_s;
    QTest::newRow("minimum role met") << QByteArray(R"({"minimumRole": "vendor"})") << Role::Couple
                                      << QByteArray() << u"couple meets the minimum role vendor"_s;
    QTest::newRow("custom field differs")
        << QByteArray(
               R"({"customField": {"field": "team", "operator": "equals", "value": "catering"}})")
        << Role::Vendor << QByteArray(R"({"team": "bar"})")
        << u"the section needs custom field team to equal \"catering\", and it is \"bar\""_s;
    QTest::newRow("custom field missing")
        << QByteArray(
               R"({"customField": {"field": "tags", "operator": "contains", "value": "vip"}})")
        << Role::Vendor << QByteArray()
        << u"the section needs custom field tags to contain \"vip\", and it is not set"_s;
    QTest::newRow("time window")
        << QByteArray(
               R"({"timeRestriction": {"start": "2026-07-01T09:00:00Z", "end": "2026-07-01T17:00:00Z"}})")
        << Role::Guest << QByteArray()
        << u"the section is shown only from 2026-07-01T09:00:00Z to 2026-07-01T17:00:00Z, and it is now 2026-06-01T12:00:00Z"_s;
    QTest::newRow("unknown operator")
        << QByteArray(R"({"customField": {"field": "team", "operator": "like", "value": "x"}})")
        << Role::Admin << QByteArray()
        << u"the customField condition uses the unknown operator \"like\" (use equals or contains), so the section stays hidden until it is fixed"_s;
}

void TestVisibilityConditions::wording()
{
    QFETCH(QByteArray, conditions);
    QFETCH(Role, role);
    QFETCH(QByteArray, customFields);
    QFETCH(QString, text);
    const UserProfile u = user(role, false, customFields);
    const VisibilityVerdict verdict
        = evaluateVisibilityConditions(obj(conditions), u, nullptr, utc("2026-06-01T12:00:00Z"));
    QCOMPARE(verdict.results.size(), 1);
    QCOMPARE(verdict.results.first().text, text);
}

void TestVisibilityConditions::problemsAsFieldErrors()
{
    const CompiledConditions compiled = CompiledConditions::compile(obj(R"({
        "minimumRole": "owner",
        "hasWeddingAccess": true,
        "timeRestriction": {"start": "soon", "end": "later"},
        "colour": "blue"
    })"));
    const QList<FieldError> problems = compiled.problems();
    QStringList fields;
    for (const FieldError &e : problems) {
        fields.append(e.field);
        QVERIFY(e.message.front().isUpper());
        QVERIFY(e.message.endsWith(u'.'));
    }
    QCOMPARE(
        fields,
        (QStringList {u"visibility.conditions.colour"_s, u"visibility.conditions.minimumRole"_s,
                      u"visibility.conditions.timeRestriction"_s}));
    QVERIFY(CompiledConditions::compile(obj(R"({"minimumRole": "vendor"})")).problems().isEmpty());
    QVERIFY(CompiledConditions().isEmpty());
    QVERIFY(CompiledConditions().passes({}));
}

void TestVisibilityConditions::unknownKeyExplainsItself()
{
    const UserProfile u = user(Role::Admin, true);
    const VisibilityVerdict verdict = evaluateVisibilityConditions(
        obj(R"({"vipOnly": true})"), u, nullptr, QDateTime::currentDateTimeUtc());
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.results.size(), 1);
    QVERIFY(verdict.results.first().text.contains(u"unknown visibility condition \"vipOnly\""));
    QVERIFY(verdict.results.first().text.contains(u"hides the section"));
}

QTEST_GUILESS_MAIN(TestVisibilityConditions)
#include "tst_visibilityconditions.moc"
