#include "sync/SyncApi.h"

#include "SyncJson.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/ChangeNotifier.h"
#include "api/KeysetPageReader.h"
#include "api/Preconditions.h"
#include "api/SectionService.h"
#include "api/SectionWire.h"
#include "common/Ids.h"
#include "storage/SectionRepository.h"
#include "storage/SyncConflictRepository.h"
#include "storage/Transaction.h"
#include "sync/ConflictsQuery.h"
#include "sync/ConnectionSampler.h"
#include "sync/CrmClientResolution.h"
#include "sync/SyncEventsQuery.h"
#include "sync/SyncMonitor.h"
#include "sync/SyncRows.h"
#include "sync/SyncScope.h"

#include <QSet>

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

Route postRoute(const QString &path, const QString &summary, const QString &request,
                const QString &response, RouteHandler handler)
{
    Route r = route(u"POST"_s, path, summary, response, 200, std::move(handler));
    r.requestSchema = request;
    return r;
}

// The status of a resolution that failed.
int failureStatus(const QString &code)
{
    if (code == u"conflict_closed"_s || code == u"entity_missing"_s)
        return 409;
    if (code == u"validation_failed"_s || code == u"invalid_section"_s
        || code == u"unsupported_entity"_s)
        return 422;
    return statusForError(code);
}

QJsonArray fieldErrorsJson(const QList<FieldError> &fields)
{
    QJsonArray out;
    for (const FieldError &field : fields)
        out.append(QJsonObject {{u"field"_s, field.field}, {u"message"_s, field.message}});
    return out;
}

} // namespace

SyncApi::SyncApi(SyncMonitor &monitor, ConnectionSampler &sampler, const ChangeNotifier &notifier,
                 SectionService &sections, Database &db, const Clock &clock)
    : m_monitor(monitor)
    , m_sampler(sampler)
    , m_notifier(notifier)
    , m_sections(sections)
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
                          u"Sync conflicts, newest first, with base, both sides, who and when, "
                          "source, status and the fields in conflict. Filters: organizationId, "
                          "status (open by default; resolved, dismissed, all), source, "
                          "entityType, entityId, q. Paging: limit (1-500), cursor or offset."_s,
                          u"SyncConflictPage"_s, 200,
                          [this](ApiRequest &r) { return conflicts(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/organizations/{org:uuid}/conflicts"_s,
                          u"One organization's sync conflicts (as /api/v1/sync/conflicts with "
                          "organizationId)."_s,
                          u"SyncConflictPage"_s, 200,
                          [this](ApiRequest &r) { return conflicts(r); }));
    router.addOrDie(route(u"GET"_s, u"/api/v1/sync/conflicts/{id:uuid}"_s,
                          u"One conflict with its field-by-field merge (fields: path, kind "
                          "unchanged|mine|theirs|both|conflict, base, mine, theirs)."_s,
                          u"SyncConflict"_s, 200, [this](ApiRequest &r) { return conflict(r); }));
    router.addOrDie(
        postRoute(u"/api/v1/sync/conflicts/{id:uuid}/resolve"_s,
                  u"Resolves an open conflict: {resolution: mine|theirs|merged, document? (the "
                  "entity's content, for merged), entityVersion (or If-Match; required for mine "
                  "and merged)}. Applies the result to the entity with its audit row and closes "
                  "the conflict in one transaction; 412 with details.current when the entity "
                  "moved on, 422 with details.fields when the document is not valid."_s,
                  u"SyncConflictResolve"_s, u"SyncConflict"_s,
                  [this](ApiRequest &r) { return resolveConflict(r); }));
    router.addOrDie(postRoute(u"/api/v1/sync/conflicts/{id:uuid}/dismiss"_s,
                              u"Closes an open conflict without changing the entity (status "
                              "dismissed), with an audit row."_s,
                              {}, u"SyncConflict"_s,
                              [this](ApiRequest &r) { return dismissConflict(r); }));
    router.addOrDie(
        postRoute(u"/api/v1/sync/conflicts/resolve"_s,
                  u"Resolves up to 1000 open conflicts with one side ({ids, resolution: "
                  "mine|theirs}), all or nothing: one failure applies none and "
                  "details.failed names the conflict and why."_s,
                  u"SyncConflictBulkResolve"_s, u"SyncConflictList"_s,
                  [this](ApiRequest &r) { return resolveConflicts(r); }));
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
    return keysetPageOnReader<SyncEventRepository>(m_readers, m_db, request, m_clock,
                                                   std::move(filter), &syncEventToJson);
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
    SyncConflictRepository::Filter filter;
    const bool byPath = request.params.contains(u"org"_s);
    if (auto stop = ConflictsQuery::read(request, !byPath, &filter))
        return *stop;
    SyncScope scope;
    if (byPath) {
        // /organizations/{org}/conflicts: another tenant's organization is not found.
        if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
            return *stop;
        filter.organizationId = request.param(u"org"_s);
    }
    if (auto stop = readSyncScope(request, filter.organizationId, &scope))
        return *stop;
    if (!scope.allTenants && filter.organizationId.isEmpty())
        filter.organizationIds = scope.organizationIds;
    const QDateTime now = m_clock.now();
    return keysetPageOnReader<SyncConflictRepository>(
        m_readers, m_db, request, m_clock, std::move(filter),
        [now](const SyncConflict &conflict) { return syncConflictJson(conflict, now); });
}

