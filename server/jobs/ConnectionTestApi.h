#pragma once
// POST /api/v1/organizations/{org}/integrations/{integration}/test: the integration's adapter
// tries its credentials on the job runner's test worker, never on the request thread; the
// route answers later (http/PendingAnswer) with
//   {"ok", "message", "sample": [up to 5 raw rows, flattened "a.b" keys], "sourceFields"}
// and the integration's status becomes connected, error or expired. Managers only.

#include "Clock.h"
#include "http/Router.h"

#include <QJsonObject>

namespace wedsync::server {

class Database;
class IntegrationService;
class JobRunner;

class ConnectionTestApi
{
public:
    ConnectionTestApi(IntegrationService &service, JobRunner &runner, Database &db,
                      const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse test(ApiRequest &request);

    IntegrationService &m_service;
    JobRunner &m_runner;
    Database &m_db;
    const Clock &m_clock;
};

// Adds ConnectionTestResult to `schemas`.
void addConnectionTestSchemas(QJsonObject *schemas);

} // namespace wedsync::server
