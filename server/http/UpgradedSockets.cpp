#include "http/UpgradedSockets.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace wedsync::server {

void UpgradedSockets::add(QTcpSocket *socket)
{
    // Upgrades that never became a WebSocket (a failed handshake) leave only null pointers.
    std::erase_if(m_sockets, [](const auto &entry) { return entry.second.isNull(); });
    m_sockets[{socket->localAddress().toString(), socket->localPort(),
               socket->peerAddress().toString(), socket->peerPort()}]
        = socket;
}

QTcpSocket *UpgradedSockets::take(const QWebSocket &webSocket)
{
    const auto it = m_sockets.find({webSocket.localAddress().toString(), webSocket.localPort(),
                                    webSocket.peerAddress().toString(), webSocket.peerPort()});
    if (it == m_sockets.end())
        return nullptr;
    QTcpSocket *socket = it->second.data();
    m_sockets.erase(it);
    return socket;
}

} // namespace wedsync::server
