#include "realtime/TopicDelivery.h"

#include "realtime/ChannelRegistry.h"
#include "realtime/HubChannel.h"
#include "realtime/RealtimeConnection.h"
#include "realtime/RealtimeFanOut.h"
#include "realtime/RealtimeLogging.h"

#include <QJsonArray>

namespace wedsync::server {

using namespace Qt::StringLiterals;

namespace {

// Our sequence metadata, next to Supabase's own `meta.replayed` of Broadcast Replay.
QJsonObject metaFor(const TopicMessage &message, bool replayed)
{
    QJsonObject meta {{u"seq"_s, message.seq}};
    if (replayed)
        meta.insert(u"replayed"_s, true);
    return meta;
}

QJsonObject broadcastPayload(const TopicMessage &message, bool replayed)
{
    QJsonObject meta = metaFor(message, replayed);
    if (!message.fromClient)
        meta.insert(u"origin"_s, u"server"_s);
    return QJsonObject {{u"type"_s, u"broadcast"_s},
                        {u"event"_s, message.event},
                        {u"payload"_s, message.payload},
                        {u"meta"_s, meta}};
}

bool isOwnEcho(const HubChannel &channel, const TopicMessage &message)
{
    return message.originConnection != 0 && !channel.config.broadcastSelf
        && message.originConnection == channel.connection->id();
}

} // namespace

std::optional<RealtimeMessage> TopicDelivery::messageFor(const HubChannel &channel,
                                                         const TopicMessage &message, bool replayed)
{
    const QString &topic = channel.topic->wireName();
    if (message.kind == TopicMessage::Kind::Broadcast) {
        if (isOwnEcho(channel, message))
            return std::nullopt;
        return RealtimeMessage {{}, {}, topic, u"broadcast"_s, broadcastPayload(message, replayed)};
    }
    QJsonArray ids;
    for (const PostgresBinding &binding : channel.config.bindings) {
        if (binding.matches(message.change))
            ids.append(binding.id());
    }
    if (ids.isEmpty())
        return std::nullopt;
    return RealtimeMessage {{},
                            {},
                            topic,
                            u"postgres_changes"_s,
                            QJsonObject {{u"ids"_s, ids},
                                         {u"data"_s, message.data},
                                         {u"meta"_s, metaFor(message, replayed)}}};
}

Result<TopicMessage> TopicDelivery::publish(Topic &topic, TopicMessage message)
{
    if (!m_fanOut) {
        const TopicMessage stamped = topic.append(std::move(message));
        sendLive(topic, stamped);
        return stamped;
    }
    auto seq = m_fanOut->publish(topic.wireName(), message);
    if (!seq)
        return seq.error();
    message.seq = seq.value();
    accept(topic, message);
    return message;
}

void TopicDelivery::deliverShared(Topic &topic, const TopicMessage &message)
{
    accept(topic, message);
}

void TopicDelivery::accept(Topic &topic, const TopicMessage &message)
{
    if (message.seq <= topic.lastSeq())
        return; // seen already: our own, or fetched while catching up
    if (message.seq > topic.lastSeq() + 1)
        catchUp(topic, message.seq);
    topic.appendStamped(message);
    sendLive(topic, message);
}

void TopicDelivery::catchUp(Topic &topic, qint64 beforeSeq)
{
    // Another instance committed these before `beforeSeq` was stamped; their notifications
    // are still on the way (and will be ignored once they arrive).
    auto missing = m_fanOut->between(topic.wireName(), topic.lastSeq(), beforeSeq);
    if (!missing) {
        qCWarning(lcRealtime) << "cannot fetch the messages" << topic.lastSeq() << "to" << beforeSeq
                              << "of" << topic.wireName() << ":" << missing.error().message;
        return;
    }
    for (const TopicMessage &message : missing.value()) {
        if (message.seq <= topic.lastSeq() || message.seq >= beforeSeq)
            continue;
        topic.appendStamped(message);
        sendLive(topic, message);
    }
}

void TopicDelivery::sendLive(Topic &topic, const TopicMessage &stamped)
{
    const QList<HubChannel *> members = topic.members();
    if (stamped.kind == TopicMessage::Kind::Broadcast) {
        SharedFrame frame(RealtimeMessage {
            {}, {}, topic.wireName(), u"broadcast"_s, broadcastPayload(stamped, false)});
        for (HubChannel *member : members) {
            if (!isOwnEcho(*member, stamped))
                member->connection->send(frame);
        }
    } else {
        for (HubChannel *member : members) {
            if (auto wire = messageFor(*member, stamped, false))
                member->connection->send(*wire);
        }
    }
}

void TopicDelivery::replay(HubChannel &channel, const std::vector<const TopicMessage *> &messages)
{
    for (const TopicMessage *message : messages) {
        if (auto wire = messageFor(channel, *message, true))
            channel.connection->send(*wire);
    }
}

void TopicDelivery::sendToMembers(Topic &topic, const RealtimeMessage &message,
                                  const HubChannel *except)
{
    SharedFrame frame(message);
    const QList<HubChannel *> members = topic.members();
    for (HubChannel *member : members) {
        if (member != except)
            member->connection->send(frame);
    }
}

} // namespace wedsync::server
