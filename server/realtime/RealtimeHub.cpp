#include "realtime/RealtimeHub.h"

#include "Clock.h"
#include "realtime/RealtimeConnection.h"
#include "realtime/RealtimeFanOut.h"
#include "realtime/RealtimeLogging.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QWebSocket>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

// How long a refused socket may take to answer our close frame before it is cut.
constexpr int RejectGraceMs = 5'000;

} // namespace

RealtimeHub::RealtimeHub(const RealtimeAuthorizer &authorizer, const Clock &clock,
                         RealtimeSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_authorizer(authorizer)
    , m_clock(clock)
    , m_registry(m_settings, clock)
    , m_handler(m_registry, m_delivery, authorizer, m_settings, clock)
{
    m_housekeeping.setInterval(std::max(1, m_settings.housekeepingIntervalMs));
    connect(&m_housekeeping, &QTimer::timeout, this, &RealtimeHub::runHousekeeping);
    m_housekeeping.start();
    m_handler.setPresenceObserver(
        [this](const Topic &topic) { Q_EMIT presenceChanged(topic.topic().name()); });
}

QList<QJsonObject> RealtimeHub::presenceMetas(const QString &topic) const
{
    auto parsed = RealtimeTopic::fromName(topic);
    if (!parsed)
        return {};
    Topic *found = m_registry.find(parsed->wireName());
    if (!found)
        return {};
    QList<QJsonObject> metas;
    const QJsonObject state = found->presence().state();
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QJsonArray list = it.value().toObject().value(u"metas"_s).toArray();
        for (const QJsonValue &meta : list)
            metas.append(meta.toObject());
    }
    return metas;
}

QList<RealtimeHub::ConnectionInfo> RealtimeHub::connectionInfos() const
{
    QList<ConnectionInfo> out;
    for (const RealtimeConnection *connection : m_connections) {
        if (connection->isClosing())
            continue;
        ConnectionInfo info;
        info.userId = connection->identity().subject;
        for (const HubChannel *channel : connection->channels())
            info.topics.append(channel->topic->topic().name());
        out.append(std::move(info));
    }
    return out;
}

RealtimeHub::~RealtimeHub()
{
    if (m_fanOut)
        m_fanOut->setListener(nullptr);
    // Connections go first: their channels point into the registry and their writers into
    // the frame batch. Those removed and not yet deleted (deleteLater) too.
    m_connections.clear();
    qDeleteAll(findChildren<RealtimeConnection *>(QString(), Qt::FindDirectChildrenOnly));
}

void RealtimeHub::addConnection(std::unique_ptr<QWebSocket> socket, QTcpSocket *tcp)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // QWebSocketServer makes its sockets its children; from here on the hub alone owns it.
    socket->setParent(nullptr);
    const QUrlQuery query(socket->requestUrl());
    auto vsn = parseRealtimeVsn(query.queryItemValue(u"vsn"_s, QUrl::FullyDecoded));
    if (!vsn) {
        reject(std::move(socket), QWebSocketProtocol::CloseCodeProtocolError, vsn.error().message);
        return;
    }
    QString token = query.queryItemValue(u"apikey"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        token = QString::fromUtf8(socket->request().rawHeader("x-api-key"));
    if (token.isEmpty()) {
        reject(std::move(socket), QWebSocketProtocol::CloseCodePolicyViolated,
               u"API key is missing: connect with ?apikey=<access token>."_s);
        return;
    }
    auto identity = m_authorizer.authenticate(token);
    if (!identity) {
        reject(std::move(socket), QWebSocketProtocol::CloseCodePolicyViolated,
               identity.error().message);
        return;
    }
    if (identity->expiresAt.isValid() && identity->expiresAt <= m_clock.now()) {
        reject(std::move(socket), QWebSocketProtocol::CloseCodePolicyViolated,
               u"Token has expired"_s);
        return;
    }

    if (m_connectionsPerUser.value(identity->subject) >= m_settings.maxConnectionsPerUser) {
        reject(std::move(socket), QWebSocketProtocol::CloseCodePolicyViolated,
               u"too many connections: one user may have %1 open at a time"_s.arg(
                   m_settings.maxConnectionsPerUser));
        return;
    }

    const quint64 id = m_nextConnectionId++;
    auto *connection
        = new RealtimeConnection(id, std::move(socket), tcp, m_frameBatch, vsn.value(),
                                 identity.value(), token, m_settings, m_clock, m_handler, this);
    // Queued: the socket may go away in the middle of a fan-out that still iterates over it.
    connect(connection, &RealtimeConnection::disconnected, this, &RealtimeHub::removeConnection,
            Qt::QueuedConnection);
    m_connections.insert(id, connection);
    ++m_connectionsPerUser[identity->subject];
    qCDebug(lcRealtime) << "connection" << id << "of" << identity->subject << "with vsn"
                        << realtimeVsnName(vsn.value());
    Q_EMIT connectionCountChanged(connectionCount());
}

