#pragma once
// What the Integrations screen shows for one organization: the provider catalog, the
// organization's CRM connections with its tier's limit, the sync jobs of the connection chosen
// (newest first, paged by keyset) and the log of the job chosen. Live over the tenant's admin
// topic (`crm_integration`, `crm_job`, `crm_job_log` broadcasts) for those who may join it;
// coordinators, who may not, see running jobs move by polling. The last list is cached per
// organization for an offline start.

#include "CrmRecords.h"
#include "api/ApiError.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;
class RealtimeClient;

class IntegrationsFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int JobPageSize = 25;
    static constexpr int LogPageSize = 200; // the server's largest page
    static constexpr int PollIntervalMs = 5000;

    IntegrationsFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                     QObject *parent = nullptr);
    ~IntegrationsFeed() override;

    // Shows `organizationId` (cached list at once, then fresh); `live`: join the tenant's admin
    // topic (admins and platform staff), else poll while a job runs. Empty: nothing.
    void open(const QString &organizationId, bool live);
    void close();
    QString organizationId() const { return m_organizationId; }
    void reload();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    const QList<CrmProviderInfo> &providers() const { return m_providers; }
    std::optional<CrmProviderInfo> provider(const QString &id) const;
    const QList<CrmIntegration> &integrations() const { return m_integrations; }
    std::optional<CrmIntegration> integration(const QString &id) const;
    const CrmIntegrationLimit &limit() const { return m_limit; }

    // The connection whose jobs are listed (empty: none), and the next page of them.
    void selectIntegration(const QString &integrationId);
    QString selectedIntegration() const { return m_integrationId; }
    void loadMoreJobs();
    // Lists every connection's jobs instead of the chosen connection's.
    void setAllJobs(bool all);
    bool allJobs() const { return m_allJobs; }
    bool hasMoreJobs() const { return !m_jobsCursor.isEmpty(); }
    const QList<CrmSyncJob> &jobs() const { return m_jobs; }
    // The job whose log is shown (empty: none).
    void selectJob(const QString &jobId);
    QString selectedJob() const { return m_jobId; }
    const QList<CrmJobLogLine> &log() const { return m_log; }

Q_SIGNALS:
    void providersLoaded(const QList<wedsync::CrmProviderInfo> &providers);
    void integrationsLoaded(const QList<wedsync::CrmIntegration> &integrations, bool fromCache);
    void jobsLoaded(const QList<wedsync::CrmSyncJob> &jobs);
    // One job moved (live or by polling): progress, status.
    void jobChanged(const wedsync::CrmSyncJob &job);
    void logLoaded(const QList<wedsync::CrmJobLogLine> &lines);
    void errorOccurred(const wedsync::ApiError &error);

private:
    void paintFromCache();
    void loadProviders();
    void loadIntegrations();
    void loadJobs(bool more);
    void loadLog();
    void onBroadcast(const QString &event, const QJsonObject &payload);
    void upsertJob(const CrmSyncJob &job);
    // Whose jobs are listed: a connection's id, "*" for all of them, empty for none.
    QString jobScope() const;
    void restartJobs();
    void updatePolling();
    void track(ApiReply *reply);
    bool current(int generation) const { return generation == m_generation; }
    QString cacheKey() const;

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    QString m_organizationId;
    bool m_live = false;
    QList<CrmProviderInfo> m_providers;
    QList<CrmIntegration> m_integrations;
    CrmIntegrationLimit m_limit;
    QString m_integrationId;
    bool m_allJobs = false;
    QList<CrmSyncJob> m_jobs;
    QString m_jobsCursor;
    QString m_jobId;
    QList<CrmJobLogLine> m_log;
    QList<QMetaObject::Connection> m_connections;
    QList<QPointer<ApiReply>> m_pending;
    QTimer m_poll; // coordinators: while a job runs
    QTimer m_reload; // coalesces bursts of broadcasts into one list reload
    int m_generation = 0;
};

} // namespace wedsync
