#pragma once
// The rules around configuration: the sync rules (GET /api/v1/config/rules), an
// organization's opt-outs (/api/v1/organizations/{org}/config/opt-outs, its admins write) and
// change requests, for the platform (/api/v1/config/change-requests) and for an organization
// (/api/v1/organizations/{org}/config/change-requests): proposed by an admin of that level,
// approved or rejected by another one.

#include "Clock.h"
#include "ConfigScope.h"
#include "http/Router.h"

namespace wedsync::server {

class ConfigChangeRequestService;
class ConfigService;
class Database;

class ConfigGovernanceApi
{
public:
    ConfigGovernanceApi(ConfigService &config, ConfigChangeRequestService &requests, Database &db,
                        const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse rules(ApiRequest &request);
    ApiResponse optOuts(ApiRequest &request);
    ApiResponse putOptOuts(ApiRequest &request);
    ApiResponse listRequests(ApiRequest &request);
    ApiResponse propose(ApiRequest &request);
    ApiResponse getRequest(ApiRequest &request);
    ApiResponse approve(ApiRequest &request);
    ApiResponse reject(ApiRequest &request);
    // Approves or rejects the change request of the path.
    ApiResponse decide(ApiRequest &request, bool approve);

    // The platform's or the organization's scope of a change-request route.
    std::optional<ApiResponse> locate(const ApiRequest &request, ConfigScope *scope);

    ConfigService &m_config;
    ConfigChangeRequestService &m_requests;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
