#pragma once
// GET /api/v1/organizations/{org}/integrity: what is wrong or risky in an organization's
// sections and permissions (seed checks and lint), for anyone who may see the organization.

#include "Clock.h"
#include "http/Router.h"

namespace wedsync::server {

class Database;
class PermissionService;

class IntegrityApi
{
public:
    IntegrityApi(PermissionService &permissions, Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse report(ApiRequest &request);

    PermissionService &m_permissions;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
