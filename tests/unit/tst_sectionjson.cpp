// The section wire codec: what console and server exchange must survive both directions intact,
// and a wrong document must say exactly which fields are wrong.
#include "SectionJson.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace wedsync;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(wedsync::SectionConfig)

namespace {

const QString OrgId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
const QString WeddingId = u"16fd2706-8baf-433b-82eb-8c7fada847da"_s;
const QString SectionId = u"a3bb189e-8bf9-3888-9912-ace4e6543002"_s;

SectionConfig fullSection()
{
    SectionConfig s;
    s.id = SectionId;
    s.organizationId = OrgId;
    s.weddingId = WeddingId;
    s.sectionType = u"timeline"_s;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s, u"photographer"_s};
    s.visibility.conditions
        = QJsonObject {{u"hasWeddingAccess"_s, true},
                       {u"minimumRole"_s, u"vendor"_s},
                       {u"customField"_s, QJsonObject {{u"venue"_s, u"barn"_s}}}};
    s.visibility.weddingPhases = {u"pre_wedding"_s, u"wedding_day"_s};
    s.visibility.hasWeddingPhases = true;
    s.layout.position = 3;
    s.layout.size = u"large"_s;
    s.layout.columns = 8;
    s.layout.responsive = QJsonObject {{u"mobile"_s, QJsonObject {{u"columns"_s, 12}}}};
    s.customization.title = u"Day-of timeline"_s;
    s.customization.subtitle = u"Every minute of the big day"_s;
    s.customization.color = u"#D4A5A5"_s;
    s.customization.icon = u"calendar-heart"_s;
    s.customization.theme = QJsonObject {{u"accent"_s, u"#fff"_s}, {u"dense"_s, false}};
    s.permissions.canView = {u"admin"_s, u"coordinator"_s, u"photographer"_s};
    s.permissions.canEdit = {u"admin"_s};
    s.permissions.canHide = {u"admin"_s, u"coordinator"_s};
    s.metadata.createdBy = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    s.metadata.updatedBy = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    s.metadata.version = 42;
    s.metadata.lastSynced = QDateTime(QDate(2025, 6, 14), QTime(9, 30, 5, 123), QTimeZone::utc());
    return s;
}

QByteArray describe(const SectionConfig &s)
{
    return QJsonDocument(sectionToJson(s)).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const char *json)
{
    const Result<QJsonObject> r = parseJsonObject(QByteArray(json));
    if (!r)
        qFatal("test fixture is not a JSON object: %s", json);
    return r.value();
}

QStringList fieldsOf(const Error &e)
{
    QStringList fields;
    for (const FieldError &f : e.fields)
        fields.append(f.field);
    return fields;
}

} // namespace

class TestSectionJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structRoundTrip_data();
    void structRoundTrip();
    void canonicalJsonRoundTrip_data();
    void canonicalJsonRoundTrip();
    void wireShape();
    void absentAndNullTakeDefaults();
    void timestampsWithOffsetBecomeUtc();
    void wrongTypes_data();
    void wrongTypes();
    void reportsEveryProblemAtOnce();
    void bytesOverload();
    void listRoundTrip();
    void listErrorsNameTheEntry();
    void patchMerges_data();
    void patchMerges();
    void patchRejects_data();
    void patchRejects();
    void patchAcceptsEchoOfFetchedSection();
};

