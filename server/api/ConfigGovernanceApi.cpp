#include "api/ConfigGovernanceApi.h"

#include "api/ActorNames.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/ConfigChangeRequestService.h"
#include "api/ConfigScopeAccess.h"
#include "api/ConfigWire.h"
#include "api/KeysetPage.h"
#include "api/PageQuery.h"
#include "storage/ConfigPolicyRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Rules = u"/api/v1/config/rules"_s;
const QString OptOuts = u"/api/v1/organizations/{org:uuid}/config/opt-outs"_s;
const QString PlatformRequests = u"/api/v1/config/change-requests"_s;
const QString TenantRequests = u"/api/v1/organizations/{org:uuid}/config/change-requests"_s;
const QString OneRequest = u"/{request:uuid}"_s;

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"config"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

Error invalid(const QList<FieldError> &fields)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid; see details.fields."_s,
                  fields};
}

// The request as the routes answer it, with who proposed and who decided in words.
QJsonObject changeRequestWithNames(const ConfigChangeRequest &request, ActorNames &names)
{
    QJsonObject out = configChangeRequestToJson(request);
    out.insert(u"authorName"_s, names.label(request.authorId));
    out.insert(u"approverName"_s, names.label(request.approverId));
    return out;
}

} // namespace

ConfigGovernanceApi::ConfigGovernanceApi(ConfigService &config,
                                         ConfigChangeRequestService &requests, Database &db,
                                         const Clock &clock)
    : m_config(config)
    , m_requests(requests)
    , m_db(db)
    , m_clock(clock)
{ }

void ConfigGovernanceApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (ConfigGovernanceApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    router.addOrDie(route(u"GET"_s, Rules,
                          u"The sync rules: trigger events, target scopes, direction, strategy "
                          "and whether a change applies by itself."_s,
                          {}, u"ConfigSyncRuleList"_s, 200, bind(&ConfigGovernanceApi::rules)));
    router.addOrDie(route(u"GET"_s, OptOuts,
                          u"The sync rules and setting types the organization declines."_s, {},
                          u"ConfigOptOuts"_s, 200, bind(&ConfigGovernanceApi::optOuts)));
    router.addOrDie(route(u"PUT"_s, OptOuts,
                          u"Replaces the organization's opt-outs (its admins): declined changes "
                          "from the platform no longer reach it."_s,
                          u"ConfigOptOuts"_s, u"ConfigOptOuts"_s, 200,
                          bind(&ConfigGovernanceApi::putOptOuts)));
    for (const QString &base : {PlatformRequests, TenantRequests}) {
        const QString level = base == PlatformRequests ? u"platform"_s : u"organization"_s;
        router.addOrDie(route(u"GET"_s, base,
                              u"The %1's configuration change requests, newest first, paged by "
                              "cursor; filter: status."_s.arg(level),
                              {}, u"ConfigChangeRequestPage"_s, 200,
                              bind(&ConfigGovernanceApi::listRequests)));
        router.addOrDie(route(u"POST"_s, base,
                              u"Proposes a new %1 document of a setting type, based on its "
                              "current version; another admin approves or rejects it."_s.arg(level),
                              u"ConfigChangeRequestCreate"_s, u"ConfigChangeRequest"_s, 201,
                              bind(&ConfigGovernanceApi::propose)));
        router.addOrDie(route(u"GET"_s, base + OneRequest, u"One change request."_s, {},
                              u"ConfigChangeRequest"_s, 200,
                              bind(&ConfigGovernanceApi::getRequest)));
        router.addOrDie(route(u"POST"_s, base + OneRequest + u"/approve"_s,
                              u"Approves and applies a change request (not by its author; 409 "
                              "when the settings changed since it was proposed)."_s,
                              {}, u"ConfigChangeRequest"_s, 200,
                              bind(&ConfigGovernanceApi::approve)));
        router.addOrDie(route(u"POST"_s, base + OneRequest + u"/reject"_s,
                              u"Rejects a change request (not by its author)."_s, {},
                              u"ConfigChangeRequest"_s, 200, bind(&ConfigGovernanceApi::reject)));
    }
}

ApiResponse ConfigGovernanceApi::rules(ApiRequest &request)
{
    auto rules = ConfigPolicyRepository(m_db, m_clock).rules();
    if (!rules)
        return errorResponse(request, rules.error());
    return ApiResponse::json(QJsonObject {{u"items"_s, configSyncRulesToJson(rules.value())}});
}

ApiResponse ConfigGovernanceApi::optOuts(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto found = ConfigPolicyRepository(m_db, m_clock).optOuts(request.param(u"org"_s));
    if (!found)
        return errorResponse(request, found.error());
    return ApiResponse::json(configOptOutsToJson(found.value()));
}

