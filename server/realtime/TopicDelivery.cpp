#include "TopicDelivery.h"

#include "ChannelRegistry.h"
#include "RealtimeChannel.h"
#include "RealtimeConnection.h"
#include "RealtimeFanOut.h"

#include <QJsonArray>

namespace wedsync {

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
    return QJsonObject {{u"type"_s, u"broadcast"_s},
                        {u"event"_s, message.event},
                        {u"payload"_s, message.payload},
                        {u"meta"_s, metaFor(message, replayed)}};
}

bool isOwnEcho(const RealtimeChannel &channel, const TopicMessage &message)
{
    return message.originConnection != 0 && !channel.config.broadcastSelf
        && message.originConnection == channel.connection->id();
}

} // namespace

std::optional<RealtimeMessage> TopicDelivery::messageFor(const RealtimeChannel &channel,
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

TopicMessage TopicDelivery::publish(Topic &topic, TopicMessage message)
{
    const TopicMessage stamped = topic.append(std::move(message));
    const QList<RealtimeChannel *> members = topic.members();
    if (stamped.kind == TopicMessage::Kind::Broadcast) {
        SharedFrame frame(RealtimeMessage {
            {}, {}, topic.wireName(), u"broadcast"_s, broadcastPayload(stamped, false)});
        for (RealtimeChannel *member : members) {
            if (!isOwnEcho(*member, stamped))
                member->connection->send(frame);
        }
    } else {
        for (RealtimeChannel *member : members) {
            if (auto wire = messageFor(*member, stamped, false))
                member->connection->send(*wire);
        }
    }
    if (m_fanOut)
        m_fanOut->publish(topic.wireName(), stamped);
    return stamped;
}

void TopicDelivery::replay(RealtimeChannel &channel,
                           const std::vector<const TopicMessage *> &messages)
{
    for (const TopicMessage *message : messages) {
        if (auto wire = messageFor(channel, *message, true))
            channel.connection->send(*wire);
    }
}

void TopicDelivery::sendToMembers(Topic &topic, const RealtimeMessage &message,
                                  const RealtimeChannel *except)
{
    SharedFrame frame(message);
    const QList<RealtimeChannel *> members = topic.members();
    for (RealtimeChannel *member : members) {
        if (member != except)
            member->connection->send(frame);
    }
}

} // namespace wedsync
