// /api/v1/organizations/{org}/sections and /api/v1/sections/{id} on both backends: create, read,
// update (PATCH and PUT), delete, validation details, If-Match (428, 412 with the current
// section, 304), the atomic reorder, who may write, and tenant isolation.
#include "DemoSession.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QString sectionPath(const QString &id)
{
    return u"/api/v1/sections/"_s + id;
}

QJsonObject newSection(const QString &type, const QString &title)
{
    return {
        {u"sectionType"_s, type},
        {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"coordinator"_s}}}},
        {u"layout"_s, QJsonObject {{u"size"_s, u"medium"_s}, {u"columns"_s, 6}}},
        {u"customization"_s, QJsonObject {{u"title"_s, title}}}};
}

} // namespace

class TestSectionsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void createReadUpdateDelete();
    void listByWedding();
    void validationNamesTheFields();
    void oversizedAndOutOfRangeFieldsAreRefused();
    void writesNeedTheCurrentVersion();
    void reorderMovesSeveralAtOnce();
    void reorderIsAllOrNothing_data();
    void reorderIsAllOrNothing();
    void whoMayWrite();
    void grantsAndAdminSectionsAreForAdmins();
    void coordinatorsCreateWithoutOpeningToOthers();
    void idsAreChosenByTheServer();
    void otherTenantsSectionsAreNotFound();
    void metacharactersAreStoredVerbatim();
    void listsShowWritesThroughAnotherInstance();

private:
    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestSectionsApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

void TestSectionsApi::createReadUpdateDelete()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply created
        = admin.post(sectionsPath(m_evergreen), newSection(u"seating_chart"_s, u"  Seating  "_s));
    QVERIFY2(created.status == 201, created.describe().constData());
    const QJsonObject section = created.object();
    const QString id = section[u"id"_s].toString();
    QVERIFY(QUuid::fromString(id).isNull() == false);
    QCOMPARE(created.header("Location"), sectionPath(id).toUtf8());
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(section[u"version"_s].toInt(), 1);
    QCOMPARE(section[u"organizationId"_s].toString(), m_evergreen);
    QCOMPARE(section[u"customization"_s][u"title"_s].toString(), u"Seating"_s); // sanitized
    QCOMPARE(section[u"metadata"_s][u"createdBy"_s].toString(), m_demo->userId(Admin));
    // Without a position it goes after the nine demo sections of the organization's dashboard.
    QCOMPARE(section[u"layout"_s][u"position"_s].toInt(), 9);

    const HttpTestReply read = admin.get(sectionPath(id));
    QVERIFY2(read.status == 200, read.describe().constData());
    QCOMPARE(read.object(), section);
    QCOMPARE(admin.send("GET", sectionPath(id), {}, {{"If-None-Match", "\"1\""}}).status, 304);

    const HttpTestReply patched = admin.send(
        "PATCH", sectionPath(id),
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Tables"_s}}}}),
        ifMatch(1));
    QVERIFY2(patched.status == 200, patched.describe().constData());
    QCOMPARE(patched.object()[u"version"_s].toInt(), 2);
    QCOMPARE(patched.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(patched.object()[u"customization"_s][u"title"_s].toString(), u"Seating"_s); // kept
    QCOMPARE(patched.object()[u"customization"_s][u"subtitle"_s].toString(), u"Tables"_s);

    // PUT replaces the groups; a client may echo version and timestamps back.
    QJsonObject replacement = patched.object();
    replacement[u"layout"_s]
        = QJsonObject {{u"position"_s, 9}, {u"size"_s, u"full"_s}, {u"columns"_s, 12}};
    replacement.remove(u"customization"_s);
    const HttpTestReply put
        = admin.send("PUT", sectionPath(id), jsonBytes(replacement), ifMatch(2));
    QVERIFY2(put.status == 200, put.describe().constData());
    QCOMPARE(put.object()[u"version"_s].toInt(), 3);
    QCOMPARE(put.object()[u"layout"_s][u"columns"_s].toInt(), 12);
    QCOMPARE(put.object()[u"customization"_s][u"title"_s].toString(), QString()); // replaced

    // An edit that changes nothing is not a new version.
    const HttpTestReply same
        = admin.send("PATCH", sectionPath(id), jsonBytes(QJsonObject {}), ifMatch(3));
    QCOMPARE(same.object()[u"version"_s].toInt(), 3);

    const HttpTestReply removed = admin.send("DELETE", sectionPath(id), {}, ifMatch(3));
    QVERIFY2(removed.status == 204, removed.describe().constData());
    QCOMPARE(admin.get(sectionPath(id)).status, 404);
    QCOMPARE(admin.send("DELETE", sectionPath(id), {}, ifMatch(3)).status, 404);
    // The server still knows whose the section was; it is gone all the same.
    QCOMPARE(admin.send("PATCH", sectionPath(id), jsonBytes(QJsonObject {}), ifMatch(3)).status,
             404);
}

