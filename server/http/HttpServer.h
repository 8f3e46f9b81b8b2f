#pragma once
// The HTTP front: turns Qt HttpServer requests into ApiRequests for the Router and writes the
// ApiResponse back. Nothing a handler does can escape as an uncaught failure or leak details:
// exceptions and failures become a logged 500 internal_error with a generic message.
//
// WebSocket upgrades: paths given to acceptWebSocketsOn() are left to QAbstractHttpServer,
// which completes the handshake and announces the socket with newWebSocketConnection (take
// it with nextPendingWebSocketConnection()). Upgrades to any other path get a JSON 404.

#include "common/Status.h"
#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSet>

namespace wedsync::server {

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024; // 1 MiB

    explicit HttpServer(const Router &router, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Upgrade requests to `path` become WebSockets (connect newWebSocketConnection first).
    void acceptWebSocketsOn(const QString &path) { m_webSocketPaths.insert(path); }

    // Starts listening; port 0 picks a free port. Returns the port actually bound.
    Result<quint16> listenOn(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse respond(ApiRequest &request, qint64 bodySize);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response,
               const QString &requestId);

    const Router &m_router;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    QSet<QString> m_webSocketPaths;
};

} // namespace wedsync::server