void TestSectionJson::structRoundTrip_data()
{
    QTest::addColumn<SectionConfig>("section");

    QTest::newRow("full") << fullSection();
    QTest::newRow("minimal (defaults)") << SectionConfig();

    SectionConfig orgWide = fullSection();
    orgWide.weddingId.clear();
    orgWide.metadata.lastSynced = QDateTime();
    QTest::newRow("organization-wide, never synced") << orgWide;

    SectionConfig noPhase = fullSection();
    noPhase.visibility.weddingPhases.clear();
    noPhase.visibility.hasWeddingPhases = false;
    QTest::newRow("phases absent (every phase)") << noPhase;

    SectionConfig emptyPhase = noPhase;
    emptyPhase.visibility.hasWeddingPhases = true;
    QTest::newRow("phases present but empty (no phase)") << emptyPhase;

    SectionConfig unicode = fullSection();
    unicode.customization.title
        = u"Hochzeit 💍 — Zoë & Ærøskøbing 結婚式 👨‍👩‍👧 🇫🇷"_s;
    unicode.customization.subtitle = u"מסיבת חתונה · e\u0301te\u0301 · 𝄞"_s;
    unicode.customization.icon = u"💐"_s;
    unicode.customization.theme = QJsonObject {{u"fête"_s, u"🎉"_s}};
    unicode.visibility.conditions
        = QJsonObject {{u"customField"_s, QJsonObject {{u"lieu"_s, u"Château"_s}}}};
    QTest::newRow("unicode") << unicode;

    SectionConfig meta = fullSection();
    meta.customization.title = u"'; DROP TABLE section_configurations; --"_s;
    meta.customization.subtitle = u"<script>alert(\"x\")</script> {{7*7}} ${env} \\u0000 %s"_s;
    meta.customization.icon = u"../../etc/passwd"_s;
    meta.sectionType = u"guest_list' OR '1'='1"_s;
    meta.visibility.roles = {u"admin\"; --"_s, u"<b>"_s};
    QTest::newRow("SQL and script metacharacters kept verbatim") << meta;

    SectionConfig wholeSecond = fullSection();
    wholeSecond.metadata.lastSynced
        = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc());
    QTest::newRow("whole-second timestamp") << wholeSecond;

    SectionConfig offset = fullSection();
    offset.metadata.lastSynced = QDateTime(QDate(2025, 1, 1), QTime(1, 0), QTimeZone(3600 * 11));
    QTest::newRow("timestamp held in a non-UTC zone") << offset;

    SectionConfig extremes = fullSection();
    extremes.layout.position = std::numeric_limits<int>::max();
    extremes.layout.columns = std::numeric_limits<int>::min();
    extremes.metadata.version = 9'000'000'000'000LL;
    QTest::newRow("numbers at the edges") << extremes;
}

void TestSectionJson::structRoundTrip()
{
    QFETCH(SectionConfig, section);
    const Result<SectionConfig> direct = sectionFromJson(sectionToJson(section));
    QVERIFY2(direct.ok(),
             qPrintable(direct.ok() ? QString() : direct.error().fields.value(0).field));
    QVERIFY2(direct.value() == section, describe(direct.value()).constData());

    // Through the bytes a peer really sends.
    const QByteArray wire = QJsonDocument(sectionToJson(section)).toJson(QJsonDocument::Compact);
    const Result<SectionConfig> viaBytes = sectionFromJson(wire);
    QVERIFY(viaBytes.ok());
    QVERIFY2(viaBytes.value() == section, wire.constData());
}

void TestSectionJson::canonicalJsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray common = R"("id":"a3bb189e-8bf9-3888-9912-ace4e6543002",
        "organizationId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","sectionType":"budget",
        "layout":{"position":0,"size":"full","columns":12,"responsive":{}},
        "customization":{"title":"Budget","subtitle":"","color":"","icon":"","theme":{}},
        "permissions":{"canEdit":["admin"],"canView":["admin","couple"],"canHide":[]},)";
    QTest::newRow("org-wide, no phase, never synced")
        << QByteArray("{" + common + R"("weddingId":null,
        "visibility":{"roles":["admin","couple"],"conditions":{}},
        "metadata":{"createdBy":"u1","updatedBy":"u2","version":1,"lastSynced":null}})");
    QTest::newRow("wedding, empty phase list, synced to the second")
        << QByteArray("{" + common + R"("weddingId":"16fd2706-8baf-433b-82eb-8c7fada847da",
        "visibility":{"roles":[],"conditions":{"minimumRole":"vendor"},"weddingPhase":[]},
        "metadata":{"createdBy":"","updatedBy":"","version":7,"lastSynced":"2025-06-14T09:30:00Z"}})");
    QTest::newRow("phases and milliseconds") << QByteArray("{" + common + R"("weddingId":null,
        "visibility":{"roles":["guest"],"conditions":{"timeRestriction":{"start":"09:00"}},
                      "weddingPhase":["planning","post_wedding"]},
        "metadata":{"createdBy":"a","updatedBy":"b","version":3,"lastSynced":"2025-06-14T09:30:00.007Z"}})");
}

