#pragma once
// One client WebSocket: its serializer version, frame decoding, heartbeat replies, idle
// tracking, per-connection limits, and the channels it has joined.

#include "RealtimeFrame.h"
#include "realtime/FrameWriter.h"
#include "realtime/HubChannel.h"
#include "realtime/RateCounter.h"
#include "realtime/RealtimeAuthorizer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QWebSocketProtocol>

#include <map>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace wedsync {
class Clock;
}

namespace wedsync::server {

class RealtimeConnection;
struct RealtimeSettings;

// One message, encoded and framed at most once per serializer version however many sockets
// get it.
class SharedFrame
{
public:
    explicit SharedFrame(RealtimeMessage message)
        : m_message(std::move(message))
    { }
    const QByteArray &utf8(RealtimeVsn vsn);
    // The whole WebSocket frame (FrameWriter); only for a payload FrameWriter writes itself.
    const QByteArray &frame(RealtimeVsn vsn);

private:
    struct Encoded
    {
        std::optional<QByteArray> utf8;
        std::optional<QByteArray> frame;
    };
    Encoded &encoded(RealtimeVsn vsn) { return vsn == RealtimeVsn::V2 ? m_v2 : m_v1; }

    RealtimeMessage m_message;
    Encoded m_v1;
    Encoded m_v2;
};

// Receives the channel messages a connection has decoded and let through its limits.
class RealtimeMessageHandler
{
public:
    virtual ~RealtimeMessageHandler() = default;
    virtual void handleMessage(RealtimeConnection &connection, const RealtimeMessage &message,
                               qsizetype frameBytes)
        = 0;
};

class RealtimeConnection : public QObject
{
    Q_OBJECT
public:
    // `tcp`: the socket `socket` was upgraded from, when known; frames are then written to it
    // directly (FrameWriter), at the end of the event loop's turn (`batch`).
    RealtimeConnection(quint64 id, std::unique_ptr<QWebSocket> socket, QTcpSocket *tcp,
                       FrameBatch &batch, RealtimeVsn vsn, RealtimeIdentity identity, QString token,
                       const RealtimeSettings &settings, const Clock &clock,
                       RealtimeMessageHandler &handler, QObject *parent = nullptr);
    ~RealtimeConnection() override;

    quint64 id() const { return m_id; }
    RealtimeVsn vsn() const { return m_vsn; }
    const RealtimeIdentity &identity() const { return m_identity; }
    const QString &token() const { return m_token; }
    qint64 idleMs() const { return m_sinceData.elapsed(); }
    bool isClosing() const { return m_closing; }
    bool isOpen() const;

    // A close frame's reason holds at most 123 bytes of UTF-8.
    static QString closeReason(QString reason);

    void send(const RealtimeMessage &message);
    void send(SharedFrame &frame);
    // phx_reply to `request`, echoing its topic, join_ref and ref exactly.
    void reply(const RealtimeMessage &request, bool ok, const QJsonValue &response = QJsonObject());
    // An error reply whose response is {"reason": "<code>: <message>"}; realtime-js shows
    // the response's values joined, so the reason reads well as one sentence.
    void replyError(const RealtimeMessage &request, const Error &error);
    // A `system` message on the `phoenix` topic for frames that cannot be answered on a
    // channel (undecodable or oversize); realtime-js ignores it, other clients can show it.
    void sendProtocolError(const Error &error);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

    HubChannel *channel(const QString &wireTopic) const;
    HubChannel &addChannel(std::unique_ptr<HubChannel> channel);
    std::unique_ptr<HubChannel> takeChannel(const QString &wireTopic);
    std::vector<HubChannel *> channels() const;
    int channelCount() const { return int(m_channels.size()); }

Q_SIGNALS:
    // The socket is gone; the hub removes the connection on its next turn of the loop.
    void disconnected(quint64 id);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &frame);
    void dispatch(const RealtimeMessage &message, qsizetype frameBytes);
    void checkBackpressure();

    const quint64 m_id;
    std::unique_ptr<QWebSocket> m_socket;
    FrameWriter m_writer;
    const RealtimeVsn m_vsn;
    RealtimeIdentity m_identity;
    QString m_token;
    const RealtimeSettings &m_settings;
    const Clock &m_clock;
    RealtimeMessageHandler &m_handler;
    QElapsedTimer m_sinceData;
    RateCounter m_joins;
    RateCounter m_events;
    bool m_closing = false;
    std::map<QString, std::unique_ptr<HubChannel>> m_channels;
};

} // namespace wedsync::server
