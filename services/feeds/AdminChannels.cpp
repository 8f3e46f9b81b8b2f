#include "AdminChannels.h"

#include "LocalCache.h"
#include "RealtimeChannel.h"
#include "RealtimeClient.h"

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
        if (cache && cache->isOpen() && channel->lastSeq() == 0)
            channel->setLastSeq(cache->lastSeq(topic));
        channels.append(channel);
    }
    return channels;
}

} // namespace wedsync
