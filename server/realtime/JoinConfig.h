#pragma once
// The options of a phx_join payload: Supabase's config (broadcast, presence,
// postgres_changes, private, broadcast.replay), the access token, and our resume point.

#include "realtime/PostgresBinding.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {

struct JoinConfig
{
    struct Replay
    {
        qint64 sinceMs = 0;
        std::optional<int> limit;
    };

    bool broadcastSelf = false;
    bool broadcastAck = false;
    // realtime-js ≥ 2.11x sends presence.enabled; older clients send no flag and expect
    // presence_state anyway, so only an explicit false turns it off.
    bool presenceEnabled = true;
    QString presenceKey;
    bool isPrivate = false; // accepted and ignored: every topic of ours is authorized
    QList<PostgresBinding> bindings;

    // config.last_seq: the last sequence number the client saw on this topic (our
    // extension). The server replays everything after it, or asks the client to refetch.
    std::optional<qint64> lastSeq;
    // config.broadcast.replay {since, limit}: Supabase's own catch-up option.
    std::optional<Replay> replay;

    // access_token (or the legacy user_token); empty when the client sent none, or a
    // Supabase `sb_…` key, which means "use the socket's apikey".
    QString accessToken;

    // Unknown keys are ignored, as Supabase does; fields of the wrong type are errors.
    // Binding ids are taken from `*nextBindingId`, which is advanced.
    static Result<JoinConfig> parse(const QJsonValue &payload, qint64 *nextBindingId);
};

} // namespace wedsync::server
