#pragma once
// The Supabase Realtime–compatible channel hub: takes over accepted WebSockets, routes
// their channel messages, publishes row changes and server broadcasts, and keeps house
// (idle sockets, expired tokens, stale topics) on one timer.

#include "realtime/ChannelHandler.h"
#include "realtime/ChannelRegistry.h"
#include "realtime/FrameBatch.h"
#include "realtime/RealtimeFanOut.h"
#include "realtime/RealtimePublisher.h"
#include "realtime/RealtimeSettings.h"
#include "realtime/TopicDelivery.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace wedsync {
class Clock;
}

namespace wedsync::server {

class RealtimeAuthorizer;
class RealtimeConnection;

class RealtimeHub
    : public QObject
    , public RealtimePublisher
    , private RealtimeFanOutListener
{
    Q_OBJECT
public:
    // `authorizer` and `clock` must outlive the hub. The settings are fixed for its life.
    RealtimeHub(const RealtimeAuthorizer &authorizer, const Clock &clock,
                RealtimeSettings settings = {}, QObject *parent = nullptr);
    ~RealtimeHub() override;

    // Takes over an open WebSocket. Reads `vsn` (none means 1.0.0) and `apikey` (or the
    // x-api-key header) from its request; an unknown vsn or a bad token closes it with a
    // reason. Call it from the slot that accepted the socket, before returning to the event
    // loop, so that no frame arrives unheard.
    // `tcp`: the socket `socket` was upgraded from, if known (its frames are then written
    // there directly: realtime/FrameWriter).
    void addConnection(std::unique_ptr<QWebSocket> socket, QTcpSocket *tcp = nullptr);

    Result<int> publishChange(const QString &table, const QString &eventType, const QString &orgId,
                              const QJsonObject &newRow, const QJsonObject &oldRow) override;
    Result<int> publishChangeTo(const QList<RealtimeTopic> &topics, const QString &table,
                                const QString &eventType, const QJsonObject &newRow,
                                const QJsonObject &oldRow) override;
    Result<qint64> broadcastFromServer(const QString &topic, const QString &event,
                                       const QJsonValue &payload) override;
    // With a fan-out, what is published in a batch is numbered, stored and told to the other
    // instances in one go at its end, then sent to this hub's members in the order published.
    // Without one (a single instance) there is nothing to save and messages go at once.
    void beginBatch() override;
    Result<int> endBatch() override;

    // Shares topics with other instances through `fanOut` (not owned; it must outlive the
    // hub or be unset first). Null, the default, means this instance is alone. Set it before
    // the first connection: topics opened before keep their own numbering.
    void setFanOut(RealtimeFanOut *fanOut);

    const RealtimeSettings &settings() const { return m_settings; }
    int connectionCount() const { return int(m_connections.size()); }
    qsizetype topicCount() const { return m_registry.topicCount(); }
    // What the topics retain for replay together (see RealtimeSettings::retention*).
    qint64 retainedBytes() const { return m_registry.retainedBytes(); }
    // The newest sequence number of a topic ("org:1" or "realtime:org:1"), if it exists.
    std::optional<qint64> lastSeq(const QString &topic) const;

    // The presence metas tracked on a topic ("org:1" or its wire form) on this instance.
    QList<QJsonObject> presenceMetas(const QString &topic) const;

    // Who is connected: one entry per open socket, with the topics its channels joined.
    struct ConnectionInfo
    {
        QString userId;
        QStringList topics; // "org:1", "tenant:1:admins", ...
    };
    QList<ConnectionInfo> connectionInfos() const;

    // For a graceful stop: tells every client, as Supabase does ("Server requested
    // disconnect"), and closes the sockets with 1001. realtime-js reconnects with backoff and
    // rejoins its channels, resuming from config.last_seq when the client sends it.
    void closeAll();

    // Checks every channel of `userId` again (token, session, account, membership): those no
    // longer allowed are shut down (system error, phx_close), and sockets whose own token is
    // dead are closed. Called when a user's access changed.
    void revalidateUser(const QString &userId);

    // Closes idle sockets, shuts down channels with expired tokens and forgets stale topics;
    // the housekeeping timer calls it every RealtimeSettings::housekeepingIntervalMs.
    void runHousekeeping();

Q_SIGNALS:
    void connectionCountChanged(int count);
    // Presence on `topic` ("org:1") changed; emitted from inside message handling, so
    // receivers should connect queued.
    void presenceChanged(const QString &topic);

private:
    void reject(std::unique_ptr<QWebSocket> socket, QWebSocketProtocol::CloseCode code,
                const QString &reason);
    void removeConnection(quint64 id);
    void deliverShared(const QString &wireTopic, TopicMessage message) override;
    void accessChanged(const QString &userId) override { revalidateUser(userId); }
    // Publishes now, or queues for the batch's end.
    Result<TopicMessage> publishOn(Topic &topic, TopicMessage message);

    const RealtimeSettings m_settings;
    const RealtimeAuthorizer &m_authorizer;
    const Clock &m_clock;
    RealtimeFanOut *m_fanOut = nullptr;
    ChannelRegistry m_registry;
    TopicDelivery m_delivery;
    ChannelHandler m_handler;
    FrameBatch m_frameBatch; // the connections' frames of this turn of the loop
    QHash<quint64, RealtimeConnection *> m_connections; // children of the hub
    QHash<QString, int> m_connectionsPerUser; // by token subject
    quint64 m_nextConnectionId = 1;
    QTimer m_housekeeping;
    int m_batchDepth = 0;
    std::vector<RealtimeFanOut::Outgoing> m_batch;
};

} // namespace wedsync::server