void TestSectionJson::canonicalJsonRoundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = parse(json.constData());
    const Result<SectionConfig> decoded = sectionFromJson(original);
    QVERIFY(decoded.ok());
    const QJsonObject again = sectionToJson(decoded.value());
    QVERIFY2(again == original, QJsonDocument(again).toJson(QJsonDocument::Compact).constData());
}

void TestSectionJson::wireShape()
{
    SectionConfig s = fullSection();
    s.weddingId.clear();
    s.visibility.hasWeddingPhases = false;
    s.visibility.weddingPhases.clear();
    s.metadata.lastSynced = QDateTime(QDate(2025, 6, 14), QTime(9, 30), QTimeZone::utc());
    QJsonObject json = sectionToJson(s);
    QVERIFY(json.value(u"weddingId"_s).isNull());
    QVERIFY(!json.value(u"visibility"_s).toObject().contains(u"weddingPhase"_s));
    QCOMPARE(json.value(u"metadata"_s).toObject().value(u"lastSynced"_s).toString(),
             u"2025-06-14T09:30:00Z"_s);
    QCOMPARE(json.value(u"layout"_s).toObject().value(u"columns"_s).toInt(), 8);
    QCOMPARE(json.value(u"permissions"_s).toObject().value(u"canEdit"_s).toArray(),
             QJsonArray {u"admin"_s});
    QCOMPARE(json.value(u"metadata"_s).toObject().value(u"version"_s).toInteger(), 42);

    s.visibility.hasWeddingPhases = true;
    s.metadata.lastSynced = QDateTime();
    json = sectionToJson(s);
    QCOMPARE(json.value(u"visibility"_s).toObject().value(u"weddingPhase"_s),
             QJsonValue(QJsonArray()));
    QVERIFY(json.value(u"metadata"_s).toObject().value(u"lastSynced"_s).isNull());
}

void TestSectionJson::absentAndNullTakeDefaults()
{
    const Result<SectionConfig> empty = sectionFromJson(QJsonObject());
    QVERIFY(empty.ok());
    QVERIFY(empty.value() == SectionConfig());

    const Result<SectionConfig> nulls = sectionFromJson(parse(R"({"weddingId":null,"visibility":
        {"roles":null,"weddingPhase":null,"conditions":null},"layout":null,"customization":
        {"title":null},"metadata":{"lastSynced":null}})"));
    QVERIFY(nulls.ok());
    QVERIFY2(nulls.value() == SectionConfig(), describe(nulls.value()).constData());
    QVERIFY(!nulls->visibility.hasWeddingPhases);
    QVERIFY(!nulls->isWeddingSpecific());
}

