#include "sync/TenantHealthReader.h"

#include "WeddingPhase.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SyncEventRepository.h"
#include "storage/WeddingRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::server {

TenantHealthReader::TenantHealthReader(Database &db, const Clock &clock,
                                       const SyncSettings &settings)
    : m_db(db)
    , m_clock(clock)
    , m_settings(settings)
{ }

Result<qint64> TenantHealthReader::configVersion(const QString &organizationId)
{
    return ConfigVersionRepository(m_db, m_clock).current(organizationId);
}

Result<int> TenantHealthReader::openConflicts(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT COUNT(*) FROM sync_conflicts WHERE organization_id = :org"
               " AND status = 'open'"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"counting sync conflicts"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status TenantHealthReader::fillNextWedding(TenantSyncHealth *health)
{
    auto weddings = WeddingRepository(m_db, m_clock).list(health->organizationId);
    if (!weddings)
        return weddings.error();
    const QDateTime now = m_clock.now();
    for (const Wedding &wedding : weddings.value()) {
        if (wedding.status != u"active"_s)
            continue;
        const QTimeZone zone(wedding.timeZone.toUtf8());
        const qint64 days
            = daysUntilWedding(wedding.weddingDate, zone.isValid() ? zone : QTimeZone::utc(), now);
        if (days < 0)
            continue;
        if (!health->daysUntilNextWedding || days < *health->daysUntilNextWedding) {
            health->daysUntilNextWedding = days;
            health->nextWeddingDate = wedding.weddingDate;
        }
    }
    return ok();
}

Result<TenantSyncHealth> TenantHealthReader::read(const Organization &organization,
                                                  qint64 configVersion,
                                                  const ClientVersions &clients,
                                                  std::optional<QDateTime> staleSince)
{
    TenantSyncHealth health;
    health.organizationId = organization.id;
    health.name = organization.name;
    health.configVersion = configVersion;
    health.connectedClients = clients.connected;
    health.staleClients = clients.stale;
    health.pendingChanges = clients.oldestVersion
        ? int(std::min<qint64>(configVersion - *clients.oldestVersion, 1'000'000))
        : 0;

    auto conflicts = openConflicts(organization.id);
    if (!conflicts)
        return conflicts.error();
    health.conflicts = conflicts.value();

    auto summary = SyncEventRepository(m_db, m_clock).summary(organization.id);
    if (!summary)
        return summary.error();
    health.lastSuccessAt = summary->lastSuccessAt;
    health.lastEventAt = summary->lastEventAt;
    if (auto filled = fillNextWedding(&health); !filled)
        return filled.error();

    TenantSyncFacts facts;
    if (summary->lastPropagation)
        facts.lastPropagation = summary->lastPropagation->status;
    facts.conflicts = health.conflicts;
    facts.staleClients = clients.stale;
    if (clients.stale > 0 && staleSince)
        facts.staleForSecs = std::max<qint64>(0, staleSince->secsTo(m_clock.now()));
    health.status = deriveTenantSyncStatus(facts, m_settings.staleGraceSecs);
    return health;
}

} // namespace wedsync::server
