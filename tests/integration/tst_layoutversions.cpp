// Layout versions on both backends: every section write records one (who, when, a summary and
// the dashboard's sections afterwards); the list pages newest first; a restore needs the
// current layout version (428, 412), brings a deleted section back with its id, is audited,
// and is refused to whoever may not make its changes; other tenants get 404. Versions between
// the whole ones (every 32nd) store only their changes and read as the dashboard was.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

QString sectionPath(const QString &id)
{
    return u"/api/v1/sections/"_s + id;
}

QString versionsPath(const QString &org, const QString &rest = {})
{
    return u"/api/v1/organizations/"_s + org + u"/layout/versions"_s + rest;
}

QString titleOf(const QJsonObject &section)
{
    return section[u"customization"_s][u"title"_s].toString();
}

QByteArray patchBody(const QString &group, const QString &key, const QJsonValue &value)
{
    return jsonBytes(QJsonObject {{group, QJsonObject {{key, value}}}});
}

} // namespace

class TestLayoutVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void everySaveRecordsAVersion();
    void versionsOfChangesReadAsTheDashboardWas();
    void listPagesNewestFirst();
    void restoreNeedsTheCurrentVersion();
    void restoreBringsBackADeletedSection();
    void restoreFollowsTheWriteRules();
    void otherTenantsVersionsAreNotFound();
    void malformedVersionsAreRefused();

private:
    // PATCHes one field of a section as `email`; the section afterwards.
    QJsonObject patch(const QString &email, const QJsonObject &section, const QByteArray &body);
    HttpTestReply restore(const QString &email, qint64 version, const QByteArray &ifMatch);
    qint64 versionCount();

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen = DemoData::evergreenId();
};

void TestLayoutVersions::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
}

QJsonObject TestLayoutVersions::patch(const QString &email, const QJsonObject &section,
                                      const QByteArray &body)
{
    const HttpTestReply reply
        = m_demo->as(email).send("PATCH", sectionPath(section[u"id"_s].toString()), body,
                                 ifMatch(section[u"version"_s].toInteger()));
    if (reply.status != 200)
        qWarning("PATCH failed: %s", reply.describe().constData());
    return reply.object();
}

HttpTestReply TestLayoutVersions::restore(const QString &email, qint64 version,
                                          const QByteArray &ifMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return m_demo->as(email).send("POST", versionsPath(m_evergreen, u"/%1/restore"_s.arg(version)),
                                  {}, headers);
}

qint64 TestLayoutVersions::versionCount()
{
    return m_demo->as(Platform).get(versionsPath(m_evergreen)).object()[u"total"_s].toInteger(-1);
}

