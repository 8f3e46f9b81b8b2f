#include "sync/SyncApi.h"

#include "SyncJson.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/ChangeNotifier.h"
#include "api/KeysetPage.h"
#include "storage/SyncConflictRepository.h"
#include "storage/Transaction.h"
#include "sync/ConnectionSampler.h"
#include "sync/SyncEventsQuery.h"
#include "sync/SyncMonitor.h"
#include "sync/SyncRows.h"
#include "sync/SyncScope.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &response, int status, RouteHandler handler)
{
    return Route {method,
                  *PathPattern::parse(path),
                  summary,
                  u"sync"_s,
                  AuthRequirement::Console,
                  {},
                  response,
                  status,
                  std::move(handler)};
}

// The scope of a read route, with its optional ?organizationId= (also checked to exist).
std::optional<ApiResponse> scopeOf(const ApiRequest &request, const QStringList &allowed,
                                   SyncScope *scope)
{
    if (auto stop = rejectUnknownQuery(request, allowed))
        return stop;
    QString organizationId;
    if (auto stop = readUuidQuery(request, u"organizationId"_s, &organizationId))
        return stop;
    return readSyncScope(request, organizationId, scope);
}

} // namespace

SyncApi::SyncApi(SyncMonitor &monitor, ConnectionSampler &sampler, const ChangeNotifier &notifier,
                 Database &db, const Clock &clock)
    : m_monitor(monitor)
    , m_sampler(sampler)
    , m_notifier(notifier)
    , m_db(db)
    , m_clock(clock)
{ }

