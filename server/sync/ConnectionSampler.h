#pragma once
// Live connection counts by tenant and role, sampled from the realtime hub once per bucket
// (10 s) over a window (10 minutes); each new sample goes to platform:admins as
// `connection_stats`.

#include "Clock.h"
#include "SyncHealth.h"
#include "sync/SyncSettings.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace wedsync::server {
class RealtimeHub;

class Database;

class ConnectionSampler : public QObject
{
    Q_OBJECT

public:
    ConnectionSampler(Database &db, const Clock &clock, RealtimeHub &hub,
                      const SyncSettings &settings, QObject *parent = nullptr);

    // The window as seen by someone who may see `organizationIds` (every tenant when
    // `allTenants`): connections elsewhere are left out. Takes a fresh sample for "now".
    ConnectionStats stats(bool allTenants, const QSet<QString> &organizationIds);

    // Takes the current bucket's sample (the timer calls it) and broadcasts it.
    void sampleNow();

private:
    // Connections as sampled, counted by the tenants whose channels they joined (sorted)
    // and their role: a thousand connections of a few tenants are a handful of entries, so
    // the window's sixty buckets cost kilobytes, not a copy of every connection.
    struct Seen
    {
        QStringList tenants;
        QString role;
        friend bool operator==(const Seen &, const Seen &) = default;
        friend size_t qHash(const Seen &seen, size_t seed = 0)
        {
            return qHashMulti(seed, seen.tenants, seen.role);
        }
    };
    struct Bucket
    {
        QDateTime at;
        QHash<Seen, int> connections;
    };
    Bucket take();
    void keep(Bucket bucket);
    static ConnectionSample view(const Bucket &bucket, bool allTenants,
                                 const QSet<QString> &organizationIds);

    Database &m_db;
    const Clock &m_clock;
    RealtimeHub &m_hub;
    const SyncSettings &m_settings;
    QList<Bucket> m_buckets; // oldest first
    QTimer m_timer;
};

} // namespace wedsync::server