void TestSectionJson::timestampsWithOffsetBecomeUtc()
{
    const Result<SectionConfig> r
        = sectionFromJson(parse(R"({"metadata":{"lastSynced":"2025-06-14T11:30:00+02:00"}})"));
    QVERIFY(r.ok());
    QCOMPARE(r->metadata.lastSynced, QDateTime(QDate(2025, 6, 14), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(
        sectionToJson(r.value()).value(u"metadata"_s).toObject().value(u"lastSynced"_s).toString(),
        u"2025-06-14T09:30:00Z"_s);
}

void TestSectionJson::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("id number") << QByteArray(R"({"id":5})") << u"id"_s;
    QTest::newRow("organizationId bool")
        << QByteArray(R"({"organizationId":true})") << u"organizationId"_s;
    QTest::newRow("weddingId list") << QByteArray(R"({"weddingId":[]})") << u"weddingId"_s;
    QTest::newRow("sectionType object") << QByteArray(R"({"sectionType":{}})") << u"sectionType"_s;
    QTest::newRow("visibility text") << QByteArray(R"({"visibility":"all"})") << u"visibility"_s;
    QTest::newRow("roles text") << QByteArray(R"({"visibility":{"roles":"admin"}})")
                                << u"visibility.roles"_s;
    QTest::newRow("roles[2] number")
        << QByteArray(R"({"visibility":{"roles":["admin","guest",3]}})")
        << u"visibility.roles[2]"_s;
    QTest::newRow("conditions list")
        << QByteArray(R"({"visibility":{"conditions":[]}})") << u"visibility.conditions"_s;
    QTest::newRow("weddingPhase text")
        << QByteArray(R"({"visibility":{"weddingPhase":"planning"}})")
        << u"visibility.weddingPhase"_s;
    QTest::newRow("weddingPhase[1] null")
        << QByteArray(R"({"visibility":{"weddingPhase":["planning",null]}})")
        << u"visibility.weddingPhase[1]"_s;
    QTest::newRow("layout list") << QByteArray(R"({"layout":[1]})") << u"layout"_s;
    QTest::newRow("position text")
        << QByteArray(R"({"layout":{"position":"1"}})") << u"layout.position"_s;
    QTest::newRow("position fraction")
        << QByteArray(R"({"layout":{"position":1.5}})") << u"layout.position"_s;
    QTest::newRow("position null")
        << QByteArray(R"({"layout":{"position":null}})") << u"layout.position"_s;
    QTest::newRow("size number") << QByteArray(R"({"layout":{"size":3}})") << u"layout.size"_s;
    QTest::newRow("columns text") << QByteArray(R"({"layout":{"columns":"12"}})")
                                  << u"layout.columns"_s;
    QTest::newRow("columns beyond int")
        << QByteArray(R"({"layout":{"columns":4294967308}})") << u"layout.columns"_s;
    QTest::newRow("responsive text")
        << QByteArray(R"({"layout":{"responsive":"yes"}})") << u"layout.responsive"_s;
    QTest::newRow("customization number")
        << QByteArray(R"({"customization":1})") << u"customization"_s;
    QTest::newRow("title number") << QByteArray(R"({"customization":{"title":5}})")
                                  << u"customization.title"_s;
    QTest::newRow("subtitle list")
        << QByteArray(R"({"customization":{"subtitle":["a"]}})") << u"customization.subtitle"_s;
    QTest::newRow("color number") << QByteArray(R"({"customization":{"color":16777215}})")
                                  << u"customization.color"_s;
    QTest::newRow("icon bool") << QByteArray(R"({"customization":{"icon":false}})")
                               << u"customization.icon"_s;
    QTest::newRow("theme list") << QByteArray(R"({"customization":{"theme":[]}})")
                                << u"customization.theme"_s;
    QTest::newRow("permissions text")
        << QByteArray(R"({"permissions":"admin"})") << u"permissions"_s;
    QTest::newRow("canEdit text") << QByteArray(R"({"permissions":{"canEdit":"admin"}})")
                                  << u"permissions.canEdit"_s;
    QTest::newRow("canView[1] object")
        << QByteArray(R"({"permissions":{"canView":["admin",{}]}})") << u"permissions.canView[1]"_s;
    QTest::newRow("canHide object")
        << QByteArray(R"({"permissions":{"canHide":{}}})") << u"permissions.canHide"_s;
    QTest::newRow("metadata number") << QByteArray(R"({"metadata":7})") << u"metadata"_s;
    QTest::newRow("createdBy number")
        << QByteArray(R"({"metadata":{"createdBy":1}})") << u"metadata.createdBy"_s;
    QTest::newRow("updatedBy list")
        << QByteArray(R"({"metadata":{"updatedBy":[]}})") << u"metadata.updatedBy"_s;
    QTest::newRow("version text") << QByteArray(R"({"metadata":{"version":"3"}})")
                                  << u"metadata.version"_s;
    QTest::newRow("version fraction")
        << QByteArray(R"({"metadata":{"version":2.5}})") << u"metadata.version"_s;
    QTest::newRow("lastSynced number")
        << QByteArray(R"({"metadata":{"lastSynced":1718357400}})") << u"metadata.lastSynced"_s;
    QTest::newRow("lastSynced words")
        << QByteArray(R"({"metadata":{"lastSynced":"yesterday"}})") << u"metadata.lastSynced"_s;
    QTest::newRow("lastSynced without zone")
        << QByteArray(R"({"metadata":{"lastSynced":"2025-06-14T09:30:00"}})")
        << u"metadata.lastSynced"_s;
    QTest::newRow("lastSynced date only")
        << QByteArray(R"({"metadata":{"lastSynced":"2025-06-14"}})") << u"metadata.lastSynced"_s;
}

void TestSectionJson::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<SectionConfig> r = sectionFromJson(parse(json.constData()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(InvalidSectionCode));
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(fieldsOf(r.error()), QStringList {field});
    QVERIFY(!r.error().fields.first().message.isEmpty());
}

void TestSectionJson::reportsEveryProblemAtOnce()
{
    const Result<SectionConfig> r = sectionFromJson(parse(R"({"sectionType":1,
        "visibility":{"roles":["admin",2,"guest",false]},"layout":{"columns":"wide","size":null},
        "customization":{"color":255},"metadata":{"lastSynced":"soon"}})"));
    QVERIFY(!r.ok());
    QStringList fields = fieldsOf(r.error());
    fields.sort();
    QCOMPARE(fields,
             (QStringList {u"customization.color"_s, u"layout.columns"_s, u"metadata.lastSynced"_s,
                           u"sectionType"_s, u"visibility.roles[1]"_s, u"visibility.roles[3]"_s}));
    QVERIFY(r.error().message.contains(u'6'));
}

void TestSectionJson::bytesOverload()
{
    const Result<SectionConfig> bad = sectionFromJson(QByteArray("{\"id\": "));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"malformed_json"_s);

    const Result<SectionConfig> list = sectionFromJson(QByteArray("[]"));
    QVERIFY(!list.ok());
    QCOMPARE(list.error().code, u"malformed_json"_s);

    const Result<SectionConfig> good = sectionFromJson(
        QByteArray(R"({"sectionType":"photos","customization":{"title":"Fotos 📷"}})"));
    QVERIFY(good.ok());
    QCOMPARE(good->sectionType, u"photos"_s);
    QCOMPARE(good->customization.title, u"Fotos 📷"_s);
}