void TestSectionsApi::listByWedding()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    QVERIFY(!sophia.isEmpty());
    const HttpTestReply all = planner.get(sectionsPath(m_evergreen));
    const HttpTestReply orgWide = planner.get(sectionsPath(m_evergreen) + u"?scope=organization"_s);
    const HttpTestReply wedding
        = planner.get(sectionsPath(m_evergreen) + u"?weddingId="_s + sophia);
    QVERIFY2(wedding.status == 200, wedding.describe().constData());
    const qsizetype total = all.object()[u"items"_s].toArray().size();
    const QJsonArray own = wedding.object()[u"items"_s].toArray();
    QCOMPARE(orgWide.object()[u"items"_s].toArray().size(), 9);
    QCOMPARE(own.size(), 2); // run sheet and live gallery
    QCOMPARE(total, 11);
    for (const QJsonValue &section : own)
        QCOMPARE(section[u"weddingId"_s].toString(), sophia);
    // Positions come in order.
    const QJsonArray items = orgWide.object()[u"items"_s].toArray();
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items[i][u"layout"_s][u"position"_s].toInt()
                >= items[i - 1][u"layout"_s][u"position"_s].toInt());

    const QString lakesideWedding = m_demo->weddingId(DemoData::lakesideId(), u"Mia & Ethan"_s);
    QCOMPARE(planner.get(sectionsPath(m_evergreen) + u"?weddingId="_s + lakesideWedding).status,
             404);
    const HttpTestReply bad
        = planner.get(sectionsPath(m_evergreen) + u"?weddingId=1%27%20OR%201=1"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"invalid_query"_s);
    QCOMPARE(planner.get(sectionsPath(m_evergreen) + u"?wedingId="_s + sophia).status, 400); // typo
}

void TestSectionsApi::validationNamesTheFields()
{
    HttpTestClient &admin = m_demo->as(Admin);
    QJsonObject bad = newSection(u"seating_chart"_s, u"Seating"_s);
    bad[u"layout"_s] = QJsonObject {{u"columns"_s, 13}, {u"size"_s, u"huge"_s}};
    bad[u"visibility"_s] = QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"superuser"_s}}};
    bad[u"customization"_s] = QJsonObject {{u"color"_s, u"red"_s}};
    const HttpTestReply invalid = admin.post(sectionsPath(m_evergreen), bad);
    QVERIFY2(invalid.status == 400, invalid.describe().constData());
    QCOMPARE(invalid.errorCode(), u"validation_failed"_s);
    const QStringList fields = errorFields(invalid);
    for (const QString &field : {u"layout.columns"_s, u"layout.size"_s, u"visibility.roles[1]"_s,
                                 u"customization.color"_s})
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u", "_s)));

    const HttpTestReply wrongType
        = admin.post(sectionsPath(m_evergreen),
                     QJsonObject {{u"sectionType"_s, u"notes"_s}, {u"layout"_s, u"wide"_s}});
    QCOMPARE(wrongType.status, 400);
    QVERIFY2(errorFields(wrongType).contains(u"layout"_s), wrongType.describe().constData());

    const HttpTestReply duplicate
        = admin.post(sectionsPath(m_evergreen), newSection(u"budget"_s, u"Budget 2"_s));
    QVERIFY2(duplicate.status == 409, duplicate.describe().constData());
    QCOMPARE(duplicate.errorCode(), u"section_exists"_s);

    QJsonObject elsewhere = newSection(u"seating_chart"_s, u"Seating"_s);
    elsewhere[u"weddingId"_s] = m_demo->weddingId(DemoData::lakesideId(), u"Mia & Ethan"_s);
    const HttpTestReply foreignWedding = admin.post(sectionsPath(m_evergreen), elsewhere);
    QCOMPARE(foreignWedding.status, 400);
    QCOMPARE(errorFields(foreignWedding), QStringList {u"weddingId"_s});

    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QString path = sectionPath(budget[u"id"_s].toString());
    const HttpTestReply typo = admin.send(
        "PATCH", path, jsonBytes(QJsonObject {{u"layuot"_s, QJsonObject {}}}), ifMatch(1));
    QCOMPARE(typo.status, 400);
    QVERIFY(errorFields(typo).contains(u"layuot"_s));
    const HttpTestReply retype = admin.send(
        "PATCH", path, jsonBytes(QJsonObject {{u"sectionType"_s, u"timeline"_s}}), ifMatch(1));
    QCOMPARE(retype.status, 400);
    QCOMPARE(errorFields(retype), QStringList {u"sectionType"_s});
    QCOMPARE(admin.send("PATCH", path, "[1,2]", ifMatch(1)).status, 400);
    QCOMPARE(admin.send("PATCH", path, "{\"layout\":", ifMatch(1)).errorCode(),
             u"malformed_json"_s);
    // None of it was stored.
    QCOMPARE(admin.get(path).object()[u"version"_s].toInt(), 1);
}

