// Sync health end to end on both backends: a configuration change bumps the tenant's version
// and arrives live as a sync_events row; a connected client reporting an older version makes
// its tenant pending, then partial after the grace, and success once it reports the new one;
// resync reaches joined clients; scoping, filters and paging; connection statistics.
#include "HttpTestClient.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

const QString Platform = u"platform@wedsync.demo"_s;
const QString Support = u"support@wedsync.demo"_s;
const QString Planner = u"planner@evergreen.demo"_s;
const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString LakesideAdmin = u"admin@lakeside.demo"_s;
// Short, so that a lagging client turns its tenant partial within the test.
constexpr int GraceSecs = 3;

bool isRowChange(const RealtimeMessage &m, const QString &table)
{
    return m.event == "postgres_changes"_L1
        && m.payload.toObject().value(u"data"_s)[u"table"_s].toString() == table;
}

bool isBroadcastOf(const RealtimeMessage &m, const QString &event)
{
    return m.event == "broadcast"_L1 && m.payload.toObject().value(u"event"_s).toString() == event;
}

QJsonObject presenceTrack(const QJsonObject &meta)
{
    return {{u"type"_s, u"presence"_s}, {u"event"_s, u"track"_s}, {u"payload"_s, meta}};
}

} // namespace

class TestSyncApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void configurationChangeBumpsVersionAndIsLive();
    void laggingClientMakesTenantPendingThenPartialThenSuccess();
    void resyncReachesJoinedClients();
    void resyncThatReachesNobodyIsNoSuccess();
    void eachCallerSeesTheirTenants();
    void eventFiltersAndPaging();
    void connectionStatsCountJoinedClients();
    void resolvingTheConflictRestoresTheTenant();

private:
    HttpTestClient &as(const QString &email);
    QString token(const QString &email);
    QUrl socketUrl(const QString &email) const;
    QJsonObject tenant(const QString &organizationId);
    // PATCHes the tenant's first organization-wide section (a configuration change).
    void changeSection(const QString &email, const QString &organizationId, const QString &title);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, std::shared_ptr<HttpTestClient>> m_clients;
    QHash<QString, QString> m_tokens;
    const QString m_evergreen = DemoData::evergreenId();
    const QString m_lakeside = DemoData::lakesideId();
};

void TestSyncApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->serverArguments()
                             << u"--demo"_s << u"--sync-grace"_s << QString::number(GraceSecs)),
             qPrintable(m_server->errorString()));
}

void TestSyncApi::cleanup()
{
    m_clients.clear();
    m_tokens.clear();
    // A clean exit (also: no sanitizer finding in the server's lifetime).
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
    m_server.reset();
    m_db.reset();
}

QString TestSyncApi::token(const QString &email)
{
    if (!m_tokens.contains(email)) {
        HttpTestClient api(m_server->baseUrl());
        const HttpTestReply reply
            = api.post(u"/api/v1/auth/login"_s,
                       QJsonObject {{u"email"_s, email}, {u"password"_s, DemoData::password()}});
        m_tokens.insert(email, reply.object().value(u"accessToken"_s).toString());
    }
    return m_tokens.value(email);
}

HttpTestClient &TestSyncApi::as(const QString &email)
{
    if (!m_clients.contains(email)) {
        auto client = std::make_shared<HttpTestClient>(m_server->baseUrl());
        client->setBearerToken(token(email));
        m_clients.insert(email, client);
    }
    return *m_clients.value(email);
}

QUrl TestSyncApi::socketUrl(const QString &email) const
{
    QUrl url = m_server->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    QUrlQuery query;
    query.addQueryItem(u"apikey"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(m_tokens.value(email))));
    query.addQueryItem(u"vsn"_s, u"2.0.0"_s);
    url.setQuery(query);
    return url;
}

QJsonObject TestSyncApi::tenant(const QString &organizationId)
{
    const HttpTestReply reply
        = as(Platform).get(u"/api/v1/sync/health?organizationId="_s + organizationId);
    return reply.object()[u"tenants"_s].toArray().at(0).toObject();
}

