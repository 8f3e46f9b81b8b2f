// The CRM hub's REST routes on both backends, with the demo's integrations: tier limits answer
// 402 naming the tier and the upgrade; credentials are sealed at rest and never appear in an
// answer, the audit trail or the server's log; who may do what (coordinators read, support
// retries, another tenant is 404); If-Match on changes; disconnecting keeps the clients; field
// mappings name each bad row; a file import in batches is retry-safe and matches by e-mail;
// queued syncs are cancelled and retried; an OAuth sign-in left for over 10 minutes is refused.
#include "DemoSession.h"
#include "demo/DemoData.h"
#include "demo/DemoIntegrations.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

namespace {

const QString Secret = u"s3cret-PLAIN-7f2d9a"_s;

QJsonObject fileConnection(const QString &name)
{
    return {{u"provider"_s, u"custom"_s},
            {u"name"_s, name},
            {u"authType"_s, u"none"_s},
            {u"direction"_s, u"import_only"_s},
            {u"conflictStrategy"_s, u"crm_wins"_s}};
}

QJsonObject row(int number, const QJsonObject &fields)
{
    return {{u"row"_s, number}, {u"fields"_s, fields}};
}

} // namespace

class TestIntegrationsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void catalogAndDemo();
    void tierLimits();
    void credentialsNeverLeave();
    void whoMayDoWhat();
    void patchNeedsTheCurrentVersion();
    void disconnectKeepsClients();
    void fieldMappingsAreValidated();
    void fileImportInBatches();
    void matchIsADryRun();
    void queuedSyncCancelAndRetry();
    void editAClient();
    void oauthSignInExpires();

private:
    QString org(const QString &id = {}) const
    {
        return u"/api/v1/organizations/"_s + (id.isEmpty() ? m_evergreen : id);
    }
    QString tavePath() const
    {
        return org() + u"/integrations/"_s + DemoIntegrations::taveIntegrationId();
    }
    int clientCount(const QString &query = {})
    {
        return m_demo->as(Admin)
            .get(org() + u"/clients?limit=1"_s + query)
            .object()[u"total"_s]
            .toInt();
    }

    std::unique_ptr<DemoSession> m_demo;
    QString m_evergreen;
};

void TestIntegrationsApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    // One request per ten minutes to Táve: a queued import starts, takes its first page and
    // then waits, so that cancelling it is cancelling a running job, every time.
    QVERIFY2(m_demo->start(backend, {u"--crm-rate-limit"_s, u"1/600"_s}),
             qPrintable(m_demo->errorString()));
    m_evergreen = DemoData::evergreenId();
}

void TestIntegrationsApi::catalogAndDemo()
{
    const HttpTestReply providers = m_demo->as(Planner).get(u"/api/v1/crm/providers"_s);
    QCOMPARE(providers.status, 200);
    QCOMPARE(providers.object()[u"items"_s].toArray().size(), 10);
    const HttpTestReply list = m_demo->as(Planner).get(org() + u"/integrations"_s);
    QVERIFY2(list.status == 200, list.describe().constData());
    const QJsonObject tave = list.object()[u"items"_s][0].toObject();
    QCOMPARE(tave[u"name"_s].toString(), u"Evergreen Táve"_s);
    QCOMPARE(tave[u"status"_s].toString(), u"connected"_s);
    QVERIFY(tave[u"hasCredentials"_s].toBool());
    QCOMPARE(tave[u"lastSync"_s][u"status"_s].toString(), u"completed"_s);
    QCOMPARE(clientCount(), DemoIntegrations::TaveClients);
    const HttpTestReply jobs = m_demo->as(Planner).get(tavePath() + u"/jobs"_s);
    const QJsonArray items = jobs.object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 3);
    QVERIFY(items[0][u"partial"_s].toBool()); // newest first
    QCOMPARE(items[1][u"status"_s].toString(), u"failed"_s);
    QCOMPARE(items[2][u"created"_s].toInt(), DemoIntegrations::TaveClients);
    const HttpTestReply log = m_demo->as(Planner).get(
        org() + u"/jobs/"_s + items[0][u"id"_s].toString() + u"/log?limit=2"_s);
    QCOMPARE(log.object()[u"items"_s].toArray().size(), 2);
    const QString cursor = log.object()[u"nextCursor"_s].toString();
    QVERIFY(!cursor.isEmpty());
    const HttpTestReply rest = m_demo->as(Planner).get(
        org() + u"/jobs/"_s + items[0][u"id"_s].toString() + u"/log?cursor="_s + cursor);
    const QJsonArray lines = rest.object()[u"items"_s].toArray();
    QCOMPARE(lines.size(), 3); // oldest first, after the cursor
    QVERIFY(lines[0][u"message"_s].toString().startsWith(u"Row 58"_s));
    // Each line carries its code and arguments, for a console in another language.
    QCOMPARE(lines[0][u"code"_s].toString(), u"row_skipped"_s);
    QCOMPARE(lines[0][u"args"_s][u"row"_s].toInt(), 58);
    QCOMPARE(lines[0][u"args"_s][u"reason"_s].toString(), u"no_name_or_email"_s);
    QCOMPARE(lines[2][u"code"_s].toString(), u"job_finished"_s);
    QCOMPARE(lines[2][u"args"_s][u"skipped"_s].toInt(), 3);
}