ApiResponse ConfigGovernanceApi::putOptOuts(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBodyWithFields(request, {u"ruleIds"_s, u"settingTypes"_s});
    if (!body)
        return writeFailure(request, body.error());
    const QString org = request.param(u"org"_s);
    if (auto stop = requireConfigWriter(request, ConfigScope::tenant(org)))
        return *stop;
    auto decoded = configOptOutsFromJson(body.value());
    if (!decoded)
        return writeFailure(request, decoded.error());
    auto rules = ConfigPolicyRepository(m_db, m_clock).rules();
    if (!rules)
        return errorResponse(request, rules.error());
    QList<FieldError> unknown;
    for (qsizetype i = 0; i < decoded->ruleIds.size(); ++i) {
        const QString &id = decoded->ruleIds.at(i);
        if (std::none_of(rules->cbegin(), rules->cend(),
                         [&](const ConfigSyncRule &rule) { return rule.id == id; }))
            unknown << FieldError {u"ruleIds[%1]"_s.arg(i),
                                   u"There is no sync rule with this id."_s};
    }
    if (!unknown.isEmpty())
        return writeFailure(request, invalid(unknown));
    auto stored = m_config.replaceOptOuts(actorOf(request), org, decoded.value());
    if (!stored)
        return writeFailure(request, stored.error());
    return ApiResponse::json(configOptOutsToJson(stored.value()));
}

std::optional<ApiResponse> ConfigGovernanceApi::locate(const ApiRequest &request,
                                                       ConfigScope *scope)
{
    return locateConfigScope(request, m_db, m_clock, scope);
}

ApiResponse ConfigGovernanceApi::listRequests(ApiRequest &request)
{
    ConfigScope scope;
    if (auto stop = locate(request, &scope))
        return *stop;
    if (auto stop
        = rejectUnknownQuery(request, {u"status"_s, u"limit"_s, u"offset"_s, u"cursor"_s}))
        return *stop;
    ConfigChangeRequestRepository::Filter filter;
    filter.organizationId = scope.organizationId;
    filter.status = request.query.queryItemValue(u"status"_s);
    if (!filter.status.isEmpty()
        && !QStringList {u"proposed"_s, u"approved"_s, u"rejected"_s, u"applied"_s}.contains(
            filter.status))
        return invalidQuery(u"status"_s, u"status is proposed, approved, rejected or applied."_s);
    if (auto stop = readPageInto(request, 50, 200, &filter))
        return *stop;
    ConfigChangeRequestRepository repository(m_db, m_clock, m_config.secrets());
    ActorNames names(m_db, m_clock);
    return keysetPage(request, repository, filter, [&names](const ConfigChangeRequest &found) {
        return changeRequestWithNames(found, names);
    });
}

ApiResponse ConfigGovernanceApi::propose(ApiRequest &request)
{
    ConfigScope scope;
    if (auto stop = locate(request, &scope))
        return *stop;
    auto body = readBodyWithFields(request, {u"settingType"_s, u"document"_s, u"summary"_s});
    if (!body)
        return writeFailure(request, body.error());
    if (auto stop = requireConfigWriter(request, scope))
        return *stop;
    QList<FieldError> errors;
    const auto type = configSettingTypeFromName(body->value(u"settingType"_s).toString());
    if (!type || !configSettingAllowedAt(*type, scope.layer))
        errors << FieldError {u"settingType"_s,
                              u"settingType names a setting type kept at this level."_s};
    if (!body->value(u"document"_s).isObject())
        errors << FieldError {u"document"_s, u"document is the settings object to propose."_s};
    const QJsonValue summary = body->value(u"summary"_s);
    if (!summary.isUndefined() && !summary.isNull()
        && (!summary.isString() || summary.toString().size() > 500))
        errors << FieldError {u"summary"_s, u"summary is a text of at most 500 characters."_s};
    if (!errors.isEmpty())
        return writeFailure(request, invalid(errors));
    auto created
        = m_requests.propose(actorOf(request), scope, *type, body->value(u"document"_s).toObject(),
                             summary.toString().trimmed());
    if (!created)
        return writeFailure(request, created.error());
    ApiResponse response = ApiResponse::json(configChangeRequestToJson(created.value()), 201);
    const QString collection = scope.organizationId.isEmpty()
        ? PlatformRequests
        : QString(TenantRequests).replace(u"{org:uuid}"_s, scope.organizationId);
    response.withHeader("Location", (collection + u'/' + created->id).toUtf8());
    return response;
}

ApiResponse ConfigGovernanceApi::getRequest(ApiRequest &request)
{
    ConfigScope scope;
    if (auto stop = locate(request, &scope))
        return *stop;
    auto found = m_requests.find(scope.organizationId, request.param(u"request"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The change request"_s);
    ActorNames names(m_db, m_clock);
    return ApiResponse::json(changeRequestWithNames(found->value(), names));
}

ApiResponse ConfigGovernanceApi::approve(ApiRequest &request)
{
    return decide(request, true);
}

ApiResponse ConfigGovernanceApi::reject(ApiRequest &request)
{
    return decide(request, false);
}

ApiResponse ConfigGovernanceApi::decide(ApiRequest &request, bool approve)
{
    ConfigScope scope;
    if (auto stop = locate(request, &scope))
        return *stop;
    const QString id = request.param(u"request"_s);
    // Another level's (or tenant's) request is not found, whoever asks.
    auto found = m_requests.find(scope.organizationId, id);
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The change request"_s);
    if (auto stop = requireConfigWriter(request, scope))
        return *stop;
    const MutationActor actor = actorOf(request);
    auto decided = approve ? m_requests.approve(actor, scope.organizationId, id)
                           : m_requests.reject(actor, scope.organizationId, id);
    if (!decided)
        return writeFailure(request, decided.error());
    return ApiResponse::json(configChangeRequestToJson(decided.value()));
}

} // namespace wedsync::server
