#include "api/AppointmentsApi.h"

#include "AppointmentJson.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/AppointmentService.h"
#include "api/Authenticator.h"
#include "api/KeysetPageReader.h"
#include "api/Operator.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"
#include "storage/AppointmentRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using appointments::Appointment;

namespace {

constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 500;

const QString Collection = u"/api/v1/organizations/{org:uuid}/appointments"_s;
const QString One = Collection + u"/{appointment:uuid}"_s;

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"appointments"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

ApiResponse appointmentResponse(const Appointment &a, int status = 200)
{
    ApiResponse response = ApiResponse::json(appointments::toJson(a), status);
    response.withHeader("ETag", etagFor(a.version));
    return response;
}

ApiResponse missing()
{
    return notFound(u"The appointment"_s);
}

} // namespace

AppointmentsApi::AppointmentsApi(AppointmentService &service, Database &db, const Clock &clock)
    : m_service(service)
    , m_db(db)
    , m_clock(clock)
{ }

void AppointmentsApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (AppointmentsApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    router.addOrDie(
        route(u"GET"_s, Collection,
              u"The organization's appointments, latest start first, paged by cursor. Filters: "
              "weddingId; from and to (those overlapping [from, to)); changedSince (changed at or "
              "after, for incremental readers) with includeDeleted=true to get deletions as "
              "tombstones (deletedAt set)."_s,
              {}, u"AppointmentPage"_s, 200, bind(&AppointmentsApi::list)));
    router.addOrDie(route(u"POST"_s, Collection,
                          u"Adds an appointment: timed (startsAt, endsAt as instants) or all day "
                          "(startDate, exclusive endDate), with its IANA time zone. The wedding "
                          "day is the wedding's own and is not created here."_s,
                          u"AppointmentCreate"_s, u"Appointment"_s, 201,
                          bind(&AppointmentsApi::create)));
    router.addOrDie(route(u"GET"_s, One, u"One appointment; ETag: its version."_s, {},
                          u"Appointment"_s, 200, bind(&AppointmentsApi::get)));
    router.addOrDie(route(u"PATCH"_s, One,
                          u"Changes an appointment (If-Match: its version; 412 with the current "
                          "one when stale). A wedding day keeps its date, zone and kind."_s,
                          u"AppointmentPatch"_s, u"Appointment"_s, 200,
                          bind(&AppointmentsApi::patch)));
    router.addOrDie(route(u"DELETE"_s, One,
                          u"Deletes an appointment (If-Match: its version); it stays as a "
                          "tombstone for incremental readers. The wedding day cannot be "
                          "deleted (409)."_s,
                          {}, {}, 204, bind(&AppointmentsApi::remove)));
}

std::optional<ApiResponse> AppointmentsApi::requireWriter(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller && caller->canEditSections(request.param(u"org"_s)))
        return std::nullopt;
    return forbidden(u"Appointments are planned by the organization's admins and coordinators; "
                     "support staff can read them."_s);
}

QJsonValue AppointmentsApi::currentOf(const ApiRequest &request)
{
    auto now = m_service.find(request.param(u"org"_s), request.param(u"appointment"_s));
    return now && now->has_value() ? QJsonValue(appointments::toJson(now->value())) : QJsonValue();
}

ApiResponse AppointmentsApi::list(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    if (auto stop = rejectUnknownQuery(request,
                                       {u"weddingId"_s, u"from"_s, u"to"_s, u"changedSince"_s,
                                        u"includeDeleted"_s, u"limit"_s, u"offset"_s, u"cursor"_s}))
        return *stop;
    AppointmentRepository::Filter filter;
    filter.organizationId = request.param(u"org"_s);
    if (auto stop = readUuidQuery(request, u"weddingId"_s, &filter.weddingId))
        return *stop;
    for (auto [name, target] :
         {std::pair {u"from"_s, &filter.from}, std::pair {u"to"_s, &filter.to},
          std::pair {u"changedSince"_s, &filter.changedSince}}) {
        if (auto stop = readTimeQuery(request, name, target))
            return *stop;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return invalidQuery(u"to"_s, u"to must come after from."_s);
    if (auto stop = readBoolQuery(request, u"includeDeleted"_s, &filter.includeDeleted))
        return *stop;
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    return keysetPageOnReader<AppointmentRepository>(
        m_readers, m_db, request, m_clock, filter,
        [](const Appointment &a) { return appointments::toJson(a); });
}

ApiResponse AppointmentsApi::create(ApiRequest &request)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return *stop;
    auto body = readBodyWithFields(request, appointments::writableFields());
    if (!body)
        return writeFailure(request, body.error());
    if (auto stop = requireWriter(request))
        return *stop;
    auto created = m_service.create(actorOf(request), request.param(u"org"_s), body.value());
    if (!created)
        return writeFailure(request, created.error());
    ApiResponse response = appointmentResponse(created.value(), 201);
    response.withHeader(
        "Location",
        u"/api/v1/organizations/%1/appointments/%2"_s.arg(created->organizationId, created->id)
            .toUtf8());
    return response;
}

std::optional<ApiResponse> AppointmentsApi::locate(const ApiRequest &request, Appointment *found)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    auto read = m_service.find(request.param(u"org"_s), request.param(u"appointment"_s));
    if (!read)
        return errorResponse(request, read.error());
    if (!read->has_value())
        return missing();
    *found = read->value();
    return std::nullopt;
}

ApiResponse AppointmentsApi::get(ApiRequest &request)
{
    Appointment found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (ifNoneMatchHits(request, found.version))
        return notModified(found.version);
    return appointmentResponse(found);
}

ApiResponse AppointmentsApi::patch(ApiRequest &request)
{
    Appointment found;
    if (auto stop = locate(request, &found))
        return *stop;
    auto body = readBodyWithFields(request, appointments::writableFields());
    if (!body)
        return writeFailure(request, body.error());
    if (auto stop = requireWriter(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto updated = m_service.update(actorOf(request), request.param(u"org"_s),
                                    request.param(u"appointment"_s), ifMatch, body.value());
    if (!updated)
        return writeFailure(request, updated.error(), currentOf(request));
    return appointmentResponse(updated.value());
}

ApiResponse AppointmentsApi::remove(ApiRequest &request)
{
    Appointment found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (auto stop = requireWriter(request))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    auto removed = m_service.remove(actorOf(request), request.param(u"org"_s),
                                    request.param(u"appointment"_s), ifMatch);
    if (!removed)
        return writeFailure(request, removed.error(), currentOf(request));
    return ApiResponse::noContent();
}

} // namespace wedsync::server
