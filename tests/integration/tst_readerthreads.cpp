// Section lists, the audit trail, sync events and conflicts, appointments, CRM clients and jobs,
// suppliers, compliance notifications, organizations (list, one, weddings, members) and webhook
// endpoints (list, one, deliveries) read on reader threads (--read-threads 2: each reader
// with its own connection), and a section's PATCH on writer threads (--write-threads 2), on both
// backends: answers on one connection keep their request order with reads and writes pipelined
// together, a write waits for the reads sent before it (none of them shows it) and the reads
// sent after a write wait for it (all of them show it); a list read after a write's answer
// shows the write on any connection; errors found before or by the read keep their status.
// Order-based: no check reads a clock.
#include "DemoSession.h"
#include "RawHttpClient.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

constexpr int WaitMs = 30000;

QJsonObject sectionIn(const QByteArray &listBody, const QString &id)
{
    const QJsonArray items = QJsonDocument::fromJson(listBody).object()[u"items"_s].toArray();
    for (const QJsonValue &item : items)
        if (item[u"id"_s].toString() == id)
            return item.toObject();
    return {};
}

} // namespace

class TestReaderThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void pipelinedReadsAndWritesAnswerInOrder();
    void aListAfterAWriteShowsItOnEveryConnection();
    void trailEventsAndConflictsShowTheWrite();
    void appointmentsClientsAndSuppliersShowTheWrite();
    void createsReordersAndDeletesOnWritersShowInTheNextList();
    void organizationsAndWebhooksAnswerFromReaders();

private:
    QByteArray auth(const QString &email)
    {
        return "Authorization: Bearer " + m_demo->as(email).bearerToken().toLatin1() + "\r\n";
    }

    std::unique_ptr<DemoSession> m_demo;
    const QString m_org = DemoData::evergreenId();
};

void TestReaderThreads::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend, {u"--read-threads"_s, u"2"_s, u"--write-threads"_s, u"2"_s}),
             qPrintable(m_demo->errorString()));
}

void TestReaderThreads::pipelinedReadsAndWritesAnswerInOrder()
{
    const QJsonObject section = m_demo->section(m_org, u"timeline"_s);
    QVERIFY(!section.isEmpty());
    const QString id = section[u"id"_s].toString();
    const QByteArray list = demo::sectionsPath(m_org).toLatin1();
    const QByteArray admin = auth(demo::Admin);
    const QByteArray patch = jsonBytes(QJsonObject {
        {u"customization"_s, QJsonObject {{u"subtitle"_s, u"Pipelined behind a read"_s}}}});
    const QByteArray ifMatch
        = "If-Match: \"" + QByteArray::number(section[u"version"_s].toInteger()) + "\"\r\n";

    // Reads queued for the readers ahead of the write: none of them may see it.
    constexpr int ReadsAhead = 8;
    RawHttpClient client(m_demo->baseUrl());
    QVERIFY(client.connected());
    QByteArray pipeline;
    for (int i = 0; i < ReadsAhead; ++i)
        pipeline += client.request("GET", list, {}, admin);
    pipeline += client.request("PATCH", "/api/v1/sections/" + id.toLatin1(), patch, admin + ifMatch)
        + client.request("GET", list, {}, admin)
        + client.request("GET", list + "?scope=bogus", {}, admin)
        + client.request(
            "GET",
            demo::sectionsPath(QUuid::createUuid().toString(QUuid::WithoutBraces)).toLatin1(), {},
            auth(demo::Platform))
        + client.request("GET", "/healthz", {});
    client.socket.write(pipeline);
    QTRY_COMPARE_WITH_TIMEOUT(client.answers.size(), ReadsAhead + 5, WaitMs);
    const qint64 before = section[u"version"_s].toInteger();
    for (int i = 0; i <= ReadsAhead + 1; ++i)
        QVERIFY2(client.answers.at(i).first == 200,
                 qPrintable(u"answer %1: %2 %3"_s.arg(i)
                                .arg(client.answers.at(i).first)
                                .arg(QString::fromUtf8(client.answers.at(i).second.left(400)))));
    for (int i = 0; i < ReadsAhead; ++i)
        QVERIFY2(sectionIn(client.answers.at(i).second, id)[u"version"_s].toInteger() == before,
                 qPrintable(u"read %1, sent before the write, shows it"_s.arg(i)));
    // Read after the write's answer on the same connection: the write shows.
    const QJsonObject after = sectionIn(client.answers.at(ReadsAhead + 1).second, id);
    QCOMPARE(after[u"version"_s].toInteger(), before + 1);
    QCOMPARE(after[u"customization"_s][u"subtitle"_s].toString(), u"Pipelined behind a read"_s);
    QCOMPARE(client.answers.at(ReadsAhead + 2).first, 400); // found before the read
    QCOMPARE(client.answers.at(ReadsAhead + 3).first, 404); // found by the read: no organization
    QCOMPARE(client.answers.at(ReadsAhead + 4).first, 200);
}