void SyncApi::registerRoutes(Router &router)
{
    router.addOrDie(route(u"GET"_s, u"/api/v1/sync/health"_s,
                          u"Sync health per tenant (status, versions, lagging clients, conflicts, "
                          "next wedding, severity) with counts and the overall health percent; "
                          "?organizationId= for one tenant."_s,
                          u"SyncHealthReport"_s, 200, [this](ApiRequest &r) { return health(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/sync/events"_s,
                          u"Sync events, newest first. Filters: organizationId, kind, status, "
                          "from, to (ISO-8601; to exclusive). Paging: limit (1-500), cursor or "
                          "offset; total counts every match."_s,
                          u"SyncEventPage"_s, 200, [this](ApiRequest &r) { return events(r); }));
    router.addOrDie(route(u"POST"_s, u"/api/v1/sync/tenants/{org:uuid}/resync"_s,
                          u"Asks the tenant's connected clients to refetch their configuration "
                          "(config_refetch on org:<id>) and records a resync event (202). "
                          "Platform staff and the organization's admins."_s,
                          u"SyncEvent"_s, 202, [this](ApiRequest &r) { return resync(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/sync/connections"_s,
                          u"Live connections by tenant and role: one sample per 10 s over the "
                          "last 10 minutes, oldest first."_s,
                          u"ConnectionStats"_s, 200,
                          [this](ApiRequest &r) { return connections(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/sync/conflicts"_s,
                          u"Open sync conflicts (stale offline writes), newest first, with both "
                          "sides; ?organizationId= for one tenant."_s,
                          u"SyncConflictList"_s, 200,
                          [this](ApiRequest &r) { return conflicts(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/organizations/{org:uuid}/conflicts"_s,
                          u"One organization's open sync conflicts, newest first (as "
                          "/api/v1/sync/conflicts?organizationId=)."_s,
                          u"SyncConflictList"_s, 200,
                          [this](ApiRequest &r) { return conflicts(r); }));
    router.addOrDie(route(u"POST"_s, u"/api/v1/sync/conflicts/{id:uuid}/resolve"_s,
                          u"Marks an open conflict resolved once someone has applied the side to "
                          "keep (answers the conflict; resolving again changes nothing). Platform "
                          "staff and the organization's admins."_s,
                          u"SyncConflict"_s, 200,
                          [this](ApiRequest &r) { return resolveConflict(r); }));
}

ApiResponse SyncApi::health(ApiRequest &request)
{
    SyncScope scope;
    if (auto stop = scopeOf(request, {u"organizationId"_s}, &scope))
        return *stop;
    auto organizations = organizationsIn(m_db, m_clock, scope);
    if (!organizations)
        return errorResponse(request, organizations.error());
    if (!scope.allTenants && organizations->isEmpty())
        return notFound(u"The organization"_s);
    auto report = m_monitor.report(organizations.value());
    if (!report)
        return errorResponse(request, report.error());
    return ApiResponse::json(syncHealthReportToJson(report.value()));
}

ApiResponse SyncApi::events(ApiRequest &request)
{
    SyncEventRepository::Filter filter;
    if (auto stop = SyncEventsQuery::read(request, &filter))
        return *stop;
    SyncScope scope;
    if (auto stop = readSyncScope(request, filter.organizationId, &scope))
        return *stop;
    if (!scope.allTenants && filter.organizationId.isEmpty())
        filter.organizationIds = scope.organizationIds;
    SyncEventRepository repository(m_db, m_clock);
    return keysetPage(request, repository, filter, &syncEventToJson);
}

ApiResponse SyncApi::resync(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    const Operator *caller = callerOf(request);
    if (!caller->seesAllOrganizations() && !caller->canAdminister(organizationId)) {
        return forbidden(u"A resync is started by the organization's admins, platform admins "
                         "or support staff."_s);
    }
    auto event = m_monitor.resync(organizationId, caller->userId(), request.requestId);
    if (!event)
        return errorResponse(request, event.error());
    return ApiResponse::json(syncEventToJson(event.value()), 202);
}

ApiResponse SyncApi::connections(ApiRequest &request)
{
    SyncScope scope;
    if (auto stop = scopeOf(request, {u"organizationId"_s}, &scope))
        return *stop;
    const QStringList ids = scope.organizationIds;
    const ConnectionStats stats
        = m_sampler.stats(scope.allTenants, QSet<QString>(ids.cbegin(), ids.cend()));
    return ApiResponse::json(connectionStatsToJson(stats));
}

ApiResponse SyncApi::conflicts(ApiRequest &request)
{
    SyncScope scope;
    if (request.params.contains(u"org"_s)) {
        // /organizations/{org}/conflicts: another tenant's organization is not found.
        if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
            return *stop;
        if (auto stop = rejectUnknownQuery(request, {u"limit"_s}))
            return *stop;
        if (auto stop = readSyncScope(request, request.param(u"org"_s), &scope))
            return *stop;
    } else if (auto stop = scopeOf(request, {u"organizationId"_s, u"limit"_s}, &scope)) {
        return *stop;
    }
    int limit = SyncEventsQuery::DefaultPageSize;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool isNumber = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&isNumber);
        if (!isNumber || limit < 1 || limit > SyncEventsQuery::MaxPageSize)
            return invalidQuery(u"limit"_s, u"limit is a whole number from 1 to 500."_s);
    }
    auto open = SyncConflictRepository(m_db, m_clock)
                    .open(scope.allTenants ? QStringList() : scope.organizationIds, limit);
    if (!open)
        return errorResponse(request, open.error());
    QJsonArray items;
    for (const SyncConflict &conflict : open.value())
        items.append(syncConflictJson(conflict));
    return ApiResponse::json(QJsonObject {{u"items"_s, items}, {u"count"_s, items.size()}});
}

ApiResponse SyncApi::resolveConflict(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    SyncConflictRepository repository(m_db, m_clock);
    auto found = repository.find(request.param(u"id"_s));
    if (!found)
        return errorResponse(request, found.error());
    const Operator *caller = callerOf(request);
    // Another tenant's conflict is answered exactly like one that does not exist.
    if (!found->has_value() || !caller->canRead(found->value().organizationId))
        return notFound(u"The conflict"_s);
    const QString organizationId = found->value().organizationId;
    if (!caller->seesAllOrganizations() && !caller->canAdminister(organizationId)) {
        return forbidden(u"Conflicts are resolved by the organization's admins and platform "
                         "staff."_s);
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return errorResponse(request, tx.error());
    auto resolved = repository.resolve(found->value().id, caller->userId());
    if (!resolved)
        return errorResponse(request, resolved.error());
    auto now = repository.find(found->value().id);
    if (!now || !now->has_value())
        return errorResponse(
            request, now ? Error {u"storage_error"_s, u"conflict vanished"_s, {}} : now.error());
    if (auto committed = tx.commit(); !committed)
        return errorResponse(request, committed.error());
    if (resolved.value()) {
        m_notifier.committed(
            {RowChangeNote {u"sync_conflicts"_s, u"UPDATE"_s, organizationId,
                            syncConflictRow(now->value()), syncConflictRow(found->value()), true}},
            {});
        m_monitor.refreshTenant(organizationId);
    }
    return ApiResponse::json(syncConflictJson(now->value()));
}

} // namespace wedsync::server