void TestSyncApi::changeSection(const QString &email, const QString &organizationId,
                                const QString &title)
{
    HttpTestClient &api = as(email);
    const QJsonObject section
        = api.get(u"/api/v1/organizations/"_s + organizationId + u"/sections?scope=organization"_s)
              .object()[u"items"_s]
              .toArray()
              .at(0)
              .toObject();
    const HttpTestReply patched = api.send(
        "PATCH", u"/api/v1/sections/"_s + section[u"id"_s].toString(),
        QJsonDocument(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, title}}}})
            .toJson(QJsonDocument::Compact),
        {{"If-Match", '"' + QByteArray::number(section[u"version"_s].toInteger()) + '"'},
         {"Content-Type", "application/json"}});
    QVERIFY2(patched.status == 200, patched.describe().constData());
}

void TestSyncApi::configurationChangeBumpsVersionAndIsLive()
{
    const QString admins = u"realtime:tenant:"_s + m_evergreen + u":admins"_s;
    token(EvergreenAdmin);
    TestClient watcher;
    QVERIFY(watcher.open(socketUrl(EvergreenAdmin)));
    QVERIFY(watcher.joinOk(admins,
                           {{u"postgres_changes"_s,
                             QJsonArray {QJsonObject {{u"event"_s, u"*"_s},
                                                      {u"schema"_s, u"public"_s},
                                                      {u"table"_s, u"sync_events"_s}}}}}));
    const qint64 before = tenant(m_evergreen)[u"configVersion"_s].toInteger();
    QVERIFY(before > 0); // the demo's history

    changeSection(Planner, m_evergreen, u"Live edit"_s);
    QCOMPARE(tenant(m_evergreen)[u"configVersion"_s].toInteger(), before + 1);

    const HttpTestReply events = as(Platform).get(u"/api/v1/sync/events?kind=config_change&limit=1"
                                                  "&organizationId="_s
                                                  + m_evergreen);
    const QJsonObject newest = events.object()[u"items"_s].toArray().at(0).toObject();
    QCOMPARE(newest[u"configVersion"_s].toInteger(), before + 1);
    QCOMPARE(newest[u"source"_s].toString(), u"sections"_s);
    QCOMPARE(newest[u"actorId"_s].toString().isEmpty(), false);
    // Nobody connected lags behind: published is done.
    QCOMPARE(newest[u"status"_s].toString(), u"success"_s);

    const auto row
        = watcher.take([](const RealtimeMessage &m) { return isRowChange(m, u"sync_events"_s); });
    QVERIFY2(row, "the sync event reaches the tenant's admins live");
    const QJsonObject record = row->payload.toObject()[u"data"_s][u"record"_s].toObject();
    QCOMPARE(record[u"kind"_s].toString(), u"config_change"_s);
    QCOMPARE(record[u"config_version"_s].toInteger(), before + 1);
    QCOMPARE(record[u"organization_id"_s].toString(), m_evergreen);
    QCOMPARE(record[u"status"_s].toString(), u"pending"_s);
    // Settled before the write's changes went out, and sent with them: the console sees the
    // event succeed live, not only on its next read.
    const auto settled = watcher.take([](const RealtimeMessage &m) {
        return isRowChange(m, u"sync_events"_s)
            && m.payload.toObject()[u"data"_s][u"type"_s].toString() == u"UPDATE"_s;
    });
    QVERIFY2(settled, "the settled sync event reaches the tenant's admins live");
    const QJsonObject done = settled->payload.toObject()[u"data"_s][u"record"_s].toObject();
    QCOMPARE(done[u"id"_s].toString(), record[u"id"_s].toString());
    QCOMPARE(done[u"status"_s].toString(), u"success"_s);
}