void TestSectionJson::listRoundTrip()
{
    SectionConfig second = fullSection();
    second.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    second.sectionType = u"budget"_s;
    const QList<SectionConfig> sections {fullSection(), SectionConfig(), second};
    const QJsonArray json = sectionsToJson(sections);
    QCOMPARE(json.size(), 3);
    const Result<QList<SectionConfig>> back = sectionsFromJson(json);
    QVERIFY(back.ok());
    QVERIFY(back.value() == sections); // same order

    const Result<QList<SectionConfig>> none = sectionsFromJson(QJsonArray());
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestSectionJson::listErrorsNameTheEntry()
{
    QJsonArray json = sectionsToJson({fullSection()});
    json.append(5);
    json.append(parse(R"({"layout":{"columns":"x"},"visibility":{"roles":[1]}})"));
    const Result<QList<SectionConfig>> r = sectionsFromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(InvalidSectionCode));
    QCOMPARE(fieldsOf(r.error()),
             (QStringList {u"[1]"_s, u"[2].visibility.roles[0]"_s, u"[2].layout.columns"_s}));
}

void TestSectionJson::patchMerges_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<SectionConfig>("expected");
    const SectionConfig base = fullSection();

    QTest::newRow("empty patch changes nothing") << QByteArray("{}") << base;

    SectionConfig e = base;
    e.customization.title = u"Run of show"_s;
    QTest::newRow("title only keeps subtitle, color, layout")
        << QByteArray(R"({"customization":{"title":"Run of show"}})") << e;

    e = base;
    e.layout.columns = 4;
    QTest::newRow("columns only keeps position and size")
        << QByteArray(R"({"layout":{"columns":4}})") << e;

    e = base;
    e.visibility.roles = {u"couple"_s};
    e.visibility.conditions = QJsonObject {{u"hasWeddingAccess"_s, true}};
    QTest::newRow("roles and conditions replaced whole, phases kept") << QByteArray(
        R"({"visibility":{"roles":["couple"],"conditions":{"hasWeddingAccess":true}}})")
                                                                      << e;

    e = base;
    e.visibility.weddingPhases.clear();
    e.visibility.hasWeddingPhases = false;
    QTest::newRow("weddingPhase null lifts the phase restriction")
        << QByteArray(R"({"visibility":{"weddingPhase":null}})") << e;

    e = base;
    e.visibility.weddingPhases.clear();
    QTest::newRow("weddingPhase [] keeps a restriction to no phase")
        << QByteArray(R"({"visibility":{"weddingPhase":[]}})") << e;

    e = base;
    e.weddingId.clear();
    QTest::newRow("weddingId null makes it organization-wide")
        << QByteArray(R"({"weddingId":null})") << e;

    e = base;
    e.customization.color.clear();
    e.customization.theme = QJsonObject();
    QTest::newRow("null clears color and theme")
        << QByteArray(R"({"customization":{"color":null,"theme":null}})") << e;

    e = base;
    e.sectionType = u"guest_list"_s;
    e.permissions.canHide.clear();
    e.permissions.canEdit = {u"admin"_s, u"coordinator"_s};
    QTest::newRow("type and permissions") << QByteArray(
        R"({"sectionType":"guest_list","permissions":{"canHide":[],"canEdit":["admin","coordinator"]}})")
                                          << e;
}

