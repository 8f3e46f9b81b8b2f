#include "api/PermissionsApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/PermissionMatrix.h"
#include "api/PermissionService.h"
#include "api/SectionService.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, RouteHandler handler)
{
    return consoleRoute(u"permissions"_s, method, path, summary, request, response, 200,
                        std::move(handler));
}

} // namespace

PermissionsApi::PermissionsApi(SectionService &sections, PermissionService &permissions,
                               Database &db, const Clock &clock)
    : m_sections(sections)
    , m_permissions(permissions)
    , m_db(db)
    , m_clock(clock)
{ }

void PermissionsApi::registerRoutes(Router &router)
{
    const QString base = u"/api/v1/organizations/{org:uuid}/permissions"_s;
    router.addOrDie(
        route(u"GET"_s, base + u"/matrix"_s,
              u"The role x section matrix: per section and role {view, edit, hide} as the "
              "section's lists grant them."_s,
              {}, u"PermissionMatrix"_s, [this](ApiRequest &r) { return matrix(r); }));
    router.addOrDie(
        route(u"PUT"_s, base + u"/matrix"_s,
              u"Writes matrix cells back into the sections' lists, all or nothing; each row "
              "names the version it edited. Admins only."_s,
              u"PermissionMatrixUpdate"_s, u"PermissionMatrix"_s,
              [this](ApiRequest &r) { return writeMatrix(r); }));
    router.addOrDie(
        route(u"GET"_s, base + u"/effective"_s,
              u"Effective permissions of ?userId= (optionally in ?weddingId= at ?at=) per "
              "section, with the engine's explanation."_s,
              {}, u"EffectivePermissions"_s, [this](ApiRequest &r) { return effective(r); }));
}

ApiResponse PermissionsApi::matrix(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"weddingId"_s}))
        return *stop;
    SectionScope scope;
    if (auto stop = readUuidQuery(request, u"weddingId"_s, &scope.weddingId))
        return *stop;
    if (!scope.weddingId.isEmpty())
        scope.kind = SectionScope::Kind::Wedding;
    const QString organizationId = request.param(u"org"_s);
    auto rows = m_sections.list(organizationId, scope);
    if (!rows)
        return errorResponse(request, rows.error());
    return ApiResponse::json(matrix::matrixJson(organizationId, rows.value()));
}

ApiResponse PermissionsApi::writeMatrix(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    const Operator *caller = callerOf(request);
    if (!caller->canAdminister(organizationId)) {
        return forbidden(
            caller->isSupport()
                ? u"Support staff can read permissions but never change them."_s
                : u"Only the organization's admins can change permissions; coordinators can "
                  "read them."_s);
    }
    auto body = request.jsonObject();
    if (!body)
        return errorResponse(request, body.error());
    auto rows = matrix::decodeUpdate(body.value());
    if (!rows)
        return writeFailure(request, rows.error());
    QList<FieldError> unversioned;
    QList<SectionChange> changes;
    for (const MatrixRowEdit &row : rows.value()) {
        if (row.version == 0)
            unversioned.append({row.fieldPrefix + u".version"_s,
                                u"The version of the row you edited is required."_s});
        SectionChange change;
        change.id = row.sectionId;
        change.ifMatch.versions = {row.version};
        change.fieldPrefix = row.fieldPrefix;
        change.edit = [row](const SectionConfig &current) -> Result<SectionConfig> {
            return matrix::applyRow(current, row);
        };
        changes.append(change);
    }
    if (!unversioned.isEmpty()) {
        return writeFailure(request,
                            Error {u"precondition_required"_s,
                                   u"Every row needs the version it was read at, so that nobody's "
                                   "change is overwritten unseen."_s,
                                   unversioned});
    }
    QList<SectionRecord> conflicts;
    auto written = m_sections.update(actorOf(request), organizationId, changes,
                                     u"permissions_update"_s, &conflicts);
    if (!written)
        return writeFailure(request, written.error(), matrix::rowsJson(conflicts));
    auto all = m_sections.list(organizationId);
    if (!all)
        return errorResponse(request, all.error());
    return ApiResponse::json(matrix::matrixJson(organizationId, all.value()));
}

ApiResponse PermissionsApi::effective(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {u"userId"_s, u"weddingId"_s, u"at"_s}))
        return *stop;
    QString userId;
    QString weddingId;
    QDateTime at;
    if (auto stop = readUuidQuery(request, u"userId"_s, &userId))
        return *stop;
    if (userId.isEmpty()) {
        return ApiResponse::error(400, u"invalid_query"_s,
                                  u"Say whose permissions to show: ?userId=<id>."_s,
                                  QJsonObject {{u"parameter"_s, u"userId"_s}});
    }
    if (auto stop = readUuidQuery(request, u"weddingId"_s, &weddingId))
        return *stop;
    if (auto stop = readTimeQuery(request, u"at"_s, &at))
        return *stop;
    auto result = m_permissions.effective(request.param(u"org"_s), userId, weddingId, at);
    if (!result)
        return result.error().code == u"not_found"_s
            ? ApiResponse::error(404, u"not_found"_s, result.error().message)
            : errorResponse(request, result.error());
    return ApiResponse::json(result.value());
}

} // namespace wedsync::server
