#pragma once
// Sync health: propagation events, per-tenant status and the rules that grade them.
// Shared by the server (which derives status) and the console (which shows and grades it).

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

// The seed's four indicators: green success, yellow partial, red failed, blue pending.
enum class SyncStatus : quint8 { Success, Partial, Failed, Pending };
// How current a tenant's last good sync is, as the dashboard's "freshness" column says it.
enum class SyncFreshness : quint8 { OnTime, Delayed, Error };
// How urgently support should look: rises as the tenant's next wedding approaches.
enum class SyncSeverity : quint8 { Normal, Elevated, High, Critical };

// "success" | "partial" | "failed" | "pending"
QString syncStatusName(SyncStatus status);
std::optional<SyncStatus> syncStatusFromName(QStringView name);
QString syncStatusDisplayName(SyncStatus status);
// "on_time" | "delayed" | "error"
QString syncFreshnessName(SyncFreshness freshness);
QString syncFreshnessDisplayName(SyncFreshness freshness);
// "normal" | "elevated" | "high" | "critical"
QString syncSeverityName(SyncSeverity severity);
std::optional<SyncSeverity> syncSeverityFromName(QStringView name);
QString syncSeverityDisplayName(SyncSeverity severity);

// Kinds of sync event. Later sources (CRM, calendar) add their own kinds; unknown kinds
// are kept as text so an older console still lists them.
namespace SyncEventKind {
inline constexpr QStringView ConfigChange = u"config_change"; // a configuration write propagated
inline constexpr QStringView Resync = u"resync"; // a manual "resync now"
// A "resync now" while no client of the tenant was connected: nothing was delivered, so it
// is no propagation and no success for the tenant's health.
inline constexpr QStringView ResyncUnheard = u"resync_unheard";
inline constexpr QStringView ClientApplied = u"client_applied"; // a client reported a version
inline constexpr QStringView Conflict = u"conflict"; // a stale replay was refused
} // namespace SyncEventKind

// One propagation of configuration to a tenant's clients (or a later source's sync run).
struct SyncEvent
{
    QString id;
    QString organizationId;
    QString kind; // SyncEventKind, or a later source's kind
    SyncStatus status = SyncStatus::Pending;
    qint64 configVersion = 0; // the tenant's configuration version the event concerns
    QString source; // what caused it: "sections", "permissions", "resync", ...
    QString actorId; // empty for the system
    QString message; // one human sentence
    QJsonObject details; // kind-specific facts (entity ids, delivered counts, error code...)
    QDateTime occurredAt; // UTC
    qint64 durationMs = 0;
    friend bool operator==(const SyncEvent &, const SyncEvent &) = default;
};

// One tenant's line on the dashboard.
struct TenantSyncHealth
{
    QString organizationId;
    QString name;
    SyncStatus status = SyncStatus::Pending;
    qint64 configVersion = 0; // the tenant's current configuration version
    int connectedClients = 0; // consoles/clients present on the tenant's channel now
    int staleClients = 0; // connected clients reporting an older version
    int pendingChanges = 0; // versions not yet applied by every connected client
    int conflicts = 0; // open conflicts
    std::optional<QDateTime> lastSuccessAt;
    std::optional<QDateTime> lastEventAt;
    std::optional<QDate> nextWeddingDate; // in the wedding's own time zone
    std::optional<qint64> daysUntilNextWedding;
    friend bool operator==(const TenantSyncHealth &, const TenantSyncHealth &) = default;
};

struct SyncStatusCounts
{
    int success = 0;
    int partial = 0;
    int failed = 0;
    int pending = 0;
    int total() const { return success + partial + failed + pending; }
    friend bool operator==(const SyncStatusCounts &, const SyncStatusCounts &) = default;
};

struct SyncHealthReport
{
    QDateTime generatedAt;
    QList<TenantSyncHealth> tenants;
    SyncStatusCounts counts() const;
    double healthPercent() const; // overallHealthPercent(counts())
    friend bool operator==(const SyncHealthReport &, const SyncHealthReport &) = default;
};

// Live connections, sampled into buckets over a recent window (the last 10 minutes).
struct ConnectionSample
{
    QDateTime at; // start of the bucket, UTC
    int total = 0;
    QHash<QString, int> byTenant; // organization id -> connections
    QHash<QString, int> byRole; // "platform_admin", "support", "admin", "coordinator", ...
    friend bool operator==(const ConnectionSample &, const ConnectionSample &) = default;
};

struct ConnectionStats
{
    int windowSeconds = 600;
    int bucketSeconds = 10;
    QList<ConnectionSample> samples; // oldest first; the last one is "now"
    friend bool operator==(const ConnectionStats &, const ConnectionStats &) = default;
};

// ---- rules ----

// Inputs the server knows about one tenant at one moment.
struct TenantSyncFacts
{
    std::optional<SyncStatus> lastPropagation; // status of the newest config_change/resync event
    int conflicts = 0;
    int staleClients = 0;
    std::optional<qint64> staleForSecs; // how long the oldest stale client has lagged
};

// Seconds a connected client may lag behind the tenant's version before it counts as a
// failure to sync (partial) instead of a change on its way (pending).
inline constexpr qint64 SyncStaleGraceSecs = 60;

// failed: the newest propagation failed; partial: open conflicts, or clients lagging longer
// than the grace; pending: the newest propagation is pending or clients are within the grace;
// success otherwise (including a tenant with nothing to sync yet).
// `graceSecs`: the server may be configured with another grace (tests use a short one).
SyncStatus deriveTenantSyncStatus(const TenantSyncFacts &facts,
                                  qint64 graceSecs = SyncStaleGraceSecs);

// (success + partial / 2) / total, in percent; 100 when there are no tenants.
double overallHealthPercent(const SyncStatusCounts &counts);

// error: failed; delayed: not success and the last success is older than `delayedAfterSecs`
// (or there never was one); on time otherwise.
SyncFreshness syncFreshness(const TenantSyncHealth &tenant, const QDateTime &now,
                            qint64 delayedAfterSecs = 15 * 60);

// success is normal whatever the date. Otherwise pending -> normal, partial -> elevated,
// failed -> high, then raised one step when the next wedding is within 7 days and to
// critical when it is today or tomorrow (a broken dashboard on the day is the worst case).
SyncSeverity syncSeverity(SyncStatus status, std::optional<qint64> daysUntilNextWedding);

} // namespace wedsync
