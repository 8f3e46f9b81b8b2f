// CRM sync jobs in the real server, on SQLite and PostgreSQL, importing from the Táve
// simulator running in this test process: a full import with the exact count; a server killed
// (SIGKILL) mid-import resumes from its checkpoint after a restart with the exact count and no
// duplicates; 429 + Retry-After is honoured; cancel stops within a page; ten jobs run at once
// and an eleventh waits for one of them to finish.
//
// Integrations and jobs are written straight into the server's database (credentials sealed
// with the server's own secret key file), as the integrations API writes them.

#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "demo/DemoData.h"
#include "demo/TaveSimulator.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace wedsync;
using server::TaveSimulator;

namespace {

constexpr int Long = 180000; // sanitizer builds on a shared machine are slow; no timing asserts

class JobsServer
{
public:
    explicit JobsServer(const QString &backend)
        : m_db(backend)
    { }

    bool start(const QStringList &extra, QString *error)
    {
        if (!m_db.isReady()) {
            *error = m_db.errorString();
            return false;
        }
        if (!m_box) {
            auto box
                = server::SecretBox::loadOrCreate(QDir(m_db.dataDir()).filePath(u"secret.key"_s));
            if (!box) {
                *error = box.error().message;
                return false;
            }
            m_box.emplace(std::move(box).value());
        }
        m_extra = extra;
        return restart(error);
    }

    bool restart(QString *error)
    {
        m_server = std::make_unique<test::ServerProcess>();
        QStringList args = m_db.serverArguments();
        args << u"--demo"_s << m_extra;
        if (!m_server->start(args)) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }

    QUrl baseUrl() const { return m_server->baseUrl(); }

    // Kills the server without a chance to clean up.
    void killHard()
    {
        ::kill(pid_t(m_server->processId()), SIGKILL);
        m_server->stop(10000);
        m_server.reset();
    }

    server::Database &sql()
    {
        if (!m_sql) {
            auto url = server::DatabaseUrl::parse(m_db.url());
            m_sql = std::move(server::Database::open(url.value())).value();
        }
        return *m_sql;
    }

    QVariant scalar(const QString &text, const QVariantHash &binds = {})
    {
        server::SqlQuery q(sql(), text);
        for (auto it = binds.begin(); it != binds.end(); ++it)
            q.bind(it.key(), it.value());
        if (!q.exec(u"test query"_s) || !q.next())
            return {};
        return q.value(0);
    }

    bool run(const QString &text, const QVariantHash &binds)
    {
        server::SqlQuery q(sql(), text);
        for (auto it = binds.begin(); it != binds.end(); ++it)
            q.bind(it.key(), it.value());
        auto done = q.exec(u"test statement"_s);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done.ok();
    }

    QString createIntegration(const QString &name, const QString &baseUrl, const QString &apiKey)
    {
        const QString id = server::ids::create();
        const QString now = server::sql::timestamp(QDateTime::currentDateTimeUtc());
        const bool created = run(
            u"INSERT INTO integrations (id, organization_id, provider, name, auth_type, status,"
            " base_url, created_at, updated_at) VALUES (:id, :org, 'tave', :name, 'api_key',"
            " 'connected', :url, :now, :now)"_s,
            {{u":id"_s, id},
             {u":org"_s, server::DemoData::evergreenId()},
             {u":name"_s, name},
             {u":url"_s, baseUrl},
             {u":now"_s, now}});
        const QByteArray json
            = QJsonDocument(QJsonObject {{u"apiKey"_s, apiKey}}).toJson(QJsonDocument::Compact);
        const QByteArray sealed
            = m_box->seal(json, u"integration:%1:credentials"_s.arg(id).toUtf8());
        const bool sealedOk = run(u"INSERT INTO integration_credentials (integration_id, sealed,"
                                  " updated_at) VALUES (:id, :sealed, :now)"_s,
                                  {{u":id"_s, id}, {u":sealed"_s, sealed}, {u":now"_s, now}});
        return created && sealedOk ? id : QString();
    }