void TestSectionsApi::oversizedAndOutOfRangeFieldsAreRefused()
{
    // What a section holds is copied into the audit trail and realtime retention on every
    // change: sizes and responsive layouts are checked by core, field by field.
    HttpTestClient &admin = m_demo->as(Admin);
    const QJsonObject timeline = m_demo->section(m_evergreen, u"timeline"_s);
    const QString path = sectionPath(timeline[u"id"_s].toString());
    const qint64 version = timeline[u"version"_s].toInteger();
    const QJsonObject edit {
        {u"customization"_s,
         QJsonObject {{u"theme"_s, QJsonObject {{u"css"_s, QString(900 * 1024, u'x')}}}}},
        {u"layout"_s,
         QJsonObject {{u"responsive"_s,
                       QJsonObject {{u"tablet"_s, QJsonObject {{u"columns"_s, 99999}}},
                                    {u"watch"_s, QJsonObject {{u"columns"_s, 6}}}}}}}};
    const HttpTestReply refused = admin.send("PATCH", path, jsonBytes(edit), ifMatch(version));
    QVERIFY2(refused.status == 400, refused.describe().left(300).constData());
    QCOMPARE(refused.errorCode(), u"validation_failed"_s);
    QStringList named;
    for (const QJsonValue &field :
         refused.object()[u"error"_s][u"details"_s][u"fields"_s].toArray())
        named << field[u"field"_s].toString();
    QVERIFY2(named.contains(u"customization.theme"_s), qPrintable(named.join(u", "_s)));
    QVERIFY2(named.contains(u"layout.responsive.tablet.columns"_s),
             qPrintable(named.join(u", "_s)));
    QVERIFY2(named.contains(u"layout.responsive.watch"_s), qPrintable(named.join(u", "_s)));
    QCOMPARE(admin.get(path).object()[u"version"_s].toInteger(), version);
}