void TestSyncApi::laggingClientMakesTenantPendingThenPartialThenSuccess()
{
    // Harbor Light is in sync and has no conflicts; a platform admin's console follows it.
    const QString harbor = DemoData::harborId();
    const QString orgTopic = u"realtime:org:"_s + harbor;
    const QString admins = u"realtime:platform:admins"_s;
    const qint64 version = tenant(harbor)[u"configVersion"_s].toInteger();
    QCOMPARE(tenant(harbor)[u"status"_s].toString(), u"success"_s);
    token(Platform);
    TestClient console;
    QVERIFY(console.open(socketUrl(Platform)));
    QVERIFY(console.joinOk(admins));
    QVERIFY(console.joinOk(orgTopic, {{u"presence"_s, QJsonObject {{u"key"_s, u"console-1"_s}}}}));
    const auto track = [&](qint64 applied) {
        const QString ref = console.push(orgTopic, u"presence"_s,
                                         presenceTrack({{u"config_version"_s, applied},
                                                        {u"user_id"_s, u"pat"_s},
                                                        {u"role"_s, u"platform_admin"_s},
                                                        {u"client"_s, u"wedsync-admin"_s}}));
        return console.takeReply(ref).has_value();
    };
    QVERIFY(track(version));
    QTRY_COMPARE_WITH_TIMEOUT(tenant(harbor)[u"connectedClients"_s].toInt(), 1, 10000);
    QCOMPARE(tenant(harbor)[u"status"_s].toString(), u"success"_s);

    // A configuration change the console has not applied yet.
    const HttpTestReply created = as(Platform).send(
        "POST", u"/api/v1/organizations/"_s + harbor + u"/sections"_s,
        QJsonDocument(QJsonObject {{u"sectionType"_s, u"notes"_s},
                                   {u"customization"_s, QJsonObject {{u"title"_s, u"Notes"_s}}}})
            .toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}});
    QVERIFY2(created.status == 201, created.describe().constData());
    const QJsonObject lagging = tenant(harbor);
    QCOMPARE(lagging[u"configVersion"_s].toInteger(), version + 1);
    QCOMPARE(lagging[u"staleClients"_s].toInt(), 1);
    QCOMPARE(lagging[u"pendingChanges"_s].toInt(), 1);
    // Within the grace the change is on its way; past it, the tenant is only partly in sync.
    const QString early = lagging[u"status"_s].toString();
    QVERIFY2(early == u"pending"_s || early == u"partial"_s, qPrintable(early));
    QTRY_COMPARE_WITH_TIMEOUT(tenant(harbor)[u"status"_s].toString(), u"partial"_s,
                              GraceSecs * 1000 + 10000);
    const auto line = console.take(
        [&](const RealtimeMessage &m) {
            return m.topic == admins && isBroadcastOf(m, u"sync_health"_s)
                && m.payload.toObject()[u"payload"_s][u"organizationId"_s].toString() == harbor
                && m.payload.toObject()[u"payload"_s][u"status"_s].toString() == u"partial"_s;
        },
        10000);
    QVERIFY2(line, "the changed line is broadcast to platform staff");

    QVERIFY(track(version + 1));
    QTRY_COMPARE_WITH_TIMEOUT(tenant(harbor)[u"status"_s].toString(), u"success"_s, 10000);
    QCOMPARE(tenant(harbor)[u"staleClients"_s].toInt(), 0);
    const HttpTestReply applied
        = as(Platform).get(u"/api/v1/sync/events?kind=client_applied&organizationId="_s + harbor);
    QCOMPARE(applied.object()[u"total"_s].toInt(), 1);
    QCOMPARE(applied.object()[u"items"_s][0][u"configVersion"_s].toInteger(), version + 1);
    const HttpTestReply change = as(Platform).get(
        u"/api/v1/sync/events?kind=config_change&limit=1&organizationId="_s + harbor);
    QCOMPARE(change.object()[u"items"_s][0][u"status"_s].toString(), u"success"_s);
    QVERIFY(change.object()[u"items"_s][0][u"details"_s][u"awaitedClients"_s].toBool());
}