    QString queueJob(const QString &integrationId, const QString &kind = u"full_import"_s)
    {
        const QString id = server::ids::create();
        const bool queued = run(
            u"INSERT INTO sync_jobs (id, organization_id, integration_id, kind, status, created_at)"
            " VALUES (:id, :org, :integration, :kind, 'pending', :now)"_s,
            {{u":id"_s, id},
             {u":org"_s, server::DemoData::evergreenId()},
             {u":integration"_s, integrationId},
             {u":kind"_s, kind},
             {u":now"_s, server::sql::timestamp(QDateTime::currentDateTimeUtc())}});
        return queued ? id : QString();
    }

    QString status(const QString &jobId)
    {
        return scalar(u"SELECT status FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, jobId}})
            .toString();
    }
    qint64 jobNumber(const QString &jobId, const QString &column)
    {
        return scalar(u"SELECT "_s + column + u" FROM sync_jobs WHERE id = :id"_s,
                      {{u":id"_s, jobId}})
            .toLongLong();
    }
    qint64 clients(const QString &integrationId)
    {
        return scalar(u"SELECT COUNT(*) FROM crm_clients WHERE integration_id = :id"_s,
                      {{u":id"_s, integrationId}})
            .toLongLong();
    }
    qint64 distinctClients(const QString &integrationId)
    {
        return scalar(u"SELECT COUNT(DISTINCT external_id) FROM crm_clients"
                      " WHERE integration_id = :id"_s,
                      {{u":id"_s, integrationId}})
            .toLongLong();
    }
    QStringList log(const QString &jobId)
    {
        server::SqlQuery q(
            sql(), u"SELECT message FROM sync_job_log WHERE job_id = :id ORDER BY at, id"_s);
        q.bind(u":id"_s, jobId);
        QStringList out;
        if (q.exec(u"reading a job log"_s)) {
            while (q.next())
                out.append(q.text(0));
        }
        return out;
    }

private:
    test::TestDatabase m_db;
    std::optional<server::SecretBox> m_box;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<server::Database> m_sql;
    QStringList m_extra;
};

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCrmJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<TaveSimulator>();
        m_sim->setApiKey(u"key-ok"_s);
        auto port = m_sim->listen();
        QVERIFY(port.ok());
    }
    void cleanup() { m_sim.reset(); }

