#include "feeds/SyncHealthFeed.h"

#include "Clock.h"
#include "ServicesLogging.h"
#include "SyncJson.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "feeds/AdminChannels.h"
#include "feeds/FeedReplies.h"
#include "feeds/ResyncOperation.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString HealthCollection = u"sync_health"_s;
const QString EventsStream = u"sync_events"_s;
const QString ReportDocument = u"report"_s;
const QString ConnectionsDocument = u"connections"_s;

QList<SyncEvent> eventsFrom(const QJsonArray &items)
{
    return decodeItems(items, &syncEventFromJson, "a sync event:");
}

ApiError protocolError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.code = u"protocol_error"_s;
    error.message = message;
    return error;
}

} // namespace

SyncHealthFeed::SyncHealthFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache,
                               const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_cache(cache)
    , m_clock(clock)
{
    connect(&m_batcher, &SyncEventBatcher::batchReady, this, &SyncHealthFeed::onBatch);
    m_healthRefetch.setSingleShot(true);
    m_healthRefetch.setInterval(1000);
    connect(&m_healthRefetch, &QTimer::timeout, this, [this] {
        fetchHealth();
        fetchConnections();
    });
    m_cacheWrite.setSingleShot(true);
    m_cacheWrite.setInterval(CacheWriteIntervalMs);
    connect(&m_cacheWrite, &QTimer::timeout, this, &SyncHealthFeed::writeBacklog);
    m_connectionsPoll.setInterval(15000);
    connect(&m_connectionsPoll, &QTimer::timeout, this, &SyncHealthFeed::fetchConnections);
}

SyncHealthFeed::~SyncHealthFeed()
{
    // Only let go: flushing now would write to a cache and signal pages that may be gone.
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_batcher.disconnect(this);
}

void SyncHealthFeed::loadCached()
{
    if (!m_cache || !m_cache->isOpen())
        return;
    if (const auto report = m_cache->document(HealthCollection, ReportDocument)) {
        Result<SyncHealthReport> parsed = syncHealthReportFromJson(*report);
        if (parsed)
            applyReport(parsed.value(), true);
    }
    if (const auto stats = m_cache->document(HealthCollection, ConnectionsDocument)) {
        Result<ConnectionStats> parsed = connectionStatsFromJson(*stats);
        if (parsed)
            applyConnections(parsed.value(), true);
    }
    const QList<QJsonObject> recent = m_cache->recent(EventsStream, CachedEventsMax);
    if (!recent.isEmpty()) {
        QJsonArray items;
        for (const QJsonObject &item : recent)
            items.append(item);
        Q_EMIT eventsLoaded(eventsFrom(items), true);
    }
}

void SyncHealthFeed::refresh()
{
    if (m_refreshOutstanding == 0)
        m_refreshOk = true;
    fetchHealth();
    fetchEvents();
    fetchConnections();
}

void SyncHealthFeed::requestFinished(ApiReply *reply, bool ok)
{
    if (!ok && reply->error().kind != ApiError::Kind::Cancelled)
        Q_EMIT errorOccurred(reply->error());
    m_refreshOk = m_refreshOk && ok;
    if (--m_refreshOutstanding == 0)
        Q_EMIT refreshFinished(m_refreshOk);
}

void SyncHealthFeed::fetchHealth()
{
    ++m_refreshOutstanding;
    onReplyFinished(m_api->syncHealth(), this, [this](ApiReply *reply) {
        bool ok = reply->ok();
        if (ok) {
            Result<SyncHealthReport> report = syncHealthReportFromJson(reply->object());
            ok = report.ok();
            if (ok) {
                applyReport(report.value(), false);
                cacheReport();
            } else {
                Q_EMIT errorOccurred(protocolError(report.error().message));
            }
        }
        requestFinished(reply, ok);
    });
}

void SyncHealthFeed::fetchEvents()
{
    ++m_refreshOutstanding;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(HistoryPageSize));
    onReplyFinished(m_api->syncEvents(query), this, [this](ApiReply *reply) {
        if (reply->ok()) {
            const QList<SyncEvent> events = eventsFrom(replyItems(*reply));
            if (m_cache && m_cache->isOpen()) {
                QList<CachedDocument> docs;
                docs.reserve(events.size());
                for (const SyncEvent &event : events)
                    docs.append({event.id, event.organizationId, syncEventToJson(event)});
                m_cache->append(EventsStream, docs, CachedEventsMax);
            }
            Q_EMIT eventsLoaded(events, false);
        }
        requestFinished(reply, reply->ok());
    });
}

void SyncHealthFeed::fetchConnections()
{
    ++m_refreshOutstanding;
    onReplyFinished(m_api->syncConnections(), this, [this](ApiReply *reply) {
        bool ok = reply->ok();
        if (ok) {
            Result<ConnectionStats> stats = connectionStatsFromJson(reply->object());
            ok = stats.ok();
            if (ok) {
                applyConnections(stats.value(), false);
                if (m_cache && m_cache->isOpen())
                    m_cache->put(HealthCollection,
                                 {ConnectionsDocument, {}, connectionStatsToJson(stats.value())});
            } else {
                Q_EMIT errorOccurred(protocolError(stats.error().message));
            }
        }
        requestFinished(reply, ok);
    });
}

void SyncHealthFeed::applyReport(const SyncHealthReport &report, bool fromCache)
{
    m_report = report;
    Q_EMIT healthChanged(m_report, fromCache);
}