void TestLayoutVersions::everySaveRecordsAVersion()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString scoped = sectionsPath(m_evergreen) + u"?scope=organization"_s;
    QCOMPARE(admin.get(scoped).header("X-Layout-Version"), QByteArray("0"));
    QCOMPARE(versionCount(), 0);

    // A PATCH of a title.
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QJsonObject renamed
        = patch(Admin, budget, patchBody(u"customization"_s, u"title"_s, u"Money"_s));
    QCOMPARE(titleOf(renamed), u"Money"_s);
    const HttpTestReply list = admin.get(versionsPath(m_evergreen));
    QVERIFY2(list.status == 200, list.describe().constData());
    QCOMPARE(list.header("X-Layout-Version"), QByteArray("1"));
    QCOMPARE(list.object()[u"currentVersion"_s].toInteger(), 1);
    const QJsonObject first = list.object()[u"items"_s][0].toObject();
    QCOMPARE(first[u"version"_s].toInteger(), 1);
    QCOMPARE(first[u"summary"_s].toString(), u"Changed title of "_s + titleOf(budget));
    QCOMPARE(first[u"author"_s][u"id"_s].toString(), m_demo->userId(Admin));
    QVERIFY(!first[u"author"_s][u"name"_s].toString().isEmpty());
    QVERIFY(!first[u"createdAt"_s].toString().isEmpty());
    QVERIFY(!first.contains(u"sections"_s));

    // Its snapshot: the organization's dashboard as it is now.
    const HttpTestReply one = admin.get(versionsPath(m_evergreen, u"/1"_s));
    QVERIFY2(one.status == 200, one.describe().constData());
    QCOMPARE(one.header("ETag"), QByteArray("\"1\""));
    const QJsonArray dashboard = admin.get(scoped).object()[u"items"_s].toArray();
    QCOMPARE(one.object()[u"sections"_s].toArray(), dashboard);

    // A reorder, a create and a delete, each one version with its words.
    const QJsonObject timeline = m_demo->section(m_evergreen, u"timeline"_s);
    const QJsonArray moves {QJsonObject {
        {u"id"_s, timeline[u"id"_s]}, {u"position"_s, 90}, {u"version"_s, timeline[u"version"_s]}}};
    const HttpTestReply moved
        = admin.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s, jsonBytes(moves),
                     ifMatch(timeline[u"version"_s].toInteger()));
    QVERIFY2(moved.status == 200, moved.describe().constData());
    const HttpTestReply created = admin.post(
        sectionsPath(m_evergreen),
        QJsonObject {{u"sectionType"_s, u"seating_chart"_s},
                     {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s}}}},
                     {u"layout"_s, QJsonObject {{u"size"_s, u"small"_s}, {u"columns"_s, 4}}},
                     {u"customization"_s, QJsonObject {{u"title"_s, u"Seats"_s}}}});
    QVERIFY2(created.status == 201, created.describe().constData());
    const HttpTestReply removed
        = admin.send("DELETE", sectionPath(created.object()[u"id"_s].toString()), {}, ifMatch(1));
    QCOMPARE(removed.status, 204);
    const QJsonArray items = admin.get(versionsPath(m_evergreen)).object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0][u"summary"_s].toString(), u"Removed Seats"_s);
    QCOMPARE(items[1][u"summary"_s].toString(), u"Added Seats"_s);
    QCOMPARE(items[2][u"summary"_s].toString(), u"Moved "_s + titleOf(timeline));
    QCOMPARE(admin.get(scoped).header("X-Layout-Version"), QByteArray("4"));

    // A wedding's layout has versions of its own: none of these.
    const QString wedding = m_demo->weddingId(m_evergreen, u"Amelia & Liam"_s);
    QVERIFY(!wedding.isEmpty());
    {
        const HttpTestReply weddings
            = admin.get(versionsPath(m_evergreen) + u"?weddingId="_s + wedding);
        QVERIFY2(weddings.status == 200, weddings.describe().constData());
        QCOMPARE(weddings.object()[u"total"_s].toInteger(), 0);
    }
}

