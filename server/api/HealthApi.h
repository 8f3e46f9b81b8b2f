#pragma once
// GET /healthz: is the server up and its database reachable.

#include "http/Router.h"

namespace wedsync::server {

class Database;

class HealthApi
{
public:
    explicit HealthApi(Database &db);
    void registerRoutes(Router &router);

private:
    ApiResponse health(ApiRequest &request);

    Database &m_db;
};

} // namespace wedsync::server
