#include "api/WebhooksApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/KeysetPage.h"
#include "api/Operator.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"
#include "api/ReaderAnswer.h"
#include "api/WebhookService.h"
#include "storage/WebhookDeliveryRepository.h"
#include "storage/WebhookEndpointRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using webhooks::Delivery;
using webhooks::Endpoint;

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 200;

const QString Collection = u"/api/v1/organizations/{org:uuid}/webhooks"_s;
const QString One = Collection + u"/{webhook:uuid}"_s;

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"webhooks"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

ApiResponse endpointResponse(const Endpoint &e, int status = 200)
{
    ApiResponse response = ApiResponse::json(webhooks::toJson(e), status);
    response.withHeader("ETag", etagFor(e.version));
    return response;
}

std::optional<ApiResponse> requireReader(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller && caller->canReadOperations(request.param(u"org"_s)))
        return std::nullopt;
    return forbidden(u"Webhooks are managed by the organization's admins; support staff can "
                     "read them."_s);
}

std::optional<ApiResponse> requireManager(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller && caller->canAdminister(request.param(u"org"_s)))
        return std::nullopt;
    return forbidden(u"Webhooks are added, changed, tested and redelivered by the "
                     "organization's admins; support staff can read them."_s);
}

// On a reader's `db`: the organization, then its endpoint `id` (404 for another
// organization's); fills `*found`.
std::optional<ApiResponse> readEndpoint(Database &db, const Clock &clock,
                                        const QString &organizationId, const QString &id,
                                        const QString &requestId, Endpoint *found)
{
    if (auto stop = requireExistingOrganization(db, clock, organizationId, requestId))
        return stop;
    auto read = WebhookEndpointRepository(db, clock).find(organizationId, id);
    if (!read)
        return errorResponse(answeringRequest(requestId), read.error());
    if (!read->has_value())
        return notFound(u"The webhook endpoint"_s);
    *found = read->value();
    return std::nullopt;
}

} // namespace

WebhooksApi::WebhooksApi(WebhookService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void WebhooksApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (WebhooksApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    router.addOrDie(route(u"GET"_s, Collection,
                          u"The organization's webhook endpoints, oldest first (never their "
                          "secrets)."_s,
                          {}, u"WebhookEndpointList"_s, 200, bind(&WebhooksApi::list)));
    router.addOrDie(route(
        u"POST"_s, Collection,
        u"Adds an endpoint: url (https or http, no credentials, a public address unless the "
        "server allows private ones), eventTypes, description, enabled. The answer holds the "
        "signing secret, once; deliveries carry X-WedSync-Signature: t=<unix>,v1=<hex "
        "HMAC-SHA256 of \"<t>.<body>\">."_s,
        u"WebhookEndpointCreate"_s, u"WebhookEndpointCreated"_s, 201, bind(&WebhooksApi::create)));
    router.addOrDie(route(u"GET"_s, One, u"One endpoint; ETag: its version."_s, {},
                          u"WebhookEndpoint"_s, 200, bind(&WebhooksApi::get)));
    router.addOrDie(route(u"PATCH"_s, One,
                          u"Changes an endpoint (If-Match: its version; 412 with the current "
                          "one when stale)."_s,
                          u"WebhookEndpointPatch"_s, u"WebhookEndpoint"_s, 200,
                          bind(&WebhooksApi::patch)));
    router.addOrDie(route(u"DELETE"_s, One,
                          u"Deletes an endpoint and its delivery log (If-Match: its version)."_s,
                          {}, {}, 204, bind(&WebhooksApi::remove)));
    router.addOrDie(route(u"POST"_s, One + u"/test"_s,
                          u"Queues a ping event to the endpoint (even a disabled one); the "
                          "answer is the queued delivery (202)."_s,
                          {}, u"WebhookDelivery"_s, 202, bind(&WebhooksApi::test)));
    router.addOrDie(route(u"GET"_s, One + u"/deliveries"_s,
                          u"The endpoint's deliveries, newest first, with status, attempts, "
                          "the last response code, latency and error. Filter: status; limit "
                          "(1-200), cursor."_s,
                          {}, u"WebhookDeliveryPage"_s, 200, bind(&WebhooksApi::deliveries)));
    router.addOrDie(route(u"POST"_s, One + u"/deliveries/{delivery:uuid}/redeliver"_s,
                          u"Sends a delivery's event again (same event id and body) as a new "
                          "delivery (202)."_s,
                          {}, u"WebhookDelivery"_s, 202, bind(&WebhooksApi::redeliver)));
}

std::optional<ApiResponse> WebhooksApi::locate(const ApiRequest &request, Endpoint *found)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    // Another tenant's id is 404 for everyone, before who may read is asked.
    auto read = m_service.find(request.param(u"org"_s), request.param(u"webhook"_s));
    if (!read)
        return errorResponse(request, read.error());
    if (!read->has_value())
        return notFound(u"The webhook endpoint"_s);
    if (auto stop = requireReader(request))
        return stop;
    *found = read->value();
    return std::nullopt;
}

