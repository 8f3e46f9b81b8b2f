#pragma once
// /api/v1/crm/providers and /api/v1/organizations/{org}/integrations...: the CRM catalog,
// a tenant's integrations (with the tier limit), their field mappings and starting a sync.
// Org admins manage, coordinators and platform staff read; another tenant's is 404.

#include "Clock.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class IntegrationService;

class IntegrationsApi
{
public:
    IntegrationsApi(IntegrationService &service, Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse providers(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse patch(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);
    ApiResponse mappings(ApiRequest &request);
    ApiResponse putMappings(ApiRequest &request);
    ApiResponse sync(ApiRequest &request);

    // 404 unless the organization is visible and {integration} is one of its integrations.
    std::optional<ApiResponse> locate(const ApiRequest &request);

    IntegrationService &m_service;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
