#pragma once
// What a connection's channel messages do: phx_join (authorization, bindings, presence state,
// replay), phx_leave, broadcast, presence track/untrack and access_token refresh; and the
// Supabase shutdown sequence (system error, then phx_close) for expired or revoked tokens.

#include "realtime/RealtimeConnection.h"

#include <functional>

namespace wedsync {
class Clock;
}

namespace wedsync::server {

class ChannelRegistry;
class RealtimeAuthorizer;
class TopicDelivery;
struct JoinConfig;
struct RealtimeSettings;

class ChannelHandler final : public RealtimeMessageHandler
{
public:
    ChannelHandler(ChannelRegistry &registry, TopicDelivery &delivery,
                   const RealtimeAuthorizer &authorizer, const RealtimeSettings &settings,
                   const Clock &clock);

    void handleMessage(RealtimeConnection &connection, const RealtimeMessage &message,
                       qsizetype frameBytes) override;

    // The socket is gone: leave every channel, telling the other members about presence.
    void dropConnection(RealtimeConnection &connection);
    // Shuts down the channels whose token has expired, as Supabase does.
    void closeExpiredChannels(RealtimeConnection &connection);
    // Checks the channels read as `userId` again and shuts down those no longer allowed; closes
    // the socket when its own token belongs to `userId` and no longer authenticates.
    void revalidate(RealtimeConnection &connection, const QString &userId);

    // Told (with the topic) after presence on a topic changed: track, untrack, leave.
    void setPresenceObserver(std::function<void(const Topic &)> observer)
    {
        m_presenceObserver = std::move(observer);
    }

private:
    struct Reader
    {
        RealtimeIdentity identity;
        QString token;
    };

    void join(RealtimeConnection &connection, const RealtimeMessage &message);
    void resume(HubChannel &channel, const JoinConfig &config);
    void leave(RealtimeConnection &connection, HubChannel &channel, const RealtimeMessage &message);
    void broadcast(RealtimeConnection &connection, HubChannel &channel,
                   const RealtimeMessage &message, qsizetype frameBytes);
    void presence(RealtimeConnection &connection, HubChannel &channel,
                  const RealtimeMessage &message, qsizetype frameBytes);
    void refreshToken(RealtimeConnection &connection, HubChannel &channel,
                      const RealtimeMessage &message);

    Result<Reader> readerFor(const RealtimeConnection &connection, const QString &joinToken) const;
    std::optional<Error> expired(const RealtimeIdentity &identity) const;
    std::optional<Error> oversize(const QJsonValue &payload, qsizetype frameBytes) const;

    void shutDown(RealtimeConnection &connection, HubChannel &channel, const QString &reason);
    static void sendClose(RealtimeConnection &connection, const HubChannel &channel);
    void removeChannel(RealtimeConnection &connection, const QString &wireTopic);
    qint64 nowMs() const;

    ChannelRegistry &m_registry;
    TopicDelivery &m_delivery;
    const RealtimeAuthorizer &m_authorizer;
    const RealtimeSettings &m_settings;
    const Clock &m_clock;
    qint64 m_nextBindingId = 1;
    quint64 m_nextChannelId = 1;
    std::function<void(const Topic &)> m_presenceObserver;
};

} // namespace wedsync::server
