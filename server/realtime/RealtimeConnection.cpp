#include "realtime/RealtimeConnection.h"

#include "Clock.h"
#include "RealtimeCodec.h"
#include "realtime/ChannelRegistry.h"
#include "realtime/RealtimeLogging.h"
#include "realtime/RealtimeSettings.h"

#include <QTimer>
#include <QWebSocket>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

// How long a closing socket may take to answer our close frame before it is cut.
constexpr int CloseGraceMs = 5'000;

} // namespace

const QByteArray &SharedFrame::utf8(RealtimeVsn vsn)
{
    Encoded &slot = encoded(vsn);
    if (!slot.utf8)
        slot.utf8 = RealtimeCodec::encodeText(vsn, m_message, RealtimeDirection::ServerToClient);
    return *slot.utf8;
}

const QByteArray &SharedFrame::frame(RealtimeVsn vsn)
{
    Encoded &slot = encoded(vsn);
    if (!slot.frame)
        slot.frame = serverTextFrame(utf8(vsn));
    return *slot.frame;
}

RealtimeConnection::RealtimeConnection(quint64 id, std::unique_ptr<QWebSocket> socket,
                                       QTcpSocket *tcp, FrameBatch &batch, RealtimeVsn vsn,
                                       RealtimeIdentity identity, QString token,
                                       const RealtimeSettings &settings, const Clock &clock,
                                       RealtimeMessageHandler &handler, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(std::move(socket))
    , m_writer(*m_socket, tcp, batch)
    , m_vsn(vsn)
    , m_identity(std::move(identity))
    , m_token(std::move(token))
    , m_settings(settings)
    , m_clock(clock)
    , m_handler(handler)
    , m_joins(settings.maxJoinsPerSecond)
    , m_events(settings.maxEventsPerSecond)
{
    m_sinceData.start();
    // Frames between the soft and the hard limit reach us and get a clear error; beyond the
    // hard limit Qt refuses them (close code 1009) without buffering them first.
    const auto hardLimit = quint64(std::max(settings.hardMaxFrameBytes, settings.maxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(hardLimit);
    m_socket->setMaxAllowedIncomingFrameSize(hardLimit);

    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RealtimeConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            &RealtimeConnection::onBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT disconnected(m_id);
    });
}

RealtimeConnection::~RealtimeConnection()
{
    // The socket may still be connected when the hub itself goes away.
    if (m_socket)
        m_socket->disconnect(this);
}

void RealtimeConnection::onText(const QString &text)
{
    m_sinceData.restart();
    const QByteArray utf8 = text.toUtf8();
    auto message = RealtimeCodec::decodeText(m_vsn, utf8, m_settings.maxFrameBytes);
    if (!message) {
        sendProtocolError(message.error());
        return;
    }
    dispatch(message.value(), utf8.size());
}

void RealtimeConnection::onBinary(const QByteArray &frame)
{
    m_sinceData.restart();
    if (m_vsn != RealtimeVsn::V2) {
        sendProtocolError(Error {u"binary_frame_unsupported"_s,
                                 u"Binary frames need the 2.0.0 serializer; connect with "
                                 "vsn=2.0.0 or send text frames."_s,
                                 {}});
        return;
    }
    auto push = RealtimeCodec::decodeBinary(frame, RealtimeDirection::ClientToServer,
                                            m_settings.maxFrameBytes);
    if (!push) {
        sendProtocolError(push.error());
        return;
    }
    auto message = RealtimeCodec::toBroadcastMessage(push.value());
    if (!message) {
        // The header was readable, so the client can be answered on its channel.
        const RealtimeMessage request {push->joinRef, push->ref, push->topic, u"broadcast"_s, {}};
        replyError(request, message.error());
        return;
    }
    dispatch(message.value(), frame.size());
}

void RealtimeConnection::dispatch(const RealtimeMessage &message, qsizetype frameBytes)
{
    if (message.topic == "phoenix"_L1) {
        if (message.event == "heartbeat"_L1)
            reply(message, true);
        else
            reply(message, false, QJsonObject {{u"reason"_s, u"unmatched topic"_s}});
        return;
    }

    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (message.event == "phx_join"_L1) {
        if (!m_joins.tryAcquire(nowMs)) {
            replyError(message,
                       Error {u"join_rate_limited"_s,
                              u"Too many joins per second; the limit is %1."_s.arg(m_joins.limit()),
                              {}});
            return;
        }
    } else if (!m_events.tryAcquire(nowMs)) {
        qCDebug(lcRealtime) << "connection" << m_id << "over its event rate; dropping"
                            << message.event << "on" << message.topic;
        replyError(message,
                   Error {u"rate_limited"_s,
                          u"Too many messages per second; the limit is %1. This "
                          "message was dropped."_s.arg(m_events.limit()),
                          {}});
        return;
    }
    m_handler.handleMessage(*this, message, frameBytes);
}

void RealtimeConnection::send(const RealtimeMessage &message)
{
    if (m_closing)
        return;
    m_writer.writeText(
        RealtimeCodec::encodeText(m_vsn, message, RealtimeDirection::ServerToClient));
    checkBackpressure();
}

void RealtimeConnection::send(SharedFrame &frame)
{
    if (m_closing)
        return;
    const QByteArray &utf8 = frame.utf8(m_vsn);
    if (m_writer.writesDirectly(utf8.size()))
        m_writer.writeFrame(frame.frame(m_vsn));
    else
        m_writer.writeText(utf8);
    checkBackpressure();
}

void RealtimeConnection::checkBackpressure()
{
    const qint64 pending = m_socket->bytesToWrite() + m_writer.queuedBytes();
    if (m_settings.maxPendingOutgoingBytes <= 0 || pending <= m_settings.maxPendingOutgoingBytes)
        return;
    qCWarning(lcRealtime) << "connection" << m_id << "does not read its messages (" << pending
                          << "bytes pending); disconnecting it";
    m_closing = true;
    // Not aborted here: we may be in the middle of a fan-out over this very connection.
    QTimer::singleShot(0, m_socket.get(), &QWebSocket::abort);
}

void RealtimeConnection::reply(const RealtimeMessage &request, bool ok, const QJsonValue &response)
{
    send(RealtimeMessage {
        request.joinRef, request.ref, request.topic, u"phx_reply"_s,
        QJsonObject {{u"status"_s, ok ? u"ok"_s : u"error"_s}, {u"response"_s, response}}});
}

void RealtimeConnection::replyError(const RealtimeMessage &request, const Error &error)
{
    reply(request, false,
          QJsonObject {{u"reason"_s, QString(error.code + u": "_s + error.message)}});
}

void RealtimeConnection::sendProtocolError(const Error &error)
{
    qCDebug(lcRealtime) << "connection" << m_id << "sent a bad frame:" << error.code
                        << error.message;
    send(RealtimeMessage {{},
                          {},
                          u"phoenix"_s,
                          u"system"_s,
                          QJsonObject {{u"extension"_s, u"system"_s},
                                       {u"status"_s, u"error"_s},
                                       {u"code"_s, error.code},
                                       {u"message"_s, error.message}}});
}

void RealtimeConnection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_writer.writeQueued(); // what was sent before goes before the close frame
    m_socket->close(code, closeReason(reason));
    QTimer::singleShot(CloseGraceMs, m_socket.get(), &QWebSocket::abort);
}

bool RealtimeConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QString RealtimeConnection::closeReason(QString reason)
{
    while (reason.toUtf8().size() > 123)
        reason.chop(1);
    return reason;
}

HubChannel *RealtimeConnection::channel(const QString &wireTopic) const
{
    const auto it = m_channels.find(wireTopic);
    return it == m_channels.end() ? nullptr : it->second.get();
}

HubChannel &RealtimeConnection::addChannel(std::unique_ptr<HubChannel> channel)
{
    const QString wireTopic = channel->topic->wireName();
    auto &slot = m_channels[wireTopic];
    slot = std::move(channel);
    return *slot;
}

std::unique_ptr<HubChannel> RealtimeConnection::takeChannel(const QString &wireTopic)
{
    const auto it = m_channels.find(wireTopic);
    if (it == m_channels.end())
        return nullptr;
    auto channel = std::move(it->second);
    m_channels.erase(it);
    return channel;
}

std::vector<HubChannel *> RealtimeConnection::channels() const
{
    std::vector<HubChannel *> out;
    out.reserve(m_channels.size());
    for (const auto &[topic, channel] : m_channels)
        out.push_back(channel.get());
    return out;
}

} // namespace wedsync::server