void TestSectionJson::patchMerges()
{
    QFETCH(QByteArray, patch);
    QFETCH(SectionConfig, expected);
    const Result<SectionConfig> r = applySectionPatch(fullSection(), parse(patch.constData()));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(fieldsOf(r.error()).join(u',')));
    QVERIFY2(r.value() == expected, describe(r.value()).constData());
}

void TestSectionJson::patchRejects_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("another id") << QByteArray(R"({"id":"0f8fad5b-d9cb-469f-a165-70867728950e"})")
                                << QStringList {u"id"_s};
    QTest::newRow("another organization")
        << QByteArray(R"({"organizationId":"0f8fad5b-d9cb-469f-a165-70867728950e"})")
        << QStringList {u"organizationId"_s};
    QTest::newRow("clearing the id") << QByteArray(R"({"id":null})") << QStringList {u"id"_s};
    QTest::newRow("bumping the version")
        << QByteArray(R"({"metadata":{"version":43}})") << QStringList {u"metadata.version"_s};
    QTest::newRow("rewriting the author")
        << QByteArray(R"({"metadata":{"createdBy":"me","lastSynced":null}})")
        << QStringList {u"metadata.createdBy"_s, u"metadata.lastSynced"_s};
    QTest::newRow("misspelt top-level key")
        << QByteArray(R"({"customisation":{"title":"x"}})") << QStringList {u"customisation"_s};
    QTest::newRow("misspelt nested key")
        << QByteArray(R"({"layout":{"colums":6}})") << QStringList {u"layout.colums"_s};
    QTest::newRow("null group") << QByteArray(R"({"layout":null})") << QStringList {u"layout"_s};
    QTest::newRow("wrong type") << QByteArray(R"({"layout":{"columns":"6"},"sectionType":5})")
                                << QStringList {u"sectionType"_s, u"layout.columns"_s};
}

void TestSectionJson::patchRejects()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, fields);
    const Result<SectionConfig> r = applySectionPatch(fullSection(), parse(patch.constData()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString(InvalidSectionCode));
    QStringList got = fieldsOf(r.error());
    got.sort();
    fields.sort();
    QCOMPARE(got, fields);
}

void TestSectionJson::patchAcceptsEchoOfFetchedSection()
{
    // A client fetches, edits one field and sends the whole section back.
    QJsonObject echo = sectionToJson(fullSection());
    QJsonObject customization = echo.value(u"customization"_s).toObject();
    customization.insert(u"title"_s, u"Ceremony"_s);
    echo.insert(u"customization"_s, customization);

    const Result<SectionConfig> r = applySectionPatch(fullSection(), echo);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(fieldsOf(r.error()).join(u',')));
    SectionConfig expected = fullSection();
    expected.customization.title = u"Ceremony"_s;
    QVERIFY(r.value() == expected);
}

QTEST_GUILESS_MAIN(TestSectionJson)
#include "tst_sectionjson.moc"
