#include "sync/SyncMonitor.h"

#include "api/AuditedTransaction.h"

#include "SyncJson.h"
#include "realtime/RealtimeHub.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/SyncEventRepository.h"
#include "storage/Transaction.h"
#include "sync/TenantHealthReader.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "wedsync.server.sync")

namespace wedsync::server {

namespace {

const QStringList PropagationKinds {SyncEventKind::ConfigChange.toString(),
                                    SyncEventKind::Resync.toString()};

} // namespace

SyncMonitor::SyncMonitor(Database &db, const Clock &clock, RealtimeHub &hub,
                         const ChangeNotifier &notifier, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_hub(hub)
    , m_notifier(notifier)
    , m_settings(settings)
{
    // Queued: the hub reports presence from inside its message handling.
    connect(&m_hub, &RealtimeHub::presenceChanged, this, &SyncMonitor::onPresenceChanged,
            Qt::QueuedConnection);
    m_recheck.setInterval(std::max(50, m_settings.recheckIntervalMs));
    connect(&m_recheck, &QTimer::timeout, this, &SyncMonitor::recheckLagging);
    m_recheck.start();
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(std::max(0, m_settings.refreshDelayMs));
    connect(&m_refresh, &QTimer::timeout, this, &SyncMonitor::refreshDue);
}

Status SyncMonitor::recordInTransaction(Database &db, ConfigurationWrite &write,
                                        QList<RowChangeNote> *announce)
{
    // Runs on the transaction's thread: only `db` and the (stateless) clock are touched here.
    auto version = ConfigVersionRepository(db, m_clock).bump(write.organizationId);
    if (!version)
        return version.error();
    write.configVersion = version.value();
    SyncEvent event;
    event.organizationId = write.organizationId;
    event.kind = SyncEventKind::ConfigChange.toString();
    event.status = SyncStatus::Pending;
    event.configVersion = write.configVersion;
    event.source = write.source;
    event.actorId = write.actorId;
    event.message = write.source == u"permissions"_s
        ? u"Permissions changed (configuration version %1)."_s.arg(write.configVersion)
        : u"Sections changed (configuration version %1)."_s.arg(write.configVersion);
    event.details = QJsonObject {{u"actions"_s, QJsonArray::fromStringList(write.actions)},
                                 {u"entityIds"_s, QJsonArray::fromStringList(write.entityIds)},
                                 {u"requestId"_s, write.requestId}};
    auto stored = SyncEventRepository(db, m_clock).insert(event);
    if (!stored)
        return stored.error();
    write.eventId = stored->id;
    announce->append({u"sync_events"_s,
                      u"INSERT"_s,
                      write.organizationId,
                      syncEventToRow(stored.value()),
                      {},
                      true});
    return ok();
}

void SyncMonitor::aboutToPublish(const QList<ConfigurationWrite> &writes,
                                 QList<RowChangeNote> *changes)
{
    m_settledAhead.clear();
    if (m_db.transactionDepth() > 0)
        return; // committed() settles them once that transaction has ended
    // The newest version these writes made, per tenant: settling needs no read of it. (A newer
    // one from another instance is settled by that instance.)
    QHash<QString, qint64> newest;
    for (const ConfigurationWrite &write : writes)
        newest[write.organizationId]
            = std::max(newest.value(write.organizationId), write.configVersion);
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const ClientVersions clients = clientsOf(it.key(), it.value());
        if (auto settled = settle(it.key(), it.value(), clients, changes); !settled) {
            qCWarning(lcSync).noquote() << "settling sync events:" << settled.error().message;
            continue; // committed() tries again
        }
        m_settledAhead << it.key();
    }
}

void SyncMonitor::committed(const QList<ConfigurationWrite> &writes, bool published)
{
    QStringList tenants;
    for (const ConfigurationWrite &write : writes) {
        if (!published)
            fail(write);
        if (!tenants.contains(write.organizationId))
            tenants << write.organizationId;
    }
    const QStringList settledAhead = std::exchange(m_settledAhead, {});
    // The events settle at once (before the publish, see aboutToPublish); the health line (an
    // aggregate read of the tenant's events) once for all the writes of the next few
    // milliseconds.
    for (const QString &organizationId : std::as_const(tenants)) {
        if (!settledAhead.contains(organizationId))
            settleTenant(organizationId);
        if (!m_due.contains(organizationId))
            m_due << organizationId;
    }
    if (!m_due.isEmpty() && !m_refresh.isActive())
        m_refresh.start();
}

void SyncMonitor::refreshDue()
{
    const QStringList due = std::exchange(m_due, {});
    for (const QString &organizationId : due)
        refreshLine(organizationId);
}

void SyncMonitor::fail(const ConfigurationWrite &write)
{
    auto found = SyncEventRepository(m_db, m_clock).find(write.eventId);
    if (!found || !found->has_value())
        return;
    SyncEvent event = found->value();
    event.status = SyncStatus::Failed;
    event.message = u"Configuration version %1 could not be sent to the tenant's clients."_s.arg(
        event.configVersion);
    event.details.insert(u"error"_s, u"publish_failed"_s);
    event.durationMs = std::max<qint64>(0, event.occurredAt.msecsTo(m_clock.now()));
    if (SyncEventRepository(m_db, m_clock).update(event))
        publishEvent(event, u"UPDATE"_s);
}

ClientVersions SyncMonitor::clientsOf(const QString &organizationId, qint64 version)
{
    const ClientVersions clients
        = ClientVersions::from(m_hub.presenceMetas(u"org:"_s + organizationId), version);
    if (clients.stale == 0)
        m_staleSince.remove(organizationId);
    else if (!m_staleSince.contains(organizationId))
        m_staleSince.insert(organizationId, m_clock.now());
    return clients;
}

int SyncMonitor::joinedClients(const QString &organizationId) const
{
    const QString topic = u"org:"_s + organizationId;
    int count = 0;
    for (const RealtimeHub::ConnectionInfo &info : m_hub.connectionInfos()) {
        if (info.topics.contains(topic))
            ++count;
    }
    return count;
}

Status SyncMonitor::settle(const QString &organizationId, qint64 version,
                           const ClientVersions &clients, QList<RowChangeNote> *announce)
{
    SyncEventRepository events(m_db, m_clock);
    auto pending = events.withStatus(organizationId, PropagationKinds, SyncStatus::Pending);
    if (!pending)
        return pending.error();
    const QDateTime now = m_clock.now();
    QList<SyncEvent> list = std::move(pending).value();
    QList<SyncEvent> settled;
    bool awaitedClients = false;
    for (SyncEvent event : std::as_const(list)) {
        // Still on its way while a connected client runs a version older than this event's.
        if (clients.oldestVersion && *clients.oldestVersion < event.configVersion)
            continue;
        awaitedClients = awaitedClients || event.details.value(u"awaitedClients"_s).toBool();
        event.status = SyncStatus::Success;
        event.durationMs = std::max<qint64>(0, event.occurredAt.msecsTo(now));
        if (auto updated = events.update(event); !updated)
            return updated;
        settled.append(event);
    }
    for (SyncEvent &event : list) {
        // Remember that this one had to wait for clients, for the client_applied event.
        const bool waiting = clients.oldestVersion && *clients.oldestVersion < event.configVersion;
        if (waiting && !event.details.value(u"awaitedClients"_s).toBool()) {
            event.details.insert(u"awaitedClients"_s, true);
            event.details.insert(u"staleClients"_s, clients.stale);
            if (auto updated = events.update(event); !updated)
                return updated;
            publishEvent(event, u"UPDATE"_s, announce);
        }
    }
    for (const SyncEvent &event : std::as_const(settled))
        publishEvent(event, u"UPDATE"_s, announce);
    if (awaitedClients && !settled.isEmpty()) {
        SyncEvent applied;
        applied.organizationId = organizationId;
        applied.kind = SyncEventKind::ClientApplied.toString();
        applied.status = SyncStatus::Success;
        applied.configVersion = version;
        applied.source = u"clients"_s;
        applied.message
            = u"Every connected client now runs configuration version %1."_s.arg(version);
        applied.durationMs = settled.first().durationMs;
        applied.details = QJsonObject {{u"connectedClients"_s, clients.connected},
                                       {u"settledEvents"_s, int(settled.size())}};
        auto stored = events.insert(applied);
        if (!stored)
            return stored.error();
        publishEvent(stored.value(), u"INSERT"_s, announce);
    }
    return ok();
}

void SyncMonitor::refreshTenant(const QString &organizationId)
{
    settleTenant(organizationId);
    refreshLine(organizationId);
}

bool SyncMonitor::deferredPastTransaction(std::function<void()> then)
{
    if (m_db.transactionDepth() == 0)
        return false;
    // Inside a request's transaction (an idempotent write): look once it has ended.
    QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
    return true;
}

void SyncMonitor::settleTenant(const QString &organizationId)
{
    if (deferredPastTransaction([this, organizationId] { settleTenant(organizationId); }))
        return;
    auto version = ConfigVersionRepository(m_db, m_clock).current(organizationId);
    if (!version)
        return;
    const ClientVersions clients = clientsOf(organizationId, version.value());
    if (auto settled = settle(organizationId, version.value(), clients); !settled)
        qCWarning(lcSync).noquote() << "settling sync events:" << settled.error().message;
}

void SyncMonitor::refreshLine(const QString &organizationId)
{
    if (deferredPastTransaction([this, organizationId] { refreshLine(organizationId); }))
        return;
    auto organization = OrganizationRepository(m_db, m_clock).find(organizationId);
    if (!organization || !organization->has_value())
        return;
    auto line = healthOf(organization->value());
    if (!line)
        return;
    const auto known = m_lines.constFind(organizationId);
    if (known != m_lines.cend() && *known == line.value())
        return;
    m_lines.insert(organizationId, line.value());
    broadcastLine(line.value());
}

Result<TenantSyncHealth> SyncMonitor::healthOf(const Organization &organization)
{
    TenantHealthReader reader(m_db, m_clock, m_settings);
    auto version = reader.configVersion(organization.id);
    if (!version)
        return version.error();
    const ClientVersions clients = clientsOf(organization.id, version.value());
    return reader.read(organization, version.value(), clients,
                       m_staleSince.contains(organization.id)
                           ? std::optional<QDateTime>(m_staleSince.value(organization.id))
                           : std::nullopt);
}

Result<SyncHealthReport> SyncMonitor::report(const QList<Organization> &organizations)
{
    SyncHealthReport report;
    report.generatedAt = m_clock.now();
    for (const Organization &organization : organizations) {
        auto line = healthOf(organization);
        if (!line)
            return line.error();
        report.tenants.append(line.value());
    }
    return report;
}

Result<SyncEvent> SyncMonitor::resync(const QString &organizationId, const QString &actorId,
                                      const QString &requestId)
{
    auto version = ConfigVersionRepository(m_db, m_clock).current(organizationId);
    if (!version)
        return version.error();
    const int delivered = joinedClients(organizationId);
    SyncEvent event;
    event.organizationId = organizationId;
    event.kind = (delivered > 0 ? SyncEventKind::Resync : SyncEventKind::ResyncUnheard).toString();
    // Nobody to wait for: done at once, and (as its own kind) not counted as a delivery.
    event.status = delivered > 0 ? SyncStatus::Pending : SyncStatus::Success;
    event.configVersion = version.value();
    event.source = u"resync"_s;
    event.actorId = actorId;
    event.message = delivered > 0
        ? u"Resync requested: %1 connected client(s) asked to reload version %2."_s.arg(delivered)
              .arg(version.value())
        : u"Resync requested, but no client was connected: nothing to deliver."_s;
    event.details = QJsonObject {{u"delivered"_s, delivered}, {u"requestId"_s, requestId}};

    // The event and its audit row commit first; clients are told to refetch only then, so a
    // client that reloads at once finds the event (and a rolled-back request tells nobody).
    AuditedTransaction tx(m_db, m_clock, m_notifier, MutationActor {actorId, requestId});
    if (!tx.isActive())
        return tx.error();
    auto stored = SyncEventRepository(m_db, m_clock).insert(event);
    if (!stored)
        return stored.error();
    if (auto audited
        = tx.audit(organizationId, u"organization"_s, organizationId, u"resync"_s, std::nullopt,
                   QJsonObject {{u"configVersion"_s, version.value()},
                                {u"eventId"_s, stored->id},
                                {u"delivered"_s, delivered}});
        !audited)
        return audited.error();
    tx.announce(
        {u"sync_events"_s, u"INSERT"_s, organizationId, syncEventToRow(stored.value()), {}, true});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    const SyncEvent recorded = stored.value();
    if (delivered > 0)
        m_notifier.afterCommit([this, recorded] { sendRefetch(recorded); });
    refreshTenant(organizationId);
    auto now = SyncEventRepository(m_db, m_clock).find(recorded.id);
    if (now && now->has_value())
        return now->value();
    return recorded;
}

void SyncMonitor::sendRefetch(SyncEvent event)
{
    auto sent = m_hub.broadcastFromServer(u"org:"_s + event.organizationId, u"config_refetch"_s,
                                          QJsonObject {{u"configVersion"_s, event.configVersion}});
    if (sent)
        return;
    event.status = SyncStatus::Failed;
    event.message = u"Resync could not be sent to the tenant's clients."_s;
    event.details.insert(u"delivered"_s, 0);
    event.details.insert(u"error"_s, sent.error().message);
    {
        Transaction tx(m_db);
        if (!tx.isActive() || !SyncEventRepository(m_db, m_clock).update(event) || !tx.commit()) {
            qCWarning(lcSync).noquote() << "could not record the failed resync" << event.id;
            return;
        }
    }
    publishEvent(event, u"UPDATE"_s);
    refreshTenant(event.organizationId);
}

void SyncMonitor::onPresenceChanged(const QString &topic)
{
    if (topic.startsWith(u"org:"_s))
        refreshTenant(topic.mid(4));
}

void SyncMonitor::recheckLagging()
{
    // The grace running out turns pending into partial without anything else happening.
    const QStringList lagging = m_staleSince.keys();
    for (const QString &organizationId : lagging)
        refreshTenant(organizationId);
}

void SyncMonitor::publishEvent(const SyncEvent &event, const QString &type,
                               QList<RowChangeNote> *announce)
{
    RowChangeNote note {u"sync_events"_s,      type, event.organizationId,
                        syncEventToRow(event), {},   true};
    if (announce) {
        announce->append(std::move(note));
        return;
    }
    // Held with the request's other changes while an idempotent write has not committed yet.
    m_notifier.committed({std::move(note)}, {});
}

void SyncMonitor::broadcastLine(const TenantSyncHealth &line)
{
    const QJsonObject payload = tenantSyncHealthToJson(line);
    const QStringList topics {QString(u"tenant:"_s + line.organizationId + u":admins"_s),
                              u"platform:admins"_s};
    m_hub.beginBatch();
    for (const QString &topic : topics) {
        if (auto sent = m_hub.broadcastFromServer(topic, u"sync_health"_s, payload); !sent)
            qCWarning(lcSync).noquote() << "sync_health on" << topic << ":" << sent.error().message;
    }
    if (auto sent = m_hub.endBatch(); !sent)
        qCWarning(lcSync).noquote() << "sync_health:" << sent.error().message;
}

} // namespace wedsync::server