void TestSectionsApi::writesNeedTheCurrentVersion()
{
    HttpTestClient &admin = m_demo->as(Admin);
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject timeline = m_demo->section(m_evergreen, u"timeline"_s);
    const QString path = sectionPath(timeline[u"id"_s].toString());
    const QByteArray edit = jsonBytes(
        QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Run of show"_s}}}});

    const HttpTestReply missing
        = admin.send("PATCH", path, edit, {{"Content-Type", "application/json"}});
    QVERIFY2(missing.status == 428, missing.describe().constData());
    QCOMPARE(missing.errorCode(), u"precondition_required"_s);
    QVERIFY(missing.object()[u"error"_s][u"message"_s].toString().contains(u"If-Match"_s));
    QCOMPARE(admin.send("DELETE", path).status, 428);
    QCOMPARE(
        admin.send("PATCH", path, edit, {{"If-Match", "3"}, {"Content-Type", "application/json"}})
            .errorCode(),
        u"invalid_if_match"_s);

    // The planner saves first; the admin's edit of version 1 is now stale.
    QCOMPARE(planner.send("PATCH", path, edit, ifMatch(1)).status, 200);
    const HttpTestReply stale = admin.send(
        "PATCH", path, jsonBytes(QJsonObject {{u"layout"_s, QJsonObject {{u"columns"_s, 6}}}}),
        ifMatch(1));
    QVERIFY2(stale.status == 412, stale.describe().constData());
    QCOMPARE(stale.errorCode(), u"version_conflict"_s);
    const QJsonObject current = stale.object()[u"error"_s][u"details"_s][u"current"_s].toObject();
    QCOMPARE(current[u"version"_s].toInt(), 2);
    QCOMPARE(current[u"customization"_s][u"title"_s].toString(), u"Run of show"_s);
    QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(admin.get(path).object()[u"layout"_s][u"columns"_s].toInt(),
             8); // the stale edit was not applied

    const HttpTestReply staleDelete = admin.send("DELETE", path, {}, ifMatch(1));
    QCOMPARE(staleDelete.status, 412);
    QCOMPARE(staleDelete.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInt(), 2);
    QCOMPARE(admin.get(path).status, 200);
    QCOMPARE(admin.send("GET", path, {}, {{"If-None-Match", "\"1\""}}).status, 200);

    // Weak tags never match If-Match; "*" means "whatever is current".
    QCOMPARE(admin
                 .send("PATCH", path, edit,
                       {{"If-Match", "W/\"2\""}, {"Content-Type", "application/json"}})
                 .status,
             412);
    const HttpTestReply any = admin.send(
        "PATCH", path, jsonBytes(QJsonObject {{u"layout"_s, QJsonObject {{u"columns"_s, 6}}}}),
        {{"If-Match", "*"}, {"Content-Type", "application/json"}});
    QCOMPARE(any.status, 200);
    QCOMPARE(any.object()[u"version"_s].toInt(), 3);

    // The entity tag is compared as it is, not as a number that reads like the version.
    const QByteArray columns
        = jsonBytes(QJsonObject {{u"layout"_s, QJsonObject {{u"columns"_s, 4}}}});
    for (const QByteArray &tag :
         {QByteArray("\"+3\""), QByteArray("\"03\""), QByteArray("\"3.0\""), QByteArray("\" 3\""),
          QByteArray("\"3 \""), QByteArray("\"3\0\"", 4)}) {
        const HttpTestReply lookalike = admin.send(
            "PATCH", path, columns, {{"If-Match", tag}, {"Content-Type", "application/json"}});
        QVERIFY2(lookalike.status == 412 || lookalike.status == 400,
                 QByteArray(tag + " -> " + lookalike.describe()).constData());
    }
    QCOMPARE(admin.get(path).object()[u"version"_s].toInt(), 3);
}

void TestSectionsApi::reorderMovesSeveralAtOnce()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QJsonObject guests = m_demo->section(m_evergreen, u"guest_list"_s);
    const int budgetAt = budget[u"layout"_s][u"position"_s].toInt();
    const int guestsAt = guests[u"layout"_s][u"position"_s].toInt();
    // A swap is only possible in one request: each move alone would share a position.
    const QJsonArray moves {
        QJsonObject {{u"id"_s, budget[u"id"_s]},
                     {u"position"_s, guestsAt},
                     {u"version"_s, 1},
                     {u"columns"_s, 4}},
        QJsonObject {{u"id"_s, guests[u"id"_s]}, {u"position"_s, budgetAt}, {u"version"_s, 1}},
    };
    const HttpTestReply alone
        = planner.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s,
                       jsonBytes(QJsonArray {moves[0]}), {{"Content-Type", "application/json"}});
    QCOMPARE(alone.status, 400);
    QCOMPARE(errorFields(alone), QStringList {u"[0].position"_s});

    const HttpTestReply swapped
        = planner.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s, jsonBytes(moves),
                       {{"Content-Type", "application/json"}});
    QVERIFY2(swapped.status == 200, swapped.describe().constData());
    const QJsonArray items = swapped.object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0][u"layout"_s][u"position"_s].toInt(), guestsAt);
    QCOMPARE(items[0][u"layout"_s][u"columns"_s].toInt(), 4);
    QCOMPARE(items[0][u"version"_s].toInt(), 2);
    QCOMPARE(items[1][u"layout"_s][u"position"_s].toInt(), budgetAt);
    QCOMPARE(m_demo->section(m_evergreen, u"budget"_s)[u"layout"_s][u"position"_s].toInt(),
             guestsAt);

    // {"items": [...]} is accepted too, and a move without a version is 428.
    const HttpTestReply unversioned = planner.post(
        sectionsPath(m_evergreen) + u"/reorder"_s,
        QJsonObject {{u"items"_s,
                      QJsonArray {QJsonObject {{u"id"_s, budget[u"id"_s]}, {u"position"_s, 40}}}}});
    QCOMPARE(unversioned.status, 428);
    QCOMPARE(errorFields(unversioned), QStringList {u"items[0].version"_s});
}