void RealtimeHub::reject(std::unique_ptr<QWebSocket> socket, QWebSocketProtocol::CloseCode code,
                         const QString &reason)
{
    qCDebug(lcRealtime) << "refusing a socket:" << reason;
    QWebSocket *raw = socket.release();
    raw->setParent(this);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    raw->close(code, RealtimeConnection::closeReason(reason));
    QTimer::singleShot(RejectGraceMs, raw, [raw] {
        raw->abort();
        raw->deleteLater();
    });
}

void RealtimeHub::removeConnection(quint64 id)
{
    RealtimeConnection *connection = m_connections.take(id);
    if (!connection)
        return;
    m_handler.dropConnection(*connection);
    const QString user = connection->identity().subject;
    if (--m_connectionsPerUser[user] <= 0)
        m_connectionsPerUser.remove(user);
    connection->deleteLater();
    qCDebug(lcRealtime) << "connection" << id << "closed";
    Q_EMIT connectionCountChanged(connectionCount());
}

void RealtimeHub::runHousekeeping()
{
    const auto ids = m_connections.keys();
    for (quint64 id : ids) {
        RealtimeConnection *connection = m_connections.value(id);
        if (!connection)
            continue;
        if (!connection->isOpen()) {
            removeConnection(id);
            continue;
        }
        if (connection->idleMs() > m_settings.idleTimeoutMs) {
            qCDebug(lcRealtime) << "connection" << id << "idle for" << connection->idleMs()
                                << "ms; closing it";
            connection->close(QWebSocketProtocol::CloseCodeGoingAway,
                              u"idle timeout: no data for %1 ms"_s.arg(m_settings.idleTimeoutMs));
            continue;
        }
        m_handler.closeExpiredChannels(*connection);
    }
    m_registry.collectGarbage();
}

void RealtimeHub::revalidateUser(const QString &userId)
{
    if (userId.isEmpty())
        return;
    const auto connections = m_connections;
    for (RealtimeConnection *connection : connections) {
        if (!connection->isClosing())
            m_handler.revalidate(*connection, userId);
    }
}

void RealtimeHub::closeAll()
{
    for (RealtimeConnection *connection : std::as_const(m_connections)) {
        connection->send(
            RealtimeMessage {{},
                             {},
                             u"phoenix"_s,
                             u"system"_s,
                             QJsonObject {{u"extension"_s, u"system"_s},
                                          {u"status"_s, u"ok"_s},
                                          {u"message"_s, u"Server requested disconnect"_s}}});
        connection->close(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s);
    }
}

Result<int> RealtimeHub::publishChange(const QString &table, const QString &eventType,
                                       const QString &orgId, const QJsonObject &newRow,
                                       const QJsonObject &oldRow)
{
    QList<RealtimeTopic> topics;
    if (!orgId.isEmpty()) {
        auto org = RealtimeTopic::fromName(u"org:"_s + orgId);
        if (!org)
            return org.error();
        topics << org.value() << RealtimeTopic::tenantAdmins(orgId);
    }
    topics << RealtimeTopic::platformAdmins();
    // Rows that belong to a wedding or a user also reach that wedding's or user's topic.
    const std::pair<QLatin1StringView, QLatin1StringView> scopes[]
        = {{"wedding_id"_L1, "wedding:"_L1}, {"user_id"_L1, "user:"_L1}};
    for (const auto &[column, prefix] : scopes) {
        QString id = newRow.value(column).toString();
        if (id.isEmpty())
            id = oldRow.value(column).toString();
        if (id.isEmpty())
            continue;
        if (auto topic = RealtimeTopic::fromName(prefix + id))
            topics << topic.value();
    }
    return publishChangeTo(topics, table, eventType, newRow, oldRow);
}

