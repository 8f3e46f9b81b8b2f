#pragma once
// /api/v1/organizations/{org}/sections and /api/v1/sections/{id}: list, get, create, update
// (PATCH merges, PUT replaces), delete, and an atomic reorder of several sections.
//
// Reads: anyone who may see the organization (its admins and coordinators, platform staff).
// Writes: platform admins, the organization's admins and coordinators; support staff read only.
// Writes need If-Match (428 without, 412 with the current section when stale).

#include "Clock.h"
#include "api/SectionListCache.h"
#include "http/Router.h"

#include <optional>

namespace wedsync::server {

class Database;
class ReaderPool;
class SectionService;

class SectionsApi
{
public:
    SectionsApi(SectionService &service, Database &db, const Clock &clock);
    void registerRoutes(Router &router);
    // Lists are read on these threads' connections (none: on the event loop's).
    void setReaders(ReaderPool *readers) { m_readers = readers; }
    // A section's PATCH, PUT and DELETE, and reorders, run on these threads' connections (none:
    // on the event loop's).
    void setWriters(ReaderPool *writers) { m_writers = writers; }

private:
    ApiResponse list(ApiRequest &request);
    // The list's reading, on any thread with its own connection `db`.
    static ApiResponse readList(Database &db, const Clock &clock, SectionListCache &cache,
                                const QString &organizationId, const SectionScope &scope,
                                const QString &requestId);
    ApiResponse create(ApiRequest &request);
    ApiResponse reorder(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse patch(ApiRequest &request);
    ApiResponse replace(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);

    // The section of /sections/{id} if the caller may see it (else 404); `forWrite` also
    // requires that the caller may edit sections there (else 403).
    std::optional<ApiResponse> locate(const ApiRequest &request, bool forWrite,
                                      QString *organizationId);
    ApiResponse update(ApiRequest &request, bool replaceAll);

    SectionService &m_service;
    Database &m_db;
    const Clock &m_clock;
    SectionListCache m_listCache; // the list's encoded answers, by configuration version
    ReaderPool *m_readers = nullptr;
    ReaderPool *m_writers = nullptr;
};

} // namespace wedsync::server