void TestIntegrationsApi::tierLimits()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString path = org() + u"/integrations"_s;
    QCOMPARE(admin.get(path).object()[u"limit"_s][u"allowed"_s].toInt(), 3);
    QCOMPARE(admin.post(path, fileConnection(u"HoneyBook export"_s)).status, 201);
    QCOMPARE(admin.post(path, fileConnection(u"Dubsado export"_s)).status, 201);
    const HttpTestReply over = admin.post(path, fileConnection(u"One too many"_s));
    QCOMPARE(over.status, 402);
    QCOMPARE(over.errorCode(), u"tier_limit"_s);
    QCOMPARE(over.object()[u"error"_s][u"message"_s].toString(),
             u"Evergreen Weddings is on the Professional tier, which includes 3 CRM integrations, "
             "all in use. Upgrade to Scale for 5."_s);
    const QJsonObject limit = admin.get(path).object()[u"limit"_s].toObject();
    QCOMPARE(limit[u"used"_s].toInt(), 3);
    QCOMPARE(limit[u"tier"_s].toString(), u"professional"_s);

    const QString lakeside = org(DemoData::lakesideId()) + u"/integrations"_s;
    HttpTestClient &lake = m_demo->as(LakesideAdmin);
    const HttpTestReply free = lake.post(lakeside, fileConnection(u"First"_s));
    QCOMPARE(free.status, 402);
    QCOMPARE(free.object()[u"error"_s][u"message"_s].toString(),
             u"Lakeside Events is on the Free tier, which includes no CRM integrations. Upgrade "
             "to Starter for 1."_s);
    // What Lakeside connected on Starter stays (disconnected); nothing new fits.
    const QJsonObject lakeLimit = lake.get(lakeside).object()[u"limit"_s].toObject();
    QCOMPARE(lakeLimit[u"allowed"_s].toInt(), 0);
    QCOMPARE(lakeLimit[u"used"_s].toInt(), 1);
    // A duplicate name of the same provider is 409, a bad field 400 naming it.
    admin.send("DELETE", path + u'/' + admin.get(path).object()[u"items"_s][2][u"id"_s].toString());
    const HttpTestReply duplicate = admin.post(path, fileConnection(u"HoneyBook export"_s));
    QCOMPARE(duplicate.status, 409);
    QJsonObject bad = fileConnection(u"Bad"_s);
    bad.insert(u"scheduleMinutes"_s, 5);
    bad.insert(u"authType"_s, u"basic"_s);
    const HttpTestReply invalid = admin.post(path, bad);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(errorFields(invalid), (QStringList {u"scheduleMinutes"_s, u"baseUrl"_s}));
}

