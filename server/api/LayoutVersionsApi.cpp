#include "api/LayoutVersionsApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/KeysetPage.h"
#include "api/LayoutRestore.h"
#include "api/Operator.h"
#include "api/PageQuery.h"
#include "api/ReaderAnswer.h"
#include "api/RecordJson.h"
#include "storage/LayoutVersionRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &response, RouteHandler handler)
{
    return consoleRoute(u"layout"_s, method, path, summary, {}, response, 200, std::move(handler));
}

QJsonObject versionJson(const LayoutVersionRecord &record)
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {{u"version"_s, record.version},
            {u"weddingId"_s, textOrNull(record.weddingId)},
            {u"createdAt"_s, json::timestamp(record.occurredAt)},
            {u"author"_s,
             QJsonObject {{u"id"_s, textOrNull(record.authorId)},
                          {u"name"_s, textOrNull(record.authorName)}}},
            {u"summary"_s, record.summary}};
}

QJsonObject versionWithSnapshot(const LayoutVersionRecord &record)
{
    QJsonObject out = versionJson(record);
    out.insert(u"sections"_s, record.snapshot);
    return out;
}

ApiResponse withLayoutVersion(ApiResponse response, qint64 current)
{
    response.withHeader(LayoutVersionHeader, QByteArray::number(current));
    return response;
}

} // namespace

LayoutVersionsApi::LayoutVersionsApi(LayoutRestore &restore, Database &db, const Clock &clock)
    : m_restore(restore)
    , m_db(db)
    , m_clock(clock)
{ }

void LayoutVersionsApi::registerRoutes(Router &router)
{
    const QString collection = u"/api/v1/organizations/{org:uuid}/layout/versions"_s;
    const QString item = collection + u"/{version:string}"_s;
    router.addOrDie(
        route(u"GET"_s, collection,
              u"Layout versions of the organization's default layout (?weddingId= one wedding's), "
              "newest first; limit (1-200), cursor or offset. X-Layout-Version: the current one."_s,
              u"LayoutVersionPage"_s, [this](ApiRequest &r) { return list(r); }));
    router.addOrDie(route(u"GET"_s, item,
                          u"One layout version with its sections (?weddingId= for a wedding's "
                          "layout); ETag: the version."_s,
                          u"LayoutVersion"_s, [this](ApiRequest &r) { return get(r); }));
    router.addOrDie(
        route(u"POST"_s, item + u"/restore"_s,
              u"Makes the layout equal to this version, recorded as a new version (If-Match: the "
              "current layout version; 428 without, 412 when stale)."_s,
              u"LayoutVersion"_s, [this](ApiRequest &r) { return restore(r); }));
}

std::optional<ApiResponse> LayoutVersionsApi::readScope(const ApiRequest &request,
                                                        const QStringList &query,
                                                        QString *weddingId)
{
    if (auto stop = requireVisibleOrganization(request, m_db, m_clock))
        return stop;
    if (auto stop = rejectUnknownQuery(request, QStringList(query) << u"weddingId"_s))
        return stop;
    if (auto stop = readUuidQuery(request, u"weddingId"_s, weddingId))
        return stop;
    if (weddingId->isEmpty())
        return std::nullopt;
    auto wedding = WeddingRepository(m_db, m_clock).find(request.param(u"org"_s), *weddingId);
    if (!wedding)
        return errorResponse(request, wedding.error());
    if (!wedding->has_value())
        return notFound(u"The wedding"_s);
    return std::nullopt;
}

std::optional<ApiResponse> LayoutVersionsApi::readVersion(const ApiRequest &request,
                                                          qint64 *version)
{
    const QString text = request.param(u"version"_s);
    bool isNumber = false;
    *version = text.toLongLong(&isNumber);
    const bool digitsOnly
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (isNumber && digitsOnly && text.size() <= 18 && *version >= 1)
        return std::nullopt;
    return ApiResponse::error(400, u"invalid_id"_s, u"A layout version is a whole number from 1."_s,
                              QJsonObject {{u"parameter"_s, u"version"_s}});
}

