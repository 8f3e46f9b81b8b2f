#pragma once
// The realtime topics the dashboard, audit and conflict feeds listen on: platform staff on
// "platform:admins", organization admins on "tenant:<id>:admins" of each of their tenants.

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QStringList>

#include <functional>

namespace wedsync {

class LocalCache;
class RealtimeChannel;
class RealtimeClient;
struct RowChange;

// Topic names for an operator.
QStringList adminTopics(bool isPlatformStaff, const QStringList &organizationIds);

// Gets the admin channels ready: the tables the admin topics carry (sync_events, audit_log,
// sync_conflicts) are bound on every one of them whichever feed comes first, because a binding only
// takes effect at the next join and the two feeds share the channels; the stream position is
// restored from the cache (when one is given and the channel has none yet).
QList<RealtimeChannel *> prepareAdminChannels(RealtimeClient *client, const QStringList &topics,
                                              LocalCache *cache);

// What a feed does with its admin channels' messages (empty functions are not connected).
struct AdminChannelHandlers
{
    std::function<void(const RowChange &)> rowChanged;
    // Only what the server broadcast: a client's message in its words is not trusted.
    std::function<void(const QString &event, const QJsonObject &payload)> broadcast;
    std::function<void()> refetchRequired;
};

// Prepares the channels, connects the handlers (in `context`'s lifetime), keeps each channel's
// stream position in the cache as it moves, and joins. Returns the connections, so that the
// feed can let go of the shared channels without leaving them.
QList<QMetaObject::Connection> watchAdminChannels(RealtimeClient *client, const QStringList &topics,
                                                  LocalCache *cache, QObject *context,
                                                  const AdminChannelHandlers &handlers);

} // namespace wedsync