void TestReaderThreads::aListAfterAWriteShowsItOnEveryConnection()
{
    const QJsonObject section = m_demo->section(m_org, u"timeline"_s);
    const QString id = section[u"id"_s].toString();
    qint64 version = section[u"version"_s].toInteger();
    HttpTestClient &writer = m_demo->as(demo::Planner);
    // Readers on four connections of their own, each asking right after a write is answered.
    std::vector<std::unique_ptr<RawHttpClient>> readers;
    for (int i = 0; i < 4; ++i) {
        readers.push_back(std::make_unique<RawHttpClient>(m_demo->baseUrl()));
        QVERIFY(readers.back()->connected());
    }
    const QByteArray admin = auth(demo::Admin);
    for (int round = 0; round < 10; ++round) {
        const QString subtitle = u"Round %1"_s.arg(round);
        const HttpTestReply written = writer.send(
            "PATCH", u"/api/v1/sections/"_s + id,
            jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, subtitle}}}}),
            wedsync::test::ifMatch(version));
        QVERIFY2(written.status == 200, written.describe().constData());
        ++version;
        for (const auto &reader : readers)
            reader->send("GET", demo::sectionsPath(m_org).toLatin1(), {}, admin);
        for (const auto &reader : readers) {
            QTRY_COMPARE_WITH_TIMEOUT(reader->answers.size(), round + 1, WaitMs);
            const auto &[status, body] = reader->answers.last();
            QCOMPARE(status, 200);
            const QJsonObject seen = sectionIn(body, id);
            QCOMPARE(seen[u"version"_s].toInteger(), version);
            QCOMPARE(seen[u"customization"_s][u"subtitle"_s].toString(), subtitle);
        }
    }
}

