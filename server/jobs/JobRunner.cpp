#include "jobs/JobRunner.h"

#include "common/TsanHandOff.h"

#include "CrmCatalog.h"
#include "api/ChangeNotifier.h"
#include "api/IntegrationWire.h"
#include "jobs/CustomRestAdapter.h"
#include "jobs/JobWorker.h"
#include "jobs/LightBlueAdapter.h"
#include "jobs/TaveAdapter.h"
#include "realtime/RealtimePublisher.h"
#include "storage/Database.h"
#include "storage/IntegrationRepository.h"

#include <QLoggingCategory>
#include <QMap>
#include <QThread>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace wedsync::server {

JobRunner::JobRunner(Database &db, const Clock &clock, RealtimePublisher *publisher,
                     const IntegrationCredentials *credentials, JobRunnerSettings settings,
                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_publisher(publisher)
    , m_credentials(credentials)
    , m_settings(settings)
{
    m_settings.maxJobs = std::max(1, m_settings.maxJobs);
    m_poll.setInterval(m_settings.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::dispatch);
    m_schedule.setInterval(m_settings.scheduleCheckMs);
    connect(&m_schedule, &QTimer::timeout, this, &JobRunner::checkSchedules);
    m_lease.setInterval(std::max(1, m_settings.leaseSecs) * 1000 / 3);
    connect(&m_lease, &QTimer::timeout, this, &JobRunner::keepLeases);
}

JobRunner::~JobRunner()
{
    stop();
}

RateLimiter::Limit JobRunner::providerLimit(const QString &provider)
{
    if (provider == u"tave"_s)
        return RateLimiter::Limit {1, 1};
    return RateLimiter::Limit {};
}

JobExecution::AdapterFactory JobRunner::adapterFactory() const
{
    const std::optional<RateLimiter::Limit> override = m_settings.rateLimitOverride;
    const crm::ProviderInfo *tave = crm::findProvider(u"tave"_s);
    const QString taveBaseUrl = !m_settings.taveBaseUrl.isEmpty() ? m_settings.taveBaseUrl
        : tave                                                    ? tave->defaultBaseUrl
                                                                  : QString();
    return [override, taveBaseUrl](const JobIntegration &integration,
                                   const QJsonObject &credentials,
                                   HttpFetcher &fetcher) -> Result<std::unique_ptr<CrmAdapter>> {
        const RateLimiter::Limit limit = override.value_or(providerLimit(integration.provider));
        if (integration.provider == u"custom"_s && !integration.baseUrl.isEmpty()
            && integration.authType != u"none"_s) {
            if (credentials.isEmpty()
                || (integration.authType == u"oauth2"_s
                    && credentials.value(u"accessToken"_s).toString().isEmpty())) {
                return Error {u"no_credentials"_s,
                              integration.authType == u"oauth2"_s
                                  ? u"%1 is not linked yet: sign in to it from the connection "
                                    "(OAuth start and finish) first."_s.arg(integration.name)
                                  : u"No credentials are stored for %1: enter them in the "
                                    "connection's settings."_s.arg(integration.name),
                              {}};
            }
            return std::unique_ptr<CrmAdapter>(std::make_unique<CustomRestAdapter>(
                fetcher,
                CustomRestConfig {integration.name, integration.baseUrl, integration.authType,
                                  credentials, limit}));
        }
        if (integration.provider != u"tave"_s && integration.provider != u"lightblue"_s) {
            return Error {u"no_api"_s,
                          u"This provider has no API this server can sync with: import its CSV "
                          "export or a vCard file instead."_s,
                          {}};
        }
        const QString apiKey = credentials.value(u"apiKey"_s).toString();
        if (apiKey.isEmpty() && integration.provider == u"lightblue"_s) {
            return Error {u"no_credentials"_s,
                          u"No API key is stored for this integration: enter the key from Light "
                          "Blue (Settings → API) in the integration's settings."_s,
                          {}};
        }
        if (apiKey.isEmpty()) {
            return Error {u"no_credentials"_s,
                          u"No API key is stored for this integration: enter the key from VSCO "
                          "Workspace (Settings → API) in the integration's settings."_s,
                          {}};
        }
        if (integration.provider == u"lightblue"_s) {
            const crm::ProviderInfo *lightBlue = crm::findProvider(u"lightblue"_s);
            const QString url = !integration.baseUrl.isEmpty() ? integration.baseUrl
                : lightBlue                                    ? lightBlue->defaultBaseUrl
                                                               : QString();
            return std::unique_ptr<CrmAdapter>(
                std::make_unique<LightBlueAdapter>(fetcher, url, apiKey, limit));
        }
        const QString baseUrl = integration.baseUrl.isEmpty() ? taveBaseUrl : integration.baseUrl;
        return std::unique_ptr<CrmAdapter>(
            std::make_unique<TaveAdapter>(fetcher, baseUrl, apiKey, limit));
    };
}

Status JobRunner::start()
{
    if (m_started)
        return ok();
    auto requeued = JobStore(m_db).requeueInterrupted(m_clock.now());
    if (!requeued)
        return requeued.error();
    if (!requeued->isEmpty())
        qCInfo(lcJobs).noquote() << requeued->size() << "interrupted sync job(s) will resume";
    // maxJobs job workers and one for connection tests.
    for (int i = 0; i <= m_settings.maxJobs; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(i < m_settings.maxJobs ? u"crm-job-%1"_s.arg(i) : u"crm-test"_s);
        auto *worker = new JobWorker(m_db.url(), m_credentials, m_limiter, m_stopping,
                                     m_settings.fetch, adapterFactory(), m_instanceId);
        worker->moveToThread(thread);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
        m_busy.append(false);
    }
    m_started = true;
    m_poll.start();
    m_schedule.start();
    m_lease.start();
    checkSchedules(); // ones missed while the server was down start now
    dispatch();
    return ok();
}

void JobRunner::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_stopping.store(true);
    m_poll.stop();
    m_schedule.stop();
    m_lease.stop();
    for (int i = 0; i < m_workers.size(); ++i) {
        // Queued after the job in progress, which returns at its next page or wait. By name, so
        // that no functor made here is read there (see common/TsanHandOff.h).
        QMetaObject::invokeMethod(m_workers[i], "close", Qt::BlockingQueuedConnection);
        tsan::tookOver(m_workers[i]);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_workers[i];
    }
    m_workers.clear();
    qDeleteAll(m_threads);
    m_threads.clear();
    m_busy.clear();
}

