#include "feeds/AdminChannels.h"

#include "cache/LocalCache.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QStringList adminTopics(bool isPlatformStaff, const QStringList &organizationIds)
{
    if (isPlatformStaff)
        return {u"platform:admins"_s};
    QStringList topics;
    for (const QString &id : organizationIds)
        topics.append(u"tenant:"_s + id + u":admins"_s);
    return topics;
}

QList<RealtimeChannel *> prepareAdminChannels(RealtimeClient *client, const QStringList &topics,
                                              LocalCache *cache)
{
    QList<RealtimeChannel *> channels;
    for (const QString &topic : topics) {
        RealtimeChannel *channel = client->channel(topic);
        channel->bindRowChanges(u"sync_events"_s);
        channel->bindRowChanges(u"audit_log"_s);
        channel->bindRowChanges(u"sync_conflicts"_s);
        if (cache && cache->isOpen() && channel->lastSeq() == 0)
            channel->setLastSeq(cache->lastSeq(topic));
        channels.append(channel);
    }
    return channels;
}

QList<QMetaObject::Connection> watchAdminChannels(RealtimeClient *client, const QStringList &topics,
                                                  LocalCache *cache, QObject *context,
                                                  const AdminChannelHandlers &handlers)
{
    QList<QMetaObject::Connection> connections;
    for (RealtimeChannel *channel : prepareAdminChannels(client, topics, cache)) {
        if (handlers.rowChanged)
            connections << QObject::connect(channel, &RealtimeChannel::rowChanged, context,
                                            handlers.rowChanged);
        if (handlers.broadcast) {
            connections << QObject::connect(
                channel, &RealtimeChannel::serverBroadcastReceived, context,
                [broadcast = handlers.broadcast](const QString &event, const QJsonObject &payload,
                                                 qint64, bool) { broadcast(event, payload); });
        }
        if (handlers.refetchRequired)
            connections << QObject::connect(channel, &RealtimeChannel::refetchRequired, context,
                                            handlers.refetchRequired);
        const QString topic = channel->topic();
        connections << QObject::connect(channel, &RealtimeChannel::lastSeqChanged, context,
                                        [cache, topic](qint64 seq) {
                                            if (cache && cache->isOpen())
                                                cache->setLastSeq(topic, seq);
                                        });
        channel->join();
    }
    return connections;
}

} // namespace wedsync