void TestReaderThreads::trailEventsAndConflictsShowTheWrite()
{
    const QJsonObject section = m_demo->section(m_org, u"timeline"_s);
    const QString id = section[u"id"_s].toString();
    const HttpTestReply written
        = m_demo->as(demo::Planner)
              .send("PATCH", u"/api/v1/sections/"_s + id,
                    jsonBytes(QJsonObject {
                        {u"customization"_s, QJsonObject {{u"subtitle"_s, u"Traced"_s}}}}),
                    wedsync::test::ifMatch(section[u"version"_s].toInteger()));
    QVERIFY2(written.status == 200, written.describe().constData());
    HttpTestClient &platform = m_demo->as(demo::Platform);
    // The audit trail, its export and the sync events, each read right after the answer.
    const HttpTestReply trail = platform.get(u"/api/v1/audit?limit=1&organizationId="_s + m_org);
    QVERIFY2(trail.status == 200, trail.describe().constData());
    const QJsonObject row = trail.object()[u"items"_s].toArray().at(0).toObject();
    QCOMPARE(row[u"entityId"_s].toString(), id);
    QCOMPARE(row[u"actorEmail"_s].toString(), demo::Planner);
    const HttpTestReply exported
        = platform.get(u"/api/v1/audit/export?format=json&entityId="_s + id);
    QVERIFY2(exported.status == 200, exported.describe().constData());
    QCOMPARE(exported.object()[u"items"_s]
                 .toArray()
                 .at(0)[u"after"_s][u"customization"_s][u"subtitle"_s]
                 .toString(),
             u"Traced"_s);
    const HttpTestReply events
        = platform.get(u"/api/v1/sync/events?kind=config_change&limit=1&organizationId="_s + m_org);
    QVERIFY2(events.status == 200, events.describe().constData());
    const QJsonObject event = events.object()[u"items"_s].toArray().at(0).toObject();
    QCOMPARE(event[u"details"_s][u"entityIds"_s].toArray().at(0).toString(), id);
    const HttpTestReply conflicts
        = platform.get(u"/api/v1/sync/conflicts?organizationId="_s + m_org);
    QVERIFY2(conflicts.status == 200, conflicts.describe().constData());
    QVERIFY(conflicts.object()[u"total"_s].toInteger() > 0);
    // Refused before any reading: a bad query, and a tenant the caller may not read.
    QCOMPARE(platform.get(u"/api/v1/audit?limit=0"_s).status, 400);
    QCOMPARE(m_demo->as(demo::Admin)
                 .get(u"/api/v1/audit?organizationId="_s + DemoData::harborId())
                 .status,
             404);
}

void TestReaderThreads::appointmentsClientsAndSuppliersShowTheWrite()
{
    const QString org = u"/api/v1/organizations/"_s + m_org;
    HttpTestClient &planner = m_demo->as(demo::Planner);
    HttpTestClient &admin = m_demo->as(demo::Admin);
    // An appointment made by the planner, listed at once by the admin (another connection).
    const HttpTestReply made = planner.post(org + u"/appointments"_s,
                                            QJsonObject {{u"title"_s, u"Read on a reader"_s},
                                                         {u"kind"_s, u"meeting"_s},
                                                         {u"timeZone"_s, u"Europe/London"_s},
                                                         {u"startsAt"_s, u"2027-03-10T18:30:00Z"_s},
                                                         {u"endsAt"_s, u"2027-03-10T19:30:00Z"_s}});
    QVERIFY2(made.status == 201, made.describe().constData());
    const HttpTestReply appointments = admin.get(org + u"/appointments?limit=200"_s);
    QVERIFY2(appointments.status == 200, appointments.describe().constData());
    QStringList titles;
    for (const QJsonValue &item : appointments.object()[u"items"_s].toArray())
        titles << item[u"title"_s].toString();
    QVERIFY2(titles.contains(u"Read on a reader"_s), qPrintable(titles.join(u", "_s)));

    // A CRM client edited, then found by a search of the list.
    const HttpTestReply clients = planner.get(org + u"/clients?limit=1"_s);
    QVERIFY2(clients.status == 200, clients.describe().constData());
    const QJsonObject client = clients.object()[u"items"_s].toArray().at(0).toObject();
    QVERIFY2(!client.isEmpty(), clients.describe().constData());
    const HttpTestReply edited
        = planner.send("PATCH", org + u"/clients/"_s + client[u"id"_s].toString(),
                       jsonBytes(QJsonObject {
                           {u"fields"_s, QJsonObject {{u"notes"_s, u"Readerthreads marker"_s}}}}),
                       wedsync::test::ifMatch(client[u"version"_s].toInteger()));
    QVERIFY2(edited.status == 200, edited.describe().constData());
    const HttpTestReply found = admin.get(org + u"/clients?search=Readerthreads"_s);
    QVERIFY2(found.status == 200, found.describe().constData());
    const QJsonArray matches = found.object()[u"items"_s].toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0)[u"id"_s].toString(), client[u"id"_s].toString());
    const HttpTestReply jobs = admin.get(org + u"/jobs?limit=5"_s);
    QVERIFY2(jobs.status == 200, jobs.describe().constData());
    QVERIFY(!jobs.object()[u"items"_s].toArray().isEmpty());

    // A supplier deactivated, listed as inactive with its tier's name.
    const QString noor = org + u"/suppliers/"_s + m_demo->userId(u"noor@evergreen.demo"_s);
    const HttpTestReply before = admin.get(noor);
    QVERIFY2(before.status == 200, before.describe().constData());
    const HttpTestReply deactivated
        = admin.send("POST", noor + u"/deactivate"_s,
                     jsonBytes(QJsonObject {{u"reason"_s, u"Read on a reader"_s}}),
                     wedsync::test::ifMatch(before.object()[u"version"_s].toInteger()));
    QVERIFY2(deactivated.status == 200, deactivated.describe().constData());
    const HttpTestReply inactive = planner.get(org + u"/suppliers?status=inactive"_s);
    QVERIFY2(inactive.status == 200, inactive.describe().constData());
    QJsonObject listed;
    for (const QJsonValue &item : inactive.object()[u"items"_s].toArray())
        if (item[u"email"_s].toString() == u"noor@evergreen.demo"_s)
            listed = item.toObject();
    QVERIFY2(!listed.isEmpty(), inactive.describe().constData());
    QVERIFY(!listed[u"tierName"_s].toString().isEmpty());
    const HttpTestReply notes = planner.get(org + u"/compliance/notifications"_s);
    QVERIFY2(notes.status == 200, notes.describe().constData());

    // Refused before any reading: a bad query, and another tenant's lists.
    QCOMPARE(admin.get(org + u"/clients?limit=0"_s).status, 400);
    QCOMPARE(admin.get(org + u"/suppliers?status=gone"_s).status, 400);
    const QString harbor = u"/api/v1/organizations/"_s + DemoData::harborId();
    for (const QString &list : {u"/appointments"_s, u"/clients"_s, u"/jobs"_s, u"/suppliers"_s,
                                u"/compliance/notifications"_s})
        QCOMPARE(admin.get(harbor + list).status, 404);
}

