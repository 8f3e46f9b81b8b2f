#pragma once
// Who may read sync health: platform staff every tenant, an organization's admins theirs;
// coordinators and others get 403, another tenant's organization id is 404 (as in /audit).

#include "Clock.h"
#include "http/Router.h"
#include "storage/Records.h"

#include <QStringList>

#include <optional>

namespace wedsync::server {

class Database;
class Operator;

struct SyncScope
{
    bool allTenants = false;
    QStringList organizationIds; // when not allTenants
    bool contains(const QString &organizationId) const
    {
        return allTenants || organizationIds.contains(organizationId);
    }
};

// The caller's scope, narrowed to `organizationId` when one is asked for (empty: all of it).
std::optional<ApiResponse> readSyncScope(const ApiRequest &request, const QString &organizationId,
                                         SyncScope *scope);

// The organizations of a scope, by name.
Result<QList<Organization>> organizationsIn(Database &db, const Clock &clock,
                                            const SyncScope &scope);

} // namespace wedsync::server
