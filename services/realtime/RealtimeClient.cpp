#include "realtime/RealtimeClient.h"

#include "ServicesLogging.h"
#include "realtime/RealtimeSocket.h"

#include <QUrlQuery>

namespace wedsync {

using namespace Qt::StringLiterals;

QDebug operator<<(QDebug debug, ConnectionState state)
{
    QDebugStateSaver saver(debug);
    switch (state) {
    case ConnectionState::Offline:
        return debug.noquote() << "Offline";
    case ConnectionState::Connecting:
        return debug.noquote() << "Connecting";
    case ConnectionState::Online:
        return debug.noquote() << "Online";
    case ConnectionState::Resyncing:
        return debug.noquote() << "Resyncing";
    }
    return debug;
}

RealtimeClient::RealtimeClient(QObject *parent)
    : QObject(parent)
    , m_socket(new RealtimeSocket(this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::connectNow);
    connect(m_socket, &RealtimeSocket::opened, this, &RealtimeClient::onOpened);
    connect(m_socket, &RealtimeSocket::closed, this, &RealtimeClient::onClosed);
    connect(m_socket, &RealtimeSocket::messageReceived, this, &RealtimeClient::onMessage);
    setTimers(m_timers);
}

RealtimeClient::~RealtimeClient()
{
    m_socket->close();
}

void RealtimeClient::setTimers(const RealtimeTimers &timers)
{
    m_timers = timers;
    m_socket->setTimers(timers.heartbeatMs, timers.heartbeatTimeoutMs);
    m_backoff.setRange(timers.reconnectMinMs, timers.reconnectMaxMs, timers.jitter);
    for (RealtimeChannel *channel : std::as_const(m_channels))
        channel->setTimers(timers);
}

void RealtimeClient::setServer(const QUrl &httpBase)
{
    m_server = httpBase;
}

QUrl RealtimeClient::socketUrl() const
{
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QString path = m_server.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/realtime/v1/websocket"_s);
    QUrlQuery query;
    query.addQueryItem(u"apikey"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_accessToken)));
    query.addQueryItem(u"vsn"_s, u"2.0.0"_s);
    url.setQuery(query);
    return url;
}

void RealtimeClient::setAccessToken(const QString &token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    for (RealtimeChannel *channel : std::as_const(m_channels))
        channel->setAccessToken(token);
    // Waiting to retry, perhaps because the old token was refused: try the new one now.
    if (m_wantOpen && m_reconnectTimer.isActive()) {
        m_reconnectTimer.stop();
        connectNow();
    }
}

void RealtimeClient::open()
{
    if (m_wantOpen)
        return;
    m_wantOpen = true;
    m_backoff.reset();
    m_outageReported = false;
    connectNow();
}

void RealtimeClient::close()
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    m_socket->close();
    for (RealtimeChannel *channel : std::as_const(m_channels))
        channel->socketLost();
    setState(ConnectionState::Offline);
}

void RealtimeClient::connectNow()
{
    if (!m_wantOpen)
        return;
    if (!m_server.isValid()) {
        Q_EMIT errorOccurred(tr("No server is set for live updates."));
        return;
    }
    setState(ConnectionState::Connecting);
    qCDebug(lcRealtimeClient) << "connecting to" << m_server.toDisplayString();
    m_socket->open(socketUrl());
}

void RealtimeClient::onOpened()
{
    m_backoff.reset();
    m_outageReported = false;
    setState(ConnectionState::Resyncing);
    for (RealtimeChannel *channel : std::as_const(m_channels))
        channel->socketOpened();
    updateState();
}

void RealtimeClient::onClosed(const QString &reason)
{
    for (RealtimeChannel *channel : std::as_const(m_channels))
        channel->socketLost();
    if (!m_wantOpen) {
        setState(ConnectionState::Offline);
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    qCInfo(lcRealtimeClient) << "reconnecting in" << delay << "ms after:" << reason;
    // Once per outage, not once per attempt.
    if (!m_outageReported) {
        m_outageReported = true;
        Q_EMIT errorOccurred(tr("Live updates were interrupted (%1); reconnecting.").arg(reason));
    }
    setState(ConnectionState::Connecting);
    m_reconnectTimer.start(delay);
}

void RealtimeClient::onMessage(const RealtimeMessage &message)
{
    if (RealtimeChannel *channel = m_channels.value(message.topic)) {
        channel->handleMessage(message);
        return;
    }
    if (message.event == "system"_L1)
        qCInfo(lcRealtimeClient) << "server says:"
                                 << message.payload.toObject().value("message"_L1);
}

RealtimeChannel *RealtimeClient::channel(const QString &topic)
{
    const QString wire = u"realtime:"_s + topic;
    if (RealtimeChannel *existing = m_channels.value(wire))
        return existing;
    auto *created = new RealtimeChannel(topic, m_socket, this);
    created->setTimers(m_timers);
    created->setAccessToken(m_accessToken);
    connect(m_socket, &RealtimeSocket::heartbeatReplied, created,
            &RealtimeChannel::onHeartbeatReplied);
    connect(created, &RealtimeChannel::settledChanged, this, &RealtimeClient::updateState);
    m_channels.insert(wire, created);
    return created;
}

void RealtimeClient::updateState()
{
    if (!m_socket->isOpen())
        return; // Offline or Connecting, set where the socket changed
    bool settled = true;
    for (const RealtimeChannel *channel : std::as_const(m_channels))
        settled = settled && channel->isSettled();
    setState(settled ? ConnectionState::Online : ConnectionState::Resyncing);
}

void RealtimeClient::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    qCDebug(lcRealtimeClient) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace wedsync
