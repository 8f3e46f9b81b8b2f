#pragma once
// What the sync dashboard is fed from: the health report, the event history and connection
// statistics over REST, kept in the local cache for offline start, and live updates from the
// admin channels (events coalesced into batches at most every 100 ms, health refetched).

#include "SyncHealth.h"
#include "api/ApiError.h"
#include "feeds/SyncEventBatcher.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QTimer>

namespace wedsync {

class ApiClient;
class ApiReply;
class Clock;
class LocalCache;
class RealtimeClient;
class ResyncOperation;
struct RowChange;

// `update`'s samples put into `held` (same bucket replaced, new ones in time order), then the
// samples older than the window dropped: connection_stats broadcasts carry the newest only.
ConnectionStats mergeConnectionSamples(const ConnectionStats &held, const ConnectionStats &update);

class SyncHealthFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int HistoryPageSize = 500;
    // Live events reach the cache at most this often, at most this many at a time.
    static constexpr int CacheWriteIntervalMs = 2000;
    static constexpr int CacheBacklogMax = 250;
    // The history kept in the cache for an offline start (the model keeps far more live).
    static constexpr int CachedEventsMax = 10000;

    SyncHealthFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, const Clock *clock,
                   QObject *parent = nullptr);
    ~SyncHealthFeed() override;

    // The last known state from the cache, at once (nothing is emitted for what is not cached).
    void loadCached();
    // Health, the newest events and connection statistics over REST; written back to the cache.
    void refresh();
    // Joins the admin channels of this operator and listens for live events and broadcasts.
    void watch(bool isPlatformStaff, const QStringList &organizationIds);
    void unwatch();
    bool isWatching() const { return !m_connections.isEmpty(); }

    // Asks the server to resync a tenant now; the operation reports progress and its result
    // and deletes itself after finishing.
    ResyncOperation *resync(const QString &organizationId);

    const SyncHealthReport &lastReport() const { return m_report; }
    const Clock *clock() const { return m_clock; }
    SyncEventBatcher *batcher() { return &m_batcher; }
    void setHealthRefetchDelayMs(int ms) { m_healthRefetch.setInterval(ms); }

Q_SIGNALS:
    void healthChanged(const wedsync::SyncHealthReport &report, bool fromCache);
    void eventsLoaded(const QList<wedsync::SyncEvent> &events,
                      bool fromCache); // replaces the history
    void eventsArrived(const QList<wedsync::SyncEvent> &events); // live, batched, newest states
    void connectionsChanged(const wedsync::ConnectionStats &stats, bool fromCache);
    void errorOccurred(const wedsync::ApiError &error);
    void refreshFinished(bool ok);

private:
    void fetchHealth();
    void fetchEvents();
    void fetchConnections();
    void onRowChanged(const RowChange &change);
    void onBroadcast(const QString &event, const QJsonObject &payload);
    void onBatch(const QList<SyncEvent> &events);
    void applyReport(const SyncHealthReport &report, bool fromCache);
    void applyConnections(const ConnectionStats &stats, bool fromCache);
    void requestFinished(ApiReply *reply, bool ok);
    void cacheReport();
    void writeBacklog();

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    const Clock *m_clock;
    SyncEventBatcher m_batcher;
    QTimer m_healthRefetch; // debounces refetching health after live events
    QTimer m_connectionsPoll; // statistics when no broadcast brought them for a while
    QTimer m_cacheWrite; // live events to the cache, a few seconds at a time
    QList<SyncEvent> m_cacheBacklog;
    SyncHealthReport m_report;
    ConnectionStats m_stats;
    QList<QMetaObject::Connection> m_connections;
    int m_refreshOutstanding = 0;
    bool m_refreshOk = true;
};

} // namespace wedsync