void TestIntegrationsApi::credentialsNeverLeave()
{
    HttpTestClient &admin = m_demo->as(Admin);
    QJsonObject rest {
        {u"provider"_s, u"custom"_s},
        {u"name"_s, u"Studio REST"_s},
        {u"authType"_s, u"basic"_s},
        {u"baseUrl"_s, u"https://crm.example.com/api/clients"_s},
        {u"credentials"_s, QJsonObject {{u"username"_s, u"studio"_s}, {u"password"_s, Secret}}}};
    const HttpTestReply created = admin.post(org() + u"/integrations"_s, rest);
    QVERIFY2(created.status == 201, created.describe().constData());
    QVERIFY(created.object()[u"hasCredentials"_s].toBool());
    const QString id = created.object()[u"id"_s].toString();
    const QString path = org() + u"/integrations/"_s + id;
    const HttpTestReply patched = admin.send(
        "PATCH", path,
        jsonBytes(QJsonObject {{u"credentials"_s,
                                QJsonObject {{u"username"_s, u"studio"_s},
                                             {u"password"_s, QString(Secret + u"-2"_s)}}}}),
        ifMatch(1));
    QVERIFY2(patched.status == 200, patched.describe().constData());
    QCOMPARE(patched.object()[u"status"_s].toString(), u"pending"_s);

    // At rest: sealed bytes without the secret, for every integration.
    QString error;
    Database *db = m_demo->database(&error);
    QVERIFY2(db, qPrintable(error));
    SqlQuery sealed(*db, u"SELECT integration_id, sealed FROM integration_credentials"_s);
    QVERIFY(sealed.exec(u"reading"_s).ok());
    int rows = 0;
    while (sealed.next()) {
        const QByteArray bytes = sealed.value(1).toByteArray();
        QVERIFY(bytes.size() > 28); // version, nonce, tag
        QVERIFY(!bytes.contains(Secret.toUtf8()));
        QVERIFY(!bytes.contains("demo-tave-key"));
        QVERIFY(!bytes.contains("password"));
        ++rows;
    }
    QCOMPARE(rows, 2);

    // Never in an answer, the audit trail or the log.
    QStringList answers;
    for (const QString &read :
         QStringList {path, org() + u"/integrations"_s, tavePath(), u"/api/v1/audit?limit=200"_s}) {
        const HttpTestReply reply = m_demo->as(Platform).get(read);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        answers << QString::fromUtf8(reply.body);
    }
    answers << QString::fromUtf8(created.body) << QString::fromUtf8(patched.body);
    for (const QString &answer : std::as_const(answers)) {
        QVERIFY(!answer.contains(Secret));
        QVERIFY(!answer.contains(u"demo-tave-key"_s));
    }
    QVERIFY(answers.join(QString()).contains(u"Studio REST"_s)); // the reads did see it
    const QByteArray log = m_demo->serverLog();
    QVERIFY(!log.isEmpty());
    QVERIFY(!log.contains(Secret.toUtf8()));
    QVERIFY(!log.contains("demo-tave-key"));
}

void TestIntegrationsApi::whoMayDoWhat()
{
    const QString path = org() + u"/integrations"_s;
    const HttpTestReply planner = m_demo->as(Planner).post(path, fileConnection(u"Mine"_s));
    QCOMPARE(planner.status, 403);
    QCOMPARE(m_demo->as(Planner).get(tavePath()).status, 200);
    QCOMPARE(m_demo->as(Support).get(tavePath()).status, 200);
    QCOMPARE(
        m_demo->as(Support).post(tavePath() + u"/sync"_s, {{u"kind"_s, u"full_import"_s}}).status,
        403);
    QCOMPARE(m_demo->as(Vendor).get(tavePath()).status, 403);
    // Another tenant's integration and jobs are not found, as if missing.
    HttpTestClient &lake = m_demo->as(LakesideAdmin);
    QCOMPARE(lake.get(tavePath()).status, 404);
    QCOMPARE(lake.get(org(DemoData::lakesideId()) + u"/integrations/"_s
                      + DemoIntegrations::taveIntegrationId())
                 .status,
             404);
    QCOMPARE(lake.get(org() + u"/clients"_s).status, 404);
    const QString failed = m_demo->as(Admin)
                               .get(tavePath() + u"/jobs"_s)
                               .object()[u"items"_s][1][u"id"_s]
                               .toString();
    QCOMPARE(lake.post(org(DemoData::lakesideId()) + u"/jobs/"_s + failed + u"/retry"_s, {}).status,
             404);
    QCOMPARE(lake.get(org(DemoData::lakesideId()) + u"/clients"_s).object()[u"total"_s].toInt(),
             DemoIntegrations::LakesideClients);
    // Support may retry a failed job; a coordinator may not.
    QCOMPARE(m_demo->as(Planner).post(org() + u"/jobs/"_s + failed + u"/retry"_s, {}).status, 403);
    const HttpTestReply retried
        = m_demo->as(Support).post(org() + u"/jobs/"_s + failed + u"/retry"_s, {});
    QVERIFY2(retried.status == 202, retried.describe().constData());
    QCOMPARE(retried.object()[u"attempt"_s].toInt(), 2);
}

