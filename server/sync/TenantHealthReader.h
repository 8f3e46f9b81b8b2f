#pragma once
// One tenant's line of the sync dashboard, derived with the core rules from what is stored
// (version, newest propagation, open conflicts, next wedding) and what clients report now.

#include "Clock.h"
#include "SyncHealth.h"
#include "common/Status.h"
#include "storage/Records.h"
#include "sync/ClientVersions.h"
#include "sync/SyncSettings.h"

#include <optional>

namespace wedsync::server {

class Database;

class TenantHealthReader
{
public:
    TenantHealthReader(Database &db, const Clock &clock, const SyncSettings &settings);

    // The tenant's version (0 before its first configuration change).
    Result<qint64> configVersion(const QString &organizationId);

    // `clients` from presence; `staleSince`: since when some client has lagged (if one does).
    Result<TenantSyncHealth> read(const Organization &organization, qint64 configVersion,
                                  const ClientVersions &clients,
                                  std::optional<QDateTime> staleSince);

private:
    Result<int> openConflicts(const QString &organizationId);
    Status fillNextWedding(TenantSyncHealth *health);

    Database &m_db;
    const Clock &m_clock;
    const SyncSettings &m_settings;
};

} // namespace wedsync::server
