#include "sync/SyncScope.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "storage/OrganizationRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace { } // namespace

std::optional<ApiResponse> readSyncScope(const ApiRequest &request, const QString &organizationId,
                                         SyncScope *scope)
{
    const Operator *caller = callerOf(request);
    const QString onlyAdmins = u"Sync health is for the organization's admins and platform "
                               "staff; ask your organization's admin."_s;
    if (caller->seesAllOrganizations()) {
        scope->allTenants = organizationId.isEmpty();
        if (!organizationId.isEmpty())
            scope->organizationIds = {organizationId};
        return std::nullopt;
    }
    if (!organizationId.isEmpty()) {
        if (!caller->canRead(organizationId))
            return notFound(u"The organization"_s);
        if (!caller->canReadOperations(organizationId))
            return forbidden(onlyAdmins);
        scope->organizationIds = {organizationId};
        return std::nullopt;
    }
    scope->organizationIds << caller->operationsOrganizationIds();
    if (scope->organizationIds.isEmpty())
        return forbidden(onlyAdmins);
    return std::nullopt;
}

Result<QList<Organization>> organizationsIn(Database &db, const Clock &clock,
                                            const SyncScope &scope)
{
    auto all = OrganizationRepository(db, clock).list();
    if (!all)
        return all.error();
    QList<Organization> out;
    for (const Organization &organization : all.value()) {
        if (scope.contains(organization.id))
            out.append(organization);
    }
    std::sort(out.begin(), out.end(), [](const Organization &a, const Organization &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

} // namespace wedsync::server