void TestIntegrationsApi::patchNeedsTheCurrentVersion()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QByteArray body
        = jsonBytes(QJsonObject {{u"scheduleMinutes"_s, 30}, {u"paused"_s, true}});
    QCOMPARE(admin.send("PATCH", tavePath(), body, {{"Content-Type", "application/json"}}).status,
             428);
    const HttpTestReply stale = admin.send("PATCH", tavePath(), body, ifMatch(7));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInt(), 1);
    const HttpTestReply done = admin.send("PATCH", tavePath(), body, ifMatch(1));
    QVERIFY2(done.status == 200, done.describe().constData());
    QCOMPARE(done.object()[u"version"_s].toInt(), 2);
    QCOMPARE(done.object()[u"scheduleMinutes"_s].toInt(), 30);
    QVERIFY(done.object()[u"paused"_s].toBool());
    QCOMPARE(done.object()[u"status"_s].toString(), u"connected"_s); // same key, still linked
    QCOMPARE(admin.send("PATCH", tavePath(), body, ifMatch(1)).status, 412);
    const HttpTestReply provider = admin.send(
        "PATCH", tavePath(), jsonBytes(QJsonObject {{u"provider"_s, u"honeybook"_s}}), ifMatch(2));
    QCOMPARE(provider.status, 400);
    QCOMPARE(errorFields(provider), QStringList {u"provider"_s});
}

void TestIntegrationsApi::disconnectKeepsClients()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString filter = u"&integrationId="_s + DemoIntegrations::taveIntegrationId();
    QCOMPARE(clientCount(filter), DemoIntegrations::TaveClients);
    QCOMPARE(m_demo->as(Planner).send("DELETE", tavePath()).status, 403);
    QCOMPARE(admin.send("DELETE", tavePath(), {}, ifMatch(5)).status, 412);
    QCOMPARE(admin.send("DELETE", tavePath(), {}, ifMatch(1)).status, 204);
    QCOMPARE(admin.get(tavePath()).status, 404);
    QCOMPARE(clientCount(filter), 0);
    QCOMPARE(clientCount(), DemoIntegrations::TaveClients);
    const HttpTestReply clients = admin.get(org() + u"/clients?limit=1"_s);
    QVERIFY(clients.object()[u"items"_s][0][u"integrationId"_s].isNull());
    QString error;
    Database *db = m_demo->database(&error);
    QVERIFY2(db, qPrintable(error));
    SqlQuery left(*db, u"SELECT COUNT(*) FROM integration_credentials"_s);
    QVERIFY(left.exec(u"reading"_s).ok() && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}

void TestIntegrationsApi::fieldMappingsAreValidated()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const QString path = tavePath() + u"/field-mappings"_s;
    const HttpTestReply current = admin.get(path);
    QCOMPARE(current.object()[u"items"_s].toArray().size(), 12);
    const QJsonArray bad {
        QJsonObject {{u"source"_s, u"firstName"_s}, {u"target"_s, u"first_name"_s}},
        QJsonObject {{u"source"_s, u"shoe"_s}, {u"target"_s, u"shoe_size"_s}},
        QJsonObject {{u"source"_s, u"x"_s}, {u"target"_s, u"city"_s}, {u"transform"_s, u"rot13"_s}},
        QJsonObject {{u"source"_s, u"d"_s},
                     {u"target"_s, u"wedding_date"_s},
                     {u"transform"_s, u"date_iso"_s}},
    };
    const HttpTestReply refused
        = admin.send("PUT", path, jsonBytes(QJsonObject {{u"items"_s, bad}}), ifMatch(1));
    QCOMPARE(refused.status, 400);
    // A date without a format is read as ISO 8601: only the unknown field and transform fail.
    QCOMPARE(errorFields(refused), (QStringList {u"items[1].target"_s, u"items[2].transform"_s}));
    const QJsonArray good {
        QJsonObject {{u"source"_s, u"First Name"_s},
                     {u"target"_s, u"first_name"_s},
                     {u"transform"_s, u"trim"_s}},
        QJsonObject {{u"source"_s, u"Shoe"_s}, {u"target"_s, u"custom.shoe_size"_s}},
    };
    const HttpTestReply stored
        = admin.send("PUT", path, jsonBytes(QJsonObject {{u"items"_s, good}}), ifMatch(1));
    QVERIFY2(stored.status == 200, stored.describe().constData());
    QCOMPARE(stored.object()[u"version"_s].toInt(), 2);
    QCOMPARE(admin.get(path).object()[u"items"_s].toArray().size(), 2);
    QCOMPARE(
        admin.send("PUT", path, jsonBytes(QJsonObject {{u"items"_s, good}}), ifMatch(1)).status,
        412);
}

