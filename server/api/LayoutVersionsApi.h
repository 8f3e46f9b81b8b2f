#pragma once
// /api/v1/organizations/{org}/layout/versions: the layout versions of a dashboard (the
// organization's default layout, or ?weddingId= one wedding's), newest first and paged; one
// version with its snapshot; and restoring one (If-Match: the dashboard's current version).
//
// Reads: whoever may read the organization's sections; the versions are read on a reader thread
// when the server has readers (the caller, organization and wedding checked here first).
// Restore: whoever may write every section it changes (api/SectionWriteRules); support staff
// read only.

#include "Clock.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class LayoutRestore;
class ReaderPool;

class LayoutVersionsApi
{
public:
    static constexpr int MaxPageSize = 200;
    static constexpr int DefaultPageSize = 50;

    LayoutVersionsApi(LayoutRestore &restore, Database &db, const Clock &clock);
    void registerRoutes(Router &router);
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse restore(ApiRequest &request);

    // The organization (404 unless visible), the unknown query parameters (400) and the
    // dashboard of ?weddingId= (404 for a wedding of another organization).
    std::optional<ApiResponse> readScope(const ApiRequest &request, const QStringList &query,
                                         QString *weddingId);
    // The {version} of the path: a whole number from 1, else 400 invalid_id.
    static std::optional<ApiResponse> readVersion(const ApiRequest &request, qint64 *version);

    LayoutRestore &m_restore;
    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

// The dashboard's current layout version as the header X-Layout-Version carries it.
inline constexpr char LayoutVersionHeader[] = "X-Layout-Version";

} // namespace wedsync::server
