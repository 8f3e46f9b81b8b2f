#pragma once
// /api/v1/organizations: the tenants, weddings and members the caller may see. Another
// tenant's organization is 404, exactly like one that does not exist.

#include "Clock.h"
#include "http/Router.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class Database;

class OrganizationsApi
{
public:
    OrganizationsApi(Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse weddings(ApiRequest &request);
    ApiResponse members(ApiRequest &request);
    // 404 unless the organization exists and the caller may read it; fills `found`.
    std::optional<ApiResponse> checkVisible(const ApiRequest &request, Organization *found);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