ApiResponse WebhooksApi::list(ApiRequest &request)
{
    if (auto stop = requireReadableOrganization(request))
        return *stop;
    // Decided here, answered once the reader has found the organization.
    std::optional<ApiResponse> refused = requireReader(request);
    if (!refused)
        refused = rejectUnknownQuery(request, {});
    return answerFromReader(
        m_readers, m_db, request,
        [&clock = m_clock, organizationId = request.param(u"org"_s), refused,
         requestId = request.requestId](Database &db) {
            if (auto stop = requireExistingOrganization(db, clock, organizationId, requestId))
                return *stop;
            if (refused)
                return *refused;
            auto endpoints = WebhookService::list(db, clock, organizationId);
            if (!endpoints)
                return errorResponse(answeringRequest(requestId), endpoints.error());
            QJsonArray items;
            for (const Endpoint &e : std::as_const(endpoints.value()))
                items.append(webhooks::toJson(e));
            return ApiResponse::json(QJsonObject {{u"items"_s, items}});
        });
}

ApiResponse WebhooksApi::create(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBodyWithFields(request, webhooks::writableFields());
    if (!body)
        return writeFailure(request, body.error());
    if (auto stop = requireManager(request))
        return *stop;
    auto created = m_service.create(actorOf(request), request.param(u"org"_s), body.value());
    if (!created)
        return writeFailure(request, created.error());
    QJsonObject json = webhooks::toJson(created->endpoint);
    json.insert(u"secret"_s, created->secret);
    ApiResponse response = ApiResponse::json(json, 201);
    response.withHeader("ETag", etagFor(created->endpoint.version));
    response.withHeader("Location",
                        u"/api/v1/organizations/%1/webhooks/%2"_s
                            .arg(created->endpoint.organizationId, created->endpoint.id)
                            .toUtf8());
    response.withHeader("Cache-Control", "no-store");
    return response;
}

ApiResponse WebhooksApi::get(ApiRequest &request)
{
    if (auto stop = requireReadableOrganization(request))
        return *stop;
    // Another tenant's id is 404 for everyone, before who may read is asked: on the reader.
    const std::optional<ApiResponse> refused = requireReader(request);
    ApiRequest conditional = answeringRequest(request.requestId);
    conditional.headers = {{QByteArrayLiteral("If-None-Match"), request.header("If-None-Match")}};
    return answerFromReader(m_readers, m_db, request,
                            [&clock = m_clock, organizationId = request.param(u"org"_s),
                             id = request.param(u"webhook"_s), refused, conditional](Database &db) {
                                Endpoint found;
                                if (auto stop = readEndpoint(db, clock, organizationId, id,
                                                             conditional.requestId, &found))
                                    return *stop;
                                if (refused)
                                    return *refused;
                                if (ifNoneMatchHits(conditional, found.version))
                                    return notModified(found.version);
                                return endpointResponse(found);
                            });
}

