#pragma once
// /api/v1/organizations/{org}/permissions: the role × section matrix (read: admins,
// coordinators, platform staff; write: admins and platform admins, never support), bulk
// changes of one dashboard's matrix (copy a role, import a file; previewed by a dry run), and
// the effective permissions of one person in one wedding at one moment, with explanations.

#include "Clock.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class PermissionService;
class SectionService;

class PermissionsApi
{
public:
    PermissionsApi(SectionService &sections, PermissionService &permissions, Database &db,
                   const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse matrix(ApiRequest &request);
    ApiResponse writeMatrix(ApiRequest &request);
    ApiResponse applyToMatrix(ApiRequest &request);
    // 403 unless the caller administers the organization (the matrix's writers).
    std::optional<ApiResponse> refuseUnlessAdmin(const ApiRequest &request);
    ApiResponse effective(ApiRequest &request);

    SectionService &m_sections;
    PermissionService &m_permissions;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