void TestSectionsApi::reorderIsAllOrNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("stale version") << u"stale"_s << 412 << u"[2].version"_s;
    QTest::newRow("unknown section") << u"unknown"_s << 404 << u"[2].id"_s;
    QTest::newRow("other tenant's section") << u"foreign"_s << 404 << u"[2].id"_s;
    QTest::newRow("columns out of range") << u"columns"_s << 400 << u"[2].layout.columns"_s;
    QTest::newRow("same section twice") << u"twice"_s << 400 << u"[2].id"_s;
    QTest::newRow("negative position") << u"negative"_s << 400 << u"[2].position"_s;
}

void TestSectionsApi::reorderIsAllOrNothing()
{
    QFETCH(QString, problem);
    QFETCH(int, status);
    QFETCH(QString, field);
    HttpTestClient &admin = m_demo->as(Admin);
    const QStringList types {u"billing"_s, u"admin"_s, u"documents"_s};
    QList<QJsonObject> before;
    QJsonArray moves;
    for (const QString &type : types) {
        before << m_demo->section(m_evergreen, type);
        moves.append(QJsonObject {{u"id"_s, before.last()[u"id"_s]},
                                  {u"position"_s, 100 + moves.size()},
                                  {u"version"_s, 1}});
    }
    QJsonObject last = moves[2].toObject();
    if (problem == u"stale"_s)
        last[u"version"_s] = 7;
    else if (problem == u"unknown"_s)
        last[u"id"_s] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (problem == u"foreign"_s)
        last[u"id"_s] = m_demo->section(DemoData::lakesideId(), u"budget"_s)[u"id"_s];
    else if (problem == u"columns"_s)
        last[u"columns"_s] = 13;
    else if (problem == u"twice"_s)
        last[u"id"_s] = moves[0][u"id"_s];
    else if (problem == u"negative"_s)
        last[u"position"_s] = -1;
    moves[2] = last;

    const HttpTestReply reply
        = admin.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s, jsonBytes(moves),
                     {{"Content-Type", "application/json"}});
    QVERIFY2(reply.status == status, reply.describe().constData());
    QVERIFY2(errorFields(reply).contains(field), reply.describe().constData());
    if (problem == u"stale"_s)
        QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"current"_s].toArray().size(), 1);
    // Nothing moved, nothing got a new version.
    for (const QJsonObject &section : std::as_const(before))
        QCOMPARE(m_demo->section(m_evergreen, section[u"sectionType"_s].toString()), section);
}

void TestSectionsApi::whoMayWrite()
{
    const QJsonObject dashboard = m_demo->section(m_evergreen, u"dashboard"_s);
    const QString path = sectionPath(dashboard[u"id"_s].toString());
    const QByteArray edit
        = jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Hello"_s}}}});

    HttpTestClient &support = m_demo->as(Support);
    QCOMPARE(support.get(path).status, 200);
    const HttpTestReply refused = support.send("PATCH", path, edit, ifMatch(1));
    QVERIFY2(refused.status == 403, refused.describe().constData());
    QCOMPARE(refused.errorCode(), u"forbidden"_s);
    QVERIFY(refused.object()[u"error"_s][u"message"_s].toString().contains(u"support"_s));
    QCOMPARE(support.post(sectionsPath(m_evergreen), newSection(u"notes"_s, u"Notes"_s)).status,
             403);
    QCOMPARE(support.send("DELETE", path, {}, ifMatch(1)).status, 403);

    HttpTestClient &vendor = m_demo->as(u"vendor@evergreen.demo"_s);
    QCOMPARE(vendor.get(path).errorCode(), u"no_console_access"_s);
    QCOMPARE(m_demo->anonymous()->send("PATCH", path, edit, ifMatch(1)).status, 401);

    const HttpTestReply planner = m_demo->as(Planner).send("PATCH", path, edit, ifMatch(1));
    QVERIFY2(planner.status == 200, planner.describe().constData());
    const HttpTestReply platform = m_demo->as(Platform).send("PATCH", path, edit, ifMatch(2));
    QVERIFY2(platform.status == 200, platform.describe().constData()); // nothing new: same version
    QCOMPARE(platform.object()[u"version"_s].toInt(), 2);
}

