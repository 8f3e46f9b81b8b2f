#include "realtime/ChannelHandler.h"

#include "Clock.h"
#include "realtime/ChannelRegistry.h"
#include "realtime/JoinConfig.h"
#include "realtime/RealtimeLogging.h"
#include "realtime/RealtimeSettings.h"
#include "realtime/TopicDelivery.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

RealtimeMessage systemMessage(const HubChannel &channel, QJsonObject body)
{
    body.insert(u"channel"_s, channel.topic->topic().name());
    return RealtimeMessage {channel.joinRef, {}, channel.topic->wireName(), u"system"_s, body};
}

RealtimeMessage presenceDiff(const Topic &topic, const PresenceState::Diff &diff)
{
    return RealtimeMessage {{}, {}, topic.wireName(), u"presence_diff"_s, diff.toJson()};
}

} // namespace

ChannelHandler::ChannelHandler(ChannelRegistry &registry, TopicDelivery &delivery,
                               const RealtimeAuthorizer &authorizer,
                               const RealtimeSettings &settings, const Clock &clock)
    : m_registry(registry)
    , m_delivery(delivery)
    , m_authorizer(authorizer)
    , m_settings(settings)
    , m_clock(clock)
{ }

qint64 ChannelHandler::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void ChannelHandler::handleMessage(RealtimeConnection &connection, const RealtimeMessage &message,
                                   qsizetype frameBytes)
{
    if (message.event == "phx_join"_L1) {
        join(connection, message);
        return;
    }
    HubChannel *channel = connection.channel(message.topic);
    if (!channel) {
        // Phoenix's exact answer for a message to a topic the socket has not joined.
        connection.reply(message, false, QJsonObject {{u"reason"_s, u"unmatched topic"_s}});
        return;
    }
    if (message.event == "phx_leave"_L1)
        leave(connection, *channel, message);
    else if (message.event == "broadcast"_L1)
        broadcast(connection, *channel, message, frameBytes);
    else if (message.event == "presence"_L1)
        presence(connection, *channel, message, frameBytes);
    else if (message.event == "access_token"_L1)
        refreshToken(connection, *channel, message);
    else
        connection.replyError(message,
                              Error {u"unknown_event"_s,
                                     u"The event \"%1\" is not understood on a "
                                     "channel; use broadcast, presence, "
                                     "access_token or phx_leave."_s.arg(message.event.left(64)),
                                     {}});
}

void ChannelHandler::join(RealtimeConnection &connection, const RealtimeMessage &message)
{
    auto topicName = RealtimeTopic::fromWire(message.topic);
    if (!topicName) {
        connection.replyError(message, topicName.error());
        return;
    }
    // As in Phoenix, joining a topic the socket is already on replaces the old channel.
    if (HubChannel *old = connection.channel(message.topic)) {
        sendClose(connection, *old);
        removeChannel(connection, message.topic);
    }
    if (connection.channelCount() >= m_settings.maxChannelsPerConnection) {
        connection.replyError(message,
                              Error {u"too_many_channels"_s,
                                     u"Too many channels on one connection; the limit "
                                     "is %1."_s.arg(m_settings.maxChannelsPerConnection),
                                     {}});
        return;
    }
    auto config = JoinConfig::parse(message.payload, &m_nextBindingId);
    if (!config) {
        connection.replyError(message, config.error());
        return;
    }
    auto reader = readerFor(connection, config->accessToken);
    if (!reader) {
        connection.replyError(message, reader.error());
        return;
    }
    auto granted = m_authorizer.mayJoin(reader->identity, topicName.value());
    if (!granted) {
        qCDebug(lcRealtime) << "join of" << message.topic << "refused for"
                            << reader->identity.subject << granted.error().code;
        connection.replyError(message, granted.error());
        return;
    }

    Topic &topic = m_registry.obtain(topicName.value());
    auto created = std::make_unique<HubChannel>();
    created->id = m_nextChannelId++;
    created->connection = &connection;
    created->topic = &topic;
    created->joinRef = message.joinRef ? message.joinRef : message.ref;
    created->config = config.value();
    created->presenceKey = config->presenceKey.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : config->presenceKey;
    created->identity = reader->identity;
    created->token = reader->token;
    created->role = granted->role;
    HubChannel &channel = connection.addChannel(std::move(created));
    topic.addMember(&channel);

    QJsonArray bindings;
    for (const PostgresBinding &binding : channel.config.bindings)
        bindings.append(binding.echo());
    // `seq` is our extension: where the topic's stream stands, so that a client can resume
    // from here even if nothing arrives before it disconnects.
    connection.reply(message, true,
                     QJsonObject {{u"postgres_changes"_s, bindings}, {u"seq"_s, topic.lastSeq()}});
    if (!bindings.isEmpty()) {
        connection.send(systemMessage(channel,
                                      QJsonObject {{u"extension"_s, u"postgres_changes"_s},
                                                   {u"status"_s, u"ok"_s},
                                                   {u"message"_s, u"Subscribed to PostgreSQL"_s}}));
    }
    if (channel.config.presenceEnabled) {
        connection.send(RealtimeMessage {
            channel.joinRef, {}, topic.wireName(), u"presence_state"_s, topic.presence().state()});
    }
    resume(channel, channel.config);
}