void TestSyncApi::resyncReachesJoinedClients()
{
    const QString orgTopic = u"realtime:org:"_s + m_lakeside;
    token(LakesideAdmin);
    TestClient console;
    QVERIFY(console.open(socketUrl(LakesideAdmin)));
    QVERIFY(console.joinOk(orgTopic));
    const HttpTestReply started
        = as(LakesideAdmin).send("POST", u"/api/v1/sync/tenants/"_s + m_lakeside + u"/resync"_s);
    QVERIFY2(started.status == 202, started.describe().constData());
    const QJsonObject event = started.object();
    QCOMPARE(event[u"kind"_s].toString(), u"resync"_s);
    QCOMPARE(event[u"details"_s][u"delivered"_s].toInt(), 1);
    const auto refetch = console.take(
        [](const RealtimeMessage &m) { return isBroadcastOf(m, u"config_refetch"_s); });
    QVERIFY2(refetch, "the joined client is told to refetch");
    QCOMPARE(refetch->payload.toObject()[u"payload"_s][u"configVersion"_s].toInteger(),
             event[u"configVersion"_s].toInteger());
    QCOMPARE(
        as(Support).send("POST", u"/api/v1/sync/tenants/"_s + m_evergreen + u"/resync"_s).status,
        202);
}

void TestSyncApi::resyncThatReachesNobodyIsNoSuccess()
{
    // Lakeside's last propagation failed (demo data) and none of its clients is connected.
    const QJsonObject before = tenant(m_lakeside);
    QCOMPARE(before[u"status"_s].toString(), u"failed"_s);
    const HttpTestReply started
        = as(LakesideAdmin).send("POST", u"/api/v1/sync/tenants/"_s + m_lakeside + u"/resync"_s);
    QVERIFY2(started.status == 202, started.describe().constData());
    const QJsonObject event = started.object();
    // Said as it is: nothing was delivered, and it is over at once.
    QCOMPARE(event[u"kind"_s].toString(), u"resync_unheard"_s);
    QCOMPARE(event[u"details"_s][u"delivered"_s].toInt(), 0);
    QVERIFY2(event[u"message"_s].toString().contains(u"no client was connected"_s),
             qPrintable(event[u"message"_s].toString()));
    QCOMPARE(event[u"status"_s].toString(), u"success"_s);
    // ...and it is no delivery: the tenant is still failed, its last success unchanged.
    const QJsonObject after = tenant(m_lakeside);
    QCOMPARE(after[u"status"_s].toString(), u"failed"_s);
    QCOMPARE(after[u"lastSuccessAt"_s], before[u"lastSuccessAt"_s]);
    const QJsonObject health = as(Platform).get(u"/api/v1/sync/health"_s).object();
    QCOMPARE(health[u"tenants"_s].toArray().size(), 3);
}

