#pragma once
// One WebSocket to the realtime server (vsn 2.0.0): opens with a handshake deadline, writes and
// reads Phoenix frames, makes refs, and heartbeats; a heartbeat unanswered in time is a dead
// connection. Each open() uses a fresh QWebSocket, so no signal of an old one can leak in.

#include "RealtimeFrame.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace wedsync {

class RealtimeSocket : public QObject
{
    Q_OBJECT

public:
    explicit RealtimeSocket(QObject *parent = nullptr);
    ~RealtimeSocket() override;

    void setTimers(int heartbeatMs, int heartbeatTimeoutMs);

    // Drops any current connection (without a closed() signal) and opens `url`.
    void open(const QUrl &url);
    // Closes on purpose: no closed() signal follows.
    void close();
    bool isOpen() const { return m_open; }

    QString makeRef();
    bool send(const RealtimeMessage &message);
    // Sends a heartbeat now and returns its ref. Its reply comes after the replies and pushes
    // of every frame sent before it, so it also marks "the server has caught up with us".
    QString sendHeartbeat();

Q_SIGNALS:
    void opened();
    // The connection ended without close(): refused, lost, or a heartbeat went unanswered.
    void closed(const QString &reason);
    void messageReceived(const wedsync::RealtimeMessage &message);
    void heartbeatReplied(const QString &ref);

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &frame);
    void onHeartbeatTick();
    void onHeartbeatReply(const RealtimeMessage &message);
    void fail(const QString &reason);
    void discardSocket();

    QWebSocket *m_socket = nullptr; // our child; replaced by every open()
    bool m_open = false;
    quint64 m_nextRef = 0;
    QString m_pendingHeartbeat; // the liveness heartbeat awaiting its reply
    QTimer m_heartbeatTimer;
    QTimer m_deadline; // handshake or heartbeat reply
    int m_heartbeatTimeoutMs = 10000;
};

} // namespace wedsync
