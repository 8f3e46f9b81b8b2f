#pragma once
// /api/v1/organizations/{org}/jobs..., /integrations/{id}/jobs and /imports, /clients...: the
// CRM hub's sync jobs (lists, log, cancel, retry), the file import uploaded in batches by the
// console, and the imported clients (read; changed by admins and coordinators). Org admins manage,
// coordinators and platform staff read, support also retries; another tenant's is 404.

#include "Clock.h"
#include "api/CrmClientService.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class IntegrationService;
class ReaderPool;

class CrmJobsApi
{
public:
    static constexpr int MaxPageSize = 200;
    static constexpr int DefaultPageSize = 50;

    CrmJobsApi(IntegrationService &service, Database &db, const Clock &clock,
               const ChangeNotifier &notifier);
    void registerRoutes(Router &router);
    // The job and client lists are read on these threads when given (storage/ReaderPool).
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse integrationJobs(ApiRequest &request);
    ApiResponse organizationJobs(ApiRequest &request);
    ApiResponse job(ApiRequest &request);
    ApiResponse cancel(ApiRequest &request);
    ApiResponse retry(ApiRequest &request);
    ApiResponse log(ApiRequest &request);
    ApiResponse clients(ApiRequest &request);
    ApiResponse client(ApiRequest &request);
    ApiResponse editClient(ApiRequest &request);
    ApiResponse startImport(ApiRequest &request);
    ApiResponse rows(ApiRequest &request);
    ApiResponse finish(ApiRequest &request);
    ApiResponse match(ApiRequest &request);

    ApiResponse jobs(ApiRequest &request, const QString &integrationId);
    // Cancel (managers, 200) or retry (managers and support, 202) of the path's job.
    ApiResponse jobChange(ApiRequest &request, bool retry);
    // 404 unless the organization is visible and {job} is one of its jobs.
    std::optional<ApiResponse> locateJob(const ApiRequest &request);
    std::optional<ApiResponse> locateIntegration(const ApiRequest &request);

    IntegrationService &m_service;
    CrmClientService m_clients;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