void TestLayoutVersions::versionsOfChangesReadAsTheDashboardWas()
{
    // 40 saves of every kind: version 1 and 33 hold the whole dashboard, the others only what
    // their save changed. Each version must read as the dashboard's list read right after it.
    HttpTestClient &admin = m_demo->as(Admin);
    const QString scoped = sectionsPath(m_evergreen) + u"?scope=organization"_s;
    QList<QJsonArray> dashboards {QJsonArray()}; // [n]: the list after version n
    QString seats; // the id of the section saves 7, 14, ... create and the next one deletes
    for (int save = 1; save <= 40; ++save) {
        const QJsonArray now = admin.get(scoped).object()[u"items"_s].toArray();
        const QJsonObject section = now.at(save % now.size()).toObject();
        HttpTestReply reply;
        if (save % 7 == 0) {
            reply = admin.post(
                sectionsPath(m_evergreen),
                QJsonObject {
                    {u"sectionType"_s, u"seating_chart"_s},
                    {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s}}}},
                    {u"layout"_s, QJsonObject {{u"size"_s, u"small"_s}, {u"columns"_s, 4}}},
                    {u"customization"_s, QJsonObject {{u"title"_s, u"Seats %1"_s.arg(save)}}}});
            seats = reply.object()[u"id"_s].toString();
        } else if (save % 7 == 1 && !seats.isEmpty()) {
            reply = admin.send("DELETE", sectionPath(std::exchange(seats, {})), {}, ifMatch(1));
        } else if (save % 5 == 0) {
            // Two sections change places: one save, two changed sections.
            const QJsonObject other = now.at((save + 1) % now.size()).toObject();
            const auto move = [](const QJsonObject &s, const QJsonObject &to) {
                return QJsonObject {{u"id"_s, s[u"id"_s]},
                                    {u"position"_s, to[u"layout"_s][u"position"_s]},
                                    {u"version"_s, s[u"version"_s]}};
            };
            reply = admin.send("POST", sectionsPath(m_evergreen) + u"/reorder"_s,
                               jsonBytes(QJsonArray {move(section, other), move(other, section)}),
                               ifMatch(section[u"version"_s].toInteger()));
        } else {
            reply = admin.send("PATCH", sectionPath(section[u"id"_s].toString()),
                               patchBody(u"customization"_s, u"subtitle"_s, u"Save %1"_s.arg(save)),
                               ifMatch(section[u"version"_s].toInteger()));
        }
        QVERIFY2(reply.status / 100 == 2, reply.describe().constData());
        const HttpTestReply after = admin.get(scoped);
        QCOMPARE(after.header("X-Layout-Version"), QByteArray::number(save));
        dashboards << after.object()[u"items"_s].toArray();
    }
    for (int version = 1; version <= 40; ++version) {
        const HttpTestReply stored = admin.get(versionsPath(m_evergreen, u"/%1"_s.arg(version)));
        QVERIFY2(stored.status == 200, stored.describe().constData());
        const QJsonArray sections = stored.object()[u"sections"_s].toArray();
        QVERIFY2(sections == dashboards.at(version),
                 qPrintable(u"version %1 does not read as the dashboard was (%2 sections, %3 "
                            "then)"_s.arg(version)
                                .arg(sections.size())
                                .arg(dashboards.at(version).size())));
    }

    // A version never changes: If-None-Match with its number is 304, for one that exists.
    QCOMPARE(admin.send("GET", versionsPath(m_evergreen, u"/5"_s), {}, {{"If-None-Match", "\"5\""}})
                 .status,
             304);
    QCOMPARE(
        admin.send("GET", versionsPath(m_evergreen, u"/99"_s), {}, {{"If-None-Match", "\"99\""}})
            .status,
        404);

    // A restore of a version of changes brings back that dashboard.
    const HttpTestReply done = restore(Admin, 36, "\"40\"");
    QVERIFY2(done.status == 200, done.describe().constData());
    QCOMPARE(done.object()[u"version"_s].toInteger(), 41);
    const QJsonArray restored = admin.get(scoped).object()[u"items"_s].toArray();
    QCOMPARE(restored.size(), dashboards.at(36).size());
    for (qsizetype i = 0; i < restored.size(); ++i) {
        QCOMPARE(restored.at(i)[u"id"_s], dashboards.at(36).at(i)[u"id"_s]);
        QCOMPARE(restored.at(i)[u"customization"_s], dashboards.at(36).at(i)[u"customization"_s]);
        QCOMPARE(restored.at(i)[u"layout"_s], dashboards.at(36).at(i)[u"layout"_s]);
    }
}