void ChannelHandler::resume(HubChannel &channel, const JoinConfig &config)
{
    Topic &topic = *channel.topic;
    topic.retention().prune(nowMs());
    if (config.lastSeq) {
        const qint64 lastSeen = *config.lastSeq;
        if (!topic.retention().coversAfter(lastSeen, topic.lastSeq())) {
            channel.connection->send(systemMessage(
                channel,
                QJsonObject {{u"extension"_s, u"replay"_s},
                             {u"status"_s, u"error"_s},
                             {u"code"_s, u"refetch_required"_s},
                             {u"message"_s,
                              u"Messages after sequence %1 are no longer retained; refetch "
                              "the current state, then continue from sequence %2."_s.arg(lastSeen)
                                  .arg(topic.lastSeq())},
                             {u"last_seq"_s, lastSeen},
                             {u"seq"_s, topic.lastSeq()}}));
            return;
        }
        m_delivery.replay(channel, topic.retention().after(lastSeen));
        return;
    }
    if (config.replay) {
        const int limit = std::clamp(config.replay->limit.value_or(m_settings.defaultReplayLimit),
                                     1, std::max(1, m_settings.retentionCount));
        m_delivery.replay(channel,
                          topic.retention().broadcastsSince(config.replay->sinceMs, limit));
    }
}

void ChannelHandler::leave(RealtimeConnection &connection, HubChannel &channel,
                           const RealtimeMessage &message)
{
    connection.reply(message, true);
    sendClose(connection, channel);
    removeChannel(connection, message.topic);
}

void ChannelHandler::broadcast(RealtimeConnection &connection, HubChannel &channel,
                               const RealtimeMessage &message, qsizetype frameBytes)
{
    const QJsonObject body = message.payload.toObject();
    if (!message.payload.isObject() || !body.value("event"_L1).isString()) {
        connection.replyError(message,
                              Error {u"invalid_broadcast"_s,
                                     u"A broadcast's payload is {\"type\": "
                                     "\"broadcast\", \"event\": <name>, \"payload\": "
                                     "<any JSON>}."_s,
                                     {}});
        return;
    }
    if (auto tooLarge = oversize(body.value("payload"_L1), frameBytes)) {
        connection.replyError(message, *tooLarge);
        return;
    }
    const RealtimeTopic &topic = channel.topic->topic();
    if (!topic.acceptsClientBroadcast()) {
        connection.replyError(message,
                              Error {u"broadcast_not_allowed"_s,
                                     u"Only the server publishes on %1; clients broadcast on "
                                     "org:<id> and wedding:<id>."_s.arg(topic.name()),
                                     {}});
        return;
    }
    if (RealtimeTopic::isServerEvent(body.value("event"_L1).toString())) {
        connection.replyError(message,
                              Error {u"reserved_event"_s,
                                     u"\"%1\" is an event only the server sends; use "
                                     "another name."_s.arg(body.value("event"_L1).toString()),
                                     {}});
        return;
    }
    TopicMessage published;
    published.fromClient = true;
    published.kind = TopicMessage::Kind::Broadcast;
    published.atMs = nowMs();
    published.event = body.value("event"_L1).toString();
    published.payload = body.value("payload"_L1);
    published.originConnection = connection.id();
    published.approxBytes = frameBytes;
    auto stamped = m_delivery.publish(*channel.topic, std::move(published));
    if (!stamped) {
        // Only a shared store can fail; the sender hears of it even without ack, as the
        // message reached nobody.
        connection.replyError(message,
                              Error {u"broadcast_failed"_s,
                                     u"The message could not be delivered just now; "
                                     "send it again."_s,
                                     {}});
        return;
    }
    // Supabase answers an acknowledged broadcast with an empty ok; the sequence number is
    // our addition, so the sender knows where its message stands in the stream.
    if (channel.config.broadcastAck)
        connection.reply(message, true, QJsonObject {{u"seq"_s, stamped->seq}});
}

