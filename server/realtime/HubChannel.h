#pragma once
// One joined channel: a connection's membership of a topic, with the options it joined with
// and the identity it reads as.

#include "realtime/JoinConfig.h"
#include "realtime/RealtimeAuthorizer.h"

#include <optional>

namespace wedsync::server {

class RealtimeConnection;
class Topic;

struct HubChannel
{
    quint64 id = 0; // unique within the hub, for presence
    RealtimeConnection *connection = nullptr; // owns this channel
    Topic *topic = nullptr; // outlives its members
    std::optional<QString> joinRef; // echoed in replies, phx_close and phx_error
    JoinConfig config;
    QString presenceKey; // config.presence.key, or a UUID when the client gave none
    RealtimeIdentity identity;
    QString token; // the token `identity` came from, to ignore a refresh with the same one
    QString role; // JoinGranted::role, for presence
};

} // namespace wedsync::server
