#include "integrations/IntegrationsFeed.h"

#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "feeds/AdminChannels.h"
#include "feeds/FeedReplies.h"
#include "integrations/CrmRequests.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

IntegrationsFeed::IntegrationsFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        loadIntegrations();
        if (!jobScope().isEmpty())
            loadJobs(false);
        if (!m_jobId.isEmpty())
            loadLog();
    });
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, &IntegrationsFeed::loadIntegrations);
}

IntegrationsFeed::~IntegrationsFeed()
{
    close();
}

QString IntegrationsFeed::cacheKey() const
{
    return u"integrations."_s + m_organizationId;
}

void IntegrationsFeed::track(ApiReply *reply)
{
    m_pending.removeIf([](const QPointer<ApiReply> &r) { return r.isNull(); });
    m_pending.append(reply);
}

void IntegrationsFeed::open(const QString &organizationId, bool live)
{
    if (organizationId == m_organizationId && live == m_live)
        return;
    close();
    m_organizationId = organizationId;
    m_live = live;
    if (organizationId.isEmpty())
        return;
    paintFromCache();
    if (live && m_realtime) {
        AdminChannelHandlers handlers;
        handlers.broadcast = [this](const QString &event, const QJsonObject &payload) {
            onBroadcast(event, payload);
        };
        handlers.refetchRequired = [this] {
            reload();
        };
        m_connections = watchAdminChannels(m_realtime, {u"tenant:%1:admins"_s.arg(organizationId)},
                                           m_cache, this, handlers);
    }
    if (m_providers.isEmpty())
        loadProviders();
    reload();
}

