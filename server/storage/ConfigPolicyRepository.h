#pragma once
// The sync rules (config_sync_rules) and each tenant's opt-outs (config_opt_outs) that the
// resolver and the propagation weigh.

#include "Clock.h"
#include "ConfigOptOut.h"
#include "ConfigSyncRule.h"
#include "storage/Database.h"

#include <QHash>

namespace wedsync::server {

class ConfigPolicyRepository
{
public:
    ConfigPolicyRepository(Database &db, const Clock &clock);

    // In their order; a row that no longer reads as a valid rule is skipped.
    Result<QList<ConfigSyncRule>> rules();

    Result<ConfigOptOuts> optOuts(const QString &organizationId);
    // Every tenant's opt-outs that are not empty.
    Result<QHash<QString, ConfigOptOuts>> allOptOuts();
    // kind: "rule" or "setting_type". Adding one that exists changes nothing.
    Status addOptOut(const QString &organizationId, const QString &kind, const QString &target,
                     const QString &userId);
    // False when there was none.
    Result<bool> removeOptOut(const QString &organizationId, const QString &kind,
                              const QString &target);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