ApiResponse SyncApi::conflict(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    auto found = SyncConflictRepository(m_db, m_clock).find(request.param(u"id"_s));
    if (!found)
        return errorResponse(request, found.error());
    const Operator *caller = callerOf(request);
    if (!found->has_value() || !caller->canRead(found->value().organizationId))
        return notFound(u"The conflict"_s);
    const SyncConflict &conflict = found->value();
    QJsonObject entityNow;
    if (conflict.entityType == SectionService::entityType()) {
        auto section
            = SectionRepository(m_db, m_clock).find(conflict.organizationId, conflict.entityId);
        if (!section)
            return errorResponse(request, section.error());
        if (section->has_value())
            entityNow = json::section(section->value());
    } else if (conflict.entityType == CrmClientResolution::entityType()) {
        auto client = CrmClientResolution::currentDocument(m_db, conflict);
        if (!client)
            return errorResponse(request, client.error());
        entityNow = client.value();
    }
    if (auto refused = ConflictResolver::refusal(*caller, conflict, entityNow))
        return refused->code == u"not_found"_s ? notFound(u"The conflict"_s)
                                               : forbidden(refused->message);
    QJsonObject body = syncConflictJson(conflict, m_clock.now(), true);
    // The entity as it is now (null once deleted): the resolver merges against it.
    body.insert(u"current"_s, entityNow.isEmpty() ? QJsonValue() : QJsonValue(entityNow));
    return ApiResponse::json(body);
}

ApiResponse SyncApi::resolveConflict(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    // Another tenant's conflict is not found before anything about the body is said.
    auto found = SyncConflictRepository(m_db, m_clock).find(request.param(u"id"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value() || !callerOf(request)->canRead(found->value().organizationId))
        return notFound(u"The conflict"_s);
    auto decoded = decodeResolution(request, request.param(u"id"_s));
    if (!decoded) {
        if (decoded.error().code == u"validation_failed"_s)
            return ApiResponse::fromError(400, decoded.error());
        return writeFailure(request, decoded.error());
    }
    return closeConflicts(request, {decoded.value()}, true);
}

ApiResponse SyncApi::dismissConflict(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    if (!request.body.trimmed().isEmpty()) {
        auto body = request.jsonObject();
        if (!body)
            return errorResponse(request, body.error());
        if (!body->isEmpty())
            return ApiResponse::error(400, u"validation_failed"_s, u"A dismissal takes no body."_s);
    }
    ConflictResolutionRequest item;
    item.conflictId = ids::normalized(request.param(u"id"_s));
    item.resolution = u"dismiss"_s;
    return closeConflicts(request, {item}, true);
}

ApiResponse SyncApi::resolveConflicts(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    auto body = request.jsonObject();
    if (!body)
        return errorResponse(request, body.error());
    auto decoded = decodeBulkResolution(body.value());
    if (!decoded)
        return ApiResponse::fromError(400, decoded.error());
    return closeConflicts(request, decoded.value(), false);
}

ApiResponse SyncApi::closeConflicts(ApiRequest &request,
                                    const QList<ConflictResolutionRequest> &items, bool single)
{
    ConflictResolver resolver(m_db, m_clock, m_notifier, m_sections);
    auto outcome = resolver.resolve(*callerOf(request), actorOf(request), items);
    if (auto *failed = std::get_if<ConflictResolutionFailure>(&outcome)) {
        const Error &error = failed->error;
        const int status = failureStatus(error.code);
        if (status == 500)
            return errorResponse(request, error);
        if (single && error.code == u"not_found"_s)
            return notFound(u"The conflict"_s);
        QJsonObject details;
        if (!error.fields.isEmpty())
            details.insert(u"fields"_s, fieldErrorsJson(error.fields));
        if (!failed->current.isUndefined() && !failed->current.isNull())
            details.insert(u"current"_s, failed->current);
        if (!single) {
            // Which conflict stopped the batch; nothing of it was applied.
            QJsonObject one {{u"id"_s, failed->conflictId},
                             {u"code"_s, error.code},
                             {u"message"_s, error.message}};
            if (details.contains(u"fields"_s))
                one.insert(u"fields"_s, details.value(u"fields"_s));
            details = QJsonObject {{u"failed"_s, QJsonArray {one}}, {u"applied"_s, 0}};
        }
        ApiResponse response = ApiResponse::error(status, error.code, error.message, details);
        if (status == 412 && failed->current.isObject())
            response.withHeader("ETag", etagFor(failed->current[u"version"_s].toInteger()));
        return response;
    }
    const QList<SyncConflict> closed = std::get<QList<SyncConflict>>(outcome);
    QSet<QString> organizations;
    for (const SyncConflict &conflict : closed)
        organizations.insert(conflict.organizationId);
    for (const QString &organizationId : std::as_const(organizations))
        m_monitor.refreshTenant(organizationId);
    const QDateTime now = m_clock.now();
    if (single)
        return ApiResponse::json(syncConflictJson(closed.first(), now, true));
    QJsonArray out;
    for (const SyncConflict &conflict : closed)
        out.append(syncConflictJson(conflict, now));
    return ApiResponse::json(QJsonObject {{u"items"_s, out}, {u"count"_s, out.size()}});
}

} // namespace wedsync::server