ApiResponse LayoutVersionsApi::list(ApiRequest &request)
{
    LayoutVersionRepository::Filter filter;
    if (auto stop = readScope(request, {u"limit"_s, u"offset"_s, u"cursor"_s}, &filter.weddingId))
        return *stop;
    if (auto stop = readPageInto(request, DefaultPageSize, MaxPageSize, &filter))
        return *stop;
    filter.organizationId = request.param(u"org"_s);
    return answerFromReader(
        m_readers, m_db, request,
        [clock = &m_clock, filter, requestId = request.requestId](Database &db) {
            const ApiRequest answering = answeringRequest(requestId);
            LayoutVersionRepository repository(db, *clock);
            auto current = repository.current(filter.organizationId, filter.weddingId);
            if (!current)
                return errorResponse(answering, current.error());
            ApiResponse response = keysetPage(answering, repository, filter, &versionJson);
            if (response.status != 200)
                return response;
            QJsonObject body = QJsonDocument::fromJson(response.body).object();
            body.insert(u"currentVersion"_s, current.value());
            return withLayoutVersion(ApiResponse::json(body), current.value());
        });
}

ApiResponse LayoutVersionsApi::get(ApiRequest &request)
{
    QString weddingId;
    if (auto stop = readScope(request, {}, &weddingId))
        return *stop;
    qint64 version = 0;
    if (auto stop = readVersion(request, &version))
        return *stop;
    // Whether If-None-Match names this version is known before anything is read; a version
    // never changes once stored, but it must exist to be "not modified".
    const bool cached = ifNoneMatchHits(request, version);
    return answerFromReader(
        m_readers, m_db, request,
        [clock = &m_clock, organizationId = request.param(u"org"_s), weddingId, version, cached,
         requestId = request.requestId](Database &db) {
            LayoutVersionRepository repository(db, *clock);
            auto found = repository.find(organizationId, weddingId, version);
            if (!found)
                return errorResponse(answeringRequest(requestId), found.error());
            if (!found->has_value())
                return notFound(u"The layout version"_s);
            if (cached)
                return notModified(version);
            ApiResponse response = ApiResponse::json(versionWithSnapshot(found->value()));
            response.withHeader("ETag", etagFor(version));
            return response;
        });
}

ApiResponse LayoutVersionsApi::restore(ApiRequest &request)
{
    LayoutRestoreRequest wanted;
    if (auto stop = readScope(request, {}, &wanted.weddingId))
        return *stop;
    if (auto stop = readVersion(request, &wanted.version))
        return *stop;
    wanted.organizationId = request.param(u"org"_s);
    const Operator *caller = callerOf(request);
    if (!caller->canEditSections(wanted.organizationId))
        return forbidden(u"Only the organization's admins and coordinators (and platform admins) "
                         "can restore a layout; support staff can read its versions."_s);
    if (auto stop = readIfMatch(request, &wanted.ifMatch))
        return *stop;
    qint64 current = 0;
    auto restored = m_restore.restore(actorOf(request), *caller, wanted, &current);
    LayoutVersionRepository repository(m_db, m_clock);
    if (!restored) {
        QJsonValue now;
        if (restored.error().code == u"version_conflict"_s) {
            // Read again: the conflict may have been found at the commit, with a newer one.
            if (auto latest = repository.current(wanted.organizationId, wanted.weddingId))
                current = latest.value();
            auto found = repository.find(wanted.organizationId, wanted.weddingId, current);
            if (found && found->has_value())
                now = versionJson(found->value());
            else
                now = QJsonObject {{u"version"_s, current}};
        }
        return writeFailure(request, restored.error(), now);
    }
    auto found = repository.find(wanted.organizationId, wanted.weddingId, restored.value());
    if (!found)
        return errorResponse(request, found.error());
    if (!found->has_value())
        return notFound(u"The layout version"_s);
    ApiResponse response = ApiResponse::json(versionWithSnapshot(found->value()));
    response.withHeader("ETag", etagFor(restored.value()));
    return withLayoutVersion(std::move(response), restored.value());
}

} // namespace wedsync::server
