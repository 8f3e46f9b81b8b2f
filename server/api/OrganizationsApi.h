#pragma once
// /api/v1/organizations: the tenants, weddings and members the caller may see. Another
// tenant's organization is 404, exactly like one that does not exist.
//
// All four are read on a reader thread when the server has readers: whether the caller may
// see the organization is asked here first, whether it exists on the reader.

#include "Clock.h"
#include "http/Router.h"
#include "storage/Records.h"

#include <functional>

namespace wedsync::server {

class Database;
class Operator;
class ReaderPool;

class OrganizationsApi
{
public:
    OrganizationsApi(Database &db, const Clock &clock);
    void registerRoutes(Router &router);
    void setReaders(ReaderPool *readers) { m_readers = readers; }

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse weddings(ApiRequest &request);
    ApiResponse members(ApiRequest &request);
    // On `db` (a reader's): the organizations `caller` may see, with their role in each.
    static ApiResponse readList(Database &db, const Clock &clock, const Operator &caller,
                                const QString &requestId);
    // The organization of path parameter "org": 404 unless the caller may see it (here) and
    // it exists (on a reader, which then runs `read` with it and the request's id).
    using OrganizationRead
        = std::function<ApiResponse(Database &db, const Organization &, const QString &requestId)>;
    ApiResponse readOrganization(const ApiRequest &request, OrganizationRead read);

    Database &m_db;
    const Clock &m_clock;
    ReaderPool *m_readers = nullptr;
};

} // namespace wedsync::server
