#include "api/IntegrationsApi.h"

#include "CrmCatalog.h"
#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/IntegrationRequests.h"
#include "api/IntegrationService.h"
#include "api/IntegrationWire.h"
#include "api/Preconditions.h"
#include "storage/IntegrationRepository.h"
#include "storage/OrganizationRepository.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace crmrequest;

namespace {

const QString Integration = u"/integrations/{integration:uuid}"_s;

const QStringList DraftFields {u"provider"_s,        u"name"_s,        u"authType"_s,
                               u"scheduleMinutes"_s, u"direction"_s,   u"conflictStrategy"_s,
                               u"baseUrl"_s,         u"credentials"_s, u"paused"_s};

// The fields present in `body` over `change->draft`.
void readChange(JsonReader &reader, const QJsonObject &body, IntegrationChange *change)
{
    crm::IntegrationDraft &draft = change->draft;
    for (auto [key, target] :
         {std::pair {u"provider"_s, &draft.provider}, std::pair {u"name"_s, &draft.name},
          std::pair {u"authType"_s, &draft.authType}, std::pair {u"direction"_s, &draft.direction},
          std::pair {u"conflictStrategy"_s, &draft.conflictStrategy},
          std::pair {u"baseUrl"_s, &draft.baseUrl}}) {
        if (body.contains(key))
            *target = reader.string(key);
    }
    if (body.contains(u"scheduleMinutes"_s)) {
        if (body.value(u"scheduleMinutes"_s).isNull()) {
            draft.scheduleMinutes.reset();
        } else if (const auto minutes = reader.integer(u"scheduleMinutes"_s)) {
            if (*minutes < std::numeric_limits<int>::min()
                || *minutes > std::numeric_limits<int>::max())
                reader.addError(u"scheduleMinutes"_s,
                                u"Sync every 15 to 1440 minutes, or leave the schedule empty to "
                                "sync by hand."_s);
            else
                draft.scheduleMinutes = int(*minutes);
        }
    }
    if (body.contains(u"credentials"_s))
        change->credentials = body.value(u"credentials"_s).isNull()
            ? QJsonObject()
            : reader.object(u"credentials"_s);
    if (body.contains(u"paused"_s))
        change->paused = reader.boolean(u"paused"_s);
}

ApiResponse integrationResponse(const IntegrationRow &row, int status = 200)
{
    ApiResponse response = ApiResponse::json(integrationjson::integration(row), status);
    response.withHeader("ETag", etagFor(row.version));
    return response;
}

QList<crm::MappingRule> readMappings(JsonReader &reader)
{
    QList<crm::MappingRule> rules;
    const QJsonArray items = reader.array(u"items"_s, true);
    if (items.size() > crm::MaxMappings) {
        reader.addError(u"items"_s, u"At most %1 mapped fields."_s.arg(crm::MaxMappings));
        return rules;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"items[%1]"_s.arg(i);
        if (!items.at(i).isObject()) {
            reader.addError(at, u"Each mapping is an object {source, target, transform}."_s);
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        QList<FieldError> errors;
        JsonReader item(object, at, &errors);
        crm::MappingRule rule;
        rule.source = item.string(u"source"_s, {}, true);
        rule.target = item.string(u"target"_s, {}, true);
        rule.transform = item.string(u"transform"_s, u"none"_s);
        rule.argument = item.string(u"argument"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringList {u"source"_s, u"target"_s, u"transform"_s, u"argument"_s}.contains(
                    it.key()))
                errors << FieldError {at + u'.' + it.key().left(100),
                                      u"Unknown field; a mapping takes: source, target, "
                                      "transform, argument."_s};
        }
        for (const FieldError &error : std::as_const(errors))
            reader.addError(error.field, error.message);
        rules << rule;
    }
    return rules;
}

} // namespace

