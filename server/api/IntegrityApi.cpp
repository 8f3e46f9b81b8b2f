#include "api/IntegrityApi.h"

#include "IntegrityJson.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/PermissionService.h"
#include "api/RecordJson.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

IntegrityApi::IntegrityApi(PermissionService &permissions, Database &db, const Clock &clock)
    : m_permissions(permissions)
    , m_db(db)
    , m_clock(clock)
{ }

void IntegrityApi::registerRoutes(Router &router)
{
    router.addOrDie(
        Route {u"GET"_s,
               *PathPattern::parse(u"/api/v1/organizations/{org:uuid}/integrity"_s),
               u"Integrity report of the organization's sections and permissions: seed checks and "
               "lint, errors first."_s,
               u"permissions"_s,
               AuthRequirement::Console,
               {},
               u"IntegrityReport"_s,
               200,
               [this](ApiRequest &r) {
                   return report(r);
               }});
}

ApiResponse IntegrityApi::report(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    const QString organizationId = request.param(u"org"_s);
    auto report = m_permissions.integrity(organizationId);
    if (!report)
        return errorResponse(request, report.error());
    QJsonObject body = integrityReportToJson(report.value());
    body.insert(u"organizationId"_s, organizationId);
    body.insert(u"checkedAt"_s, json::timestamp(m_clock.now()));
    body.insert(u"counts"_s,
                QJsonObject {{u"error"_s, report->count(IntegritySeverity::Error)},
                             {u"warning"_s, report->count(IntegritySeverity::Warning)},
                             {u"info"_s, report->count(IntegritySeverity::Info)}});
    return ApiResponse::json(body);
}

} // namespace wedsync::server