void TestSectionsApi::grantsAndAdminSectionsAreForAdmins()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QJsonObject billing = m_demo->section(m_evergreen, u"billing"_s);
    const QJsonObject settings = m_demo->section(m_evergreen, u"admin"_s);
    const QString budgetPath = sectionPath(budget[u"id"_s].toString());
    const QString billingPath = sectionPath(billing[u"id"_s].toString());
    QJsonArray rolesWithVendors = budget[u"visibility"_s][u"roles"_s].toArray();
    rolesWithVendors.append(u"vendor"_s);
    const QJsonObject showToVendors {
        {u"visibility"_s, QJsonObject {{u"roles"_s, rolesWithVendors}}}};
    QJsonObject replaced = budget;
    replaced[u"visibility"_s] = QJsonObject {{u"roles"_s, rolesWithVendors}};

    struct Refusal
    {
        const char *what;
        QByteArray method;
        QString path;
        QByteArray body;
        QString field; // named in details.fields, if any
    };
    const QList<Refusal> refusals {
        {"PATCH visibility.roles", "PATCH", budgetPath, jsonBytes(showToVendors),
         u"visibility.roles"_s},
        {"PATCH permissions.canEdit", "PATCH", budgetPath,
         jsonBytes(
             QJsonObject {{u"permissions"_s,
                           QJsonObject {{u"canEdit"_s,
                                         QJsonArray {u"admin"_s, u"coordinator"_s, u"guest"_s}}}}}),
         u"permissions.canEdit"_s},
        {"PUT visibility.roles", "PUT", budgetPath, jsonBytes(replaced), u"visibility.roles"_s},
        {"PATCH billing's grants",
         "PATCH",
         billingPath,
         jsonBytes(QJsonObject {
             {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"vendor"_s}}}}}),
         {}},
        {"PATCH billing's title",
         "PATCH",
         billingPath,
         jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Free"_s}}}}),
         {}},
        {"PATCH the settings' layout",
         "PATCH",
         sectionPath(settings[u"id"_s].toString()),
         jsonBytes(QJsonObject {{u"layout"_s, QJsonObject {{u"columns"_s, 12}}}}),
         {}},
        {"DELETE billing", "DELETE", billingPath, {}, {}},
    };
    for (const Refusal &r : refusals) {
        const HttpTestReply reply = planner.send(r.method, r.path, r.body, ifMatch(1));
        QVERIFY2(reply.status == 403,
                 QByteArray(QByteArray(r.what) + ": " + reply.describe()).constData());
        QCOMPARE(reply.errorCode(), u"forbidden"_s);
        if (!r.field.isEmpty())
            QVERIFY2(errorFields(reply).contains(r.field), reply.describe().constData());
    }
    const HttpTestReply moved
        = planner.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s,
                       jsonBytes(QJsonArray {QJsonObject {
                           {u"id"_s, billing[u"id"_s]}, {u"position"_s, 77}, {u"version"_s, 1}}}),
                       {{"Content-Type", "application/json"}});
    QVERIFY2(moved.status == 403, moved.describe().constData());
    // Nothing was written.
    for (const QString &path : {budgetPath, billingPath})
        QCOMPARE(planner.get(path).object()[u"version"_s].toInt(), 1);

    // What the seed lets coordinators edit they still may, grants echoed unchanged included.
    QJsonObject retitled = budget;
    retitled[u"customization"_s] = QJsonObject {{u"title"_s, u"Money"_s}};
    const HttpTestReply put = planner.send("PUT", budgetPath, jsonBytes(retitled), ifMatch(1));
    QVERIFY2(put.status == 200, put.describe().constData());
    // Admins and platform admins change grants and admin sections.
    const HttpTestReply granted
        = m_demo->as(Admin).send("PATCH", budgetPath, jsonBytes(showToVendors), ifMatch(2));
    QVERIFY2(granted.status == 200, granted.describe().constData());
    const HttpTestReply billed = m_demo->as(Platform).send(
        "PATCH", billingPath,
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Plans"_s}}}}),
        ifMatch(1));
    QVERIFY2(billed.status == 200, billed.describe().constData());
}

