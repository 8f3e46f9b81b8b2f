#pragma once
// The realtime topics the dashboard and audit feeds listen on: platform staff on
// "platform:admins", organization admins on "tenant:<id>:admins" of each of their tenants.

#include <QList>
#include <QStringList>

namespace wedsync {

class LocalCache;
class RealtimeChannel;
class RealtimeClient;

// Topic names for an operator.
QStringList adminTopics(bool isPlatformStaff, const QStringList &organizationIds);

// Gets the admin channels ready: both tables the admin topics carry (sync_events, audit_log)
// are bound on every one of them whichever feed comes first, because a binding only takes
// effect at the next join and the two feeds share the channels; the stream position is
// restored from the cache (when one is given and the channel has none yet).
QList<RealtimeChannel *> prepareAdminChannels(RealtimeClient *client, const QStringList &topics,
                                              LocalCache *cache);

} // namespace wedsync
