#pragma once
// Runs the CRM hub's sync jobs off the request thread.
//
// Lives on the event loop's thread (which owns the realtime hub and the request connection);
// the work happens on `maxJobs` job workers (JobWorker: a QThread each, with its own database
// connection and QNetworkAccessManager) plus one worker for connection tests, so that a
// person's "Test connection" never waits behind imports.
//
// - Claiming: pending sync_jobs rows go to running (an atomic UPDATE … WHERE status =
//   'pending', so several servers on one PostgreSQL never take the same job), at most
//   `maxJobs` at once, round-robin over organizations: a tenant with fifty queued jobs does
//   not starve one with a single job.
// - Leases: a claimed job is leased to this runner (a random instance id per process) for
//   `leaseSecs`, renewed every third of it while the server lives. A job whose lease ran out
//   belongs to a server that died: at start() and at each renewal it goes back to pending and
//   resumes from its checkpoint (JobExecution commits it with each page's clients), here or on
//   another server of the same PostgreSQL. A live server's jobs are never taken, and a worker's
//   page and finish are fenced by its lease: a server that lost its job writes nothing more.
// - Progress: each committed page and log line is posted back here and broadcast on
//   tenant:<org>:admins as `crm_job` (the SyncJob JSON) and `crm_job_log`.
// - Schedules: integrations whose next_sync_at has passed (also ones missed while the server
//   was down) get an incremental_sync queued, checked at start and every scheduleCheckMs.

#include "Clock.h"
#include "common/Mailbox.h"
#include "common/Status.h"
#include "jobs/CrmAdapter.h"
#include "jobs/HttpFetcher.h"
#include "jobs/JobExecution.h"
#include "jobs/JobStore.h"
#include "jobs/OAuthTokenClient.h"
#include "jobs/RateLimiter.h"
#include "storage/DatabaseUrl.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace wedsync::server {
class ChangeNotifier;
class Database;
class JobWorker;
class RealtimePublisher;
class IntegrationCredentials;

struct JobRunnerSettings
{
    int maxJobs = 10; // --max-jobs
    int pollMs = 1000; // how often pending jobs are looked for without a wake()
    int scheduleCheckMs = 30000;
    int leaseSecs = 15; // how long a running job stays with a server that stops renewing
    // --crm-rate-limit: replaces every provider's limit (0 requests: none), for benches.
    std::optional<RateLimiter::Limit> rateLimitOverride;
    FetchPolicy fetch;
    // Where a Táve integration without a base URL of its own is reached: the provider's API,
    // or with --demo the simulator of this process, so that a connection made in the demo's
    // wizard works like Evergreen's.
    QString taveBaseUrl;
};

class JobRunner : public QObject
{
    Q_OBJECT

public:
    // `db` is the event loop's connection (claims, schedules); workers open their own from its
    // URL. `publisher` and `credentials` may be null (no broadcasts; no credentials).
    JobRunner(Database &db, const Clock &clock, RealtimePublisher *publisher,
              const IntegrationCredentials *credentials, JobRunnerSettings settings,
              QObject *parent = nullptr);
    ~JobRunner() override;

    // Requeues interrupted jobs, starts the workers, looks for work and due schedules.
    Status start();
    // Before start(): see JobRunnerSettings::taveBaseUrl.
    void setTaveBaseUrl(const QString &url) { m_settings.taveBaseUrl = url; }
    // Workers finish their page (or give up a wait), put their job back to pending and end.
    void stop();

    // Where the conflicts a job files for review are announced (sync_conflicts INSERT on the
    // tenant admins' and platform staff's topics, like those of a refused offline change), and
    // who is told that a tenant got some (the sync-health dashboard). Both may be unset.
    void setChangeNotifier(const ChangeNotifier *notifier) { m_notifier = notifier; }
    std::function<void(const QString &organizationId)> onConflictsFiled;

    // A job was queued (the integrations API's hook): look now rather than at the next poll.
    void wake();

    // Tests an integration's connection on the test worker; `done` is called on this thread.
    using TestDone = std::function<void(const CrmTestResult &)>;
    void testConnection(const QString &organizationId, const QString &integrationId, TestDone done);

    // Exchanges an OAuth 2.0 authorization code on the test worker; `done` on this thread.
    using ExchangeDone = std::function<void(const OAuthTokenAnswer &)>;
    void exchangeOAuthCode(const OAuthEndpoint &endpoint, const QString &code,
                           const QByteArray &verifier, const QString &redirectUri,
                           ExchangeDone done);

    int runningCount() const;
    const JobRunnerSettings &settings() const { return m_settings; }

    // Táve / VSCO Workspace publishes no limit: the catalog's polite ceiling, 1 request a second.
    static RateLimiter::Limit providerLimit(const QString &provider);

private:
    void dispatch();
    void checkSchedules();
    // Renews this runner's leases and takes back jobs whose server is gone.
    void keepLeases();
    void publish(const SyncJobRow &job, const QList<SyncJobLogRow> &lines,
                 const QList<QJsonObject> &filedConflicts = {});
    // crm_integration with the integration as it now is.
    void publishIntegration(const QString &organizationId, const QString &integrationId);
    void jobEnded(int slot);
    JobExecution::AdapterFactory adapterFactory() const;

    Database &m_db;
    const Clock &m_clock;
    RealtimePublisher *m_publisher;
    const ChangeNotifier *m_notifier = nullptr;
    const IntegrationCredentials *m_credentials;
    JobRunnerSettings m_settings;
    RateLimiter m_limiter;
    std::atomic_bool m_stopping {false};
    bool m_started = false;
    QList<QThread *> m_threads; // the last one is the test worker's
    Mailbox m_inbox; // what the workers hand back, run on this thread
    QList<JobWorker *> m_workers;
    QList<bool> m_busy;
    QString m_lastOrganization; // round-robin position
    QTimer m_poll;
    QTimer m_schedule;
    QTimer m_lease;
    const QString m_instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool m_dispatchQueued = false;
};

} // namespace wedsync::server
