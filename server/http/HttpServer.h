#pragma once
// The HTTP front: turns Qt HttpServer requests into ApiRequests for the Router and writes the
// ApiResponse back. Nothing a handler does can escape as an uncaught failure or leak details:
// exceptions and failures become a logged 500 internal_error with a generic message.
//
// WebSocket upgrades: paths given to acceptWebSocketsOn() are left to QAbstractHttpServer,
// which completes the handshake and announces the socket with newWebSocketConnection (take
// it with nextPendingWebSocketConnection()). Upgrades to any other path get one JSON 404 and
// the connection closes.
//
// Every connection passes a ConnectionGuard first (GuardedTcpServer): strict framing, size
// limits, header and idle timeouts, a cap per client address. The guard also writes the
// answers, in request order: a handler may answer later (http/PendingAnswer), e.g. from a
// worker thread's result, and the connection's next answers wait for it.

#include "common/Status.h"
#include "http/ConnectionLimits.h"
#include "http/Router.h"
#include "http/UpgradedSockets.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace wedsync::server {

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(const Router &router, QObject *parent = nullptr);

    // Body size, timeouts and the per-address cap, for connections accepted after listenOn().
    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }
    const ConnectionLimits &limits() const { return m_limits; }

    // Upgrade requests to `path` become WebSockets (connect newWebSocketConnection first).
    void acceptWebSocketsOn(const QString &path) { m_webSocketPaths.insert(path); }
    // The TCP socket a WebSocket from nextPendingWebSocketConnection() was upgraded from (the
    // realtime hub writes its frames there), or null; each is handed out once.
    QTcpSocket *takeUpgradedSocket(const QWebSocket &webSocket)
    {
        return m_upgraded.take(webSocket);
    }

    // Asked after every request that failed (5xx): the seconds a client should wait when a
    // dependency (the database) is away, or nothing. Such failures become 503
    // `database_unavailable` with Retry-After instead of 500: nothing was done, try again.
    using Outage = std::function<std::optional<int>()>;
    void setOutageCheck(Outage check) { m_outage = std::move(check); }

    // With a batch, the requests read in one turn of the event loop are handled together right
    // after that turn's socket reads, inside one call of `batch` (which calls `handleAll` once):
    // whatever `batch` does first happens after every one of them was read. The server uses it
    // to take in the access changes that arrived with one round trip instead of one per request
    // (OperatorCache::CaughtUp). A request that waits its turn behind a write on its connection
    // (see ConnectionGuard) is handled when its turn comes, outside a batch. Without a batch,
    // each request is handled as soon as it is read.
    using Batch = std::function<void(const std::function<void()> &handleAll)>;
    void setBatch(Batch batch) { m_batch = std::move(batch); }

    // Starts listening; port 0 picks a free port. Returns the port actually bound.
    Result<quint16> listenOn(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Delivery; // where and how one request's answer goes

    // Routes `api` and answers it (now, or later through its PendingAnswer).
    void dispatch(ApiRequest &api, const Delivery &delivery, qint64 bodySize);
    ApiResponse respond(ApiRequest &request, qint64 bodySize);
    // Handles the requests read since the last batch (m_readTogether's timeout).
    void handleBatch();
    // The answer's place on its connection (taken in request order) and what it is for.
    Delivery takePlace(const QHttpServerRequest &request, QTcpSocket *socket,
                       const QString &requestId);
    // Turns a handler's answer into what goes out (503 during an outage, 404 for a refused
    // upgrade), writes it in its place on the connection and logs the request.
    void deliver(const Delivery &delivery, ApiResponse response);

    const Router &m_router;
    ConnectionLimits m_limits;
    QSet<QString> m_webSocketPaths;
    UpgradedSockets m_upgraded;
    QTcpSocket *m_answeredUpgrade = nullptr; // refused upgrade whose 404 is written
    Outage m_outage;
    Batch m_batch;
    std::vector<std::function<void()>> m_read; // read this turn, waiting for the batch
    QTimer m_readTogether; // zero interval: fires right after the turn's socket notifiers
};

} // namespace wedsync::server
