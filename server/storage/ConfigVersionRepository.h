#pragma once
// Each tenant's configuration version: a counter bumped by every configuration change, in the
// change's own transaction, that clients report back once they have applied it.

#include "Clock.h"
#include "storage/Database.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace wedsync::server {

class ConfigVersionRepository
{
public:
    ConfigVersionRepository(Database &db, const Clock &clock);

    // Adds one and returns the new version (1 for a tenant's first change).
    Result<qint64> bump(const QString &organizationId);
    // The same for many tenants in a few statements: the new versions by organization id. A
    // tenant appears at most once.
    Result<QHash<QString, qint64>> bumpAll(const QStringList &organizationIds);
    // Sets the version (demo data); never lowers it.
    Status raiseTo(const QString &organizationId, qint64 version);
    // 0 for a tenant that never changed its configuration.
    Result<qint64> current(const QString &organizationId);
    // The same for an organization that exists, in one read with that check; nullopt if there
    // is no such organization.
    Result<std::optional<qint64>> currentOfExisting(const QString &organizationId);
    Result<QHash<QString, qint64>> all();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
