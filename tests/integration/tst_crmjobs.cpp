// CRM sync jobs in the real server, on SQLite and PostgreSQL, importing from the Táve
// simulator running in this test process: a full import with the exact count; a server killed
// (SIGKILL) mid-import resumes from its checkpoint after a restart with the exact count and no
// duplicates; 429 + Retry-After is honoured; cancel stops within a page; ten jobs run at once
// and an eleventh waits for one of them to finish; organizations take turns in the queue; a
// job's progress and log reach the tenant's admins live; the job history pages by keyset; a second
// server on the same PostgreSQL leaves a live server's job alone and takes it over once that
// server's lease runs out. Each client gets its Táve job's wedding date, guest count and stage
// (on import, after a resume, when the job changes at Táve), and a two-way sync writes them back
// to the job.
//
// Integrations and jobs are written straight into the server's database (credentials sealed
// with the server's own secret key file), as the integrations API writes them.

#include "CustomRestSimulator.h"
#include "HttpTestClient.h"
#include "LightBlueSimulator.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "auth/SecretBox.h"
#include "common/Ids.h"
#include "demo/DemoData.h"
#include "demo/DemoIntegrations.h"
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
using test::HttpTestReply;
using wedsync::RealtimeMessage;

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

    // A second server on the same database and data folder (as servers behind one load
    // balancer share a PostgreSQL and their keys).
    std::unique_ptr<test::ServerProcess> another(QString *error)
    {
        auto server = std::make_unique<test::ServerProcess>();
        QStringList args = m_db.serverArguments();
        args << u"--demo"_s << m_extra;
        if (!server->start(args)) {
            *error = server->errorString();
            return {};
        }
        return server;
    }

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

    QString createIntegration(const QString &name, const QString &baseUrl, const QString &apiKey,
                              const QString &provider = QStringLiteral("tave"),
                              const QString &direction = QStringLiteral("import_only"),
                              const QString &organizationId = server::DemoData::evergreenId())
    {
        const QString id = server::ids::create();
        const QString now = server::sql::timestamp(QDateTime::currentDateTimeUtc());
        const bool created = run(
            u"INSERT INTO integrations (id, organization_id, provider, name, auth_type, status,"
            " direction, base_url, created_at, updated_at) VALUES (:id, :org, :provider, :name,"
            " 'api_key', 'connected', :direction, :url, :now, :now)"_s,
            {{u":id"_s, id},
             {u":provider"_s, provider},
             {u":direction"_s, direction},
             {u":org"_s, organizationId},
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

    QString queueJob(const QString &integrationId, const QString &kind = u"full_import"_s,
                     const QString &organizationId = server::DemoData::evergreenId())
    {
        const QString id = server::ids::create();
        const bool queued = run(
            u"INSERT INTO sync_jobs (id, organization_id, integration_id, kind, status, created_at)"
            " VALUES (:id, :org, :integration, :kind, 'pending', :now)"_s,
            {{u":id"_s, id},
             {u":org"_s, organizationId},
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

    // The job's log lines as stored: {"level", "message", "code", "args"}, oldest first.
    QList<QJsonObject> logEntries(const QString &jobId)
    {
        server::SqlQuery q(sql(),
                           u"SELECT level, message, code, args FROM sync_job_log"
                           " WHERE job_id = :id ORDER BY at, id"_s);
        q.bind(u":id"_s, jobId);
        QList<QJsonObject> out;
        if (q.exec(u"reading a job log"_s)) {
            while (q.next())
                out.append({{u"level"_s, q.text(0)},
                            {u"message"_s, q.text(1)},
                            {u"code"_s, q.text(2)},
                            {u"args"_s, server::sql::toJsonObject(q.value(3))}});
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

// The lines of `log` with `code`.
QList<QJsonObject> withCode(const QList<QJsonObject> &log, const QString &code)
{
    QList<QJsonObject> out;
    for (const QJsonObject &line : log) {
        if (line[u"code"_s].toString() == code)
            out.append(line);
    }
    return out;
}

QString codesOf(const QList<QJsonObject> &log)
{
    QStringList codes;
    for (const QJsonObject &line : log)
        codes.append(line[u"code"_s].toString());
    return codes.join(u", "_s);
}

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

    // The job log route answers each line with a stable code and its arguments beside the
    // English message, so that a console can word it in its reader's language: the start,
    // each page with what happened to its contacts (a contact with a broken e-mail address
    // skipped, as a note with the problem's code and the value), and the end.
    void logLinesCarryCodesAndArgs_data() { test::TestDatabase::addBackendRows(); }
    void logLinesCarryCodesAndArgs()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(150);
        m_sim->addContactFromClient(u"contact-broken-email"_s,
                                    {{u"first_name"_s, u"Nia"_s},
                                     {u"last_name"_s, u"Okafor"_s},
                                     {u"email"_s, u"nia@@example"_s}},
                                    QDateTime::currentDateTimeUtc());
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve codes"_s, &integration,
                      &job, u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        const auto signedIn = signIn(server);
        const HttpTestReply reply
            = signedIn->get(u"/api/v1/organizations/"_s + server::DemoData::evergreenId()
                            + u"/jobs/"_s + job + u"/log"_s);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QList<QJsonObject> log;
        for (const QJsonValue &line : reply.object()[u"items"_s].toArray())
            log.append(line.toObject());
        QCOMPARE(codesOf(log),
                 u"job_started, jobs_read, page_imported, page_imported, job_finished"_s);

        QCOMPARE(log[0][u"args"_s].toObject(),
                 (QJsonObject {{u"kind"_s, u"full_import"_s},
                               {u"direction"_s, u"import"_s},
                               {u"provider"_s, u"Táve"_s},
                               {u"integration"_s, u"Táve codes"_s}}));
        QCOMPARE(log[0][u"message"_s].toString(),
                 u"Started the full import from Táve (Táve codes)."_s);
        // Táve's jobs, read before the first page: 75 couples, 7 of them on none, 6 second jobs.
        QCOMPARE(log[1][u"args"_s].toObject(),
                 (QJsonObject {{u"provider"_s, u"Táve"_s}, {u"jobs"_s, 74}, {u"pages"_s, 1}}));
        QCOMPARE(log[1][u"message"_s].toString(), u"Read 74 jobs from Táve (1 page)."_s);
        log.removeAt(1);

        const QJsonObject first = log[1][u"args"_s].toObject();
        QCOMPARE(first[u"page"_s].toInt(), 1);
        QCOMPARE(first[u"pages"_s].toInt(), 2);
        QCOMPARE(first[u"contacts"_s].toInt(), 100);
        QCOMPARE(first[u"created"_s].toInt(), 100);
        QCOMPARE(first[u"skipped"_s].toInt(), 0);
        QVERIFY(first[u"notes"_s].toArray().isEmpty());
        QCOMPARE(log[1][u"level"_s].toString(), u"info"_s);
        QCOMPARE(log[1][u"message"_s].toString(),
                 u"Page 1 of 2: 100 contacts — 100 new, 0 updated, 0 unchanged."_s);

        const QJsonObject second = log[2][u"args"_s].toObject();
        QCOMPARE(second[u"page"_s].toInt(), 2);
        QCOMPARE(second[u"contacts"_s].toInt(), 51);
        QCOMPARE(second[u"created"_s].toInt(), 50);
        QCOMPARE(second[u"skipped"_s].toInt(), 1);
        QCOMPARE(log[2][u"level"_s].toString(), u"warning"_s);
        const QJsonArray notes = second[u"notes"_s].toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][u"code"_s].toString(), u"contact_skipped"_s);
        QCOMPARE(notes[0][u"args"_s].toObject(),
                 (QJsonObject {{u"contact"_s, u"contact-broken-email"_s},
                               {u"reason"_s, u"not_email"_s},
                               {u"field"_s, u"email"_s},
                               {u"value"_s, u"nia@@example"_s},
                               {u"detail"_s, u"“nia@@example” is not an e-mail address."_s}}));
        QCOMPARE(log[2][u"message"_s].toString(),
                 u"Page 2 of 2: 51 contacts — 50 new, 0 updated, 0 unchanged, 1 skipped. Contact "
                 "contact-broken-email skipped: “nia@@example” is not an e-mail address."_s);

        QCOMPARE(
            log[3][u"args"_s].toObject(),
            (QJsonObject {
                {u"processed"_s, 151}, {u"created"_s, 150}, {u"updated"_s, 0}, {u"skipped"_s, 1}}));
        QCOMPARE(log[3][u"message"_s].toString(),
                 u"Finished: 151 processed — 150 new, 0 updated, 1 skipped."_s);
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
        // The same line as a code with its arguments: where it resumed, after how many.
        const QList<QJsonObject> resumed = withCode(server.logEntries(job), u"job_resumed"_s);
        QCOMPARE(resumed.size(), 1);
        const QJsonObject args = resumed.first()[u"args"_s].toObject();
        QCOMPARE(args[u"kind"_s].toString(), u"full_import"_s);
        QCOMPARE(args[u"attempt"_s].toInt(), 2);
        QVERIFY2(args[u"processed"_s].toInt() >= 200,
                 qPrintable(resumed.first()[u"message"_s].toString()));
        QCOMPARE(args[u"page"_s].toInt(), args[u"processed"_s].toInt() / 100 + 1);
        QVERIFY2(resumed.first()[u"message"_s].toString().startsWith(
                     u"Resumed the full import from page %1 (attempt 2): %2 contacts already"_s
                         .arg(args[u"page"_s].toInt())
                         .arg(args[u"processed"_s].toInt())),
                 qPrintable(resumed.first()[u"message"_s].toString()));
        // Pages committed before the kill were not asked again (at most the one in flight).
        int repeated = 0;
        for (int page = 1; page <= 7; ++page)
            repeated += std::max(0, m_sim->pageServedCount(page) - 1);
        QVERIFY2(repeated <= 1, qPrintable(QString::number(repeated)));
        // The resumed run read Táve's jobs again, and clients of pages before and after the
        // kill have their job's fields.
        QCOMPARE(withCode(server.logEntries(job), u"jobs_read"_s).size(), 2);
        QCOMPARE(jobFieldsOf(server, 0), u"2027-01-01 40 lead"_s);
        QCOMPARE(jobFieldsOf(server, 620), u"2027-06-05 190 lead"_s);
        QCOMPARE(jobFieldsOf(server, 18), u"- - -"_s);
    }

    // Two servers on one PostgreSQL: the second one starting leaves the first one's running
    // job alone (it renews its lease); once the first is killed, its lease runs out and the
    // second resumes the job from its checkpoint, with the exact count and no duplicates.
    void leaseKeepsJobWithItsServer()
    {
        m_sim->setContactCount(640); // 7 pages
        m_sim->setDelayMs(400);
        JobsServer server(u"postgresql"_s);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve L"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_VERIFY_WITH_TIMEOUT(server.jobNumber(job, u"processed"_s) >= 100, Long);
        // The next page hangs: the job cannot finish on the first server, however fast it is.
        m_sim->setDelayMs(600000);
        QString error;
        const auto second = server.another(&error);
        QVERIFY2(second, qPrintable(error));
        // The second server is up and looking for work; the job stays with the first.
        QTest::qWait(3000);
        QCOMPARE(server.jobNumber(job, u"attempt"_s), 1);
        QVERIFY(!anyContains(server.log(job), u"Resumed"_s));
        server.killHard();
        m_sim->setDelayMs(0);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(job, u"attempt"_s), 2);
        QCOMPARE(server.clients(integration), 640);
        QCOMPARE(server.distinctClients(integration), 640);
        QCOMPARE(server.jobNumber(job, u"processed"_s), 640);
        QCOMPARE(server.jobNumber(job, u"created_count"_s), 640);
        QVERIFY2(anyContains(server.log(job), u"Resumed the full import from page"_s),
                 qPrintable(server.log(job).join(u'\n')));
    }

    void honoursRetryAfter_data() { test::TestDatabase::addBackendRows(); }
    void honoursRetryAfter()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(150);
        m_sim->forceTooManyRequests(2, 1, u"/address-book"_s);
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
        const QList<QJsonObject> waits = withCode(server.logEntries(job), u"provider_wait"_s);
        QCOMPARE(waits.size(), 2);
        const QJsonObject wait = waits.first()[u"args"_s].toObject();
        QCOMPARE(wait[u"status"_s].toInt(), 429);
        QCOMPARE(wait[u"request"_s].toString(), u"page"_s);
        QCOMPARE(wait[u"page"_s].toInt(), 1);
        QCOMPARE(wait[u"waitMs"_s].toInt(), 1000);
        QCOMPARE(wait[u"retryAfter"_s].toString(), u"honoured"_s);
        QCOMPARE(wait[u"attempt"_s].toInt(), 2);
        QCOMPARE(waits.first()[u"level"_s].toString(), u"warning"_s);
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
        // The last line is the job's error, framed: where it stopped, the provider's reason.
        const QJsonObject failed = server.logEntries(job).last();
        QCOMPARE(failed[u"code"_s].toString(), u"job_failed"_s);
        QCOMPARE(failed[u"level"_s].toString(), u"error"_s);
        QCOMPARE(failed[u"message"_s].toString(), message);
        const QJsonObject args = failed[u"args"_s].toObject();
        QCOMPARE(args[u"stage"_s].toString(), u"read"_s);
        QCOMPARE(args[u"page"_s].toInt(), 2);
        QCOMPARE(args[u"processed"_s].toInt(), 100);
        QVERIFY2(args[u"error"_s].toString().endsWith(u"gave up after 5 attempts."_s),
                 qPrintable(args[u"error"_s].toString()));
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
        const QList<QJsonObject> log = server.logEntries(job);
        QCOMPARE(log.last()[u"code"_s].toString(), u"job_cancelled"_s);
        QCOMPARE(log.last()[u"args"_s][u"processed"_s].toInteger(),
                 server.jobNumber(job, u"processed"_s));
        QCOMPARE(log.last()[u"level"_s].toString(), u"info"_s);
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

    // One organization's queue of jobs does not hold another's back: with room for one job at a
    // time, Lakeside's job (queued last) runs before Evergreen's second.
    void organizationsTakeTurns_data() { test::TestDatabase::addBackendRows(); }
    void organizationsTakeTurns()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(20);
        m_sim->setDelayMs(300);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s, u"--max-jobs"_s, u"1"_s}, &error),
                 qPrintable(error));
        QStringList evergreen;
        for (int i = 0; i < 3; ++i) {
            const QString integration
                = server.createIntegration(u"Táve E%1"_s.arg(i), m_sim->baseUrl(), u"key-ok"_s);
            evergreen.append(server.queueJob(integration));
            QTest::qWait(5);
        }
        const QString lakesideIntegration
            = server.createIntegration(u"Táve L"_s, m_sim->baseUrl(), u"key-ok"_s, u"tave"_s,
                                       u"import_only"_s, server::DemoData::lakesideId());
        const QString lakeside = server.queueJob(lakesideIntegration, u"full_import"_s,
                                                 server::DemoData::lakesideId());
        QVERIFY(!lakeside.isEmpty());
        for (const QString &job : std::as_const(evergreen))
            QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(lakeside), u"completed"_s, Long);
        const auto started = [&](const QString &job) {
            return server::sql::toDateTime(server.scalar(
                u"SELECT started_at FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, job}}));
        };
        QVERIFY2(started(lakeside) < started(evergreen.at(1)),
                 "Lakeside's job waited behind Evergreen's queue");
        QVERIFY(started(evergreen.at(1)) < started(evergreen.at(2)));
        QCOMPARE(server.clients(lakesideIntegration), 20);
    }

    // The tenant's admins watch a job live: its progress as it moves (crm_job, with processed
    // rising to the total) and its log lines (crm_job_log), on tenant:<id>:admins.
    void jobProgressReachesTheAdminsLive_data() { test::TestDatabase::addBackendRows(); }
    void jobProgressReachesTheAdminsLive()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(250); // three pages
        m_sim->setDelayMs(200);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const auto signedIn = signIn(server);
        test::TestClient watcher;
        QVERIFY(watcher.open(socketUrl(server, signedIn->bearerToken())));
        const QString topic = u"tenant:"_s + server::DemoData::evergreenId() + u":admins"_s;
        QVERIFY(watcher.joinOk(u"realtime:"_s + topic, {}));
        const QString integration
            = server.createIntegration(u"Táve live"_s, m_sim->baseUrl(), u"key-ok"_s);
        const QString job = server.queueJob(integration);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);

        QList<qint64> processed;
        QStringList logLines;
        QList<QJsonObject> coded; // the broadcast lines with their code and args
        QString lastStatus;
        while (const auto message
               = watcher.takeEvent(u"realtime:"_s + topic, u"broadcast"_s, 3000)) {
            const QString event = message->payload[u"event"_s].toString();
            const QJsonObject payload = message->payload[u"payload"_s].toObject();
            if (event == u"crm_job"_s && payload[u"id"_s].toString() == job) {
                processed.append(payload[u"processed"_s].toInteger());
                lastStatus = payload[u"status"_s].toString();
            } else if (event == u"crm_job_log"_s) {
                logLines.append(payload[u"message"_s].toString());
                if (payload[u"jobId"_s].toString() == job)
                    coded.append(payload);
            }
        }
        QVERIFY2(processed.size() >= 3, qPrintable(u"%1 progress events"_s.arg(processed.size())));
        QVERIFY(std::is_sorted(processed.cbegin(), processed.cend()));
        QCOMPARE(processed.last(), 250);
        QCOMPARE(lastStatus, u"completed"_s);
        QVERIFY2(!logLines.isEmpty(), "no log line reached the admins");
        // Each line as stored: its code and arguments ride along with the message.
        QCOMPARE(codesOf(coded),
                 u"job_started, jobs_read, page_imported, page_imported,"
                 " page_imported, job_finished"_s);
        QCOMPARE(coded.at(4)[u"args"_s][u"page"_s].toInt(), 3);
        QCOMPARE(coded.at(4)[u"args"_s][u"contacts"_s].toInt(), 50);
        QCOMPARE(coded.last()[u"args"_s][u"processed"_s].toInt(), 250);
        const QList<QJsonObject> stored = server.logEntries(job);
        QCOMPARE(stored.size(), coded.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(coded.at(i)[u"message"_s].toString(), stored.at(i)[u"message"_s].toString());
            QCOMPARE(coded.at(i)[u"args"_s].toObject(), stored.at(i)[u"args"_s].toObject());
        }
    }

    // The job history pages by keyset, newest first: every job once, a forged cursor refused.
    void jobHistoryPages_data() { test::TestDatabase::addBackendRows(); }
    void jobHistoryPages()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(10);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString integration
            = server.createIntegration(u"Táve paged"_s, m_sim->baseUrl(), u"key-ok"_s);
        QStringList queued;
        for (int i = 0; i < 5; ++i) {
            queued.prepend(server.queueJob(integration));
            QTRY_COMPARE_WITH_TIMEOUT(server.status(queued.first()), u"completed"_s, Long);
        }
        const auto signedIn = signIn(server);
        const QString path = u"/api/v1/organizations/"_s + server::DemoData::evergreenId()
            + u"/integrations/"_s + integration + u"/jobs?limit=2"_s;
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpTestReply page
                = signedIn->get(path
                                + (cursor.isEmpty() ? QString()
                                                    : u"&cursor="_s
                                           + QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
            QVERIFY2(page.status == 200, page.describe().constData());
            const QJsonArray items = page.object()[u"items"_s].toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items)
                seen.append(item[u"id"_s].toString());
            cursor = page.object()[u"nextCursor"_s].toString();
            QVERIFY(++pages <= 3);
        } while (!cursor.isEmpty());
        QCOMPARE(seen, queued); // newest first, each once
        const HttpTestReply forged = signedIn->get(path + u"&cursor=not-a-cursor"_s);
        QCOMPARE(forged.status, 400);
        QCOMPARE(forged.object()[u"error"_s][u"code"_s].toString(), u"invalid_query"_s);
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
        QCOMPARE(result.value(u"message"_s).toString(),
                 u"Connected to Táve: 37 contacts, 20 jobs."_s);
        QCOMPARE(result.value(u"sample"_s).toArray().size(), 5);
        QVERIFY(result.value(u"sourceFields"_s).toArray().contains(u"cellPhone.e164"_s));
        // The job's fields are columns to map, and the sample shows them where a contact has
        // one, as an import reads it.
        for (const char *key : {"job.eventDate", "job.guestCount", "job.stage"})
            QVERIFY2(result.value(u"sourceFields"_s).toArray().contains(QString::fromLatin1(key)),
                     key);
        bool sampleHasAJob = false;
        for (const QJsonValue &row : result.value(u"sample"_s).toArray())
            sampleHasAJob = sampleHasAJob || row.toObject().contains(u"job.stage"_s);
        QVERIFY2(sampleHasAJob, right.describe().constData());
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

    // A custom REST connection on a schedule syncs on time too (not only Táve's): its
    // scheduled job reads every page of the endpoint with the stored API key, and with no field
    // mapping yet, keys named like standard fields ("email", "first_name") fill them.
    void scheduledCustomRestSync_data() { test::TestDatabase::addBackendRows(); }
    void scheduledCustomRestSync()
    {
        QFETCH(QString, backend);
        server::CustomRestSimulator crm(25, 10);
        QVERIFY(crm.listen().ok());
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString integration = server.createIntegration(
            u"Studio CRM"_s, crm.url(u"/links/clients"_s), crm.apiKey, u"custom"_s);
        QVERIFY(!integration.isEmpty());
        QVERIFY(server.run(
            u"UPDATE integrations SET schedule_minutes = 15, next_sync_at = :due"
            " WHERE id = :id"_s,
            {{u":due"_s, server::sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-60))},
             {u":id"_s, integration}}));
        server.killHard(); // schedules are checked at start (then every 30 s)
        QVERIFY2(server.restart(&error), qPrintable(error));
        const auto scheduled = [&] {
            return server
                .scalar(u"SELECT id FROM sync_jobs WHERE integration_id = :id"_s,
                        {{u":id"_s, integration}})
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!scheduled().isEmpty(), Long);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(scheduled()), u"completed"_s, Long);
        QVERIFY(anyContains(server.log(scheduled()), u"Scheduled sync (every 15 minutes)"_s));
        QVERIFY2(server.clients(integration) == 25,
                 qPrintable(server.log(scheduled()).join(u'\n')));
        QCOMPARE(server.distinctClients(integration), 25);
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM crm_clients WHERE integration_id = :id"
                             " AND email_key = 'client007@example.com'"_s,
                             {{u":id"_s, integration}})
                     .toInt(),
                 1);
    }

    // A client changed on both sides since the last sync: in WedSync through the API, at
    // Táve through its API. Each strategy's result, its log line, and on a two-way
    // integration what Táve holds afterwards.
    void conflictStrategies_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<bool>("wedsyncLast"); // WedSync's change is the newer one
        QTest::addColumn<QString>("winner"); // the client's first name afterwards
        QTest::addColumn<QString>("logLine");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            const auto row = [&backend](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(backend + u' ' + QLatin1StringView(name)))
                    << backend;
            };
            row("wedsync_wins") << u"wedsync_wins"_s << false << u"Local"_s
                                << u"WedSync's version was kept (wedsync_wins). It will be sent "
                                   "to Táve."_s;
            row("crm_wins") << u"crm_wins"_s << true << u"Remote"_s
                            << u"Táve's version was taken (crm_wins)."_s;
            row("newest_wins, Táve newer")
                << u"newest_wins"_s << false << u"Remote"_s
                << u"Táve's version was taken (Táve's change is newer (newest_wins))."_s;
            row("newest_wins, WedSync newer")
                << u"newest_wins"_s << true << u"Local"_s
                << u"WedSync's version was kept (WedSync's change is newer (newest_wins))."_s;
            row("manual_review") << u"manual_review"_s << false << u"Local"_s
                                 << u"filed for review in the conflict center (manual_review)"_s;
        }
    }
    void conflictStrategies()
    {
        QFETCH(QString, backend);
        QFETCH(QString, strategy);
        QFETCH(bool, wedsyncLast);
        QFETCH(QString, winner);
        QFETCH(QString, logLine);
        m_sim->setContactCount(12);
        JobsServer server(backend);
        QString integration;
        QVERIFY(imported(server, u"Táve M"_s, strategy, u"bidirectional"_s, &integration));
        const QString externalId = m_sim->contacts().at(3).value(u"id"_s).toString();
        const QString lastName = m_sim->contacts().at(3).value(u"lastName"_s).toString();
        const auto signedIn = signIn(server);
        test::HttpTestClient &admin = *signedIn;
        // Modified times are compared: a second apart, whatever their precision.
        if (wedsyncLast) {
            QVERIFY(changeAtTave(3, u"Remote"_s));
            QTest::qWait(1100);
            QCOMPARE(editClient(server, admin, externalId, u"Local"_s), 200);
        } else {
            QCOMPARE(editClient(server, admin, externalId, u"Local"_s), 200);
            QTest::qWait(1100);
            QVERIFY(changeAtTave(3, u"Remote"_s));
        }
        const QString again = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(again), u"completed"_s, Long);
        QCOMPARE(clientFields(server, externalId).value(u"first_name"_s).toString(), winner);
        const QStringList log = server.log(again);
        QVERIFY2(anyContains(log, u"Local "_s + lastName + u" changed in WedSync and in Táve"_s),
                 qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, logLine), qPrintable(log.join(u'\n')));
        // The same decision as a note of its page, for a reader in another language.
        QJsonObject decision;
        for (const QJsonObject &line : withCode(server.logEntries(again), u"page_imported"_s)) {
            for (const QJsonValue &note : line[u"args"_s][u"notes"_s].toArray()) {
                if (note[u"code"_s].toString() == u"both_changed"_s)
                    decision = note[u"args"_s].toObject();
            }
        }
        QCOMPARE(decision[u"contact"_s].toString(), u"Local "_s + lastName);
        QCOMPARE(decision[u"provider"_s].toString(), u"Táve"_s);
        QCOMPARE(decision[u"strategy"_s].toString(), strategy);
        QCOMPARE(decision[u"outcome"_s].toString(),
                 strategy == u"manual_review"_s ? u"review_filed"_s
                     : winner == u"Remote"_s    ? u"taken"_s
                                                : u"kept"_s);
        if (strategy == u"newest_wins"_s)
            QCOMPARE(decision[u"newer"_s].toString(), wedsyncLast ? u"wedsync"_s : u"crm"_s);
        // Táve: WedSync's winning version was sent; the CRM's stays; a review sends nothing.
        const QString atTave = strategy == u"manual_review"_s ? u"Remote"_s : winner;
        QCOMPARE(m_sim->contacts().at(3).value(u"firstName"_s).toString(), atTave);
        QCOMPARE(anyContains(log, u"Sent 1 client to Táve"_s), atTave == u"Local"_s);
        // The contacts Táve did not change were not written to it.
        QCOMPARE(m_sim->contacts().at(4).value(u"modified"_s).toString(),
                 m_sim->contacts().at(4).value(u"created"_s).toString());

        const HttpTestReply conflicts
            = admin.get(u"/api/v1/sync/conflicts?source=crm_sync&status=open&organizationId="_s
                        + server::DemoData::evergreenId());
        QCOMPARE(conflicts.status, 200);
        const QJsonArray open = conflicts.object()[u"items"_s].toArray();
        QCOMPARE(open.size(), strategy == u"manual_review"_s ? 1 : 0);
        if (open.isEmpty())
            return;
        const QJsonObject conflict = open.first().toObject();
        QCOMPARE(conflict[u"entityType"_s].toString(), u"crm_client"_s);
        QCOMPARE(conflict[u"label"_s].toString(), u"Local "_s + lastName + u" (Táve M)"_s);
        // A second sync does not file it again.
        const QString third = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(third), u"completed"_s, Long);
        QVERIFY2(anyContains(server.log(third), u"already waiting for review"_s),
                 qPrintable(server.log(third).join(u'\n')));
        QCOMPARE(admin
                     .get(u"/api/v1/sync/conflicts?source=crm_sync&organizationId="_s
                          + server::DemoData::evergreenId())
                     .object()[u"total"_s]
                     .toInt(),
                 1);
    }

    // manual_review: the conflict center shows base / mine / theirs; resolving it changes the
    // client, and a two-way sync then sends WedSync's choice to Táve.
    void manualReviewResolved_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("result");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            QTest::newRow(qPrintable(backend + u" mine"_s)) << backend << u"mine"_s << u"Local"_s;
            QTest::newRow(qPrintable(backend + u" theirs"_s))
                << backend << u"theirs"_s << u"Remote"_s;
            QTest::newRow(qPrintable(backend + u" merged"_s))
                << backend << u"merged"_s << u"Merged"_s;
        }
    }
    void manualReviewResolved()
    {
        QFETCH(QString, backend);
        QFETCH(QString, resolution);
        QFETCH(QString, result);
        m_sim->setContactCount(12);
        JobsServer server(backend);
        QString integration;
        QVERIFY(
            imported(server, u"Táve R"_s, u"manual_review"_s, u"bidirectional"_s, &integration));
        const QString externalId = m_sim->contacts().at(5).value(u"id"_s).toString();
        const QString firstName = m_sim->contacts().at(5).value(u"firstName"_s).toString();
        const auto signedIn = signIn(server);
        test::HttpTestClient &admin = *signedIn;
        // The tenant's admins watch the conflict center live.
        test::TestClient watcher;
        QVERIFY(watcher.open(socketUrl(server, admin.bearerToken())));
        const QJsonArray bindings {QJsonObject {
            {u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, u"sync_conflicts"_s}}};
        QVERIFY(
            watcher.joinOk(u"realtime:tenant:"_s + server::DemoData::evergreenId() + u":admins"_s,
                           {{u"postgres_changes"_s, bindings}}));
        QCOMPARE(editClient(server, admin, externalId, u"Local"_s), 200);
        QVERIFY(changeAtTave(5, u"Remote"_s));
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        const auto filed = watcher.take(
            [](const RealtimeMessage &m) {
                return m.event == "postgres_changes"_L1
                    && m.payload.toObject()[u"data"_s][u"table"_s].toString()
                    == u"sync_conflicts"_s;
            },
            30000);
        QVERIFY2(filed, "the conflict the job filed reaches the tenant's admins live");
        const QJsonObject row = filed->payload.toObject()[u"data"_s][u"record"_s].toObject();
        QCOMPARE(row[u"entity_type"_s].toString(), u"crm_client"_s);
        QCOMPARE(row[u"status"_s].toString(), u"open"_s);
        const QJsonArray open
            = admin
                  .get(u"/api/v1/sync/conflicts?source=crm_sync&status=open&organizationId="_s
                       + server::DemoData::evergreenId())
                  .object()[u"items"_s]
                  .toArray();
        QCOMPARE(open.size(), 1);
        const QString conflictId = open.first()[u"id"_s].toString();
        const HttpTestReply detail = admin.get(u"/api/v1/sync/conflicts/"_s + conflictId);
        QVERIFY2(detail.status == 200, detail.describe().constData());
        const QJsonObject c = detail.object();
        QCOMPARE(c[u"source"_s].toString(), u"crm_sync"_s);
        QCOMPARE(c[u"base"_s][u"fields"_s][u"first_name"_s].toString(), firstName);
        QCOMPARE(c[u"mine"_s][u"fields"_s][u"first_name"_s].toString(), u"Local"_s);
        QCOMPARE(c[u"theirs"_s][u"fields"_s][u"first_name"_s].toString(), u"Remote"_s);
        QCOMPARE(c[u"current"_s][u"fields"_s][u"first_name"_s].toString(), u"Local"_s);
        QVERIFY2(!c[u"mineBy"_s].isNull() && !c[u"theirsAt"_s].isNull(),
                 detail.describe().constData());
        QCOMPARE(clientFields(server, externalId).value(u"first_name"_s).toString(), u"Local"_s);

        QJsonObject body {{u"resolution"_s, resolution}};
        if (resolution != u"theirs"_s)
            body[u"entityVersion"_s] = c[u"current"_s][u"version"_s];
        if (resolution == u"merged"_s) {
            QJsonObject fields = c[u"theirs"_s][u"fields"_s].toObject();
            fields[u"first_name"_s] = u"Merged"_s;
            body[u"document"_s] = QJsonObject {{u"fields"_s, fields}};
        }
        const HttpTestReply resolved
            = admin.send("POST", u"/api/v1/sync/conflicts/"_s + conflictId + u"/resolve"_s,
                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                         {{"Content-Type", "application/json"}});
        QVERIFY2(resolved.status == 200, resolved.describe().constData());
        QCOMPARE(clientFields(server, externalId).value(u"first_name"_s).toString(), result);

        // The next two-way sync sends WedSync's choice; taking Táve's sends nothing.
        const QString after = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(after), u"completed"_s, Long);
        QCOMPARE(m_sim->contacts().at(5).value(u"firstName"_s).toString(), result);
        QCOMPARE(anyContains(server.log(after), u"Sent 1 client to Táve"_s),
                 resolution != u"theirs"_s);
        QCOMPARE(server.jobNumber(after, u"updated_count"_s), resolution != u"theirs"_s ? 1 : 0);
        QCOMPARE(clientFields(server, externalId).value(u"first_name"_s).toString(), result);
        // And the one after that finds both sides agreeing.
        const QString quiet = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(quiet), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(quiet, u"updated_count"_s), 0);
        QVERIFY2(!anyContains(server.log(quiet), u"changed in WedSync and in"_s),
                 qPrintable(server.log(quiet).join(u'\n')));
    }

    // export_to_crm sends exactly the clients changed in WedSync since their last push, once;
    // Táve's other fields survive its replace.
    void exportSendsChangedClientsOnce_data() { test::TestDatabase::addBackendRows(); }
    void exportSendsChangedClientsOnce()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(120);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve X"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        const auto signedIn = signIn(server);
        test::HttpTestClient &admin = *signedIn;
        const QString path = u"/api/v1/organizations/"_s + server::DemoData::evergreenId()
            + u"/integrations/"_s + integration + u"/sync"_s;
        const QByteArray exportBody = R"({"kind":"export_to_crm"})";
        const QList<QPair<QByteArray, QByteArray>> json {{"Content-Type", "application/json"}};
        // An import-only connection does not write to Táve.
        QCOMPARE(admin.send("POST", path, exportBody, json).status, 400);
        QVERIFY(server.run(u"UPDATE integrations SET direction = 'export_only' WHERE id = :id"_s,
                           {{u":id"_s, integration}}));
        // Táve keeps fields WedSync does not map (a note) through the replace.
        QJsonObject noted = m_sim->contacts().at(100);
        noted[u"notes"_s] = u"Prefers e-mail"_s;
        test::HttpTestClient tave(QUrl(m_sim->baseUrl().section(u"/api"_s, 0, 0)));
        QCOMPARE(tave.send("PUT", u"/api/v2/address-book/"_s + noted[u"id"_s].toString(),
                           QJsonDocument(noted).toJson(),
                           {{"X-API-KEY", "key-ok"}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        const QList<int> changed {2, 57, 100};
        for (int index : changed) {
            QCOMPARE(editClient(server, admin,
                                m_sim->contacts().at(index).value(u"id"_s).toString(),
                                u"Edited%1"_s.arg(index)),
                     200);
        }
        const int requestsBefore = m_sim->requestCount();
        const HttpTestReply started = admin.send("POST", path, exportBody, json);
        QVERIFY2(started.status == 202, started.describe().constData());
        const QString exportJob = started.object()[u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(server.status(exportJob), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(exportJob, u"processed"_s), 3);
        QCOMPARE(server.jobNumber(exportJob, u"updated_count"_s), 3);
        // Táve's jobs and job-contacts once (3 pages), then each contact read and replaced.
        QCOMPARE(m_sim->requestCount() - requestsBefore, 3 + 6);
        for (int index : changed)
            QCOMPARE(m_sim->contacts().at(index).value(u"firstName"_s).toString(),
                     u"Edited%1"_s.arg(index));
        QCOMPARE(m_sim->contacts().at(100).value(u"notes"_s).toString(), u"Prefers e-mail"_s);
        QCOMPARE(m_sim->contactCount(), 120);
        const QStringList log = server.log(exportJob);
        QVERIFY2(anyContains(log, u"Sent 3 clients to Táve — 0 new, 3 replaced: "_s),
                 qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, u"Edited57 "_s), qPrintable(log.join(u'\n')));

        // Nothing changed since: a second export sends nothing.
        const HttpTestReply second = admin.send("POST", path, exportBody, json);
        QCOMPARE(second.status, 202);
        const QString secondJob = second.object()[u"id"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(server.status(secondJob), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(secondJob, u"processed"_s), 0);
        // A two-way pull afterwards finds Táve and WedSync agreeing.
        QVERIFY(server.run(u"UPDATE integrations SET direction = 'bidirectional' WHERE id = :id"_s,
                           {{u":id"_s, integration}}));
        const QString pull = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(pull), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(pull, u"updated_count"_s), 0);
        QCOMPARE(server.jobNumber(pull, u"created_count"_s), 0);
    }

    // A pull takes only the fields the mapping fills: a note kept in WedSync alone survives
    // Táve's change of the client, whether or not WedSync's change was sent before, and does
    // not count as a change on both sides.
    void pullKeepsWedsyncOnlyFields_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("direction");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            for (const QString &direction : {u"import_only"_s, u"bidirectional"_s})
                QTest::newRow(qPrintable(backend + u' ' + direction)) << backend << direction;
        }
    }
    void pullKeepsWedsyncOnlyFields()
    {
        QFETCH(QString, backend);
        QFETCH(QString, direction);
        m_sim->setContactCount(12);
        JobsServer server(backend);
        QString integration;
        QVERIFY(imported(server, u"Táve N"_s, u"manual_review"_s, direction, &integration));
        const QString externalId = m_sim->contacts().at(7).value(u"id"_s).toString();
        const auto signedIn = signIn(server);
        QCOMPARE(editFields(server, *signedIn, externalId, {{u"notes"_s, u"Allergic to nuts"_s}}),
                 200);
        if (direction == u"bidirectional"_s) {
            // Sent (the note has no place at Táve), so the note is part of what both agreed on.
            const QString sent = server.queueJob(integration, u"incremental_sync"_s);
            QTRY_COMPARE_WITH_TIMEOUT(server.status(sent), u"completed"_s, Long);
            QVERIFY2(anyContains(server.log(sent), u"Sent 1 client to Táve"_s),
                     qPrintable(server.log(sent).join(u'\n')));
            QVERIFY(!m_sim->contacts().at(7).contains(u"notes"_s));
        }
        QVERIFY(changeAtTave(7, u"Remote"_s));
        const QString pull = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(pull), u"completed"_s, Long);
        const QJsonObject fields = clientFields(server, externalId);
        QCOMPARE(fields.value(u"first_name"_s).toString(), u"Remote"_s);
        QCOMPARE(fields.value(u"notes"_s).toString(), u"Allergic to nuts"_s);
        QCOMPARE(server.jobNumber(pull, u"updated_count"_s), 1);
        QVERIFY2(!anyContains(server.log(pull), u"changed in WedSync and in"_s),
                 qPrintable(server.log(pull).join(u'\n')));
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM sync_conflicts"
                             " WHERE entity_type = 'crm_client'"_s)
                     .toInt(),
                 0);
    }

    // The demo's own Táve connection: a client the demo stored changed in WedSync (through the
    // API) and at the demo's Táve simulator waits in the conflict center, WedSync's edit kept —
    // also for a client stored before clients kept the version both sides agreed on.
    void demoClientChangedOnBothSides_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("agreedBaseKnown");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            QTest::newRow(qPrintable(backend)) << backend << true;
            QTest::newRow(qPrintable(backend + u" without agreed base"_s)) << backend << false;
        }
    }
    void demoClientChangedOnBothSides()
    {
        QFETCH(QString, backend);
        QFETCH(bool, agreedBaseKnown);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString integration = server::DemoIntegrations::taveIntegrationId();
        QVERIFY(server.run(u"UPDATE integrations SET conflict_strategy = 'manual_review',"
                           " direction = 'bidirectional' WHERE id = :id"_s,
                           {{u":id"_s, integration}}));
        const QString externalId
            = server
                  .scalar(u"SELECT external_id FROM crm_clients WHERE integration_id = :id"
                          " AND email_key <> '' ORDER BY external_id DESC"_s,
                          {{u":id"_s, integration}})
                  .toString();
        QVERIFY(!externalId.isEmpty());
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM crm_clients WHERE integration_id = :id"
                             " AND synced_fields IS NULL"_s,
                             {{u":id"_s, integration}})
                     .toInt(),
                 0);
        if (!agreedBaseKnown)
            QVERIFY(server.run(u"UPDATE crm_clients SET synced_fields = NULL"
                               " WHERE external_id = :e"_s,
                               {{u":e"_s, externalId}}));
        const auto signedIn = signIn(server);
        QCOMPARE(editClient(server, *signedIn, externalId, u"Local"_s), 200);
        // The demo's Táve, through its API.
        const QString base = server
                                 .scalar(u"SELECT base_url FROM integrations WHERE id = :id"_s,
                                         {{u":id"_s, integration}})
                                 .toString();
        test::HttpTestClient tave(QUrl(base.section(u"/api"_s, 0, 0)));
        const QList<QPair<QByteArray, QByteArray>> key {
            {"X-API-KEY", server::DemoIntegrations::taveApiKey().toUtf8()},
            {"Content-Type", "application/json"}};
        const HttpTestReply read
            = tave.send("GET", u"/api/v2/address-book/"_s + externalId, {}, key);
        QVERIFY2(read.status == 200, read.describe().constData());
        QJsonObject contact = read.object();
        contact[u"firstName"_s] = u"Remote"_s;
        QCOMPARE(tave.send("PUT", u"/api/v2/address-book/"_s + externalId,
                           QJsonDocument(contact).toJson(), key)
                     .status,
                 200);
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        QVERIFY2(anyContains(server.log(sync), u"filed for review in the conflict center"_s),
                 qPrintable(server.log(sync).join(u'\n')));
        QCOMPARE(clientFields(server, externalId).value(u"first_name"_s).toString(), u"Local"_s);
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE status = 'open'"
                             " AND entity_type = 'crm_client'"_s)
                     .toInt(),
                 1);
    }

    // The demo's Táve simulator holds the contacts and jobs the demo's clients were imported
    // from: its first sync finds all of them unchanged, their job's fields included.
    void demoFirstSyncFindsClientsUnchanged_data() { test::TestDatabase::addBackendRows(); }
    void demoFirstSyncFindsClientsUnchanged()
    {
        QFETCH(QString, backend);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString integration = server::DemoIntegrations::taveIntegrationId();
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(sync, u"processed"_s), server::DemoIntegrations::TaveClients);
        QCOMPARE(server.jobNumber(sync, u"created_count"_s), 0);
        QCOMPARE(server.jobNumber(sync, u"updated_count"_s), 0);
        const QList<QJsonObject> read = withCode(server.logEntries(sync), u"jobs_read"_s);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first()[u"args"_s][u"jobs"_s].toInt(), server::DemoIntegrations::TaveClients);
        const QJsonObject fields
            = QJsonDocument::fromJson(server
                                          .scalar(u"SELECT fields FROM crm_clients"
                                                  " WHERE integration_id = :id"
                                                  " ORDER BY external_id"_s,
                                                  {{u":id"_s, integration}})
                                          .toString()
                                          .toUtf8())
                  .object();
        for (const QString &field : {u"wedding_date"_s, u"guest_count"_s, u"status"_s})
            QVERIFY2(!fields.value(field).toString().isEmpty(), qPrintable(field));
    }

    // A custom mapping is written back through its own paths and formats: the wedding date
    // in Táve's US form under the path it was read from, and the phones, which this mapping
    // does not read, left as Táve has them.
    void customMappingWrittenBack_data() { test::TestDatabase::addBackendRows(); }
    void customMappingWrittenBack()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(12);
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString integration = server.createIntegration(
            u"Táve C"_s, m_sim->baseUrl(), u"key-ok"_s, u"tave"_s, u"bidirectional"_s);
        QVERIFY(!integration.isEmpty());
        const auto signedIn = signIn(server);
        test::HttpTestClient &admin = *signedIn;
        const QJsonArray mapping {
            QJsonObject {{u"source"_s, u"firstName"_s}, {u"target"_s, u"first_name"_s}},
            QJsonObject {{u"source"_s, u"lastName"_s}, {u"target"_s, u"last_name"_s}},
            QJsonObject {
                {u"source"_s, u"email"_s}, {u"target"_s, u"email"_s}, {u"transform"_s, u"lower"_s}},
            QJsonObject {{u"source"_s, u"event.weddingDate"_s},
                         {u"target"_s, u"wedding_date"_s},
                         {u"transform"_s, u"date_iso"_s},
                         {u"argument"_s, u"MM/dd/yyyy"_s}},
        };
        const HttpTestReply mapped
            = admin.send("PUT",
                         u"/api/v1/organizations/"_s + server::DemoData::evergreenId()
                             + u"/integrations/"_s + integration + u"/field-mappings"_s,
                         QJsonDocument(QJsonObject {{u"items"_s, mapping}}).toJson(),
                         {{"If-Match", "\"1\""}, {"Content-Type", "application/json"}});
        QVERIFY2(mapped.status == 200, mapped.describe().constData());
        const QString job = server.queueJob(integration);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        const QJsonObject before = m_sim->contacts().at(4);
        QVERIFY(before.contains(u"cellPhone"_s));
        const QString externalId = before.value(u"id"_s).toString();
        QVERIFY(!clientFields(server, externalId).contains(u"mobile"_s)); // not mapped
        QCOMPARE(editFields(server, admin, externalId,
                            {{u"wedding_date"_s, u"2027-06-19"_s}, {u"first_name"_s, u"Local"_s}}),
                 200);
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        QVERIFY2(anyContains(server.log(sync), u"Sent 1 client to Táve"_s),
                 qPrintable(server.log(sync).join(u'\n')));
        const QJsonObject after = m_sim->contacts().at(4);
        QCOMPARE(after[u"event"_s][u"weddingDate"_s].toString(), u"06/19/2027"_s);
        QCOMPARE(after[u"firstName"_s].toString(), u"Local"_s);
        QCOMPARE(after[u"cellPhone"_s], before[u"cellPhone"_s]);
        QCOMPARE(after[u"homePhone"_s], before[u"homePhone"_s]);
        // Read back through the same mapping, both sides agree.
        const QString quiet = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(quiet), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(quiet, u"updated_count"_s), 0);
        QCOMPARE(clientFields(server, externalId).value(u"wedding_date"_s).toString(),
                 u"2027-06-19"_s);
    }

    // Each imported client carries its Táve job's wedding date, guest count and stage: a
    // couple shares theirs; of two jobs the open one with the later date wins, and an open one
    // beats a later closed one; a job where the contact is no client (a planner) gives nothing;
    // a closed job counts when it is the contact's only one; a contact on none gets none. The
    // job and job-contact lists are read once, before the first page.
    void importGivesClientsTheirJob_data() { test::TestDatabase::addBackendRows(); }
    void importGivesClientsTheirJob()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(250);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve J"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(server.clients(integration), 250);
        QCOMPARE(jobFieldsOf(server, 0), u"2027-01-01 40 lead"_s);
        QCOMPARE(jobFieldsOf(server, 1), u"2027-01-01 40 lead"_s);
        QCOMPARE(jobFieldsOf(server, 2), u"2027-08-26 20 booked"_s); // its second job: later
        QCOMPARE(jobFieldsOf(server, 3), u"2027-02-07 57 inquiry"_s);
        QCOMPARE(jobFieldsOf(server, 26), u"2027-04-27 101 fulfillment"_s); // the later is closed
        QCOMPARE(jobFieldsOf(server, 6), u"- 91 fulfillment"_s); // not job 2, where it is no client
        QCOMPARE(jobFieldsOf(server, 10), u"2027-07-05 - lead"_s);
        QCOMPARE(jobFieldsOf(server, 14), u"2027-09-17 159 booked"_s); // closed, its only job
        QCOMPARE(jobFieldsOf(server, 18), u"- - -"_s);
        QCOMPARE(jobFieldsOf(server, 249), u"2027-07-28 68 completed"_s);
        QCOMPARE(m_sim->jobPageServedCount(1), 1);
        QCOMPARE(m_sim->jobPageServedCount(2), 1);
        QCOMPARE(m_sim->jobPageServedCount(3), 0);
        for (int page = 1; page <= 3; ++page)
            QCOMPARE(m_sim->jobContactPageServedCount(page), 1);
        const QList<QJsonObject> log = server.logEntries(job);
        QVERIFY2(codesOf(log).startsWith(u"job_started, jobs_read, page_imported"_s),
                 qPrintable(codesOf(log)));
        QCOMPARE(log[1][u"message"_s].toString(), u"Read 122 jobs from Táve (2 pages)."_s);
    }

    // A job's date, guests and stage changed at Táve: the next sync of changes updates both
    // clients of the couple, and nobody else.
    void jobChangedAtTaveUpdatesItsClients_data() { test::TestDatabase::addBackendRows(); }
    void jobChangedAtTaveUpdatesItsClients()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(30);
        JobsServer server(backend);
        QString integration;
        QVERIFY(imported(server, u"Táve E"_s, u"newest_wins"_s, u"import_only"_s, &integration));
        QCOMPARE(jobFieldsOf(server, 0), u"2027-01-01 40 lead"_s);
        QVERIFY(m_sim->changeJob(jobOfContact(0),
                                 {{u"eventDate"_s, u"2027-10-09"_s},
                                  {u"guestCount"_s, 120},
                                  {u"stage"_s, u"booked"_s}}));
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(sync, u"updated_count"_s), 2);
        QCOMPARE(jobFieldsOf(server, 0), u"2027-10-09 120 booked"_s);
        QCOMPARE(jobFieldsOf(server, 1), u"2027-10-09 120 booked"_s);
        QCOMPARE(jobFieldsOf(server, 3), u"2027-02-07 57 inquiry"_s);
    }

    // A 429 on Táve's first job page is waited out as its Retry-After asks, and the import
    // goes on with every client's job.
    void jobPageRateLimitWaitedOut_data() { test::TestDatabase::addBackendRows(); }
    void jobPageRateLimitWaitedOut()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(30);
        m_sim->forceTooManyRequests(1, 1, u"/job"_s);
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve R"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.status(job), u"completed"_s, Long);
        QCOMPARE(m_sim->tooManyRequestsCount(), 1);
        QCOMPARE(m_sim->jobPageServedCount(1), 1);
        const QList<QJsonObject> log = server.logEntries(job);
        QCOMPARE(codesOf(log),
                 u"job_started, provider_wait, jobs_read, page_imported, job_finished"_s);
        const QJsonObject wait = log[1][u"args"_s].toObject();
        QCOMPARE(wait[u"what"_s].toString(), u"page 1 of Táve's jobs"_s);
        QCOMPARE(wait[u"retryAfter"_s].toString(), u"honoured"_s);
        QCOMPARE(wait[u"waitMs"_s].toInt(), 1000);
        QCOMPARE(jobFieldsOf(server, 0), u"2027-01-01 40 lead"_s);
    }

    // A malformed page of Táve's jobs fails the read as a malformed address-book page does,
    // before any client is stored, saying which page.
    void malformedJobPageFailsTheRead_data() { test::TestDatabase::addBackendRows(); }
    void malformedJobPageFailsTheRead()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(30);
        m_sim->setMalformedJobPages({1});
        JobsServer server(backend);
        QString integration, job;
        QVERIFY(begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, u"Táve M"_s, &integration, &job,
                      u"key-ok"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            server.status(job) == u"failed"_s || server.status(job) == u"completed"_s, Long);
        QCOMPARE(server.status(job), u"failed"_s);
        const QString error
            = server.scalar(u"SELECT error FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, job}})
                  .toString();
        QVERIFY2(error.startsWith(u"Táve answered page 1 of Táve's jobs with malformed JSON"_s),
                 qPrintable(error));
        QVERIFY2(error.endsWith(u"Stopped before page 1 with 0 contacts imported; a retry resumes"
                                " there."_s),
                 qPrintable(error));
        QCOMPARE(server.clients(integration), 0);
    }

    // A two-way sync writes a changed wedding date and guest count to the client's Táve job:
    // the job is read and put back whole with them changed, the contact's PUT carries no
    // `job`; the partner's client takes the new date on the next sync, and the client itself
    // is then unchanged. A client on no job keeps its date in WedSync.
    void twoWayWritesTheJob_data() { test::TestDatabase::addBackendRows(); }
    void twoWayWritesTheJob()
    {
        QFETCH(QString, backend);
        m_sim->setContactCount(30);
        JobsServer server(backend);
        QString integration;
        QVERIFY(imported(server, u"Táve W"_s, u"newest_wins"_s, u"bidirectional"_s, &integration));
        const auto signedIn = signIn(server);
        const QString couple = m_sim->contacts().at(0)[u"id"_s].toString();
        const QString single = m_sim->contacts().at(18)[u"id"_s].toString();
        const QJsonObject before = m_sim->job(jobOfContact(0));
        QCOMPARE(editFields(server, *signedIn, couple,
                            {{u"wedding_date"_s, u"2027-06-19"_s}, {u"guest_count"_s, u"75"_s}}),
                 200);
        QCOMPARE(editFields(server, *signedIn, single, {{u"wedding_date"_s, u"2027-05-01"_s}}),
                 200);
        const QString sync = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(sync), u"completed"_s, Long);
        QCOMPARE(m_sim->jobReplaceCount(), 1);
        const QJsonObject after = m_sim->job(jobOfContact(0));
        QCOMPARE(after[u"eventDate"_s].toString(), u"2027-06-19"_s);
        QCOMPARE(after[u"guestCount"_s], QJsonValue(75));
        QCOMPARE(after[u"stage"_s], before[u"stage"_s]);
        QCOMPARE(after[u"name"_s], before[u"name"_s]); // the whole record went back
        QCOMPARE(after[u"closed"_s], before[u"closed"_s]);
        for (const int index : {0, 18}) {
            QVERIFY(!m_sim->contacts().at(index).contains(u"job"_s));
            QVERIFY(!m_sim->contacts().at(index).contains(u"eventDate"_s));
        }
        QVERIFY2(anyContains(server.log(sync), u"Sent 2 clients to Táve — 0 new, 2 replaced"_s),
                 qPrintable(server.log(sync).join(u'\n')));
        QCOMPARE(clientFields(server, single).value(u"wedding_date"_s).toString(), u"2027-05-01"_s);
        const QString next = server.queueJob(integration, u"incremental_sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(next), u"completed"_s, Long);
        QCOMPARE(server.jobNumber(next, u"updated_count"_s), 1);
        QCOMPARE(jobFieldsOf(server, 1), u"2027-06-19 75 lead"_s); // the partner
        QCOMPARE(jobFieldsOf(server, 0), u"2027-06-19 75 lead"_s);
        QCOMPARE(m_sim->jobReplaceCount(), 1);
    }

    // Light Blue takes each client once into its Inbox: result 0; a client without any
    // contact field -3 (the job goes on without it); our client id as the Reference makes a
    // second send -4, already there and not an error; -20 (HTTPS) fails the job.
    void lightBlueResultCodes_data() { test::TestDatabase::addBackendRows(); }
    void lightBlueResultCodes()
    {
        QFETCH(QString, backend);
        test::LightBlueSimulator lightBlue;
        lightBlue.setApiKey(u"lb-key"_s);
        QVERIFY(lightBlue.listen());
        JobsServer server(backend);
        QString error;
        QVERIFY2(server.start({u"--crm-rate-limit"_s, u"0/1"_s}, &error), qPrintable(error));
        const QString org = server::DemoData::evergreenId();
        const QString integration = server.createIntegration(
            u"Light Blue inbox"_s, lightBlue.url(), u"lb-key"_s, u"lightblue"_s, u"export_only"_s);
        QVERIFY(!integration.isEmpty());
        const QString now = server::sql::timestamp(QDateTime::currentDateTimeUtc());
        const QString bare = server::ids::create();
        QVERIFY(server.run(u"INSERT INTO crm_clients (id, organization_id, fields, created_at,"
                           " updated_at) VALUES (:id, :org, :fields, :now, :now)"_s,
                           {{u":id"_s, bare},
                            {u":org"_s, org},
                            {u":fields"_s, u"{\"custom.shoe_size\":\"38\"}"_s},
                            {u":now"_s, now}}));
        const qint64 clients = server
                                   .scalar(u"SELECT COUNT(*) FROM crm_clients"
                                           " WHERE organization_id = :org"_s,
                                           {{u":org"_s, org}})
                                   .toLongLong();
        QVERIFY(clients > 1);

        const QString first = server.queueJob(integration, u"export_to_crm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(first), u"completed"_s, Long);
        QCOMPARE(lightBlue.posts().size(), clients);
        QCOMPARE(lightBlue.inbox().size(), clients - 1);
        QCOMPARE(server.jobNumber(first, u"created_count"_s), clients - 1);
        QCOMPARE(server.jobNumber(first, u"skipped_count"_s), 1);
        const test::LightBlueSimulator::Form sent = lightBlue.inbox().first();
        QCOMPARE(sent.value(u"key"_s), u"lb-key"_s);
        QCOMPARE(sent.value(u"type"_s), u"contact form"_s);
        QVERIFY(!sent.value(u"ContactEmail"_s).isEmpty());
        const QString reference = sent.value(u"Reference"_s);
        QCOMPARE(server
                     .scalar(u"SELECT COUNT(*) FROM crm_clients WHERE id = :id"_s,
                             {{u":id"_s, reference}})
                     .toLongLong(),
                 1);
        QStringList log = server.log(first);
        // A page at a time, each line naming who was sent and which fields.
        QVERIFY2(anyContains(log, u"Sent 50 clients to Light Blue — 50 new, 0 replaced: "_s),
                 qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, u", 1 not taken: "_s), qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, u"ContactEmail"_s), qPrintable(log.join(u'\n')));
        QVERIFY2(anyContains(log, u"was not sent: Light Blue did not take it (-3"_s),
                 qPrintable(log.join(u'\n')));
        // The pages sent, as arguments: the refused client a note with Light Blue's words.
        qint64 sentCount = 0, notTaken = 0;
        QJsonObject refused;
        for (const QJsonObject &line : withCode(server.logEntries(first), u"page_sent"_s)) {
            const QJsonObject args = line[u"args"_s].toObject();
            QCOMPARE(args[u"provider"_s].toString(), u"Light Blue"_s);
            QCOMPARE(args[u"clients"_s].toArray().size() + args[u"more"_s].toInt(),
                     args[u"sent"_s].toInt());
            sentCount += args[u"sent"_s].toInt();
            notTaken += args[u"notTaken"_s].toInt();
            for (const QJsonValue &note : args[u"notes"_s].toArray())
                refused = note.toObject();
        }
        QCOMPARE(sentCount, clients - 1);
        QCOMPARE(notTaken, 1);
        QCOMPARE(refused[u"code"_s].toString(), u"client_not_sent"_s);
        QVERIFY2(refused[u"args"_s][u"error"_s].toString().startsWith(
                     u"Light Blue did not take it (-3"_s),
                 qPrintable(refused[u"args"_s][u"error"_s].toString()));

        // Nothing new: nothing is sent (the client Light Blue did not take is tried again).
        const QString second = server.queueJob(integration, u"export_to_crm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(second), u"completed"_s, Long);
        QCOMPARE(lightBlue.posts().size(), clients + 1);
        QCOMPARE(server.jobNumber(second, u"created_count"_s), 0);

        // WedSync forgot what it sent: Light Blue's duplicate check answers -4, not an error.
        QVERIFY(server.run(u"DELETE FROM crm_client_pushes WHERE integration_id = :id"_s,
                           {{u":id"_s, integration}}));
        const QString third = server.queueJob(integration, u"export_to_crm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(third), u"completed"_s, Long);
        QCOMPARE(lightBlue.inbox().size(), clients - 1);
        QCOMPARE(server.jobNumber(third, u"created_count"_s), 0);
        log = server.log(third);
        QVERIFY2(anyContains(log, u"— 0 new, 0 replaced, 50 already there: "_s),
                 qPrintable(log.join(u'\n')));
        QCOMPARE(server.status(third), u"completed"_s);
        QVERIFY2(anyContains(log, u"already in Light Blue's Inbox (duplicate, -4)"_s),
                 qPrintable(log.join(u'\n')));

        // Over plain HTTP the real API answers -20: the job fails saying what to change.
        lightBlue.setRequireHttps(true);
        QVERIFY(server.run(u"DELETE FROM crm_client_pushes WHERE integration_id = :id"_s,
                           {{u":id"_s, integration}}));
        const QString fourth = server.queueJob(integration, u"export_to_crm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.status(fourth), u"failed"_s, Long);
        const QString failure
            = server.scalar(u"SELECT error FROM sync_jobs WHERE id = :id"_s, {{u":id"_s, fourth}})
                  .toString();
        QVERIFY2(failure.contains(u"HTTPS (-20)"_s), qPrintable(failure));
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
    // A first import completed, then the integration set to `strategy` and `direction`.
    bool imported(JobsServer &server, const QString &name, const QString &strategy,
                  const QString &direction, QString *integration)
    {
        QString job;
        if (!begin(server, {u"--crm-rate-limit"_s, u"0/1"_s}, name, integration, &job, u"key-ok"_s))
            return false;
        if (!QTest::qWaitFor([&] { return server.status(job) == u"completed"_s; }, Long)) {
            qWarning("the first import of %s did not complete", qPrintable(name));
            return false;
        }
        return server.run(
            u"UPDATE integrations SET conflict_strategy = :strategy,"
            " direction = :direction WHERE id = :id"_s,
            {{u":strategy"_s, strategy}, {u":direction"_s, direction}, {u":id"_s, *integration}});
    }
    static std::unique_ptr<test::HttpTestClient> signIn(JobsServer &server)
    {
        auto client = std::make_unique<test::HttpTestClient>(server.baseUrl());
        const test::HttpTestReply reply
            = client->post(u"/api/v1/auth/login"_s,
                           QJsonObject {{u"email"_s, u"admin@evergreen.demo"_s},
                                        {u"password"_s, server::DemoData::password()}});
        client->setBearerToken(reply.object().value(u"accessToken"_s).toString());
        return client;
    }
    static QUrl socketUrl(JobsServer &server, const QString &token)
    {
        QUrl url = server.baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/realtime/v1/websocket"_s);
        url.setQuery(u"vsn=2.0.0&apikey="_s + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        return url;
    }
    static QString clientPath(JobsServer &server, const QString &externalId)
    {
        return u"/api/v1/organizations/"_s + server::DemoData::evergreenId() + u"/clients/"_s
            + server
                  .scalar(u"SELECT id FROM crm_clients WHERE external_id = :e"_s,
                          {{u":e"_s, externalId}})
                  .toString()
                  .toLower();
    }
    static QJsonObject clientFields(JobsServer &server, const QString &externalId)
    {
        return QJsonDocument::fromJson(server
                                           .scalar(u"SELECT fields FROM crm_clients"
                                                   " WHERE external_id = :e"_s,
                                                   {{u":e"_s, externalId}})
                                           .toString()
                                           .toUtf8())
            .object();
    }
    // The client's first name changed in WedSync through the API; the status.
    static int editClient(JobsServer &server, test::HttpTestClient &client,
                          const QString &externalId, const QString &firstName)
    {
        return editFields(server, client, externalId, {{u"first_name"_s, firstName}});
    }
    static int editFields(JobsServer &server, test::HttpTestClient &client,
                          const QString &externalId, const QJsonObject &fields)
    {
        const QString path = clientPath(server, externalId);
        const test::HttpTestReply read = client.get(path);
        if (read.status != 200)
            return read.status;
        const QByteArray body
            = QJsonDocument(QJsonObject {{u"fields"_s, fields}}).toJson(QJsonDocument::Compact);
        return client
            .send("PATCH", path, body,
                  {{"If-Match", read.header("ETag")}, {"Content-Type", "application/json"}})
            .status;
    }
    // Contact `index`'s first name changed at Táve through its API.
    bool changeAtTave(int index, const QString &firstName)
    {
        QJsonObject contact = m_sim->contacts().at(index);
        contact[u"firstName"_s] = firstName;
        test::HttpTestClient tave(QUrl(m_sim->baseUrl().section(u"/api"_s, 0, 0)));
        return tave.send("PUT", u"/api/v2/address-book/"_s + contact[u"id"_s].toString(),
                         QJsonDocument(contact).toJson(),
                         {{"X-API-KEY", "key-ok"}, {"Content-Type", "application/json"}})
                   .status
            == 200;
    }
    // Contact `index`'s client: its wedding date, guest count and status, "-" for none.
    QString jobFieldsOf(JobsServer &server, int index) const
    {
        const QJsonObject fields
            = clientFields(server, m_sim->contacts().at(index)[u"id"_s].toString());
        QStringList out;
        for (const QString &field : {u"wedding_date"_s, u"guest_count"_s, u"status"_s})
            out.append(fields.value(field).toString(u"-"_s));
        return out.join(u' ');
    }
    // The id of the first job contact `index` is the client of at the simulator.
    QString jobOfContact(int index) const
    {
        const QString contact = m_sim->contacts().at(index)[u"id"_s].toString();
        for (const QJsonObject &link : m_sim->jobContacts()) {
            if (link[u"contactId"_s].toString() == contact && link[u"client"_s].toBool())
                return link[u"jobId"_s].toString();
        }
        return {};
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