void TestSectionsApi::coordinatorsCreateWithoutOpeningToOthers()
{
    // A coordinator's new section cannot show itself to vendors or guests: without an
    // organization section of its type it is for admins and coordinators; a wedding's copy of
    // the organization's section keeps that section's grants exactly.
    HttpTestClient &planner = m_demo->as(Planner);
    const QString sophia = m_demo->weddingId(m_evergreen, u"Sophia & James"_s);
    QJsonObject notes = newSection(u"seating_chart"_s, u"Seating"_s);
    notes[u"visibility"_s]
        = QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"coordinator"_s, u"vendor"_s}}};
    const HttpTestReply opened = planner.post(sectionsPath(m_evergreen), notes);
    QVERIFY2(opened.status == 403, opened.describe().constData());
    QCOMPARE(errorFields(opened), QStringList {u"visibility.roles"_s});
    QJsonObject viaPermissions = newSection(u"seating_chart"_s, u"Seating"_s);
    viaPermissions[u"permissions"_s] = QJsonObject {{u"canView"_s, QJsonArray {u"guest"_s}}};
    QCOMPARE(errorFields(planner.post(sectionsPath(m_evergreen), viaPermissions)),
             QStringList {u"permissions.canView"_s});

    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    QJsonObject copy = budget;
    for (const QString &key : {u"id"_s, u"version"_s, u"createdAt"_s, u"updatedAt"_s, u"metadata"_s,
                               u"organizationId"_s})
        copy.remove(key);
    copy[u"weddingId"_s] = sophia;
    QJsonObject widened = copy;
    QJsonArray roles = budget[u"visibility"_s][u"roles"_s].toArray();
    roles.append(u"guest"_s);
    widened[u"visibility"_s] = QJsonObject {{u"roles"_s, roles}};
    const HttpTestReply widenedReply = planner.post(sectionsPath(m_evergreen), widened);
    QVERIFY2(widenedReply.status == 403, widenedReply.describe().constData());
    QVERIFY(errorFields(widenedReply).contains(u"visibility.roles"_s));
    QCOMPARE(planner.get(sectionsPath(m_evergreen) + u"?weddingId="_s + sophia)
                 .object()[u"items"_s]
                 .toArray()
                 .size(),
             2); // nothing was created

    const HttpTestReply copied = planner.post(sectionsPath(m_evergreen), copy);
    QVERIFY2(copied.status == 201, copied.describe().constData());
    const HttpTestReply staffOnly
        = planner.post(sectionsPath(m_evergreen), newSection(u"seating_chart"_s, u"Seating"_s));
    QVERIFY2(staffOnly.status == 201, staffOnly.describe().constData());
    // Admins open a new section to anyone.
    notes[u"weddingId"_s] = sophia;
    const HttpTestReply admin = m_demo->as(Admin).post(sectionsPath(m_evergreen), notes);
    QVERIFY2(admin.status == 201, admin.describe().constData());
}

void TestSectionsApi::idsAreChosenByTheServer()
{
    HttpTestClient &admin = m_demo->as(Admin);
    QJsonObject freeId = newSection(u"seating_chart"_s, u"Seating"_s);
    freeId[u"id"_s] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject theirId = newSection(u"seating_chart"_s, u"Seating"_s);
    theirId[u"id"_s] = m_demo->section(DemoData::lakesideId(), u"budget"_s)[u"id"_s];
    const HttpTestReply free = admin.post(sectionsPath(m_evergreen), freeId);
    const HttpTestReply taken = admin.post(sectionsPath(m_evergreen), theirId);
    // Another tenant's id is answered exactly like a free one: nothing tells that it exists.
    QVERIFY2(free.status == 400, free.describe().constData());
    QCOMPARE(taken.status, free.status);
    QCOMPARE(taken.object()[u"error"_s], free.object()[u"error"_s]);
    QCOMPARE(errorFields(free), QStringList {u"id"_s});

    const HttpTestReply created
        = admin.post(sectionsPath(m_evergreen), newSection(u"seating_chart"_s, u"Seating"_s));
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString id = created.object()[u"id"_s].toString();
    QVERIFY(!QUuid::fromString(id).isNull());
}

