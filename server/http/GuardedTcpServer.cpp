#include "http/GuardedTcpServer.h"

#include "http/RequestSizeGuard.h"

#include <QTcpSocket>

namespace wedsync::server {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{ }

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
    // Connected before the HTTP server connects its own handler, so it sees bytes first.
    new RequestSizeGuard(socket, m_maxBodyBytes);
    addPendingConnection(socket);
}

} // namespace wedsync::server