void TestSyncApi::eachCallerSeesTheirTenants()
{
    const auto tenantsOf = [&](const QString &email) {
        QSet<QString> ids;
        const HttpTestReply reply = as(email).get(u"/api/v1/sync/health"_s);
        for (const QJsonValue &line : reply.object()[u"tenants"_s].toArray())
            ids.insert(line[u"organizationId"_s].toString());
        return ids;
    };
    QCOMPARE(tenantsOf(LakesideAdmin), QSet<QString> {m_lakeside});
    QCOMPARE(tenantsOf(EvergreenAdmin), QSet<QString> {m_evergreen});
    const QSet<QString> all {m_evergreen, m_lakeside, DemoData::harborId()};
    QCOMPARE(tenantsOf(Platform), all);
    QCOMPARE(tenantsOf(Support), all);
    const HttpTestReply report = as(Platform).get(u"/api/v1/sync/health"_s);
    QSet<QString> statuses;
    for (const QJsonValue &line : report.object()[u"tenants"_s].toArray())
        statuses.insert(line[u"status"_s].toString());
    QVERIFY2(statuses.size() >= 3, "the demo shows at least three of the four statuses");

    for (const QString &path : {u"/api/v1/sync/health"_s, u"/api/v1/sync/events"_s,
                                u"/api/v1/sync/connections"_s, u"/api/v1/sync/conflicts"_s}) {
        QCOMPARE(as(Planner).get(path).status, 403);
        QCOMPARE(as(LakesideAdmin).get(path + u"?organizationId="_s + m_evergreen).status, 404);
    }
    for (const QJsonValue &event :
         as(LakesideAdmin).get(u"/api/v1/sync/events?limit=500"_s).object()[u"items"_s].toArray())
        QCOMPARE(event[u"organizationId"_s].toString(), m_lakeside);
    // The demo has two open conflicts per member tenant.
    const QJsonArray lakesideConflicts
        = as(LakesideAdmin).get(u"/api/v1/sync/conflicts"_s).object()[u"items"_s].toArray();
    QCOMPARE(lakesideConflicts.size(), 2);
    for (const QJsonValue &conflict : lakesideConflicts)
        QCOMPARE(conflict[u"organizationId"_s].toString(), m_lakeside);
    QCOMPARE(as(Support).get(u"/api/v1/sync/conflicts"_s).object()[u"total"_s].toInt(), 4);
    QCOMPARE(
        as(Planner).send("POST", u"/api/v1/sync/tenants/"_s + m_evergreen + u"/resync"_s).status,
        403);
    QCOMPARE(as(LakesideAdmin)
                 .send("POST", u"/api/v1/sync/tenants/"_s + m_evergreen + u"/resync"_s)
                 .status,
             404);
}

