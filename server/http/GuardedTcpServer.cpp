#include "http/GuardedTcpServer.h"

#include "http/ConnectionGuard.h"
#include "http/ConnectionTally.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace wedsync::server {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tally(std::make_shared<ConnectionTally>())
{
    // Bursts of connections wait in the kernel instead of being dropped at 50.
    setListenBacklogSize(1024);
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Answers are written in more than one piece (head, body): without TCP_NODELAY, Nagle's
    // algorithm holds the last piece until the client's delayed ACK, 40 ms later.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_tally->tryAdd(socket->peerAddress(), m_limits.maxConnectionsPerAddress)) {
        // Never handed to the HTTP server: answered here and gone once closed.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        auto *guard = new ConnectionGuard(socket, m_limits, nullptr);
        guard->refuseNow(429, QByteArrayLiteral("Too Many Requests"), u"too_many_connections"_s,
                         u"This address already holds %1 open connections; close some first."_s.arg(
                             m_limits.maxConnectionsPerAddress),
                         QByteArrayLiteral("Retry-After: 5\r\n"));
        return;
    }
    // Connected before the HTTP server connects its own handler, so it sees bytes first.
    new ConnectionGuard(socket, m_limits, m_tally);
    addPendingConnection(socket);
}

} // namespace wedsync::server