void TestIntegrationsApi::fileImportInBatches()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply connection
        = admin.post(org() + u"/integrations"_s, fileConnection(u"HoneyBook CSV"_s));
    QVERIFY2(connection.status == 201, connection.describe().constData());
    const QString integration
        = org() + u"/integrations/"_s + connection.object()[u"id"_s].toString();
    // Táve is imported through its API, not from files.
    QCOMPARE(admin
                 .post(tavePath() + u"/imports"_s,
                       {{u"format"_s, u"csv"_s}, {u"fileName"_s, u"a.csv"_s}})
                 .status,
             409);
    const HttpTestReply started = admin.post(
        integration + u"/imports"_s,
        {{u"format"_s, u"csv"_s}, {u"fileName"_s, u"clients.csv"_s}, {u"totalRows"_s, 4}});
    QVERIFY2(started.status == 201, started.describe().constData());
    QCOMPARE(started.object()[u"status"_s].toString(), u"running"_s);
    QCOMPARE(started.object()[u"kind"_s].toString(), u"file_import"_s);
    const QString job = org() + u"/jobs/"_s + started.object()[u"id"_s].toString();
    const int before = clientCount();

    const QJsonObject first {
        {u"offset"_s, 0},
        {u"rows"_s,
         QJsonArray {
             row(1, {{u"first_name"_s, u"Zoe"_s}, {u"email"_s, u"zoe@example.com"_s}}),
             // A demo client, matched by e-mail whatever its case.
             row(2, {{u"email"_s, u"AVA.Adams120@example.com"_s}, {u"venue"_s, u"The Old Mill"_s}}),
             row(3, {{u"notes"_s, u"no name, no e-mail"_s}})}}};
    const HttpTestReply batch = admin.post(job + u"/rows"_s, first);
    QVERIFY2(batch.status == 200, batch.describe().constData());
    QCOMPARE(batch.object()[u"created"_s].toInt(), 1);
    QCOMPARE(batch.object()[u"updated"_s].toInt(), 1);
    QCOMPARE(batch.object()[u"skipped"_s][0][u"row"_s].toInt(), 3);
    QCOMPARE(clientCount(), before + 1);
    // The same batch again (a lost answer): done already, nothing doubled.
    const HttpTestReply again = admin.post(job + u"/rows"_s, first);
    QCOMPARE(again.status, 200);
    QVERIFY(again.object()[u"alreadyDone"_s].toBool());
    QCOMPARE(clientCount(), before + 1);
    const HttpTestReply gap
        = admin.post(job + u"/rows"_s, {{u"offset"_s, 9}, {u"rows"_s, QJsonArray {row(10, {})}}});
    QCOMPARE(gap.status, 409);
    QCOMPARE(gap.errorCode(), u"offset_gap"_s);
    const HttpTestReply second = admin.post(
        job + u"/rows"_s,
        {{u"offset"_s, 3},
         {u"rows"_s,
          QJsonArray {
              row(4, {{u"full_name"_s, u"Yann Ortiz"_s}, {u"email"_s, u"zoe@EXAMPLE.com"_s}})}}});
    QCOMPARE(second.object()[u"updated"_s].toInt(), 1); // Zoe, from the first batch
    QCOMPARE(clientCount(), before + 1);
    const HttpTestReply matched = admin.get(org() + u"/clients?search=old%20mill"_s);
    QCOMPARE(matched.object()[u"total"_s].toInt(), 1);
    QCOMPARE(matched.object()[u"items"_s][0][u"fields"_s][u"first_name"_s].toString(), u"Ava"_s);

    const HttpTestReply finished = admin.post(job + u"/finish"_s, {{u"status"_s, u"completed"_s}});
    QVERIFY2(finished.status == 200, finished.describe().constData());
    const QJsonObject done = finished.object();
    QCOMPARE(done[u"status"_s].toString(), u"completed"_s);
    QVERIFY(done[u"partial"_s].toBool());
    QCOMPARE(done[u"processed"_s].toInt(), 4);
    QCOMPARE(done[u"created"_s].toInt(), 1);
    QCOMPARE(done[u"updated"_s].toInt(), 2);
    QCOMPARE(done[u"skipped"_s].toInt(), 1);
    QCOMPARE(admin.post(job + u"/rows"_s, first).errorCode(), u"job_not_running"_s);
    const HttpTestReply log = admin.get(job + u"/log"_s);
    QString text;
    for (const QJsonValue &line : log.object()[u"items"_s].toArray())
        text += line[u"message"_s].toString() + u'\n';
    QVERIFY2(text.contains(u"Row 3 skipped: The row has neither an e-mail address nor a name."_s),
             qPrintable(text));
    QVERIFY(text.contains(u"clients.csv"_s));
    const QJsonArray lines = log.object()[u"items"_s].toArray();
    QCOMPARE(lines.first()[u"code"_s].toString(), u"file_import_started"_s);
    QCOMPARE(
        lines.first()[u"args"_s].toObject(),
        (QJsonObject {{u"file"_s, u"clients.csv"_s}, {u"format"_s, u"csv"_s}, {u"rows"_s, 4}}));
    QJsonObject skipped;
    for (const QJsonValue &line : lines) {
        if (line[u"code"_s].toString() == u"row_skipped"_s)
            skipped = line[u"args"_s].toObject();
    }
    QCOMPARE(skipped[u"row"_s].toInt(), 3);
    QCOMPARE(skipped[u"reason"_s].toString(), u"no_name_or_email"_s);
    QCOMPARE(lines.last()[u"code"_s].toString(), u"job_finished"_s);
    QCOMPARE(lines.last()[u"args"_s].toObject(),
             (QJsonObject {
                 {u"processed"_s, 4}, {u"created"_s, 1}, {u"updated"_s, 2}, {u"skipped"_s, 1}}));
    QCOMPARE(admin.get(integration).object()[u"lastSync"_s][u"status"_s].toString(),
             u"completed"_s);
}