void IntegrationsFeed::close()
{
    ++m_generation;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    for (const QPointer<ApiReply> &reply : std::exchange(m_pending, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_poll.stop();
    m_reload.stop();
    m_organizationId.clear();
    m_integrations.clear();
    m_limit = {};
    m_integrationId.clear();
    m_jobs.clear();
    m_jobsCursor.clear();
    m_jobId.clear();
    m_log.clear();
}

void IntegrationsFeed::reload()
{
    if (m_organizationId.isEmpty())
        return;
    loadIntegrations();
    if (!jobScope().isEmpty())
        loadJobs(false);
    if (!m_jobId.isEmpty())
        loadLog();
}

std::optional<CrmProviderInfo> IntegrationsFeed::provider(const QString &id) const
{
    for (const CrmProviderInfo &provider : m_providers) {
        if (provider.id == id)
            return provider;
    }
    return std::nullopt;
}

std::optional<CrmIntegration> IntegrationsFeed::integration(const QString &id) const
{
    for (const CrmIntegration &integration : m_integrations) {
        if (integration.id == id)
            return integration;
    }
    return std::nullopt;
}

void IntegrationsFeed::paintFromCache()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    const QJsonObject cached
        = QJsonDocument::fromJson(m_cache->value(cacheKey()).toUtf8()).object();
    const QJsonArray items = cached.value(u"items"_s).toArray();
    if (items.isEmpty())
        return;
    m_integrations = decodeItems(items, &crmIntegrationFromJson, "an integration:");
    if (auto limit = crmIntegrationLimitFromJson(cached.value(u"limit"_s).toObject()))
        m_limit = limit.value();
    Q_EMIT integrationsLoaded(m_integrations, true);
}

void IntegrationsFeed::loadProviders()
{
    const int generation = m_generation;
    ApiReply *reply = m_api->send(crmapi::providers());
    track(reply);
    onReplyFinished(reply, this, [this, generation](ApiReply *answer) {
        if (!current(generation) || !answer->ok())
            return; // the list reports the error
        m_providers = decodeItems(replyItems(*answer), &crmProviderFromJson, "a provider:");
        Q_EMIT providersLoaded(m_providers);
    });
}

void IntegrationsFeed::loadIntegrations()
{
    const int generation = m_generation;
    ApiReply *reply = m_api->send(crmapi::integrations(m_organizationId));
    track(reply);
    onReplyFinished(reply, this, [this, generation](ApiReply *answer) {
        if (!current(generation))
            return;
        if (!answer->ok()) {
            if (answer->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(answer->error());
            return;
        }
        m_integrations
            = decodeItems(replyItems(*answer), &crmIntegrationFromJson, "an integration:");
        std::sort(m_integrations.begin(), m_integrations.end(),
                  [](const CrmIntegration &a, const CrmIntegration &b) {
                      return a.name.localeAwareCompare(b.name) < 0;
                  });
        if (auto limit = crmIntegrationLimitFromJson(answer->object().value(u"limit"_s).toObject()))
            m_limit = limit.value();
        if (m_cache && m_cache->isOpen())
            m_cache->setValue(
                cacheKey(),
                QString::fromUtf8(QJsonDocument(answer->object()).toJson(QJsonDocument::Compact)));
        Q_EMIT integrationsLoaded(m_integrations, false);
        updatePolling();
    });
}

void IntegrationsFeed::selectIntegration(const QString &integrationId)
{
    if (integrationId == m_integrationId)
        return;
    m_integrationId = integrationId;
    if (!m_allJobs)
        restartJobs();
}

void IntegrationsFeed::setAllJobs(bool all)
{
    if (all == m_allJobs)
        return;
    m_allJobs = all;
    restartJobs();
}

QString IntegrationsFeed::jobScope() const
{
    return m_allJobs && !m_organizationId.isEmpty() ? u"*"_s : m_integrationId;
}

void IntegrationsFeed::restartJobs()
{
    m_jobs.clear();
    m_jobsCursor.clear();
    selectJob({});
    if (jobScope().isEmpty())
        Q_EMIT jobsLoaded(m_jobs);
    else
        loadJobs(false);
}

void IntegrationsFeed::loadMoreJobs()
{
    if (hasMoreJobs())
        loadJobs(true);
}

void IntegrationsFeed::loadJobs(bool more)
{
    const int generation = m_generation;
    const QString scope = jobScope();
    ApiReply *reply
        = m_api->send(crmapi::jobs(m_organizationId, m_allJobs ? QString() : m_integrationId,
                                   JobPageSize, more ? m_jobsCursor : QString()));
    track(reply);
    onReplyFinished(reply, this, [this, generation, scope, more](ApiReply *answer) {
        if (!current(generation) || scope != jobScope())
            return;
        if (!answer->ok()) {
            if (answer->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(answer->error());
            return;
        }
        const QList<CrmSyncJob> page
            = decodeItems(replyItems(*answer), &crmSyncJobFromJson, "a sync job:");
        if (more) {
            m_jobs.append(page);
        } else {
            // A refresh of the first page keeps the older pages already read.
            QList<CrmSyncJob> older;
            for (const CrmSyncJob &job : std::as_const(m_jobs)) {
                if (std::none_of(page.begin(), page.end(),
                                 [&job](const CrmSyncJob &fresh) { return fresh.id == job.id; }))
                    older.append(job);
            }
            m_jobs = page;
            if (!m_jobsCursor.isEmpty())
                m_jobs.append(older);
        }
        if (more || m_jobsCursor.isEmpty())
            m_jobsCursor = answer->object().value(u"nextCursor"_s).toString();
        Q_EMIT jobsLoaded(m_jobs);
        updatePolling();
    });
}

void IntegrationsFeed::selectJob(const QString &jobId)
{
    m_jobId = jobId;
    m_log.clear();
    if (jobId.isEmpty())
        Q_EMIT logLoaded(m_log);
    else
        loadLog();
}

void IntegrationsFeed::loadLog()
{
    const int generation = m_generation;
    const QString jobId = m_jobId;
    ApiReply *reply = m_api->send(crmapi::jobLog(m_organizationId, jobId, LogPageSize));
    track(reply);
    onReplyFinished(reply, this, [this, generation, jobId](ApiReply *answer) {
        if (!current(generation) || jobId != m_jobId || !answer->ok())
            return;
        m_log = decodeItems(replyItems(*answer), &crmJobLogLineFromJson, "a log line:");
        Q_EMIT logLoaded(m_log);
    });
}

void IntegrationsFeed::upsertJob(const CrmSyncJob &job)
{
    if (!m_allJobs && job.integrationId != m_integrationId)
        return;
    auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                           [&job](const CrmSyncJob &known) { return known.id == job.id; });
    if (it != m_jobs.end())
        *it = job;
    else
        m_jobs.prepend(job);
    Q_EMIT jobChanged(job);
}

void IntegrationsFeed::onBroadcast(const QString &event, const QJsonObject &payload)
{
    if (event == u"crm_integration"_s) {
        if (payload.value(u"organizationId"_s).toString() == m_organizationId)
            m_reload.start();
        return;
    }
    if (event == u"crm_job"_s) {
        auto job = crmSyncJobFromJson(payload);
        if (!job)
            return;
        upsertJob(job.value());
        // A job that starts or ends changes its integration's badge and last sync.
        if (!job.value().isActive() || job.value().processed == 0)
            m_reload.start();
        return;
    }
    if (event == u"crm_job_log"_s) {
        auto line = crmJobLogLineFromJson(payload);
        if (!line || line.value().jobId != m_jobId)
            return;
        if (std::any_of(m_log.begin(), m_log.end(), [&line](const CrmJobLogLine &known) {
                return known.id == line.value().id;
            }))
            return;
        m_log.append(line.value());
        Q_EMIT logLoaded(m_log);
    }
}

void IntegrationsFeed::updatePolling()
{
    // Live operators hear progress; the others look again while something runs.
    const bool running = std::any_of(m_integrations.begin(), m_integrations.end(),
                                     [](const CrmIntegration &integration) {
                                         return !integration.runningJobId.isEmpty();
                                     })
        || std::any_of(m_jobs.begin(), m_jobs.end(),
                       [](const CrmSyncJob &job) { return job.isActive(); });
    const bool poll = running && (!m_live || !m_realtime);
    if (poll && !m_poll.isActive())
        m_poll.start();
    else if (!poll)
        m_poll.stop();
}

} // namespace wedsync
