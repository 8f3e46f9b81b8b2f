#pragma once
// The configuration of one scope and setting type, at three addresses:
//   /api/v1/config/{type}
//   /api/v1/organizations/{org}/config/{type}
//   /api/v1/organizations/{org}/members/{user}/config/{type}
// each with GET (the effective settings with their provenance, ETag: the scope's version), PUT
// (If-Match), /history (paged), /diff?from=&to= and POST /rollback. See ConfigScopeAccess for
// who reaches which scope. GET /api/v1/organizations/{org}/config lists the types it keeps.

#include "Clock.h"
#include "http/Router.h"

namespace wedsync::server {

class ConfigService;
class Database;

class ConfigApi
{
public:
    ConfigApi(ConfigService &service, Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse types(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse put(ApiRequest &request);
    ApiResponse history(ApiRequest &request);
    ApiResponse diff(ApiRequest &request);
    ApiResponse rollback(ApiRequest &request);

    // The current view as details.current of a 412.
    QJsonValue currentOf(const ApiRequest &request);

    ConfigService &m_service;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