void ChannelHandler::presence(RealtimeConnection &connection, HubChannel &channel,
                              const RealtimeMessage &message, qsizetype frameBytes)
{
    const QJsonObject body = message.payload.toObject();
    const QString event = body.value("event"_L1).toString().toLower();
    Topic &topic = *channel.topic;
    if (!topic.topic().acceptsPresence()) {
        connection.replyError(
            message,
            Error {u"presence_not_allowed"_s,
                   u"There is no presence on %1; track it on "
                   "org:<id>, wedding:<id> or platform:admins."_s.arg(topic.topic().name()),
                   {}});
        return;
    }
    std::optional<PresenceState::Diff> diff;
    if (event == "track"_L1) {
        const QJsonValue meta = body.value("payload"_L1);
        if (!meta.isObject()) {
            connection.replyError(
                message,
                Error {u"invalid_presence"_s, u"Presence track payload must be a map."_s, {}});
            return;
        }
        if (auto tooLarge = oversize(meta, frameBytes)) {
            connection.replyError(message, *tooLarge);
            return;
        }
        // Who is present is what the token says, never what the client claims.
        QJsonObject stamped = meta.toObject();
        stamped.insert(u"user_id"_s, channel.identity.subject);
        if (channel.role.isEmpty())
            stamped.remove(u"role"_s);
        else
            stamped.insert(u"role"_s, channel.role);
        if (!topic.presence().tracks(channel.id)
            && topic.presence().countOfUser(channel.identity.subject)
                >= m_settings.maxPresencesPerUser) {
            connection.replyError(
                message,
                Error {u"too_many_presences"_s,
                       u"You are present on this topic %1 times already; "
                       "untrack elsewhere first."_s.arg(m_settings.maxPresencesPerUser),
                       {}});
            return;
        }
        diff = topic.presence().track(channel.id, channel.presenceKey, stamped);
    } else if (event == "untrack"_L1) {
        diff = topic.presence().untrack(channel.id);
    } else {
        connection.replyError(message,
                              Error {u"invalid_presence"_s,
                                     u"A presence message's event is track or "
                                     "untrack."_s,
                                     {}});
        return;
    }
    connection.reply(message, true);
    // Every member hears about the change, the tracker included, as in Supabase.
    if (diff) {
        TopicDelivery::sendToMembers(topic, presenceDiff(topic, *diff));
        if (m_presenceObserver)
            m_presenceObserver(topic);
    }
}

void ChannelHandler::refreshToken(RealtimeConnection &connection, HubChannel &channel,
                                  const RealtimeMessage &message)
{
    // Like Supabase: no reply; a missing, unchanged or `sb_` token is ignored; a bad one
    // shuts the channel down.
    const QString token = message.payload.toObject().value("access_token"_L1).toString();
    if (token.isEmpty() || token.startsWith("sb_"_L1) || token == channel.token)
        return;
    auto identity = m_authorizer.authenticate(token);
    if (!identity) {
        shutDown(connection, channel, identity.error().message);
        return;
    }
    if (auto gone = expired(identity.value())) {
        shutDown(connection, channel, gone->message);
        return;
    }
    auto granted = m_authorizer.mayJoin(identity.value(), channel.topic->topic());
    if (!granted) {
        shutDown(connection, channel,
                 u"You no longer have permission to read from this Channel topic: %1"_s.arg(
                     channel.topic->topic().name()));
        return;
    }
    channel.role = granted->role;
    channel.identity = identity.value();
    channel.token = token;
}