    void fullImport_data() { test::TestDatabase::addBackendRows(); }
    void fullImport()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(250);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve A"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server.clients(integration), 250);
        QCOMPARE(server.distinctClients(integration), 250);
        QCOMPARE(server.jobNumber(job, u"processed"_s), 250);
        QCOMPARE(server.jobNumber(job, u"created_count"_s), 250);
        QCOMPARE(server.jobNumber(job, u"total"_s), 250);
        const QStringList log = server.log(job);
        QVERIFY2(anyContains(log, u"Page 3 of 3"_s), qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, u"Finished: 250 processed"_s), qPrintable(log.join(u'\n')));
        // The integration remembers its last sync.
        QCOMPARE(server
                     .scalar(u"SELECT last_sync_status FROM integrations WHERE id = :id"_s,
                             {{u":id"_s, integration}})
                     .toString(),
                 u"completed"_s);

        // A second import changes nothing: every contact is unchanged.
        const QString again = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(again), u"completed"_s, Long);
        QCOMPARE(server.clients(integration), 250);
        QCOMPARE(server.jobNumber(again, u"created_count"_s), 0);
        QCOMPARE(server.jobNumber(again, u"updated_count"_s), 0);
    }

    void resumesAfterKill_data() { test::TestDatabase::addBackendRows(); }
    void resumesAfterKill()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(640); // 7 pages
        m_sim->setDelayMs(400);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve K"_s, &integration, &job,
                      u"key-ok"_s));
        // Killed once some pages are committed and others are not.
        QTRY_VERIFY_WITH_TIMEOUT(server.jobNumber(job, u"processed"_s) >= 200, Long);
        server.killHard();
        const qint64 before = server.clients(integration);
        QVERIFY(before >= 200 && before < 640);
        QCOMPARE(server.status(job), u"running"_s); // as the killed server left it
        m_sim->setDelayMs(0);
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server.clients(integration), 640);
        QCOMPARE(server.distinctClients(integration), 640);
        QCOMPARE(server.jobNumber(job, u"processed"_s), 640);
        QCOMPARE(server.jobNumber(job, u"created_count"_s), 640);
        QCOMPARE(server.jobNumber(job, u"attempt"_s), 2);
        const QStringList log = server.log(job);
        QVERIFY2(anyContains(log, u"Resumed the full import from page"_s),
                 qPrintable(log.join(u'\n')));
        // Pages committed before the kill were not asked again (at most the one in flight).
        int repeated = 0;
        for (int page = 1; page <= 7; ++page)
            repeated += std::max(0, m_sim->pageServedCount(page) - 1);
        QVERIFY2(repeated <= 1, qPrintable(QString::number(repeated)));
    }

    void honoursRetryAfter_data() { test::TestDatabase::addBackendRows(); }
    void honoursRetryAfter()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(150);
        m_sim->forceTooManyRequests(2, 1);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve R"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server.clients(integration), 150);
        QCOMPARE(m_sim->tooManyRequestsCount(), 2);
        const QStringList log = server.log(job);
        QVERIFY2(anyContains(log,
                             u"429 Too Many Requests to page 1 of the address book; waiting 1 s "
                             "(as its Retry-After asks)"_s),
                 qPrintable(log.join(u'\n')));
    }

    void givesUpAfterRetries_data() { test::TestDatabase::addBackendRows(); }
    void givesUpAfterRetries()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(250);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve F"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->pageServedCount(1) == 1, Long);
        m_sim->failNext(1000, 503); // page 2 onwards fails every time
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"failed"_s, Long);
        const QString message
            = server.scalar(u"SELECT error FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, job}})
                  .toString();
        QVERIFY2(message.contains(u"gave up after 5 attempts"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Stopped before page 2 with 100 contacts imported"_s),
                 qPrintable(message));
        QCOMPARE(server.clients(integration), 100);
    }

    void wrongKeyFailsWithoutRetry_data() { test::TestDatabase::addBackendRows(); }
    void wrongKeyFailsWithoutRetry()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(20);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {}, u"Táve W"_s, &integration, &job, u"wrong"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"failed"_s, Long);
        QCOMPARE(m_sim->requestCount(), 1); // a 401 is not retried
        QCOMPARE(server
                     .scalar(u"SELECT status FROM integrations WHERE id = :id"_s,
                             {{u":id"_s, integration}})
                     .toString(),
                 u"error"_s);
        const QString message
            = server.scalar(u"SELECT error FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, job}})
                  .toString();
        QVERIFY2(message.contains(u"refused the API key (401)"_s), qPrintable(message));
    }

    void cancelStopsWithinAPage_data() { test::TestDatabase::addBackendRows(); }
    void cancelStopsWithinAPage()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(1000);
        m_sim->setDelayMs(300);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve C"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_VERIFY_WITH_TIMEOUT(server.jobNumber(job, u"processed"_s) >= 200, Long);
        QVERIFY(server.run(u"UPDATE sync_jobs SET cancel_requested = TRUE WHERE id = :id"_s,
                           {{u":id"_s, job}}));
        const int servedAtCancel = pagesServed();
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"cancelled"_s, Long);
        const int served = pagesServed();
        QVERIFY2(served <= servedAtCancel + 1,
                 qPrintable(u"%1 > %2 + 1"_s.arg(served).arg(servedAtCancel)));
        QCOMPARE(server.clients(integration), server.jobNumber(job, u"processed"_s));
        QVERIFY(server.clients(integration) < 1000);
        QVERIFY(anyContains(server.log(job), u"Cancelled after"_s));
    }

    void tenRunAndTheEleventhWaits_data() { test::TestDatabase::addBackendRows(); }
    void tenRunAndTheEleventhWaits()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(150); // two pages each
        m_sim->setDelayMs(1500);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s, u"--max-jobs"_s, u"10"_s}, &error),
                 qPrintable(error));
        const QString since = server::sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-1));
        QStringList jobs;
        for (int i = 0; i < 11; ++i) {
            const QString integration
                = server.createIntegration(u"Táve %1"_s.arg(i), m_sim->baseUrl(), u"key-ok"_s);
            jobs.append(server.queueJob(integration));
            QTest::qWait(5); // distinct created_at: the eleventh is the newest
        }
        const QString eleventh = jobs.last();
        const auto counts = [&](int *running, int *pending, int *completed) {
            server::SqlQuery q(server.sql(),
                               u"SELECT status, COUNT(*) FROM sync_jobs GROUP BY status"_s);
            *running = *pending = *completed = 0;
            if (q.exec(u"counting jobs"_s)) {
                while (q.next()) {
                    const int n = q.value(1).toInt();
                    if (q.text(0) == u"running"_s)
                        *running = n;
                    else if (q.text(0) == u"pending"_s)
                        *pending = n;
                    else if (q.text(0) == u"completed"_s)
                        *completed = n;
                }
            }
        };
        // Ten run at once; the eleventh waits while none has finished.
        const auto runningNow = [&] {
            int running = 0, pending = 0, completed = 0;
            counts(&running, &pending, &completed);
            return running;
        };
        QTRY_COMPARE_WITH_TIMEOUT(runningNow(), 10, Long);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->inFlight() == 10, Long);
        for (;;) {
            int running = 0, pending = 0, completed = 0;
            counts(&running, &pending, &completed);
            QVERIFY2(running <= 10, qPrintable(QString::number(running)));
            const QString status = server.status(eleventh);
            if (status != u"pending"_s) {
                QVERIFY2(completed >= 1, "the eleventh started before any other finished");
                break;
            }
            QVERIFY(m_sim->inFlight() <= 10);
            QTest::qWait(100);
        }
        for (const QString &job : std::as_const(jobs))
            QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM crm_clients WHERE created_at > :since"_s,
                             {{u":since"_s, since}})
                     .toLongLong(),
                 11 * 150);
    }

    void testConnection_data() { test::TestDatabase::addBackendRows(); }
    void testConnection()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(37);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const QString good = server.createIntegration(u"Táve T"_s, m_sim->baseUrl(), u"key-ok"_s);
        const QString bad = server.createIntegration(u"Táve X"_s, m_sim->baseUrl(), u"wrong"_s);
        test::HttpTestClient admin(server.baseUrl());
        const auto login = admin.post(u"/api/v1/auth/login"_s,
                                      QJsonObject {{u"email"_s, u"admin@evergreen.demo"_s},
                                                   {u"password"_s, server::DemoData::password()}});
        QCOMPARE(login.status, 200);
        admin.setBearerToken(login.object().value(u"accessToken"_s).toString());
        const QString base
            = u"/api/v1/organizations/"_s + server::DemoData::evergreenId() + u"/integrations/"_s;

        const auto wrong = admin.post(base + bad + u"/test"_s, {});
        QCOMPARE(wrong.status, 200);
        QCOMPARE(wrong.object().value(u"ok"_s).toBool(), false);
        QVERIFY2(wrong.object().value(u"message"_s).toString().contains(u"401"_s),
                 wrong.describe().constData());
        QCOMPARE(
            server.scalar(u"SELECT status FROM integrations WHERE id = :id"_s, {{u":id"_s, bad}})
                .toString(),
            u"error"_s);

        const auto right = admin.post(base + good + u"/test"_s, {});
        QCOMPARE(right.status, 200);
        const QJsonObject result = right.object();
        QCOMPARE(result.value(u"ok"_s).toBool(), true);
        QCOMPARE(result.value(u"message"_s).toString(), u"Connected to Táve: 37 contacts."_s);
        QCOMPARE(result.value(u"sample"_s).toArray().size(), 5);
        QVERIFY(result.value(u"sourceFields"_s).toArray().contains(u"cellPhone.e164"_s));
        QVERIFY(!right.body.contains("key-ok"));

        // Coordinators read integrations but do not test them.
        test::HttpTestClient planner(server.baseUrl());
        const auto plannerLogin
            = planner.post(u"/api/v1/auth/login"_s,
                           QJsonObject {{u"email"_s, u"planner@evergreen.demo"_s},
                                        {u"password"_s, server::DemoData::password()}});
        planner.setBearerToken(plannerLogin.object().value(u"accessToken"_s).toString());
        QCOMPARE(planner.post(base + good + u"/test"_s, {}).status, 403);
    }

    void scheduledSyncMissedWhileDown_data() { test::TestDatabase::addBackendRows(); }
    void scheduledSyncMissedWhileDown()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(30);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve S"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        // Every 15 minutes; the server was down when the next one was due.
        server.killHard();
        QVERIFY(server.run(
            u"UPDATE integrations SET schedule_minutes = 15, next_sync_at = :due"
            " WHERE id = :id"_s,
            {{u":due"_s, server::sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-600))},
             {u":id"_s, integration}}));
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        const auto scheduled = [&] {
            return server
                .scalar(u"SELECT id FROM sync_jobs WHERE integration_id = :id"
                        " AND kind = 'incremental_sync'"_s,
                        {{u":id"_s, integration}})
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!scheduled().isEmpty(), Long);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(scheduled()), u"completed"_s, Long);
        QVERIFY(anyContains(server.log(scheduled()), u"Scheduled sync (every 15 minutes)"_s));
        // The next one is 15 minutes after this one finished.
        const QDateTime next = server::sql::toDateTime(server.scalar(
            u"SELECT next_sync_at FROM integrations WHERE id = :id"_s, {{u":id"_s, integration}}));
        QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    }

    void conflictStrategies_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<bool>("crmWins");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            QTest::newRow(qPrintable(backend + u" wedsync_wins"_s))
                << backend << u"wedsync_wins"_s << false;
            QTest::newRow(qPrintable(backend + u" crm_wins"_s)) << backend << u"crm_wins"_s << true;
            QTest::newRow(qPrintable(backend + u" newest_wins"_s))
                << backend << u"newest_wins"_s << true;
            QTest::newRow(qPrintable(backend + u" manual_review"_s))
                << backend << u"manual_review"_s << false;
        }
    }
    void conflictStrategies()
    {
        QFETCH(QString, backend);
        QFETCH(QString, strategy);
        QFETCH(bool, crmWins);
        m_sim->setContactCount(12);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve M"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QVERIFY(
            server.run(u"UPDATE integrations SET conflict_strategy = :strategy WHERE id = :id"_s,
                       {{u":strategy"_s, strategy}, {u":id"_s, integration}}));
        // Contact 3 changes in WedSync after the last sync, and then at Táve.
        const QString externalId = m_sim->contacts().at(3).value(u"id"_s).toString();
        QVERIFY(server.run(u"UPDATE crm_clients SET fields = :fields, content_hash = 'local',"
                           " changed_by_wedsync_at = :at WHERE external_id = :external"_s,
                           {{u":fields"_s, u"{\"first_name\":\"Local\"}"_s},
                            {u":at"_s, server::sql::timestamp(QDateTime::currentDateTimeUtc())},
                            {u":external"_s, externalId}}));
        QTest::qWait(20); // Táve's change is the newer one
        test::HttpTestClient tave(QUrl(m_sim->baseUrl().section(u"/api"_s, 0, 0)));
        QJsonObject contact = m_sim->contacts().at(3);
        contact[u"firstName"_s] = u"Remote"_s;
        QCOMPARE(tave.send("PUT", u"/api/v2/address-book/"_s + externalId,
                           QJsonDocument(contact).toJson(),
                           {{"X-API-KEY", "key-ok"}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        const QString again = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(again), u"completed"_s, Long);
        const QString fields
            = server
                  .scalar(u"SELECT fields FROM crm_clients WHERE external_id = :e"_s,
                          {{u":e"_s, externalId}})
                  .toString();
        QVERIFY2(fields.contains(crmWins ? u"Remote"_s : u"Local"_s), qPrintable(fields));
        QCOMPARE(server.jobNumber(again, u"updated_count"_s), crmWins ? 1 : 0);
        if (!crmWins)
            QVERIFY2(anyContains(server.log(again), u"changed on both sides"_s),
                     qPrintable(server.log(again).join(u'\n')));
    }

private:
    // Starts `server` with `extra` arguments, creates a Táve integration named `name` on the
    // simulator with `apiKey`, and queues a full import of it.
    bool begin(JobsServer &server, const QStringList &extra, const QString &name,
               QString *integration, QString *job, const QString &apiKey)
    {
        QString error;
        if (!server.start(extra, &error)) {
            qWarning("server: %s", qPrintable(error));
            return false;
        }
        *integration = server.createIntegration(name, m_sim->baseUrl(), apiKey);
        *job = integration->isEmpty() ? QString() : server.queueJob(*integration);
        return !job->isEmpty();
    }
    // How many address-book pages the simulator has answered at least once.
    int pagesServed() const
    {
        int served = 0;
        for (int page = 1; page <= 20; ++page)
            served += m_sim->pageServedCount(page) > 0 ? 1 : 0;
        return served;
    }

    std::unique_ptr<TaveSimulator> m_sim;
};

QTEST_GUILESS_MAIN(TestCrmJobs)
#include "tst_crmjobs.moc"
