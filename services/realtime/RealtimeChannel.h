#pragma once
// One topic of the realtime server as the console sees it: joins (and rejoins after every
// reconnect, resuming from the last sequence number seen), delivers row changes and
// broadcasts once each and in order, and keeps the topic's presence.

#include "RealtimeFrame.h"
#include "presence/PresenceRoster.h"
#include "realtime/RealtimeTypes.h"
#include "realtime/ReconnectBackoff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace wedsync {

class RealtimeSocket;

class RealtimeChannel : public QObject
{
    Q_OBJECT

public:
    QString topic() const { return m_topic; } // "org:<id>" (no "realtime:" prefix)
    // Row changes of `table` (all events), optionally filtered (`column=eq.value`). Takes
    // effect at the next join; a channel joined (or joining) already joins again at once.
    void bindRowChanges(const QString &table, const QString &filter = {});
    void join();
    void leave();
    bool isJoined() const { return m_phase == Phase::Joined; }
    // The stream position to resume from, e.g. restored from the cache before join().
    void setLastSeq(qint64 seq);
    qint64 lastSeq() const { return m_lastSeq; }
    // Our presence on the topic; tracked again after every rejoin until untrack().
    void track(const QJsonObject &meta);
    void untrack();
    QHash<QString, QList<QJsonObject>> presence() const { return m_presence.entries(); }
    // To the other members (not back to us). Waits for the join when not joined yet.
    void broadcast(const QString &event, const QJsonObject &payload);

Q_SIGNALS:
    void joined(); // joined and caught up with what was missed
    void joinFailed(const QString &reason); // refused, or closed by the server; not retried
    void rowChanged(const wedsync::RowChange &change);
    void broadcastReceived(const QString &event, const QJsonObject &payload, qint64 seq,
                           bool replayed);
    // The same for a broadcast the server itself published (meta.origin "server"), never a
    // client's: what the console acts on (sync_health, config_refetch, connection_stats).
    void serverBroadcastReceived(const QString &event, const QJsonObject &payload, qint64 seq,
                                 bool replayed);
    void refetchRequired(); // the gap is older than retention: reload over REST
    void presenceChanged();
    // After each live message's own signal; once at the end of a replay; after a first join
    // and after refetchRequired() (the stream's position). What the cache persists.
    void lastSeqChanged(qint64 seq);

private:
    friend class RealtimeClient;
    enum class Phase {
        Idle, // not wanted, or waiting for the socket
        Joining, // phx_join sent
        CatchingUp, // join accepted; replayed messages arriving until the barrier answers
        Joined,
        WaitingToRetry, // join timed out or the server crashed the channel
        Refused, // refused or closed by the server; final until a new token or join()
    };

    RealtimeChannel(const QString &topic, RealtimeSocket *socket, QObject *parent);

    // From RealtimeClient.
    void setTimers(const RealtimeTimers &timers);
    void setAccessToken(const QString &token);
    void socketOpened();
    void socketLost();
    void handleMessage(const RealtimeMessage &message);
    void onHeartbeatReplied(const QString &ref);
    // Joined, refused or not wanted: nothing more to wait for before calling the client Online.
    bool isSettled() const;

    QString wireTopic() const;
    void sendJoin();
    void onJoinReply(const RealtimeMessage &message);
    void onJoinTimeout();
    void retryLater();
    void onServerClose();
    void onSystem(const QJsonObject &body);
    void onRowChange(const QJsonObject &payload);
    void onBroadcast(const QJsonObject &payload);
    // Advances the stream position; false for a message seen already (seq ≤ lastSeq).
    bool accept(qint64 seq);
    void reportSeq(); // lastSeqChanged, if the position moved since it was last told
    void push(const QString &event, const QJsonObject &payload);
    void sendTrack();
    void setPhase(Phase phase);
    void setWanted(bool wanted);

    QString m_topic;
    RealtimeSocket *m_socket; // owned by the client, outlives its channels
    Phase m_phase = Phase::Idle;
    bool m_wanted = false;
    QJsonArray m_bindings;
    qint64 m_lastSeq = 0;
    qint64 m_reportedSeq = 0; // the last position told through lastSeqChanged
    qint64 m_joinSeq = 0; // the stream's position when the current join was accepted
    QString m_joinRef;
    QString m_barrierRef;
    QString m_accessToken;
    QString m_joinToken; // the token the server holds for this channel
    QString m_closeReason; // the system message before a phx_close
    std::optional<QJsonObject> m_trackedMeta;
    QList<std::pair<QString, QJsonObject>> m_pendingBroadcasts;
    PresenceRoster m_presence;
    ReconnectBackoff m_backoff;
    QTimer m_joinTimer;
    QTimer m_retryTimer;

    Q_SIGNAL void settledChanged(); // for RealtimeClient
};

} // namespace wedsync