auto ChannelHandler::readerFor(const RealtimeConnection &connection, const QString &joinToken) const
    -> Result<Reader>
{
    Reader reader {connection.identity(), connection.token()};
    if (!joinToken.isEmpty() && joinToken != connection.token()) {
        auto identity = m_authorizer.authenticate(joinToken);
        if (!identity)
            return identity.error();
        reader = Reader {identity.value(), joinToken};
    }
    if (auto gone = expired(reader.identity))
        return *gone;
    return reader;
}

std::optional<Error> ChannelHandler::expired(const RealtimeIdentity &identity) const
{
    const QDateTime now = m_clock.now();
    if (!identity.expiresAt.isValid() || identity.expiresAt > now)
        return std::nullopt;
    return Error {u"token_expired"_s,
                  u"Token has expired %1 seconds ago"_s.arg(identity.expiresAt.secsTo(now)),
                  {}};
}

std::optional<Error> ChannelHandler::oversize(const QJsonValue &payload, qsizetype frameBytes) const
{
    // The payload is part of the frame, so a small frame needs no measuring.
    if (frameBytes <= m_settings.maxPayloadBytes)
        return std::nullopt;
    const qsizetype size = compactJsonSize(payload);
    if (size <= m_settings.maxPayloadBytes)
        return std::nullopt;
    return Error {u"payload_too_large"_s,
                  u"The payload is %1 bytes; the limit is %2 bytes."_s.arg(size).arg(
                      m_settings.maxPayloadBytes),
                  {}};
}

void ChannelHandler::shutDown(RealtimeConnection &connection, HubChannel &channel,
                              const QString &reason)
{
    connection.send(systemMessage(channel,
                                  QJsonObject {{u"extension"_s, u"system"_s},
                                               {u"status"_s, u"error"_s},
                                               {u"message"_s, reason}}));
    sendClose(connection, channel);
    removeChannel(connection, channel.topic->wireName());
}

void ChannelHandler::sendClose(RealtimeConnection &connection, const HubChannel &channel)
{
    // ref = join_ref: realtime-js ignores a phx_close whose ref is not its current join's.
    connection.send(RealtimeMessage {channel.joinRef, channel.joinRef, channel.topic->wireName(),
                                     u"phx_close"_s, QJsonObject()});
}

void ChannelHandler::removeChannel(RealtimeConnection &connection, const QString &wireTopic)
{
    const std::unique_ptr<HubChannel> channel = connection.takeChannel(wireTopic);
    if (!channel)
        return;
    Topic &topic = *channel->topic;
    topic.removeMember(channel.get(), nowMs());
    if (auto diff = topic.presence().untrack(channel->id)) {
        TopicDelivery::sendToMembers(topic, presenceDiff(topic, *diff));
        if (m_presenceObserver)
            m_presenceObserver(topic);
    }
}

void ChannelHandler::dropConnection(RealtimeConnection &connection)
{
    for (HubChannel *channel : connection.channels())
        removeChannel(connection, channel->topic->wireName());
}

void ChannelHandler::revalidate(RealtimeConnection &connection, const QString &userId)
{
    // A storage hiccup proves nothing: only a refusal closes anything.
    const auto refused = [](const Error &error) {
        return error.code != "unavailable"_L1;
    };
    for (HubChannel *channel : connection.channels()) {
        if (channel->identity.subject != userId)
            continue;
        auto identity = m_authorizer.authenticate(channel->token);
        if (!identity) {
            if (refused(identity.error()))
                shutDown(connection, *channel, identity.error().message);
            continue;
        }
        auto granted = m_authorizer.mayJoin(identity.value(), channel->topic->topic());
        if (!granted) {
            if (refused(granted.error()))
                shutDown(connection, *channel,
                         u"You no longer have permission to read from this Channel topic: %1"_s.arg(
                             channel->topic->topic().name()));
            continue;
        }
        channel->role = granted->role;
    }
    if (connection.identity().subject != userId)
        return;
    if (auto identity = m_authorizer.authenticate(connection.token());
        !identity && refused(identity.error()))
        connection.close(QWebSocketProtocol::CloseCodePolicyViolated, identity.error().message);
}

void ChannelHandler::closeExpiredChannels(RealtimeConnection &connection)
{
    for (HubChannel *channel : connection.channels()) {
        if (auto gone = expired(channel->identity))
            shutDown(connection, *channel, gone->message);
    }
}

} // namespace wedsync::server
