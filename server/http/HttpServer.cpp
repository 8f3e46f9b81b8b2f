#include "http/HttpServer.h"

#include "common/Ids.h"
#include "http/ConnectionGuard.h"
#include "http/GuardedTcpServer.h"
#include "http/HttpLogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>

#include <exception>
#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

// QHttpServerResponder only knows the statuses of its enum (others would throw inside Qt).
bool isKnownStatus(int status)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return meta.valueToKey(status) != nullptr;
}

} // namespace

HttpServer::HttpServer(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{ }

Result<quint16> HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *tcp = new GuardedTcpServer(m_limits, this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error {u"listen_failed"_s,
                      u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why),
                      {}};
    }
    bind(tcp);
    return tcp->serverPort();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt HttpServer 6.4 hands a WebSocket upgrade to its WebSocket server only when this
    // returns true (and newWebSocketConnection is connected); the handshake answer is then
    // Qt's, so nothing may be written here. Upgrades elsewhere get the router's answer and
    // false, so that Qt closes the connection instead of upgrading it.
    const bool upgrade
        = request.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive)
        == 0;
    if (upgrade && m_webSocketPaths.contains(request.url().path())) {
        // From here on the connection is a WebSocket: no HTTP timeouts, the hub's heartbeat;
        // the guard still refuses unmasked client frames.
        if (auto *guard
            = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
            guard->watchFrames();
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyEncoded);
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    api.remoteAddress = request.remoteAddress();
    // A client may bring its own id to correlate logs; we accept only a short safe one.
    const QByteArray given = api.header(QByteArrayLiteral("X-Request-Id"));
    api.requestId
        = (given.size() >= 8 && given.size() <= 64 && ids::isUuid(QString::fromLatin1(given)))
        ? QString::fromLatin1(given).toLower()
        : ids::create();

    ApiResponse response = respond(api, request.body().size());
    if (response.status >= 500 && m_outage) {
        if (const auto retryAfter = m_outage()) {
            // Health answers its own 503 (degraded); everything else says what to do.
            if (response.status != 503)
                response = ApiResponse::error(
                    503, u"database_unavailable"_s,
                    u"The database is unavailable just now; nothing was changed. Try again in "
                    "%1 s."_s.arg(*retryAfter));
            response.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter));
        }
    }
    if (upgrade && response.status < 400)
        response = ApiResponse::error(404, u"not_found"_s,
                                      u"There is no WebSocket endpoint at %1."_s.arg(api.path));
    write(request, socket, response, api.requestId);
    qCDebug(lcHttp).noquote() << api.method << api.path << response.status << timer.elapsed()
                              << "ms" << api.requestId;
    // Qt follows a refused upgrade with missingHandler(): that socket has its answer already.
    m_answeredUpgrade = upgrade ? socket : nullptr;
    return !upgrade;
}

ApiResponse HttpServer::respond(ApiRequest &request, qint64 bodySize)
{
    // The guard refuses declared oversized bodies before they are read; this catches any
    // body that reached us another way.
    if (bodySize > m_limits.maxBodyBytes) {
        return ApiResponse::error(
            413, u"payload_too_large"_s,
            u"The request body is larger than the limit of %1 bytes."_s.arg(m_limits.maxBodyBytes),
            QJsonObject {{u"limit"_s, m_limits.maxBodyBytes}});
    }
    try {
        ApiResponse response = m_router.dispatch(request);
        if (!isKnownStatus(response.status))
            return ApiResponse::internalError(
                request.requestId, u"handler answered unknown status %1"_s.arg(response.status));
        return response;
    } catch (const std::exception &e) {
        return ApiResponse::internalError(request.requestId,
                                          u"exception: "_s + QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return ApiResponse::internalError(request.requestId, u"unknown exception"_s);
    }
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                       const ApiResponse &response, const QString &requestId)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"),
                              response.contentType + "; charset=utf-8");
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // Browsers must take our JSON and CSV for what Content-Type says, never sniff them as HTML.
    responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"),
                          QByteArrayLiteral("nosniff"));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (response.status == 204 || response.status == 304) {
        responder.writeBody(QByteArray()); // ends the header block; these carry no body
        return;
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray()
                                                                             : response.body);
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (std::exchange(m_answeredUpgrade, nullptr) == socket)
        return;
    // handleRequest answers everything else; this only runs if that ever changes.
    const QString requestId = ids::create();
    write(request, socket,
          ApiResponse::error(404, u"not_found"_s, u"There is no API route for this request."_s),
          requestId);
}

} // namespace wedsync::server
