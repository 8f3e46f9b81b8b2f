#pragma once
// /api/v1/audit: the audit trail with filters and paging, and its export as CSV or JSON.
// Platform staff (admins and support) read every tenant's rows; an organization's admins read
// their organization's; coordinators and everyone else are refused.

#include "Clock.h"
#include "http/Router.h"
#include "storage/AuditRepository.h"

#include <optional>

namespace wedsync::server {

class Database;

class AuditApi
{
public:
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 100;
    // An export larger than this is refused: narrow the time range.
    static constexpr qint64 MaxExportRows = 100000;

    AuditApi(Database &db, const Clock &clock);
    void registerRoutes(Router &router);

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse exportTrail(ApiRequest &request);

    // The filter of the query string, restricted to what the caller may read; a response
    // for a bad parameter or a caller who may not read it. `paging`: limit/offset/cursor.
    std::optional<ApiResponse> readFilter(const ApiRequest &request, bool paging,
                                          AuditRepository::Filter *filter);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