void TestIntegrationsApi::matchIsADryRun()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const int before = clientCount();
    const HttpTestReply preview = admin.post(
        org() + u"/clients/match"_s,
        {{u"rows"_s,
          QJsonArray {row(1, {{u"email"_s, u"ava.adams120@example.com"_s}}),
                      row(2, {{u"email"_s, u"new@example.com"_s}, {u"first_name"_s, u"New"_s}}),
                      row(3, {{u"email"_s, u"NEW@example.com"_s}}),
                      row(4, {{u"email"_s, u"not-an-address"_s}})}}});
    QVERIFY2(preview.status == 200, preview.describe().constData());
    QCOMPARE(preview.object()[u"create"_s].toInt(), 1);
    QCOMPARE(preview.object()[u"update"_s].toInt(), 2);
    QCOMPARE(preview.object()[u"skipped"_s][0][u"row"_s].toInt(), 4);
    QVERIFY(preview.object()[u"skipped"_s][0][u"reason"_s].toString().contains(u"not valid"_s));
    QCOMPARE(clientCount(), before);
    const HttpTestReply bad
        = admin.post(org() + u"/clients/match"_s,
                     {{u"rows"_s, QJsonArray {row(1, {{u"shoe"_s, u"42"_s}, {u"email"_s, 7}})}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(errorFields(bad), (QStringList {u"rows[0].fields.email"_s, u"rows[0].fields.shoe"_s}));
}

void TestIntegrationsApi::queuedSyncCancelAndRetry()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply queued
        = admin.post(tavePath() + u"/sync"_s, {{u"kind"_s, u"full_import"_s}});
    QVERIFY2(queued.status == 202, queued.describe().constData());
    QCOMPARE(queued.object()[u"status"_s].toString(), u"pending"_s);
    const QString job = org() + u"/jobs/"_s + queued.object()[u"id"_s].toString();
    const HttpTestReply twice
        = admin.post(tavePath() + u"/sync"_s, {{u"kind"_s, u"incremental_sync"_s}});
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"sync_running"_s);
    QCOMPARE(admin.get(tavePath()).object()[u"runningJobId"_s].toString(),
             queued.object()[u"id"_s].toString());
    QCOMPARE(admin.post(tavePath() + u"/sync"_s, {{u"kind"_s, u"everything"_s}}).status, 400);
    const HttpTestReply export_
        = admin.post(tavePath() + u"/sync"_s, {{u"kind"_s, u"export_to_crm"_s}});
    QCOMPARE(export_.status, 400); // Evergreen Táve only imports
    QCOMPARE(errorFields(export_), QStringList {u"kind"_s});

    // The runner took the job at once; cancel asks it to stop, and it stops in its wait.
    const HttpTestReply cancelled = admin.post(job + u"/cancel"_s, {});
    QVERIFY2(cancelled.status == 200, cancelled.describe().constData());
    const QString status = cancelled.object()[u"status"_s].toString();
    QVERIFY2(status == u"cancelled"_s
                 || (status == u"running"_s && cancelled.object()[u"cancelRequested"_s].toBool()),
             cancelled.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(admin.get(job).object()[u"status"_s].toString(), u"cancelled"_s,
                              30000);
    QCOMPARE(admin.post(job + u"/cancel"_s, {}).errorCode(), u"job_finished"_s);
    QStringList codes;
    for (const QJsonValue &line : admin.get(job + u"/log"_s).object()[u"items"_s].toArray())
        codes.append(line[u"code"_s].toString());
    // Cancelled at once (still queued), or asked to stop and stopped by its runner.
    QVERIFY2(codes.endsWith(u"job_cancelled"_s), qPrintable(codes.join(u", "_s)));
    QCOMPARE(codes.contains(u"cancel_requested"_s), status == u"running"_s);
    const HttpTestReply retried = admin.post(job + u"/retry"_s, {});
    QVERIFY2(retried.status == 202, retried.describe().constData());
    QCOMPARE(retried.object()[u"kind"_s].toString(), u"full_import"_s);
    QCOMPARE(retried.object()[u"attempt"_s].toInt(), 2);
    QCOMPARE(retried.object()[u"status"_s].toString(), u"pending"_s);
    const HttpTestReply list = admin.get(org() + u"/jobs?limit=2"_s);
    QCOMPARE(list.object()[u"items"_s][0][u"id"_s].toString(),
             retried.object()[u"id"_s].toString());
    QCOMPARE(list.object()[u"total"_s].toInt(), 5);
    const QJsonObject retry
        = admin.get(org() + u"/jobs/"_s + retried.object()[u"id"_s].toString() + u"/log"_s)
              .object()[u"items"_s][0]
              .toObject();
    QCOMPARE(retry[u"code"_s].toString(), u"job_retried"_s);
    QCOMPARE(retry[u"args"_s][u"attempt"_s].toInt(), 2);
    QCOMPARE(retry[u"args"_s][u"previousJob"_s].toString(), queued.object()[u"id"_s].toString());

    // New credentials ask for a new test: no sync before it.
    admin.post(org() + u"/jobs/"_s + retried.object()[u"id"_s].toString() + u"/cancel"_s, {});
    const HttpTestReply relinked = admin.send(
        "PATCH", tavePath(),
        jsonBytes(QJsonObject {{u"credentials"_s, QJsonObject {{u"apiKey"_s, u"new-key"_s}}}}),
        ifMatch(1));
    QCOMPARE(relinked.object()[u"status"_s].toString(), u"pending"_s);
    const HttpTestReply notConnected
        = admin.post(tavePath() + u"/sync"_s, {{u"kind"_s, u"full_import"_s}});
    QCOMPARE(notConnected.status, 400);
    QCOMPARE(notConnected.errorCode(), u"not_connected"_s);
}

void TestIntegrationsApi::editAClient()
{
    const QJsonObject first
        = m_demo->as(Admin).get(org() + u"/clients?limit=1"_s).object()[u"items"_s][0].toObject();
    const QString path = org() + u"/clients/"_s + first[u"id"_s].toString();
    const HttpTestReply read = m_demo->as(Planner).get(path);
    QVERIFY2(read.status == 200, read.describe().constData());
    const qint64 version = read.object()[u"version"_s].toInteger();
    QCOMPARE(read.header("ETag"), u"\"%1\""_s.arg(version).toUtf8());
    const QByteArray body = jsonBytes(QJsonObject {{u"fields"_s,
                                                    QJsonObject {{u"first_name"_s, u"Ana"_s},
                                                                 {u"last_name"_s, u"García"_s},
                                                                 {u"notes"_s, QJsonValue::Null}}}});
    HttpTestClient &planner = m_demo->as(Planner);
    // Without If-Match: 428; with an old version: 412 with the client as it is.
    QCOMPARE(planner.send("PATCH", path, body, {{"Content-Type", "application/json"}}).status, 428);
    const HttpTestReply stale = planner.send("PATCH", path, body, ifMatch(version + 7));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object()[u"error"_s][u"details"_s][u"current"_s][u"version"_s].toInteger(),
             version);
    // A coordinator edits it.
    const HttpTestReply edited = planner.send("PATCH", path, body, ifMatch(version));
    QVERIFY2(edited.status == 200, edited.describe().constData());
    QCOMPARE(edited.object()[u"version"_s].toInteger(), version + 1);
    QCOMPARE(edited.object()[u"fields"_s][u"first_name"_s].toString(), u"Ana"_s);
    QCOMPARE(edited.object()[u"fields"_s][u"last_name"_s].toString(), u"García"_s);
    QVERIFY(!edited.object()[u"changedByWedsyncAt"_s].isNull());
    QCOMPARE(m_demo->as(Admin).get(path).object()[u"fields"_s][u"first_name"_s].toString(),
             u"Ana"_s);
    // Bad fields: 400 naming each field, nothing written.
    const HttpTestReply bad
        = planner.send("PATCH", path,
                       jsonBytes(QJsonObject {{u"fields"_s,
                                               QJsonObject {{u"email"_s, u"not an address"_s},
                                                            {u"wedding_date"_s, u"31/12/2026"_s},
                                                            {u"shoe_size"_s, u"38"_s}}}}),
                       ifMatch(version + 1));
    QCOMPARE(bad.status, 400);
    const QStringList fields = errorFields(bad);
    QVERIFY2(fields.contains(u"fields.shoe_size"_s), qPrintable(fields.join(u", "_s)));
    const HttpTestReply bad2 = planner.send(
        "PATCH", path,
        jsonBytes(QJsonObject {{u"fields"_s,
                                QJsonObject {{u"email"_s, u"not an address"_s},
                                             {u"wedding_date"_s, u"31/12/2026"_s}}}}),
        ifMatch(version + 1));
    QCOMPARE(bad2.status, 400);
    QVERIFY2(errorFields(bad2).contains(u"fields.email"_s), bad2.describe().constData());
    QVERIFY2(errorFields(bad2).contains(u"fields.wedding_date"_s), bad2.describe().constData());
    QCOMPARE(m_demo->as(Admin).get(path).object()[u"version"_s].toInteger(), version + 1);
    // Another tenant's admin does not see it; support staff may not change it.
    QCOMPARE(m_demo->as(LakesideAdmin).get(path).status, 404);
    QCOMPARE(m_demo->as(LakesideAdmin).send("PATCH", path, body, ifMatch(version + 1)).status, 404);
    QCOMPARE(m_demo->as(Support).send("PATCH", path, body, ifMatch(version + 1)).status, 403);
    // The audit trail has the change.
    const HttpTestReply audit = m_demo->as(Admin).get(
        u"/api/v1/audit?entityType=crm_client&limit=5&organizationId="_s + m_evergreen);
    QVERIFY2(audit.status == 200 && audit.body.contains("Ana"), audit.describe().constData());
}

