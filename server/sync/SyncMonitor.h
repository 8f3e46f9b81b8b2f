#pragma once
// Follows configuration to a tenant's clients: bumps the tenant's version and records a
// pending `config_change` event inside every configuration write's transaction, settles it
// (success, or failed when publishing failed) once no connected client lags behind it, and
// keeps each tenant's health line, broadcasting `sync_health` when it changes.

#include "Clock.h"
#include "SyncHealth.h"
#include "api/ChangeNotifier.h"
#include "storage/Records.h"
#include "sync/ClientVersions.h"
#include "sync/SyncSettings.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace wedsync::server {
class RealtimeHub;

class Database;

class SyncMonitor
    : public QObject
    , public ConfigurationObserver
{
    Q_OBJECT

public:
    SyncMonitor(Database &db, const Clock &clock, RealtimeHub &hub, const ChangeNotifier &notifier,
                SyncSettings settings, QObject *parent = nullptr);

    const SyncSettings &settings() const { return m_settings; }

    Status recordInTransaction(Database &db, ConfigurationWrite &write,
                               QList<RowChangeNote> *announce) override;
    // Settles the writes' events before their changes go out, so that what settling changes
    // goes out with them (one publish instead of two).
    void aboutToPublish(const QList<ConfigurationWrite> &writes,
                        QList<RowChangeNote> *changes) override;
    void committed(const QList<ConfigurationWrite> &writes, bool published) override;

    // The dashboard: `organizations` in the caller's scope.
    Result<SyncHealthReport> report(const QList<Organization> &organizations);

    // "Resync now": tells the tenant's connected clients to refetch (broadcast
    // `config_refetch {configVersion}` on org:<id>) and records a `resync` event.
    Result<SyncEvent> resync(const QString &organizationId, const QString &actorId,
                             const QString &requestId);

    // Looks at a tenant again: settles pending propagations, broadcasts a changed line.
    void refreshTenant(const QString &organizationId);

    // Connected clients of the tenant right now (sockets joined to org:<id>).
    int joinedClients(const QString &organizationId) const;

private:
    void onPresenceChanged(const QString &topic);
    void recheckLagging();
    void refreshDue();
    // refreshTenant's two halves: the pending events settled (and told), the line broadcast.
    void settleTenant(const QString &organizationId);
    void refreshLine(const QString &organizationId);
    // True (and `then` queued) while the event loop's connection is inside a transaction.
    bool deferredPastTransaction(std::function<void()> then);
    ClientVersions clientsOf(const QString &organizationId, qint64 version);
    Result<TenantSyncHealth> healthOf(const Organization &organization);
    // What it changes is published, or added to `announce` when given.
    Status settle(const QString &organizationId, qint64 version, const ClientVersions &clients,
                  QList<RowChangeNote> *announce = nullptr);
    void fail(const ConfigurationWrite &write);
    // Sends config_refetch for a committed resync event; records the failure when it cannot.
    void sendRefetch(SyncEvent event);
    void publishEvent(const SyncEvent &event, const QString &type,
                      QList<RowChangeNote> *announce = nullptr);
    void broadcastLine(const TenantSyncHealth &line);

    Database &m_db;
    const Clock &m_clock;
    RealtimeHub &m_hub;
    const ChangeNotifier &m_notifier;
    const SyncSettings m_settings;
    QHash<QString, QDateTime> m_staleSince; // tenants with lagging clients: since when
    QHash<QString, TenantSyncHealth> m_lines; // the last line each tenant was given
    QTimer m_recheck;
    QStringList m_due; // tenants written to since the last refreshDue()
    QStringList m_settledAhead; // by aboutToPublish, for the committed() that follows it
    QTimer m_refresh;
};

} // namespace wedsync::server