void TestSectionsApi::otherTenantsSectionsAreNotFound()
{
    HttpTestClient &lakeside = m_demo->as(LakesideAdmin);
    const QJsonObject evergreenBudget = m_demo->section(m_evergreen, u"budget"_s);
    const QString path = sectionPath(evergreenBudget[u"id"_s].toString());
    const HttpTestReply missing
        = lakeside.get(sectionPath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const HttpTestReply foreign = lakeside.get(path);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.object()[u"error"_s][u"message"_s],
             missing.object()[u"error"_s][u"message"_s]);
    QCOMPARE(lakeside.send("PATCH", path, "{}", ifMatch(1)).status, 404);
    QCOMPARE(lakeside.send("PUT", path, "{}", ifMatch(1)).status, 404);
    QCOMPARE(lakeside.send("DELETE", path, {}, ifMatch(1)).status, 404);
    QCOMPARE(lakeside.get(sectionsPath(m_evergreen)).status, 404);
    QCOMPARE(lakeside.post(sectionsPath(m_evergreen), newSection(u"notes"_s, u"Notes"_s)).status,
             404);
    const QJsonArray move {
        QJsonObject {{u"id"_s, evergreenBudget[u"id"_s]}, {u"position"_s, 50}, {u"version"_s, 1}}};
    QCOMPARE(lakeside
                 .send("POST", sectionsPath(m_evergreen) + u"/reorder"_s, jsonBytes(move),
                       {{"Content-Type", "application/json"}})
                 .status,
             404);
    // Through its own organization the section is not reachable either.
    const HttpTestReply smuggled
        = lakeside.send("POST", sectionsPath(DemoData::lakesideId()) + u"/reorder"_s,
                        jsonBytes(move), {{"Content-Type", "application/json"}});
    QCOMPARE(smuggled.status, 404);
    QCOMPARE(m_demo->section(m_evergreen, u"budget"_s), evergreenBudget);
    QCOMPARE(m_demo->as(Platform).get(path).status, 200);
}

void TestSectionsApi::metacharactersAreStoredVerbatim()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString title
        = u"x'); DROP TABLE section_configurations; -- <script>alert(1)</script> 💍"_s;
    const HttpTestReply created
        = admin.post(sectionsPath(m_evergreen), newSection(u"notes"_s, title));
    QVERIFY2(created.status == 201, created.describe().constData());
    const HttpTestReply read = admin.get(sectionPath(created.object()[u"id"_s].toString()));
    QCOMPARE(read.object()[u"customization"_s][u"title"_s].toString(), title);
    QCOMPARE(admin.get(sectionsPath(m_evergreen)).object()[u"items"_s].toArray().size(), 12);
}

void TestSectionsApi::listsShowWritesThroughAnotherInstance()
{
    // The list's answer is kept between requests; a write through another instance on the
    // same database must show in it at once, for every dashboard it touches.
    auto other = m_demo->startAnotherInstance();
    QVERIFY2(other, qPrintable(m_demo->errorString()));
    HttpTestClient &here = m_demo->as(Admin);
    HttpTestClient there(other->baseUrl());
    there.setBearerToken(here.bearerToken());
    const QString organizationWide = sectionsPath(m_evergreen) + u"?scope=organization"_s;
    const auto titles = [&here](const QString &path) {
        const HttpTestReply listed = here.get(path);
        QStringList out;
        for (const QJsonValue &item : listed.object()[u"items"_s].toArray())
            out << item[u"customization"_s][u"title"_s].toString();
        return std::pair {out, listed.header("X-Layout-Version")};
    };
    const auto before = titles(organizationWide);
    const auto all = titles(sectionsPath(m_evergreen));
    QVERIFY(!before.first.isEmpty());
    QCOMPARE(titles(organizationWide), before); // read again: the kept answer

    const QJsonObject first = m_demo->section(m_evergreen, u"timeline"_s);
    const HttpTestReply patched = there.send(
        "PATCH", sectionPath(first[u"id"_s].toString()),
        jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Renamed"_s}}}}),
        ifMatch(first[u"version"_s].toInteger()));
    QVERIFY2(patched.status == 200, patched.describe().constData());
    const auto after = titles(organizationWide);
    QVERIFY2(after.first.contains(u"Renamed"_s), qPrintable(after.first.join(u", "_s)));
    QCOMPARE(after.second.toLongLong(), before.second.toLongLong() + 1);
    QVERIFY(titles(sectionsPath(m_evergreen)).first.contains(u"Renamed"_s));
    QCOMPARE(titles(sectionsPath(m_evergreen)).first.size(), all.first.size());

    // A section added elsewhere joins the list; one removed elsewhere leaves it.
    const HttpTestReply created
        = there.post(sectionsPath(m_evergreen), newSection(u"guest_wall"_s, u"Guest wall"_s));
    QVERIFY2(created.status == 201, created.describe().constData());
    QVERIFY(titles(organizationWide).first.contains(u"Guest wall"_s));
    QCOMPARE(there.send("DELETE", sectionPath(created.object()[u"id"_s].toString()), {}, ifMatch(1))
                 .status,
             204);
    QVERIFY(!titles(organizationWide).first.contains(u"Guest wall"_s));
}

QTEST_GUILESS_MAIN(TestSectionsApi)
#include "tst_sectionsapi.moc"