void TestSyncApi::eventFiltersAndPaging()
{
    HttpTestClient &platform = as(Platform);
    const HttpTestReply failed = platform.get(u"/api/v1/sync/events?status=failed"_s);
    QVERIFY(failed.object()[u"total"_s].toInt() >= 1);
    for (const QJsonValue &event : failed.object()[u"items"_s].toArray())
        QCOMPARE(event[u"status"_s].toString(), u"failed"_s);

    const QString filter = u"organizationId="_s + m_evergreen + u"&kind=config_change"_s;
    const HttpTestReply all = platform.get(u"/api/v1/sync/events?limit=500&"_s + filter);
    const QJsonArray every = all.object()[u"items"_s].toArray();
    QVERIFY(every.size() >= 6);
    QCOMPARE(all.object()[u"total"_s].toInt(), every.size());
    for (qsizetype i = 1; i < every.size(); ++i)
        QVERIFY(every.at(i - 1)[u"occurredAt"_s].toString()
                >= every.at(i)[u"occurredAt"_s].toString());

    QJsonArray paged;
    QString cursor;
    do {
        const HttpTestReply page
            = platform.get(u"/api/v1/sync/events?limit=4&"_s + filter
                           + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QVERIFY2(page.status == 200, page.describe().constData());
        QCOMPARE(page.object()[u"total"_s].toInt(), every.size());
        for (const QJsonValue &event : page.object()[u"items"_s].toArray())
            paged.append(event);
        cursor = page.object()[u"nextCursor"_s].toString();
    } while (!cursor.isEmpty());
    QCOMPARE(paged, every);
    const HttpTestReply offset = platform.get(u"/api/v1/sync/events?limit=2&offset=2&"_s + filter);
    QCOMPARE(offset.object()[u"items"_s].toArray(), (QJsonArray {every.at(2), every.at(3)}));

    const QDateTime newest
        = QDateTime::fromString(every.at(0)[u"occurredAt"_s].toString(), Qt::ISODateWithMs);
    const HttpTestReply window
        = platform.get(u"/api/v1/sync/events?"_s + filter + u"&from="_s
                       + newest.toString(Qt::ISODateWithMs).replace(u"+"_s, u"%2B"_s));
    QCOMPARE(window.object()[u"items"_s].toArray(), QJsonArray {every.at(0)});

    for (const QString &bad : {u"limit=0"_s, u"limit=501"_s, u"status=unknown"_s, u"cursor=zzz"_s,
                               u"organizationId=nope"_s, u"from=yesterday"_s, u"colour=red"_s}) {
        const HttpTestReply reply = platform.get(u"/api/v1/sync/events?"_s + bad);
        QVERIFY2(reply.status == 400, qPrintable(bad));
    }
}

void TestSyncApi::connectionStatsCountJoinedClients()
{
    token(LakesideAdmin);
    TestClient console;
    QVERIFY(console.open(socketUrl(LakesideAdmin)));
    QVERIFY(console.joinOk(u"realtime:org:"_s + m_lakeside));
    const HttpTestReply stats = as(Platform).get(u"/api/v1/sync/connections"_s);
    QVERIFY2(stats.status == 200, stats.describe().constData());
    QCOMPARE(stats.object()[u"bucketSeconds"_s].toInt(), 10);
    QCOMPARE(stats.object()[u"windowSeconds"_s].toInt(), 600);
    const QJsonObject now = stats.object()[u"samples"_s].toArray().last().toObject();
    QVERIFY(now[u"total"_s].toInt() >= 1);
    QCOMPARE(now[u"byTenant"_s][m_lakeside].toInt(), 1);
    QCOMPARE(now[u"byRole"_s][u"admin"_s].toInt(), 1);
    // Evergreen's admin sees only their own tenant's connections.
    const QJsonObject theirs = as(EvergreenAdmin)
                                   .get(u"/api/v1/sync/connections"_s)
                                   .object()[u"samples"_s]
                                   .toArray()
                                   .last()
                                   .toObject();
    QCOMPARE(theirs[u"byTenant"_s].toObject().contains(m_lakeside), false);
    QCOMPARE(theirs[u"total"_s].toInt(), 0);
}

void TestSyncApi::resolvingTheConflictRestoresTheTenant()
{
    QCOMPARE(tenant(m_evergreen)[u"status"_s].toString(), u"partial"_s);
    const HttpTestReply open
        = as(EvergreenAdmin).get(u"/api/v1/organizations/"_s + m_evergreen + u"/conflicts"_s);
    QVERIFY2(open.status == 200, open.describe().constData());
    const QJsonArray items = open.object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 2);
    QJsonArray ids;
    for (const QJsonValue &item : items)
        ids.append(item[u"id"_s]);
    const QByteArray theirs
        = QJsonDocument(QJsonObject {{u"ids"_s, ids}, {u"resolution"_s, u"theirs"_s}})
              .toJson(QJsonDocument::Compact);
    const QList<QPair<QByteArray, QByteArray>> json {{"Content-Type", "application/json"}};
    const QString resolve = u"/api/v1/sync/conflicts/resolve"_s;
    QCOMPARE(as(LakesideAdmin).send("POST", resolve, theirs, json).status, 404);
    QCOMPARE(
        as(LakesideAdmin).get(u"/api/v1/organizations/"_s + m_evergreen + u"/conflicts"_s).status,
        404);

    const HttpTestReply resolved = as(Support).send("POST", resolve, theirs, json);
    QVERIFY2(resolved.status == 200, resolved.describe().constData());
    for (const QJsonValue &item : resolved.object()[u"items"_s].toArray()) {
        QCOMPARE(item[u"status"_s].toString(), u"resolved"_s);
        QVERIFY(!item[u"resolvedAt"_s].isNull());
        QVERIFY(!item[u"resolvedBy"_s].toString().isEmpty());
    }
    // The demo's newest Evergreen propagation succeeded: nothing else keeps it partial.
    const QJsonObject line = tenant(m_evergreen);
    QCOMPARE(line[u"conflicts"_s].toInt(), 0);
    QCOMPARE(line[u"status"_s].toString(), u"success"_s);
    QVERIFY(as(EvergreenAdmin)
                .get(u"/api/v1/organizations/"_s + m_evergreen + u"/conflicts"_s)
                .object()[u"items"_s]
                .toArray()
                .isEmpty());
    // Closed conflicts are not closed again.
    QCOMPARE(as(Support).send("POST", resolve, theirs, json).status, 409);
}

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