ConnectionStats mergeConnectionSamples(const ConnectionStats &held, const ConnectionStats &update)
{
    ConnectionStats merged = held;
    merged.windowSeconds = update.windowSeconds;
    merged.bucketSeconds = update.bucketSeconds;
    for (const ConnectionSample &sample : update.samples) {
        auto it = std::find_if(merged.samples.begin(), merged.samples.end(),
                               [&sample](const ConnectionSample &s) { return s.at == sample.at; });
        if (it != merged.samples.end()) {
            *it = sample;
            continue;
        }
        const auto later
            = std::find_if(merged.samples.begin(), merged.samples.end(),
                           [&sample](const ConnectionSample &s) { return s.at > sample.at; });
        merged.samples.insert(later, sample);
    }
    if (!merged.samples.isEmpty()) {
        const QDateTime oldest = merged.samples.constLast().at.addSecs(-merged.windowSeconds);
        merged.samples.removeIf([&oldest](const ConnectionSample &s) { return s.at <= oldest; });
    }
    return merged;
}

void SyncHealthFeed::applyConnections(const ConnectionStats &stats, bool fromCache)
{
    m_stats = stats;
    if (!fromCache && m_connectionsPoll.isActive())
        m_connectionsPoll.start(); // fresh figures: the poll waits again
    Q_EMIT connectionsChanged(stats, fromCache);
}

void SyncHealthFeed::cacheReport()
{
    if (m_cache && m_cache->isOpen())
        m_cache->put(HealthCollection, {ReportDocument, {}, syncHealthReportToJson(m_report)});
}

void SyncHealthFeed::watch(bool isPlatformStaff, const QStringList &organizationIds)
{
    unwatch();
    AdminChannelHandlers handlers;
    handlers.rowChanged = [this](const RowChange &change) {
        onRowChanged(change);
    };
    handlers.broadcast = [this](const QString &event, const QJsonObject &payload) {
        onBroadcast(event, payload);
    };
    handlers.refetchRequired = [this] {
        refresh();
    };
    m_connections = watchAdminChannels(m_realtime, adminTopics(isPlatformStaff, organizationIds),
                                       m_cache, this, handlers);
    m_connectionsPoll.start();
}

void SyncHealthFeed::unwatch()
{
    // The channels are shared with the audit feed and owned by the client: only let go of them.
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_connectionsPoll.stop();
    m_batcher.flush();
    writeBacklog();
}

void SyncHealthFeed::onRowChanged(const RowChange &change)
{
    if (change.table != EventsStream || change.type == u"DELETE"_s)
        return;
    Result<SyncEvent> event = syncEventFromRow(change.record);
    if (!event) {
        qCWarning(lcFeeds) << "skipping a live sync event:" << event.error().message;
        return;
    }
    m_batcher.add(event.value());
}

void SyncHealthFeed::onBatch(const QList<SyncEvent> &events)
{
    if (m_cache && m_cache->isOpen()) {
        // The cache only has to hold a recent history for the next start: live events are
        // written every few seconds, at most the newest CacheBacklogMax of them, so that a
        // burst never turns into long SQLite transactions on the UI thread.
        m_cacheBacklog.append(events);
        if (m_cacheBacklog.size() > CacheBacklogMax)
            m_cacheBacklog.remove(0, m_cacheBacklog.size() - CacheBacklogMax);
        if (!m_cacheWrite.isActive())
            m_cacheWrite.start();
    }
    Q_EMIT eventsArrived(events);
    if (!m_healthRefetch.isActive())
        m_healthRefetch.start();
}

void SyncHealthFeed::writeBacklog()
{
    if (m_cacheBacklog.isEmpty() || !m_cache || !m_cache->isOpen())
        return;
    QList<CachedDocument> docs;
    docs.reserve(m_cacheBacklog.size());
    for (const SyncEvent &event : std::as_const(m_cacheBacklog))
        docs.append({event.id, event.organizationId, syncEventToJson(event)});
    m_cacheBacklog.clear();
    m_cache->append(EventsStream, docs, CachedEventsMax);
}

void SyncHealthFeed::onBroadcast(const QString &event, const QJsonObject &payload)
{
    if (event == u"sync_health"_s) {
        // A whole report, or one tenant's line.
        if (payload.contains(u"tenants"_s)) {
            Result<SyncHealthReport> report = syncHealthReportFromJson(payload);
            if (report) {
                applyReport(report.value(), false);
                cacheReport();
                return;
            }
        }
        const QJsonObject line
            = payload.contains(u"tenant"_s) ? payload.value(u"tenant"_s).toObject() : payload;
        Result<TenantSyncHealth> tenant = tenantSyncHealthFromJson(line);
        if (!tenant) {
            m_healthRefetch.start(); // a shape we do not know: ask for the whole report
            return;
        }
        SyncHealthReport report = m_report;
        report.generatedAt = m_clock->now();
        bool replaced = false;
        for (TenantSyncHealth &known : report.tenants) {
            if (known.organizationId == tenant->organizationId) {
                known = tenant.value();
                replaced = true;
            }
        }
        if (!replaced)
            report.tenants.append(tenant.value());
        applyReport(report, false);
        cacheReport();
    } else if (event == u"connection_stats"_s) {
        // The newest sample(s) only: merged into the window we hold.
        Result<ConnectionStats> stats = connectionStatsFromJson(payload);
        if (stats)
            applyConnections(mergeConnectionSamples(m_stats, stats.value()), false);
        else
            fetchConnections();
    }
}

ResyncOperation *SyncHealthFeed::resync(const QString &organizationId)
{
    auto *operation = new ResyncOperation(m_api, organizationId, this);
    connect(this, &SyncHealthFeed::eventsArrived, operation, &ResyncOperation::noteEvents);
    operation->start();
    return operation;
}

} // namespace wedsync
