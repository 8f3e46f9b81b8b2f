#include "api/PermissionsApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/PermissionApply.h"
#include "api/PermissionMatrix.h"
#include "api/PermissionService.h"
#include "api/SectionService.h"
#include "storage/WeddingRepository.h"

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
    router.addOrDie(route(
        u"POST"_s, base + u"/matrix/apply"_s,
        u"Copies one role's cells onto another, or imports a permissions file, on one dashboard "
        "(the organization's own sections, or ?weddingId's in the body), all or nothing. A dry "
        "run returns the diff and the findings without writing; applying needs the "
        "expectedVersions the dry run returned (412 if a section moved, 422 for a file's bad "
        "rows). Admins only."_s,
        u"PermissionMatrixApply"_s, u"PermissionMatrixApplyResult"_s,
        [this](ApiRequest &r) { return applyToMatrix(r); }));
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
    if (auto stop = refuseUnlessAdmin(request))
        return *stop;
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

std::optional<ApiResponse> PermissionsApi::refuseUnlessAdmin(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller->canAdminister(request.param(u"org"_s)))
        return std::nullopt;
    return forbidden(caller->isSupport()
                         ? u"Support staff can read permissions but never change them."_s
                         : u"Only the organization's admins can change permissions; coordinators "
                           "can read them."_s);
}

ApiResponse PermissionsApi::applyToMatrix(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = refuseUnlessAdmin(request))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    auto body = request.jsonObject();
    if (!body)
        return errorResponse(request, body.error());
    auto decoded = permissionapply::decode(body.value());
    if (!decoded)
        return writeFailure(request, decoded.error());
    const PermissionApplyRequest &apply = decoded.value();

    // The dashboard: the organization's own sections, or one wedding's (which also shows the
    // organization's, hence they are the findings' context).
    SectionScope scope {SectionScope::Kind::OrganizationWide, {}};
    QList<SectionConfig> context;
    if (!apply.weddingId.isEmpty()) {
        auto wedding = WeddingRepository(m_db, m_clock).find(organizationId, apply.weddingId);
        if (!wedding)
            return errorResponse(request, wedding.error());
        if (!wedding->has_value()) {
            return writeFailure(request,
                                Error {u"validation_failed"_s,
                                       u"The request is not valid; see details.fields."_s,
                                       {{u"weddingId"_s,
                                         u"There is no such wedding in this "
                                         "organization."_s}}});
        }
        auto own = m_sections.list(organizationId, scope);
        if (!own)
            return errorResponse(request, own.error());
        for (const SectionRecord &record : own.value())
            context.append(record.section);
        scope = {SectionScope::Kind::Wedding, apply.weddingId};
    }
    auto sections = m_sections.list(organizationId, scope);
    if (!sections)
        return errorResponse(request, sections.error());
    auto plan = permissionapply::plan(apply, organizationId, sections.value(), context);
    if (!plan)
        return errorResponse(request, plan.error());
    if (apply.dryRun)
        return ApiResponse::json(
            permissionapply::resultJson(organizationId, apply, plan.value(), plan->after));

    if (!apply.expectedVersions) {
        return writeFailure(
            request,
            Error {u"precondition_required"_s,
                   u"Send the versions your dry run returned (expectedVersions), "
                   "so that nobody's change is overwritten unseen."_s,
                   {{u"expectedVersions"_s, u"Required unless dryRun is true."_s}}});
    }
    const QHash<QString, qint64> &expected = *apply.expectedVersions;
    QList<SectionRecord> moved;
    if (auto stale = permissionapply::staleExpectations(expected, plan.value(), &moved))
        return writeFailure(request, *stale, matrix::rowsJson(moved));
    if (!plan->diff.isEmpty()) {
        QList<SectionRecord> conflicts;
        auto written = m_sections.update(actorOf(request), organizationId,
                                         permissionapply::sectionChanges(plan.value(), expected),
                                         u"permissions_update"_s, &conflicts);
        if (!written && written.error().code == u"version_conflict"_s) {
            // Moved between the preview check above and the transaction: the same answer.
            return writeFailure(request, permissionapply::movedSince(conflicts),
                                matrix::rowsJson(conflicts));
        }
        if (!written)
            return writeFailure(request, written.error());
    }
    auto after = m_sections.list(organizationId, scope);
    if (!after)
        return errorResponse(request, after.error());
    QList<SectionConfig> stored;
    for (const SectionRecord &record : after.value())
        stored.append(record.section);
    return ApiResponse::json(
        permissionapply::resultJson(organizationId, apply, plan.value(),
                                    PermissionMatrix::fromSections(organizationId, stored)));
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