void TestReaderThreads::createsReordersAndDeletesOnWritersShowInTheNextList()
{
    // A create, a reorder and a DELETE run on the writers too: each answer is the stored
    // outcome, a stale one is refused with the current section, and the next list shows them.
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const QString list = demo::sectionsPath(m_org) + u"?scope=organization"_s;
    const HttpTestReply created
        = admin.post(demo::sectionsPath(m_org), QJsonObject {{u"sectionType"_s, u"writer_made"_s}});
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString madeId = created.object()[u"id"_s].toString();
    const qint64 madeAt = created.object()[u"layout"_s][u"position"_s].toInteger();
    QCOMPARE(sectionIn(admin.get(list).body, madeId)[u"version"_s].toInteger(), 1);
    const QJsonObject budget = m_demo->section(m_org, u"budget"_s);
    const qint64 budgetAt = budget[u"layout"_s][u"position"_s].toInteger();
    // Swapped in one request (each move alone would share a position).
    const QJsonArray moves {
        QJsonObject {{u"id"_s, madeId}, {u"position"_s, budgetAt}, {u"version"_s, 1}},
        QJsonObject {{u"id"_s, budget[u"id"_s]},
                     {u"position"_s, madeAt},
                     {u"version"_s, budget[u"version"_s]}},
    };
    const HttpTestReply swapped
        = admin.send("POST", demo::sectionsPath(m_org) + u"/reorder"_s, jsonBytes(moves),
                     {{"Content-Type", "application/json"}});
    QVERIFY2(swapped.status == 200, swapped.describe().constData());
    QCOMPARE(swapped.object()[u"items"_s][0][u"layout"_s][u"position"_s].toInteger(), budgetAt);
    QCOMPARE(sectionIn(admin.get(list).body, madeId)[u"layout"_s][u"position"_s].toInteger(),
             budgetAt);

    const HttpTestReply stale
        = admin.send("DELETE", u"/api/v1/sections/"_s + madeId, {}, wedsync::test::ifMatch(1));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInteger(), 2);
    QVERIFY(!sectionIn(admin.get(list).body, madeId).isEmpty());
    const HttpTestReply deleted
        = admin.send("DELETE", u"/api/v1/sections/"_s + madeId, {}, wedsync::test::ifMatch(2));
    QVERIFY2(deleted.status == 204, deleted.describe().constData());
    QVERIFY(sectionIn(admin.get(list).body, madeId).isEmpty());
    QCOMPARE(
        admin.send("DELETE", u"/api/v1/sections/"_s + madeId, {}, wedsync::test::ifMatch(2)).status,
        404);
}