Result<int> RealtimeHub::publishChangeTo(const QList<RealtimeTopic> &topics, const QString &table,
                                         const QString &eventType, const QJsonObject &newRow,
                                         const QJsonObject &oldRow)
{
    auto change = HubRowChange::make(table, eventType, newRow, oldRow, m_clock.now());
    if (!change)
        return change.error();
    TopicMessage message;
    message.kind = TopicMessage::Kind::HubRowChange;
    message.atMs = change->committedAt.toMSecsSinceEpoch();
    message.data = change->wireData();
    message.approxBytes = approxJsonSize(message.data);
    message.change = std::move(change).value();
    std::optional<Error> failure;
    int published = 0;
    for (const RealtimeTopic &topic : topics) {
        if (auto stamped = publishOn(m_registry.obtain(topic), message))
            ++published;
        else
            failure = stamped.error();
    }
    if (failure)
        return *failure;
    return published;
}

Result<qint64> RealtimeHub::broadcastFromServer(const QString &topic, const QString &event,
                                                const QJsonValue &payload)
{
    auto parsed = RealtimeTopic::fromName(topic);
    if (!parsed)
        return parsed.error();
    if (event.isEmpty())
        return Error {u"invalid_broadcast"_s, u"A broadcast needs an event name."_s, {}};
    TopicMessage message;
    message.kind = TopicMessage::Kind::Broadcast;
    message.atMs = m_clock.now().toMSecsSinceEpoch();
    message.event = event;
    message.payload = payload;
    message.approxBytes = approxJsonSize(payload) + event.size();
    auto stamped = publishOn(m_registry.obtain(parsed.value()), std::move(message));
    if (!stamped)
        return stamped.error();
    return stamped->seq;
}

Result<TopicMessage> RealtimeHub::publishOn(Topic &topic, TopicMessage message)
{
    if (m_batchDepth == 0 || !m_fanOut)
        return m_delivery.publish(topic, std::move(message));
    m_batch.push_back({topic.wireName(), message});
    return message; // numbered when the batch ends
}

void RealtimeHub::beginBatch()
{
    ++m_batchDepth;
}

Result<int> RealtimeHub::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return 0;
    std::vector<RealtimeFanOut::Outgoing> batch = std::exchange(m_batch, {});
    if (batch.empty() || !m_fanOut)
        return 0;
    // As publishing one by one: nothing is sent here unless the store took all of them.
    auto seqs = m_fanOut->publishAll(batch);
    if (!seqs)
        return seqs.error();
    for (size_t i = 0; i < batch.size(); ++i) {
        batch[i].message.seq = seqs.value()[i];
        if (Topic *topic = m_registry.find(batch[i].wireTopic))
            m_delivery.deliverShared(*topic, batch[i].message);
    }
    return int(batch.size());
}

void RealtimeHub::setFanOut(RealtimeFanOut *fanOut)
{
    if (m_fanOut)
        m_fanOut->setListener(nullptr);
    m_fanOut = fanOut;
    m_delivery.setFanOut(fanOut);
    m_registry.setFanOut(fanOut);
    if (fanOut)
        fanOut->setListener(this);
}

void RealtimeHub::deliverShared(const QString &wireTopic, TopicMessage message)
{
    // A topic nobody here has used needs nothing now: opening it later loads the shared
    // stream, this message included.
    if (Topic *topic = m_registry.find(wireTopic))
        m_delivery.deliverShared(*topic, message);
}

std::optional<qint64> RealtimeHub::lastSeq(const QString &topic) const
{
    auto parsed = RealtimeTopic::fromName(topic);
    if (!parsed)
        return std::nullopt;
    const Topic *found = m_registry.find(parsed->wireName());
    return found ? std::optional<qint64>(found->lastSeq()) : std::nullopt;
}

} // namespace wedsync::server
