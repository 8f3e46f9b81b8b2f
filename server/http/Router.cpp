#include "http/Router.h"

#include "http/HttpLogging.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// application/json, with at most a UTF-8 charset parameter (JSON is UTF-8, RFC 8259 §8.1).
bool isJsonContentType(const QByteArray &header)
{
    const QList<QByteArray> parts = header.split(';');
    if (parts.first().trimmed().compare("application/json", Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = parameter.left(equals).trimmed();
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (equals < 0 || name.compare("charset", Qt::CaseInsensitive) != 0
            || (value.compare("utf-8", Qt::CaseInsensitive) != 0
                && value.compare("utf8", Qt::CaseInsensitive) != 0))
            return false;
    }
    return true;
}

} // namespace

QString authRequirementName(AuthRequirement auth)
{
    switch (auth) {
    case AuthRequirement::Public:
        return u"public"_s;
    case AuthRequirement::Authenticated:
        return u"authenticated"_s;
    case AuthRequirement::Console:
        return u"console"_s;
    }
    return {};
}

Status Router::add(Route route)
{
    static const QStringList methods {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    if (!methods.contains(route.method))
        return Error {u"invalid_route"_s, u"Unsupported method %1."_s.arg(route.method), {}};
    if (!route.handler)
        return Error {
            u"invalid_route"_s, u"Route %1 has no handler."_s.arg(route.path.pattern()), {}};
    for (const Route &existing : std::as_const(m_routes)) {
        if (existing.method == route.method && existing.path.shape() == route.path.shape())
            return Error {
                u"invalid_route"_s,
                u"Route %1 %2 is defined twice."_s.arg(route.method, route.path.pattern()),
                {}};
    }
    m_routes.append(std::move(route));
    return ok();
}

void Router::addOrDie(Route route)
{
    const QString name = route.method + u' ' + route.path.pattern();
    if (auto added = add(std::move(route)); !added)
        qFatal("route table: %s: %s", qPrintable(name), qPrintable(added.error().message));
}

ApiResponse Router::dispatch(ApiRequest &request) const
{
    const QStringList segments = PathPattern::splitPath(request.path);
    // HEAD is GET without the body (HttpServer drops it).
    const QString method = request.method == u"HEAD"_s ? u"GET"_s : request.method;

    const Route *best = nullptr;
    QHash<QString, QString> bestParams;
    QSet<QString> allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!route.path.matches(segments, &params))
            continue;
        allowed.insert(route.method);
        if (route.method != method)
            continue;
        if (!best || route.path.literalCount() > best->path.literalCount()) {
            best = &route;
            bestParams = params;
        }
    }

    if (allowed.isEmpty()) {
        return ApiResponse::error(
            404, u"not_found"_s,
            u"There is no API route %1 %2."_s.arg(request.method, request.path));
    }
    if (!best) {
        QStringList list = allowed.values();
        std::sort(list.begin(), list.end());
        const QByteArray allow = list.join(u", "_s).toLatin1();
        if (request.method == u"OPTIONS"_s)
            return ApiResponse::noContent().withHeader(QByteArrayLiteral("Allow"), allow);
        return ApiResponse::error(405, u"method_not_allowed"_s,
                                  u"%1 is not allowed on %2; use %3."_s.arg(
                                      request.method, request.path, list.join(u", "_s)),
                                  QJsonObject {{u"allowed"_s, QJsonArray::fromStringList(list)}})
            .withHeader(QByteArrayLiteral("Allow"), allow);
    }

    // Authentication first: a caller without a valid token learns nothing about the path.
    if (best->auth != AuthRequirement::Public) {
        if (!m_guard) {
            // Without an authenticator nothing protected may run: fail closed.
            return ApiResponse::error(401, u"unauthenticated"_s, u"Sign in to use this API."_s);
        }
        if (auto stop = m_guard(*best, request))
            return *stop;
    }
    if (const auto bad = best->path.validate(&bestParams)) {
        const auto params = best->path.parameters();
        const auto it
            = std::find_if(params.cbegin(), params.cend(),
                           [&](const PathPattern::Parameter &p) { return p.name == *bad; });
        const QString type = it != params.cend() ? PathPattern::typeName(it->type) : QString();
        return ApiResponse::error(
            400, u"invalid_id"_s,
            type == u"uuid"_s
                ? u"The %1 in the path is not a valid id (a UUID is expected)."_s.arg(*bad)
                : u"The %1 in the path is not valid."_s.arg(*bad),
            QJsonObject {{u"parameter"_s, *bad}, {u"expected"_s, type}});
    }
    // A body is read only when it says it is JSON: a cross-site form or fetch may POST
    // text/plain without a CORS preflight, and must find nothing here that would read it.
    if ((!best->requestSchema.isEmpty() || !request.body.isEmpty())
        && !isJsonContentType(request.header(QByteArrayLiteral("Content-Type")))) {
        return ApiResponse::error(
            415, u"unsupported_media_type"_s,
            u"Send the request body as JSON, with Content-Type: application/json."_s,
            QJsonObject {{u"contentType"_s,
                          QString::fromLatin1(
                              request.header(QByteArrayLiteral("Content-Type")).left(100))}});
    }
    // PostgreSQL cannot store U+0000 in text or jsonb, and the Qt driver cuts a statement at
    // it; refuse it here once, for every route and both backends alike.
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name.contains(QChar(0)) || value.contains(QChar(0)))
            return ApiResponse::error(
                400, u"invalid_character"_s,
                u"The query parameter %1 contains the NUL character (U+0000), which is not "
                "allowed in text."_s.arg(QString(name).remove(QChar(0))),
                QJsonObject {{u"parameter"_s, QString(name).remove(QChar(0))}});
    }
    request.params = bestParams;
    return m_runner ? m_runner(*best, request) : best->handler(request);
}

} // namespace wedsync::server