IntegrationsApi::IntegrationsApi(IntegrationService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void IntegrationsApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (IntegrationsApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    const QString &org = organizationPath();
    router.addOrDie(route(u"GET"_s, u"/api/v1/crm/providers"_s,
                          u"The CRMs a supplier can connect: how (api, inbound, file, custom), "
                          "the sign-in methods, features, rate limit, file formats and one "
                          "honest sentence on what is possible."_s,
                          {}, u"CrmProviderList"_s, 200, bind(&IntegrationsApi::providers)));
    router.addOrDie(route(u"GET"_s, org + u"/integrations"_s,
                          u"The organization's CRM integrations with their status, last and next "
                          "sync, and the tier's limit (allowed null: unlimited)."_s,
                          {}, u"IntegrationList"_s, 200, bind(&IntegrationsApi::list)));
    router.addOrDie(route(u"POST"_s, org + u"/integrations"_s,
                          u"Connects a CRM (status pending until tested). Credentials are sealed "
                          "at rest and never returned. 402 tier_limit when the tier has no "
                          "integration left; 409 for a name already used with the provider."_s,
                          u"IntegrationCreate"_s, u"Integration"_s, 201,
                          bind(&IntegrationsApi::create)));
    router.addOrDie(route(u"GET"_s, org + Integration, u"One integration; ETag: its version."_s, {},
                          u"Integration"_s, 200, bind(&IntegrationsApi::get)));
    router.addOrDie(route(u"PATCH"_s, org + Integration,
                          u"Changes an integration (If-Match: its version): name, schedule, "
                          "direction, conflict strategy, address, paused; credentials replace "
                          "the stored ones and ask for a new test."_s,
                          u"IntegrationPatch"_s, u"Integration"_s, 200,
                          bind(&IntegrationsApi::patch)));
    router.addOrDie(route(u"DELETE"_s, org + Integration,
                          u"Disconnects: removes the integration, its credentials, mappings and "
                          "jobs; the imported clients stay (204)."_s,
                          {}, {}, 204, bind(&IntegrationsApi::remove)));
    router.addOrDie(route(u"GET"_s, org + Integration + u"/field-mappings"_s,
                          u"The integration's field mappings in order, with the version (the "
                          "integration's) to send back in If-Match."_s,
                          {}, u"FieldMappingList"_s, 200, bind(&IntegrationsApi::mappings)));
    router.addOrDie(route(u"PUT"_s, org + Integration + u"/field-mappings"_s,
                          u"Replaces the field mappings (If-Match: the integration's version). "
                          "Targets: the 22 client fields or custom.<key>; each row's problem "
                          "names it (items[i].target)."_s,
                          u"FieldMappingList"_s, u"FieldMappingList"_s, 200,
                          bind(&IntegrationsApi::putMappings)));
    router.addOrDie(route(u"POST"_s, org + Integration + u"/sync"_s,
                          u"Queues a sync (full_import, incremental_sync, export_to_crm) for the "
                          "job runner (202). 409 sync_running when one is queued or running, 400 "
                          "not_connected before a successful test."_s,
                          u"SyncRequest"_s, u"SyncJob"_s, 202, bind(&IntegrationsApi::sync)));
}

std::optional<ApiResponse> IntegrationsApi::locate(const ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    auto found = m_service.find(request.param(u"org"_s), request.param(u"integration"_s));
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The integration"_s);
    return std::nullopt;
}

ApiResponse IntegrationsApi::providers(ApiRequest &request)
{
    Q_UNUSED(request)
    QJsonArray items;
    for (const crm::ProviderInfo &provider : crm::providers())
        items.append(crm::providerToJson(provider));
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

ApiResponse IntegrationsApi::list(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    const QString org = request.param(u"org"_s);
    auto rows = IntegrationRepository(m_db).list(org);
    if (!rows)
        return errorResponse(request, rows.error());
    auto organization = OrganizationRepository(m_db, m_clock).find(org);
    if (!organization)
        return errorResponse(request, organization.error());
    const QString tier
        = organization->has_value() ? organization->value().subscriptionTier : QString();
    QJsonArray items;
    for (const IntegrationRow &row : rows.value())
        items.append(integrationjson::integration(row));
    const auto allowed = crm::integrationLimit(tier);
    return ApiResponse::json(QJsonObject {
        {u"items"_s, items},
        {u"limit"_s,
         QJsonObject {{u"tier"_s, tier},
                      {u"allowed"_s, allowed ? QJsonValue(*allowed) : QJsonValue(QJsonValue::Null)},
                      {u"used"_s, int(rows->size())}}},
    });
}

ApiResponse IntegrationsApi::create(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBody(request, DraftFields);
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    IntegrationChange change;
    readChange(reader, body.value(), &change);
    reader.string(u"provider"_s, {}, true);
    reader.string(u"name"_s, {}, true);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    // What a provider allows by itself, when the body leaves it out.
    if (const crm::ProviderInfo *provider = crm::findProvider(change.draft.provider)) {
        if (!body->contains(u"authType"_s))
            change.draft.authType = crm::authTypeName(provider->authTypes.constFirst());
        if (!body->contains(u"direction"_s))
            change.draft.direction = crm::allowedDirections(*provider).constFirst();
    }
    if (!body->contains(u"conflictStrategy"_s))
        change.draft.conflictStrategy = u"wedsync_wins"_s;
    if (auto stop = requireManager(request))
        return *stop;
    auto created = m_service.create(actorOf(request), request.param(u"org"_s), change);
    if (!created)
        return failure(request, created.error());
    ApiResponse response = integrationResponse(created.value(), 201);
    response.withHeader(
        "Location",
        u"/api/v1/organizations/%1/integrations/%2"_s.arg(created->organizationId, created->id)
            .toUtf8());
    return response;
}

ApiResponse IntegrationsApi::get(ApiRequest &request)
{
    if (auto stop = locate(request))
        return *stop;
    auto row = m_service.find(request.param(u"org"_s), request.param(u"integration"_s));
    if (!row || !row->has_value())
        return row ? notFound(u"The integration"_s) : errorResponse(request, row.error());
    if (ifNoneMatchHits(request, row->value().version))
        return notModified(row->value().version);
    return integrationResponse(row->value());
}

ApiResponse IntegrationsApi::patch(ApiRequest &request)
{
    auto body = readBody(request, DraftFields);
    if (!body)
        return failure(request, body.error());
    if (auto stop = locate(request))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString id = request.param(u"integration"_s);
    auto existing = m_service.find(org, id);
    if (!existing || !existing->has_value())
        return existing ? notFound(u"The integration"_s) : errorResponse(request, existing.error());
    const IntegrationRow &row = existing->value();
    IntegrationChange change;
    change.draft = crm::IntegrationDraft {row.provider,        row.name,      row.authType,
                                          row.scheduleMinutes, row.direction, row.conflictStrategy,
                                          row.baseUrl};
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    readChange(reader, body.value(), &change);
    if (errors.isEmpty() && change.draft.provider != row.provider)
        errors << FieldError {u"provider"_s,
                              u"A connection's provider cannot change; connect the other provider "
                              "as a new integration."_s};
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = requireManager(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto updated = m_service.update(actorOf(request), org, id, ifMatch, change);
    if (!updated) {
        QJsonValue current;
        if (auto now = m_service.find(org, id); now && now->has_value())
            current = integrationjson::integration(now->value());
        return failure(request, updated.error(), current);
    }
    return integrationResponse(updated.value());
}

ApiResponse IntegrationsApi::remove(ApiRequest &request)
{
    if (auto stop = locate(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    std::optional<IfMatch> ifMatch;
    if (!request.header("If-Match").isEmpty()) {
        IfMatch read;
        if (auto stop = readIfMatch(request, &read))
            return *stop;
        ifMatch = read;
    }
    if (auto removed = m_service.remove(actorOf(request), request.param(u"org"_s),
                                        request.param(u"integration"_s), ifMatch);
        !removed)
        return failure(request, removed.error());
    return ApiResponse::noContent();
}

ApiResponse IntegrationsApi::mappings(ApiRequest &request)
{
    if (auto stop = locate(request))
        return *stop;
    const QString id = request.param(u"integration"_s);
    auto row = m_service.find(request.param(u"org"_s), id);
    if (!row || !row->has_value())
        return row ? notFound(u"The integration"_s) : errorResponse(request, row.error());
    auto rules = IntegrationRepository(m_db).mappings(id);
    if (!rules)
        return errorResponse(request, rules.error());
    ApiResponse response = ApiResponse::json(QJsonObject {
        {u"items"_s, integrationjson::mappings(rules.value())},
        {u"version"_s, row->value().version},
    });
    response.withHeader("ETag", etagFor(row->value().version));
    return response;
}

ApiResponse IntegrationsApi::putMappings(ApiRequest &request)
{
    auto body = readBody(request, {u"items"_s, u"version"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QList<crm::MappingRule> rules = readMappings(reader);
    reader.integer(u"version"_s);
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = locate(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    const QString org = request.param(u"org"_s);
    const QString id = request.param(u"integration"_s);
    auto version = m_service.putMappings(actorOf(request), org, id, ifMatch, rules);
    if (!version) {
        QJsonValue current;
        if (auto now = m_service.find(org, id); now && now->has_value())
            current = integrationjson::integration(now->value());
        return failure(request, version.error(), current);
    }
    ApiResponse response = ApiResponse::json(QJsonObject {
        {u"items"_s, integrationjson::mappings(rules)},
        {u"version"_s, version.value()},
    });
    response.withHeader("ETag", etagFor(version.value()));
    return response;
}

ApiResponse IntegrationsApi::sync(ApiRequest &request)
{
    auto body = readBody(request, {u"kind"_s});
    if (!body)
        return failure(request, body.error());
    QList<FieldError> errors;
    JsonReader reader(body.value(), {}, &errors);
    const QString kind = reader.string(u"kind"_s, {}, true);
    if (errors.isEmpty() && !crm::syncKinds().contains(kind))
        reader.addError(u"kind"_s, u"kind is one of: %1."_s.arg(crm::syncKinds().join(u", "_s)));
    if (!errors.isEmpty())
        return failure(request, invalid(errors));
    if (auto stop = locate(request))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto job = m_service.startSync(actorOf(request), request.param(u"org"_s),
                                   request.param(u"integration"_s), kind);
    if (!job)
        return failure(request, job.error());
    return ApiResponse::json(integrationjson::job(job.value()), 202);
}

} // namespace wedsync::server
