#include "realtime/RealtimeSocket.h"

#include "RealtimeCodec.h"
#include "ServicesLogging.h"

#include <QWebSocket>

namespace wedsync {

using namespace Qt::StringLiterals;

namespace {
const QString PhoenixTopic = u"phoenix"_s;
}

RealtimeSocket::RealtimeSocket(QObject *parent)
    : QObject(parent)
{
    m_heartbeatTimer.setInterval(25000);
    m_deadline.setSingleShot(true);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &RealtimeSocket::onHeartbeatTick);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(m_open ? tr("The server did not answer a heartbeat in time.")
                    : tr("The server did not accept the connection in time."));
    });
}

RealtimeSocket::~RealtimeSocket()
{
    discardSocket();
}

void RealtimeSocket::setTimers(int heartbeatMs, int heartbeatTimeoutMs)
{
    m_heartbeatTimer.setInterval(heartbeatMs);
    m_heartbeatTimeoutMs = heartbeatTimeoutMs;
}

void RealtimeSocket::open(const QUrl &url)
{
    discardSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this] {
        m_open = true;
        m_deadline.stop();
        m_pendingHeartbeat.clear();
        m_heartbeatTimer.start();
        qCDebug(lcRealtimeClient) << "socket open";
        Q_EMIT opened();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            fail(socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason());
    });
    // Qt 6.4 names the signal `error` (errorOccurred came in 6.5).
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                // A refused connection or a failed handshake may come without `disconnected`.
                if (socket == m_socket && !m_open)
                    fail(socket->errorString());
            });
    connect(socket, &QWebSocket::textMessageReceived, this, &RealtimeSocket::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &RealtimeSocket::onBinaryMessage);
    m_deadline.start(m_heartbeatTimeoutMs);
    socket->open(url);
}

void RealtimeSocket::close()
{
    discardSocket();
}

void RealtimeSocket::discardSocket()
{
    m_heartbeatTimer.stop();
    m_deadline.stop();
    m_pendingHeartbeat.clear();
    m_open = false;
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        // A polite close frame when we can; the object goes once the event loop is back,
        // never inside one of its own signals.
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->close();
        else
            socket->abort();
        socket->deleteLater();
    }
}

void RealtimeSocket::fail(const QString &reason)
{
    if (!m_socket)
        return;
    qCInfo(lcRealtimeClient) << "connection lost:" << reason;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnect(this);
        m_socket->abort(); // a dead peer would never answer a close frame
    }
    discardSocket();
    Q_EMIT closed(reason);
}

QString RealtimeSocket::makeRef()
{
    return QString::number(++m_nextRef);
}

bool RealtimeSocket::send(const RealtimeMessage &message)
{
    if (!m_open || !m_socket)
        return false;
    const QByteArray frame
        = RealtimeCodec::encodeText(RealtimeVsn::V2, message, RealtimeDirection::ClientToServer);
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    return true;
}

QString RealtimeSocket::sendHeartbeat()
{
    const QString ref = makeRef();
    send(RealtimeMessage {{}, ref, PhoenixTopic, u"heartbeat"_s, QJsonObject {}});
    return ref;
}

void RealtimeSocket::onHeartbeatTick()
{
    if (!m_pendingHeartbeat.isEmpty())
        return; // still waiting; the deadline decides
    m_pendingHeartbeat = sendHeartbeat();
    m_deadline.start(m_heartbeatTimeoutMs);
}

void RealtimeSocket::onHeartbeatReply(const RealtimeMessage &message)
{
    const QString ref = message.ref.value_or(QString());
    if (!m_pendingHeartbeat.isEmpty() && ref == m_pendingHeartbeat) {
        m_pendingHeartbeat.clear();
        m_deadline.stop();
    }
    Q_EMIT heartbeatReplied(ref);
}

void RealtimeSocket::onTextMessage(const QString &text)
{
    auto message = RealtimeCodec::decodeText(RealtimeVsn::V2, text.toUtf8());
    if (!message) {
        qCWarning(lcRealtimeClient)
            << "unreadable frame:" << message.error().code << message.error().message;
        return;
    }
    if (message->topic == PhoenixTopic && message->event == "phx_reply"_L1) {
        onHeartbeatReply(message.value());
        return;
    }
    Q_EMIT messageReceived(message.value());
}

void RealtimeSocket::onBinaryMessage(const QByteArray &frame)
{
    // The server writes text, but kind 4 is valid vsn 2.0.0, so read it the same way.
    auto broadcast = RealtimeCodec::decodeBinary(frame, RealtimeDirection::ServerToClient);
    if (!broadcast) {
        qCWarning(lcRealtimeClient) << "unreadable binary frame:" << broadcast.error().code;
        return;
    }
    auto message = RealtimeCodec::toBroadcastMessage(broadcast.value());
    if (!message) {
        qCWarning(lcRealtimeClient) << "unsupported binary broadcast:" << message.error().code;
        return;
    }
    Q_EMIT messageReceived(message.value());
}

} // namespace wedsync