int JobRunner::runningCount() const
{
    return int(std::count(m_busy.begin(),
                          m_busy.begin() + std::min<qsizetype>(m_busy.size(), m_settings.maxJobs),
                          true));
}

void JobRunner::wake()
{
    if (m_dispatchQueued || !m_started)
        return;
    // After the queuing request's transaction: the job is visible by then.
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_dispatchQueued = false;
            dispatch();
        },
        Qt::QueuedConnection);
}

void JobRunner::dispatch()
{
    if (!m_started || m_stopping.load())
        return;
    JobStore store(m_db);
    for (;;) {
        int slot = -1;
        for (int i = 0; i < m_settings.maxJobs; ++i) {
            if (!m_busy[i]) {
                slot = i;
                break;
            }
        }
        if (slot < 0)
            return;
        auto startable = store.startable(m_clock.now(), 1000);
        if (!startable) {
            qCWarning(lcJobs).noquote() << "looking for sync jobs:" << startable.error().message;
            return;
        }
        if (startable->isEmpty())
            return;
        // Each organization's oldest job, organizations in id order; the next one after the
        // organization served last goes first.
        QMap<QString, QString> oldest;
        for (const auto &[jobId, organizationId] : startable.value()) {
            if (!oldest.contains(organizationId))
                oldest.insert(organizationId, jobId);
        }
        auto next = oldest.upperBound(m_lastOrganization);
        if (next == oldest.end())
            next = oldest.begin();
        const QString organizationId = next.key();
        const QString jobId = next.value();
        const QDateTime now = m_clock.now();
        auto claimed
            = store.claim(jobId, now, m_instanceId, now.addSecs(std::max(1, m_settings.leaseSecs)));
        if (!claimed) {
            qCWarning(lcJobs).noquote()
                << "starting sync job" << jobId << ":" << claimed.error().message;
            return;
        }
        if (!claimed.value())
            continue; // another server took it
        m_lastOrganization = organizationId;
        m_busy[slot] = true;
        JobWorker *worker = m_workers[slot];
        // Through mailboxes both ways (common/Mailbox), not queued functors.
        const JobExecution::Progress progress
            = [this](const SyncJobRow &job, const QList<SyncJobLogRow> &lines,
                     const QList<QJsonObject> &filed) {
                  m_inbox.post([this, job, lines, filed] { publish(job, lines, filed); });
              };
        worker->mailbox().post([this, worker, organizationId, jobId, progress, slot] {
            worker->runJob(organizationId, jobId, progress);
            m_inbox.post([this, slot] { jobEnded(slot); });
        });
    }
}

void JobRunner::jobEnded(int slot)
{
    if (slot < m_busy.size())
        m_busy[slot] = false;
    dispatch();
}

void JobRunner::publish(const SyncJobRow &job, const QList<SyncJobLogRow> &lines,
                        const QList<QJsonObject> &filedConflicts)
{
    if (!filedConflicts.isEmpty()) {
        if (m_notifier) {
            QList<RowChangeNote> changes;
            for (const QJsonObject &row : filedConflicts)
                changes.append(
                    {u"sync_conflicts"_s, u"INSERT"_s, job.organizationId, row, {}, true});
            m_notifier->committed(changes, {});
        }
        if (onConflictsFiled)
            onConflictsFiled(job.organizationId);
    }
    if (!m_publisher)
        return;
    const QString topic = u"tenant:"_s + job.organizationId + u":admins"_s;
    for (const SyncJobLogRow &line : lines) {
        if (auto sent = m_publisher->broadcastFromServer(topic, u"crm_job_log"_s,
                                                         integrationjson::logLine(line));
            !sent)
            qCWarning(lcJobs).noquote() << "crm_job_log on" << topic << ":" << sent.error().message;
    }
    if (auto sent
        = m_publisher->broadcastFromServer(topic, u"crm_job"_s, integrationjson::job(job));
        !sent)
        qCWarning(lcJobs).noquote() << "crm_job on" << topic << ":" << sent.error().message;
    // A finished job changed its integration (last sync, next sync, perhaps its status).
    if (job.status != u"pending"_s && job.status != u"running"_s)
        publishIntegration(job.organizationId, job.integrationId);
}