void TestReaderThreads::organizationsAndWebhooksAnswerFromReaders()
{
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const QString org = u"/api/v1/organizations/"_s + m_org;
    const QString harbor = u"/api/v1/organizations/"_s + DemoData::harborId();

    // The list: the admin's own organization with their role, no other tenant.
    const HttpTestReply organizations = admin.get(u"/api/v1/organizations"_s);
    QVERIFY2(organizations.status == 200, organizations.describe().constData());
    QStringList listed;
    for (const QJsonValue &item : organizations.object()[u"items"_s].toArray()) {
        listed << item[u"id"_s].toString();
        if (item[u"id"_s].toString() == m_org)
            QCOMPARE(item[u"callerRole"_s].toString(), u"admin"_s);
    }
    QVERIFY2(listed.contains(m_org), organizations.describe().constData());
    QVERIFY2(!listed.contains(DemoData::harborId()), organizations.describe().constData());
    // Platform staff see every tenant, with no role in them.
    const HttpTestReply all = m_demo->as(demo::Platform).get(u"/api/v1/organizations"_s);
    QVERIFY2(all.status == 200, all.describe().constData());
    QVERIFY(all.object()[u"items"_s].toArray().size() >= 3);
    QVERIFY(all.object()[u"items"_s].toArray().at(0)[u"callerRole"_s].isNull());

    const HttpTestReply one = admin.get(org);
    QVERIFY2(one.status == 200, one.describe().constData());
    QCOMPARE(one.object()[u"id"_s].toString(), m_org);
    QCOMPARE(one.object()[u"name"_s].toString(), u"Evergreen Weddings"_s);

    const HttpTestReply weddings = admin.get(org + u"/weddings"_s);
    QVERIFY2(weddings.status == 200, weddings.describe().constData());
    const QJsonArray weddingItems = weddings.object()[u"items"_s].toArray();
    QVERIFY2(!weddingItems.isEmpty(), weddings.describe().constData());
    for (const QJsonValue &wedding : weddingItems) {
        QCOMPARE(wedding[u"organizationId"_s].toString(), m_org);
        QVERIFY(!wedding[u"phase"_s].toString().isEmpty()); // read with the clock on the reader
    }

    const HttpTestReply members = admin.get(org + u"/members"_s);
    QVERIFY2(members.status == 200, members.describe().constData());
    QJsonObject self;
    for (const QJsonValue &member : members.object()[u"items"_s].toArray())
        if (member[u"email"_s].toString() == demo::Admin)
            self = member.toObject();
    QVERIFY2(!self.isEmpty(), members.describe().constData());
    QCOMPARE(self[u"role"_s].toString(), u"admin"_s);
    QVERIFY(self[u"weddingAccess"_s].isArray());

    // The organization's webhook endpoints (the demo's), one of them with its ETag, and its
    // deliveries after a ping was queued.
    const HttpTestReply endpoints = admin.get(org + u"/webhooks"_s);
    QVERIFY2(endpoints.status == 200, endpoints.describe().constData());
    const QJsonObject endpoint = endpoints.object()[u"items"_s].toArray().at(0).toObject();
    QVERIFY2(!endpoint.isEmpty(), endpoints.describe().constData());
    QCOMPARE(endpoint[u"organizationId"_s].toString(), m_org);
    QVERIFY(!endpoint.contains(u"secret"_s));
    const QString webhook = org + u"/webhooks/"_s + endpoint[u"id"_s].toString();
    const HttpTestReply got = admin.get(webhook);
    QVERIFY2(got.status == 200, got.describe().constData());
    QCOMPARE(got.object()[u"id"_s].toString(), endpoint[u"id"_s].toString());
    QCOMPARE(got.object()[u"url"_s].toString(), endpoint[u"url"_s].toString());
    const qint64 version = got.object()[u"version"_s].toInteger();
    QCOMPARE(got.header("ETag"), "\"" + QByteArray::number(version) + "\"");
    const HttpTestReply unchanged
        = admin.send("GET", webhook, {}, {{"If-None-Match", got.header("ETag")}});
    QCOMPARE(unchanged.status, 304);
    QCOMPARE(admin.send("GET", webhook, {}, {{"If-None-Match", "\"999\""}}).status, 200);
    const HttpTestReply pinged = admin.send("POST", webhook + u"/test"_s);
    QVERIFY2(pinged.status == 202, pinged.describe().constData());
    const HttpTestReply deliveries = m_demo->as(demo::Support).get(webhook + u"/deliveries"_s);
    QVERIFY2(deliveries.status == 200, deliveries.describe().constData());
    const QJsonArray deliveryItems = deliveries.object()[u"items"_s].toArray();
    QCOMPARE(deliveries.object()[u"total"_s].toInteger(), 1);
    QCOMPARE(deliveryItems.size(), 1);
    QCOMPARE(deliveryItems.at(0)[u"id"_s].toString(), pinged.object()[u"id"_s].toString());
    QCOMPARE(deliveryItems.at(0)[u"endpointId"_s].toString(), endpoint[u"id"_s].toString());

    // Refusals decided before the read keep their status once the reader found the endpoint:
    // a coordinator may not read webhooks, a status filter that is not one.
    HttpTestClient &planner = m_demo->as(demo::Planner);
    QCOMPARE(planner.get(org + u"/webhooks"_s).status, 403);
    QCOMPARE(planner.get(webhook).status, 403);
    QCOMPARE(admin.get(webhook + u"/deliveries?status=gone"_s).status, 400);
    QCOMPARE(admin.get(org + u"/webhooks?bogus=1"_s).status, 400);

    // Tenant isolation: another tenant's organization is 404 on every route, and so is this
    // tenant's endpoint asked for under another organization.
    const QString elsewhere = harbor + u"/webhooks/"_s + endpoint[u"id"_s].toString();
    for (const QString &path :
         QStringList {harbor, harbor + u"/weddings"_s, harbor + u"/members"_s,
                      harbor + u"/webhooks"_s, elsewhere, elsewhere + u"/deliveries"_s})
        QVERIFY2(admin.get(path).status == 404, qPrintable(path));
    // Found by the read: an organization that does not exist, and an endpoint of another one,
    // for platform staff (who may read every tenant).
    HttpTestClient &platform = m_demo->as(demo::Platform);
    const QString missing
        = u"/api/v1/organizations/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QString &path : QStringList {
             missing, missing + u"/weddings"_s, missing + u"/members"_s, missing + u"/webhooks"_s,
             missing + u"/webhooks/"_s + endpoint[u"id"_s].toString(), elsewhere,
             elsewhere + u"/deliveries"_s}) {
        const HttpTestReply reply = platform.get(path);
        QVERIFY2(reply.status == 404,
                 qPrintable(path + u": "_s + QString::fromUtf8(reply.describe())));
    }
    QCOMPARE(platform.get(elsewhere + u"/deliveries?status=gone"_s).status, 404);
}

QTEST_MAIN(TestReaderThreads)
#include "tst_readerthreads.moc"
