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
class ReaderPool;

class AuditApi
{
public:
    static constexpr int MaxPageSize = 500;
    static constexpr int DefaultPageSize = 100;
    // An export larger than this is refused: narrow the time range.
    static constexpr qint64 MaxExportRows = 100000;

    AuditApi(Database &db, const Clock &clock);
    // Pages and exports are read on these threads when given (storage/ReaderPool).
    void setReaders(ReaderPool *readers) { m_readers = readers; }
    void registerRoutes(Router &router);

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse exportTrail(ApiRequest &request);
    // The reading, on a reader's connection (or the event loop's without readers).
    static ApiResponse readPage(Database &db, const Clock &clock,
                                const AuditRepository::Filter &filter, const QString &requestId);
    static ApiResponse readExport(Database &db, const Clock &clock, AuditRepository::Filter filter,
                                  const QString &format, const QString &requestId);

    // The filter of the query string, restricted to what the caller may read; a response
    // for a bad parameter or a caller who may not read it. `paging`: limit/offset/cursor.
    std::optional<ApiResponse> readFilter(const ApiRequest &request, bool paging,
                                          AuditRepository::Filter *filter);

    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