void TestLayoutVersions::listPagesNewestFirst()
{
    QJsonObject notes = m_demo->section(m_evergreen, u"timeline"_s);
    for (int i = 1; i <= 5; ++i)
        notes = patch(Admin, notes,
                      patchBody(u"customization"_s, u"subtitle"_s, u"Take %1"_s.arg(i)));
    HttpTestClient &planner = m_demo->as(Planner);
    QList<qint64> seen;
    QString cursor;
    for (int page = 0; page < 4; ++page) {
        QUrlQuery query {{u"limit"_s, u"2"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const HttpTestReply reply
            = planner.get(versionsPath(m_evergreen) + u'?' + query.toString(QUrl::FullyEncoded));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QCOMPARE(reply.object()[u"total"_s].toInteger(), 5);
        for (const QJsonValue &item : reply.object()[u"items"_s].toArray())
            seen << item[u"version"_s].toInteger();
        cursor = reply.object()[u"nextCursor"_s].toString();
        if (cursor.isEmpty())
            break;
    }
    QCOMPARE(seen, (QList<qint64> {5, 4, 3, 2, 1}));
    const HttpTestReply bad = planner.get(versionsPath(m_evergreen) + u"?cursor=nope"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"invalid_query"_s);
    QCOMPARE(planner.get(versionsPath(m_evergreen) + u"?wedding=x"_s).status, 400);
}

void TestLayoutVersions::restoreNeedsTheCurrentVersion()
{
    QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    budget = patch(Admin, budget, patchBody(u"customization"_s, u"subtitle"_s, u"One"_s));
    budget = patch(Admin, budget, patchBody(u"customization"_s, u"subtitle"_s, u"Two"_s));

    const HttpTestReply missing = restore(Admin, 1, {});
    QCOMPARE(missing.status, 428);
    QCOMPARE(missing.errorCode(), u"precondition_required"_s);
    const HttpTestReply stale = restore(Admin, 1, "\"1\"");
    QVERIFY2(stale.status == 412, stale.describe().constData());
    QCOMPARE(stale.errorCode(), u"version_conflict"_s);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInteger(), 2);
    QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(versionCount(), 2);
    const HttpTestReply unknown = restore(Admin, 7, "\"2\"");
    QCOMPARE(unknown.status, 404);

    const HttpTestReply done = restore(Admin, 1, "\"2\"");
    QVERIFY2(done.status == 200, done.describe().constData());
    QCOMPARE(done.object()[u"version"_s].toInteger(), 3);
    QCOMPARE(done.object()[u"summary"_s].toString(), u"Restored version 1"_s);
    QCOMPARE(done.header("X-Layout-Version"), QByteArray("3"));
    const QJsonObject now = m_demo->section(m_evergreen, u"budget"_s);
    QCOMPARE(now[u"customization"_s][u"subtitle"_s].toString(), u"One"_s);
    QCOMPARE(now[u"version"_s].toInteger(), budget[u"version"_s].toInteger() + 1);
}

void TestLayoutVersions::restoreBringsBackADeletedSection()
{
    const QJsonObject timeline = m_demo->section(m_evergreen, u"timeline"_s);
    patch(Admin, timeline, patchBody(u"customization"_s, u"subtitle"_s, u"Before"_s)); // v1
    const QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QString id = budget[u"id"_s].toString();
    HttpTestClient &admin = m_demo->as(Admin);
    QCOMPARE(
        admin.send("DELETE", sectionPath(id), {}, ifMatch(budget[u"version"_s].toInteger())).status,
        204); // v2
    QCOMPARE(admin.get(sectionPath(id)).status, 404);

    // The restore arrives live like any save: the section's row comes back.
    QUrl socket = m_demo->baseUrl();
    socket.setScheme(u"ws"_s);
    socket.setPath(u"/realtime/v1/websocket"_s);
    socket.setQuery(QUrlQuery {{u"apikey"_s, admin.bearerToken()}, {u"vsn"_s, u"2.0.0"_s}});
    TestClient live;
    QVERIFY(live.open(socket));
    const QString topic = u"realtime:org:"_s + m_evergreen;
    const QJsonObject binding {{u"event"_s, u"*"_s},
                               {u"schema"_s, u"public"_s},
                               {u"table"_s, u"section_configurations"_s}};
    QVERIFY(live.joinOk(topic, QJsonObject {{u"postgres_changes"_s, QJsonArray {binding}}}));

    const HttpTestReply done = restore(Admin, 1, "\"2\"");
    QVERIFY2(done.status == 200, done.describe().constData());
    const auto inserted = live.take([&](const RealtimeMessage &m) {
        const QJsonObject data = m.payload.toObject()[u"data"_s].toObject();
        return m.event == "postgres_changes"_L1 && data[u"type"_s].toString() == u"INSERT"_s
            && data[u"record"_s][u"id"_s].toString() == id;
    });
    QVERIFY2(inserted, "the restored section's row reaches the organization's topic");
    const HttpTestReply back = admin.get(sectionPath(id));
    QVERIFY2(back.status == 200, back.describe().constData());
    QCOMPARE(titleOf(back.object()), titleOf(budget));
    // Above every version it had: a client holding the old one cannot overwrite it unseen.
    QVERIFY(back.object()[u"version"_s].toInteger() > budget[u"version"_s].toInteger());

    QUrlQuery query {
        {u"organizationId"_s, m_evergreen}, {u"entityId"_s, id}, {u"action"_s, u"create"_s}};
    const HttpTestReply audit = admin.get(u"/api/v1/audit?"_s + query.toString(QUrl::FullyEncoded));
    QVERIFY2(audit.status == 200, audit.describe().constData());
    QCOMPARE(audit.object()[u"total"_s].toInteger(), 1);
    QCOMPARE(audit.object()[u"items"_s][0][u"actorId"_s].toString(), m_demo->userId(Admin));
}

void TestLayoutVersions::restoreFollowsTheWriteRules()
{
    QJsonObject budget = m_demo->section(m_evergreen, u"budget"_s);
    const QJsonArray roles = budget[u"visibility"_s][u"roles"_s].toArray();
    QJsonArray withVendors = roles;
    withVendors.append(u"vendor"_s);
    budget = patch(Admin, budget, patchBody(u"visibility"_s, u"roles"_s, withVendors)); // v1
    budget = patch(Admin, budget, patchBody(u"visibility"_s, u"roles"_s, roles)); // v2

    // Restoring v1 would show Budget to vendors again: grants are for admins.
    const HttpTestReply planner = restore(Planner, 1, "\"2\"");
    QVERIFY2(planner.status == 403, planner.describe().constData());
    QCOMPARE(planner.errorCode(), u"forbidden"_s);
    const HttpTestReply support = restore(Support, 1, "\"2\"");
    QVERIFY2(support.status == 403, support.describe().constData());
    QCOMPARE(m_demo->as(Support).get(versionsPath(m_evergreen)).status, 200);
    QCOMPARE(m_demo->as(Support).get(versionsPath(m_evergreen, u"/1"_s)).status, 200);
    QCOMPARE(versionCount(), 2);
    QCOMPARE(m_demo->section(m_evergreen, u"budget"_s)[u"version"_s], budget[u"version"_s]);

    // A layout change alone is the planner's to restore; the grants restore for the admin.
    patch(Planner, m_demo->section(m_evergreen, u"timeline"_s),
          patchBody(u"customization"_s, u"subtitle"_s, u"Planner's"_s)); // v3
    QCOMPARE(restore(Planner, 2, "\"3\"").status, 200); // v4
    const HttpTestReply admin = restore(Admin, 1, "\"4\"");
    QVERIFY2(admin.status == 200, admin.describe().constData());
    QVERIFY(
        m_demo->section(m_evergreen, u"budget"_s)[u"visibility"_s][u"roles"_s].toArray().contains(
            u"vendor"_s));
}

void TestLayoutVersions::otherTenantsVersionsAreNotFound()
{
    patch(Admin, m_demo->section(m_evergreen, u"budget"_s),
          patchBody(u"customization"_s, u"subtitle"_s, u"Ours"_s));
    HttpTestClient &lakeside = m_demo->as(LakesideAdmin);
    for (const HttpTestReply &reply :
         {lakeside.get(versionsPath(m_evergreen)), lakeside.get(versionsPath(m_evergreen, u"/1"_s)),
          lakeside.send("POST", versionsPath(m_evergreen, u"/1/restore"_s), {}, ifMatch(1))}) {
        QVERIFY2(reply.status == 404, reply.describe().constData());
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QVERIFY(!reply.body.contains("Ours"));
    }
    // Their own organization with our wedding: not found either.
    const QString wedding = m_demo->weddingId(m_evergreen, u"Amelia & Liam"_s);
    QVERIFY(!wedding.isEmpty());
    {
        const HttpTestReply reply
            = lakeside.get(versionsPath(DemoData::lakesideId()) + u"?weddingId="_s + wedding);
        QCOMPARE(reply.status, 404);
    }
    QCOMPARE(versionCount(), 1);
}

void TestLayoutVersions::malformedVersionsAreRefused()
{
    HttpTestClient &admin = m_demo->as(Admin);
    for (const QString &version :
         {u"abc"_s, u"0"_s, u"-1"_s, u"+1"_s, u"1.0"_s, u"99999999999999999999"_s}) {
        const HttpTestReply reply = admin.get(versionsPath(m_evergreen, u'/' + version));
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QCOMPARE(reply.errorCode(), u"invalid_id"_s);
        QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"parameter"_s].toString(), u"version"_s);
    }
}

QTEST_GUILESS_MAIN(TestLayoutVersions)
#include "tst_layoutversions.moc"
