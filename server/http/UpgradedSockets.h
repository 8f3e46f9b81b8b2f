#pragma once
// The TCP sockets of WebSocket upgrades under way, so that the realtime hub can write its frames
// onto the socket under a QWebSocket (realtime/FrameWriter): Qt's WebSocket server does not say
// which socket a QWebSocket was upgraded from. A socket is known by its two ends (address and
// port each), which no two open connections share.

#include <QPointer>
#include <QString>

#include <map>
#include <tuple>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace wedsync::server {

class UpgradedSockets
{
public:
    // `socket` is being upgraded; forgotten once taken or once it is gone.
    void add(QTcpSocket *socket);
    // The socket `webSocket` was upgraded from, or null if it is not known here.
    QTcpSocket *take(const QWebSocket &webSocket);

private:
    using Ends = std::tuple<QString, quint16, QString, quint16>;
    std::map<Ends, QPointer<QTcpSocket>> m_sockets;
};

} // namespace wedsync::server
