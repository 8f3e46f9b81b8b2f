#include "http/HttpServer.h"

#include "common/Ids.h"
#include "http/ConnectionGuard.h"
#include "http/GuardedTcpServer.h"
#include "http/HttpLogging.h"
#include "http/PendingAnswer.h"

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

// The statuses we answer with are those of QHttpServerResponder's enum (RFC 9110's).
bool isKnownStatus(int status)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return meta.valueToKey(status) != nullptr;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// The whole answer as it goes on the wire, in one piece.
QByteArray render(const ApiResponse &response, const QString &requestId, bool head)
{
    const bool bodiless = response.status == 204 || response.status == 304;
    QByteArray out;
    out.reserve(256 + (head || bodiless ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "; charset=utf-8\r\n";
    out += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    out += "Cache-Control: no-store\r\n";
    // Browsers must take our JSON and CSV for what Content-Type says, never sniff them as HTML.
    out += "X-Content-Type-Options: nosniff\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (bodiless) // these carry no body
        return out += "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!head)
        out += response.body;
    return out;
}

// RFC 9110 9.2.1: methods that change nothing on the server.
bool isSafeMethod(const QString &method)
{
    return method == u"GET"_s || method == u"HEAD"_s || method == u"OPTIONS"_s;
}

} // namespace

struct HttpServer::Delivery
{
    QPointer<ConnectionGuard> guard;
    QPointer<QTcpSocket> socket; // a connection without a guard (never from listenOn())
    quint64 ticket = 0;
    QString requestId;
    QString method;
    QString path;
    bool head = false;
    bool upgrade = false;
    QElapsedTimer timer;
};

HttpServer::HttpServer(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
    m_readTogether.setSingleShot(true);
    m_readTogether.setInterval(0);
    connect(&m_readTogether, &QTimer::timeout, this, &HttpServer::handleBatch);
}

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
        m_upgraded.add(socket);
        return true;
    }
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

    Delivery delivery = takePlace(request, socket, api.requestId);
    delivery.upgrade = upgrade;
    const qint64 bodySize = request.body().size();
    ConnectionGuard *guard = delivery.guard.data();
    if (!upgrade && guard && guard->mustWaitTurn(delivery.ticket, isSafeMethod(api.method))) {
        guard->dispatchInTurn(delivery.ticket,
                              [this, api = std::move(api), delivery, bodySize]() mutable {
                                  dispatch(api, delivery, bodySize);
                              });
    } else if (m_batch && !upgrade) {
        m_read.push_back([this, api = std::move(api), delivery, bodySize]() mutable {
            dispatch(api, delivery, bodySize);
        });
        if (!m_readTogether.isActive())
            m_readTogether.start();
    } else {
        dispatch(api, delivery, bodySize);
    }
    // Qt follows a refused upgrade with missingHandler(): that socket has its answer already.
    m_answeredUpgrade = upgrade ? socket : nullptr;
    return !upgrade;
}

void HttpServer::handleBatch()
{
    std::vector<std::function<void()>> read = std::exchange(m_read, {});
    if (read.empty())
        return;
    m_batch([&read] {
        for (std::function<void()> &handle : read)
            handle();
    });
}

void HttpServer::dispatch(ApiRequest &api, const Delivery &delivery, qint64 bodySize)
{
    std::shared_ptr<PendingAnswer> pending;
    api.deferral = [&pending, delivery, server = QPointer<HttpServer>(this)] {
        if (!pending) {
            pending = std::make_shared<PendingAnswer>([delivery, server](ApiResponse response) {
                if (server)
                    server->deliver(delivery, std::move(response));
            });
        }
        return pending;
    };
    ApiResponse response = respond(api, bodySize);
    api.deferral = nullptr;
    if (response.deferred && pending && !delivery.upgrade) {
        // The handler answers through `pending`; the connection keeps its place meanwhile.
        pending.reset();
    } else {
        if (response.deferred)
            response = ApiResponse::internalError(
                api.requestId, u"a handler answered later without a pending answer"_s);
        if (pending) // taken, but answered at once: that answer counts, a later one not
            std::exchange(pending, nullptr)->answer(std::move(response));
        else
            deliver(delivery, std::move(response));
    }
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

HttpServer::Delivery HttpServer::takePlace(const QHttpServerRequest &request, QTcpSocket *socket,
                                           const QString &requestId)
{
    Delivery delivery;
    delivery.timer.start();
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    delivery.guard = guard;
    delivery.socket = socket;
    delivery.ticket = guard ? guard->reserveAnswer() : 0;
    delivery.requestId = requestId;
    delivery.method = methodName(request.method());
    delivery.path = request.url().path(QUrl::FullyEncoded);
    delivery.head = request.method() == QHttpServerRequest::Method::Head;
    return delivery;
}

void HttpServer::deliver(const Delivery &delivery, ApiResponse response)
{
    if (response.status >= 500 && m_outage) {
        if (const auto retryAfter = m_outage()) {
            // Health answers its own 503 (degraded); everything else says what to do.
            if (response.status != 503)
                response = ApiResponse::error(
                    503, u"database_unavailable"_s,
                    u"The database is unavailable just now; nothing was changed. Try again in "
                    "%1 s."_s.arg(*retryAfter));
            // The reconnect's own time replaces a reader's guess (api/ReaderAnswer).
            response.headers.removeIf([](const auto &header) {
                return header.first.compare("Retry-After", Qt::CaseInsensitive) == 0;
            });
            response.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter));
        }
    }
    if (delivery.upgrade && response.status < 400)
        response = ApiResponse::error(
            404, u"not_found"_s, u"There is no WebSocket endpoint at %1."_s.arg(delivery.path));
    const QByteArray bytes = render(response, delivery.requestId, delivery.head);
    if (ConnectionGuard *guard = delivery.guard.data()) {
        guard->sendAnswer(delivery.ticket, bytes);
    } else if (QTcpSocket *socket = delivery.socket.data();
               socket && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(bytes);
        socket->flush();
    }
    qCDebug(lcHttp).noquote() << delivery.method << delivery.path << response.status
                              << delivery.timer.elapsed() << "ms" << delivery.requestId;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (std::exchange(m_answeredUpgrade, nullptr) == socket)
        return;
    // handleRequest answers everything else; this only runs if that ever changes.
    deliver(takePlace(request, socket, ids::create()),
            ApiResponse::error(404, u"not_found"_s, u"There is no API route for this request."_s));
}

} // namespace wedsync::server