void JobRunner::publishIntegration(const QString &organizationId, const QString &integrationId)
{
    if (!m_publisher)
        return;
    auto row = IntegrationRepository(m_db).find(organizationId, integrationId);
    if (!row || !row->has_value())
        return;
    const QString topic = u"tenant:"_s + organizationId + u":admins"_s;
    if (auto sent = m_publisher->broadcastFromServer(topic, u"crm_integration"_s,
                                                     integrationjson::integration(row->value()));
        !sent)
        qCWarning(lcJobs).noquote() << "crm_integration on" << topic << ":" << sent.error().message;
}

void JobRunner::keepLeases()
{
    if (!m_started || m_stopping.load())
        return;
    JobStore store(m_db);
    const QDateTime now = m_clock.now();
    if (auto renewed
        = store.renewLeases(m_instanceId, now.addSecs(std::max(1, m_settings.leaseSecs)));
        !renewed)
        qCWarning(lcJobs).noquote() << "renewing job leases:" << renewed.error().message;
    auto requeued = store.requeueInterrupted(now);
    if (!requeued) {
        qCWarning(lcJobs).noquote() << "taking back abandoned jobs:" << requeued.error().message;
        return;
    }
    if (requeued->isEmpty())
        return;
    qCInfo(lcJobs).noquote() << requeued->size()
                             << "sync job(s) whose server stopped renewing its lease will resume";
    dispatch();
}

void JobRunner::checkSchedules()
{
    if (!m_started || m_stopping.load())
        return;
    JobStore store(m_db);
    const QDateTime now = m_clock.now();
    auto due = store.dueSchedules(now);
    if (!due) {
        qCWarning(lcJobs).noquote() << "checking scheduled syncs:" << due.error().message;
        return;
    }
    bool queued = false;
    for (const JobIntegration &integration : due.value()) {
        // A connection that only writes to the CRM sends on its schedule; the others pull.
        const QString kind = integration.direction == u"export_only"_s ? u"export_to_crm"_s
                                                                       : u"incremental_sync"_s;
        auto job = store.queue(integration, kind, now);
        if (!job) {
            qCWarning(lcJobs).noquote() << "queueing a scheduled sync:" << job.error().message;
            continue;
        }
        if (!job->has_value())
            continue;
        // The next one is set when this one finishes; until then it is not due again.
        (void)store.setNextSync(integration.id,
                                now.addSecs(qint64(integration.scheduleMinutes.value_or(15)) * 60));
        const SyncJobRow row = *job.value();
        auto line = store.appendLog(row.id,
                                    {u"info"_s,
                                     crm::joblog::JobScheduled.toString(),
                                     {{u"minutes"_s, integration.scheduleMinutes.value_or(0)}}},
                                    now);
        QList<SyncJobLogRow> lines;
        if (line)
            lines.append(line.value());
        publish(row, lines);
        queued = true;
    }
    if (queued)
        dispatch();
}

void JobRunner::testConnection(const QString &organizationId, const QString &integrationId,
                               TestDone done)
{
    if (!m_started || m_workers.isEmpty()) {
        CrmTestResult result;
        result.status = u"error"_s;
        result.message = u"The server is stopping; try again in a moment."_s;
        done(result);
        return;
    }
    JobWorker *tester = m_workers.last();
    tester->mailbox().post([this, tester, organizationId, integrationId, done = std::move(done)] {
        const CrmTestResult result = tester->testConnection(integrationId);
        m_inbox.post([this, done, result, organizationId, integrationId] {
            publishIntegration(organizationId, integrationId);
            done(result);
        });
    });
}

void JobRunner::exchangeOAuthCode(const OAuthEndpoint &endpoint, const QString &code,
                                  const QByteArray &verifier, const QString &redirectUri,
                                  ExchangeDone done)
{
    if (!m_started || m_workers.isEmpty()) {
        OAuthTokenAnswer answer;
        answer.outcome = OAuthTokenAnswer::Outcome::Failed;
        answer.message = u"The server is stopping; try again in a moment."_s;
        done(answer);
        return;
    }
    JobWorker *tester = m_workers.last();
    tester->mailbox().post([this, tester, endpoint, code, verifier, redirectUri,
                            done = std::move(done)] {
        const OAuthTokenAnswer answer = tester->exchangeCode(endpoint, code, verifier, redirectUri);
        m_inbox.post([done, answer] { done(answer); });
    });
}

} // namespace wedsync::server