QTEST_GUILESS_MAIN(TestIntegrationsApi)
#include "tst_integrationsapi.moc"

// An OAuth sign-in is finished within 10 minutes of its start or not at all: an old state is
// refused with a sentence saying to start again, the connection stays unlinked, and the same
// state cannot be retried. (The authorization server is never asked: the state is checked
// first, so a made-up sign-in address is enough here.)
void TestIntegrationsApi::oauthSignInExpires()
{
    HttpTestClient &admin = m_demo->as(Admin);
    const HttpTestReply created = admin.post(
        org() + u"/integrations"_s,
        QJsonObject {{u"provider"_s, u"custom"_s},
                     {u"name"_s, u"Studio REST"_s},
                     {u"authType"_s, u"oauth2"_s},
                     {u"baseUrl"_s, u"https://api.studio.example/v1/clients"_s},
                     {u"credentials"_s,
                      QJsonObject {{u"authorizationUrl"_s, u"https://id.studio.example/auth"_s},
                                   {u"tokenUrl"_s, u"https://id.studio.example/token"_s},
                                   {u"clientId"_s, u"wedsync-console"_s}}}});
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString base = org() + u"/integrations/"_s + created.object()[u"id"_s].toString();
    const HttpTestReply started
        = admin.post(base + u"/oauth/start"_s,
                     QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:53682/callback"_s}});
    QVERIFY2(started.status == 200, started.describe().constData());
    const QString state = started.object()[u"state"_s].toString();
    QVERIFY(!state.isEmpty());
    // Eleven minutes later, as the server's clock sees it.
    QString error;
    QVERIFY2(m_demo->execute(u"UPDATE oauth_sessions SET expires_at = '%1'"_s.arg(
                                 sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-60))),
                             &error),
             qPrintable(error));
    const HttpTestReply finished = admin.post(
        base + u"/oauth/finish"_s, QJsonObject {{u"state"_s, state}, {u"code"_s, u"c0de"_s}});
    QCOMPARE(finished.status, 400);
    QCOMPARE(finished.object()[u"error"_s][u"code"_s].toString(), u"oauth_state_invalid"_s);
    QVERIFY2(finished.object()[u"error"_s][u"message"_s].toString().contains(
                 u"expired (it must be finished within 10 minutes of starting): start the "
                 "connection's sign-in again"_s),
             finished.describe().constData());
    QCOMPARE(admin.get(base).object()[u"status"_s].toString(), u"pending"_s);
    QCOMPARE(admin
                 .post(base + u"/oauth/finish"_s,
                       QJsonObject {{u"state"_s, state}, {u"code"_s, u"c0de"_s}})
                 .status,
             400);
}