ApiResponse WebhooksApi::patch(ApiRequest &request)
{
    Endpoint found;
    if (auto stop = locate(request, &found))
        return *stop;
    auto body = readBodyWithFields(request, webhooks::writableFields());
    if (!body)
        return writeFailure(request, body.error());
    if (auto stop = requireManager(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    const QString org = request.param(u"org"_s), id = request.param(u"webhook"_s);
    auto updated = m_service.update(actorOf(request), org, id, ifMatch, body.value());
    if (!updated) {
        QJsonValue current;
        if (auto now = m_service.find(org, id); now && now->has_value())
            current = webhooks::toJson(now->value());
        return writeFailure(request, updated.error(), current);
    }
    return endpointResponse(updated.value());
}

ApiResponse WebhooksApi::remove(ApiRequest &request)
{
    Endpoint found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    if (auto removed = m_service.remove(actorOf(request), request.param(u"org"_s),
                                        request.param(u"webhook"_s), ifMatch);
        !removed)
        return writeFailure(request, removed.error(), webhooks::toJson(found));
    return ApiResponse::noContent();
}

ApiResponse WebhooksApi::test(ApiRequest &request)
{
    Endpoint found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto queued = m_service.ping(actorOf(request), request.param(u"org"_s), found.id);
    if (!queued)
        return writeFailure(request, queued.error());
    return ApiResponse::json(webhooks::toJson(queued.value()), 202);
}

ApiResponse WebhooksApi::deliveries(ApiRequest &request)
{
    if (auto stop = requireReadableOrganization(request))
        return *stop;
    // What needs no database is decided here and answered after the reader has found the
    // organization and the endpoint, in the order it always had.
    WebhookDeliveryRepository::Filter filter;
    const auto check = [&request, &filter]() -> std::optional<ApiResponse> {
        if (auto stop = requireReader(request))
            return stop;
        if (auto stop
            = rejectUnknownQuery(request, {u"status"_s, u"limit"_s, u"offset"_s, u"cursor"_s}))
            return stop;
        if (request.query.hasQueryItem(u"status"_s)) {
            filter.status = request.query.queryItemValue(u"status"_s);
            static const QStringList statuses {u"pending"_s, u"delivered"_s, u"failed"_s,
                                               u"dead"_s};
            if (!statuses.contains(filter.status))
                return invalidQuery(u"status"_s,
                                    u"status is one of: %1."_s.arg(statuses.join(u", "_s)));
        }
        return readPageInto(request, DefaultPageSize, MaxPageSize, &filter);
    };
    const std::optional<ApiResponse> refused = check();
    return answerFromReader(
        m_readers, m_db, request,
        [&clock = m_clock, organizationId = request.param(u"org"_s),
         id = request.param(u"webhook"_s), refused, filter,
         requestId = request.requestId](Database &db) {
            Endpoint found;
            if (auto stop = readEndpoint(db, clock, organizationId, id, requestId, &found))
                return *stop;
            if (refused)
                return *refused;
            WebhookDeliveryRepository::Filter page = filter;
            page.organizationId = found.organizationId;
            page.endpointId = found.id;
            WebhookDeliveryRepository repository(db, clock);
            return keysetPage(answeringRequest(requestId), repository, page,
                              [](const Delivery &d) { return webhooks::toJson(d); });
        });
}

ApiResponse WebhooksApi::redeliver(ApiRequest &request)
{
    Endpoint found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (auto stop = requireManager(request))
        return *stop;
    auto queued = m_service.redeliver(actorOf(request), request.param(u"org"_s), found.id,
                                      request.param(u"delivery"_s));
    if (!queued)
        return writeFailure(request, queued.error());
    return ApiResponse::json(webhooks::toJson(queued.value()), 202);
}

} // namespace wedsync::server
