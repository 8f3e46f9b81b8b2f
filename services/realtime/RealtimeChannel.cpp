#include "realtime/RealtimeChannel.h"

#include "ServicesLogging.h"
#include "realtime/RealtimeSocket.h"

#include <algorithm>

namespace wedsync {

using namespace Qt::StringLiterals;

namespace {
// Like realtime-js: pushes made before the join are kept, the oldest dropped beyond this.
constexpr qsizetype MaxPendingBroadcasts = 100;

qint64 seqOf(const QJsonObject &payload)
{
    return payload.value("meta"_L1).toObject().value("seq"_L1).toInteger();
}

bool replayedOf(const QJsonObject &payload)
{
    return payload.value("meta"_L1).toObject().value("replayed"_L1).toBool();
}

// The server marks what it publishes; a client cannot set a broadcast's meta.
bool fromServer(const QJsonObject &payload)
{
    return payload.value("meta"_L1).toObject().value("origin"_L1).toString() == "server"_L1;
}
} // namespace

RealtimeChannel::RealtimeChannel(const QString &topic, RealtimeSocket *socket, QObject *parent)
    : QObject(parent)
    , m_topic(topic)
    , m_socket(socket)
{
    m_joinTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_joinTimer, &QTimer::timeout, this, &RealtimeChannel::onJoinTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && m_socket->isOpen())
            sendJoin();
    });
    setTimers(RealtimeTimers {});
}

void RealtimeChannel::setTimers(const RealtimeTimers &timers)
{
    m_joinTimer.setInterval(timers.joinTimeoutMs);
    m_backoff.setRange(timers.reconnectMinMs, timers.reconnectMaxMs, timers.jitter);
}

QString RealtimeChannel::wireTopic() const
{
    return u"realtime:"_s + m_topic;
}

void RealtimeChannel::bindRowChanges(const QString &table, const QString &filter)
{
    QJsonObject binding {{u"event"_s, u"*"_s}, {u"schema"_s, u"public"_s}, {u"table"_s, table}};
    if (!filter.isEmpty())
        binding.insert(u"filter"_s, filter);
    if (m_bindings.contains(binding))
        return;
    m_bindings.append(binding);
    // Someone else joined the topic first: the server only learns bindings at a join, so join
    // again (it replaces the channel; the stream resumes after the last number seen).
    if (m_socket->isOpen()
        && (m_phase == Phase::Joining || m_phase == Phase::CatchingUp
            || m_phase == Phase::Joined)) {
        qCDebug(lcRealtimeClient) << "joining" << m_topic << "again for a new binding";
        sendJoin();
    }
}

void RealtimeChannel::setWanted(bool wanted)
{
    const bool wasSettled = isSettled();
    m_wanted = wanted;
    if (wasSettled != isSettled())
        Q_EMIT settledChanged();
}

void RealtimeChannel::join()
{
    setWanted(true);
    if (m_phase == Phase::Joining || m_phase == Phase::CatchingUp || m_phase == Phase::Joined)
        return;
    m_backoff.reset();
    if (m_socket->isOpen())
        sendJoin();
    else
        setPhase(Phase::Idle);
}

void RealtimeChannel::leave()
{
    m_retryTimer.stop();
    m_joinTimer.stop();
    if (m_socket->isOpen() && !m_joinRef.isEmpty() && m_phase != Phase::Refused)
        push(u"phx_leave"_s, QJsonObject {});
    m_joinRef.clear();
    m_pendingBroadcasts.clear();
    if (!m_presence.isEmpty()) {
        m_presence.clear();
        Q_EMIT presenceChanged();
    }
    setPhase(Phase::Idle);
    setWanted(false);
}

bool RealtimeChannel::isSettled() const
{
    return !m_wanted || m_phase == Phase::Joined || m_phase == Phase::Refused;
}

void RealtimeChannel::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    const bool wasSettled = isSettled();
    m_phase = phase;
    if (wasSettled != isSettled())
        Q_EMIT settledChanged();
}

void RealtimeChannel::sendJoin()
{
    m_retryTimer.stop();
    QJsonObject config {{u"broadcast"_s, QJsonObject {{u"ack"_s, false}, {u"self"_s, false}}},
                        {u"presence"_s, QJsonObject {{u"enabled"_s, true}, {u"key"_s, u""_s}}},
                        {u"postgres_changes"_s, m_bindings},
                        {u"private"_s, false}};
    // Our server's resume: everything after this number is replayed, or we are told to refetch.
    if (m_lastSeq > 0)
        config.insert(u"last_seq"_s, m_lastSeq);
    QJsonObject payload {{u"config"_s, config}};
    if (!m_accessToken.isEmpty())
        payload.insert(u"access_token"_s, m_accessToken);
    m_joinToken = m_accessToken;
    m_joinRef = m_socket->makeRef();
    m_barrierRef.clear();
    m_closeReason.clear();
    m_presence.awaitState();
    m_socket->send(RealtimeMessage {m_joinRef, m_joinRef, wireTopic(), u"phx_join"_s, payload});
    qCDebug(lcRealtimeClient) << "joining" << m_topic << "after seq" << m_lastSeq;
    m_joinTimer.start();
    setPhase(Phase::Joining);
}

void RealtimeChannel::push(const QString &event, const QJsonObject &payload)
{
    m_socket->send(RealtimeMessage {m_joinRef, m_socket->makeRef(), wireTopic(), event, payload});
}

void RealtimeChannel::socketOpened()
{
    if (m_wanted && m_phase != Phase::Refused)
        sendJoin();
}

void RealtimeChannel::socketLost()
{
    m_joinTimer.stop();
    m_retryTimer.stop();
    m_joinRef.clear();
    m_barrierRef.clear();
    // A refusal stands across reconnects; everything else rejoins when the socket is back.
    if (m_phase != Phase::Refused)
        setPhase(Phase::Idle);
}

void RealtimeChannel::setAccessToken(const QString &token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    if (!m_socket->isOpen() || !m_wanted)
        return;
    if (m_phase == Phase::Joined || m_phase == Phase::CatchingUp) {
        m_joinToken = token;
        push(u"access_token"_s, QJsonObject {{u"access_token"_s, token}});
    } else if (m_phase == Phase::Refused) {
        sendJoin(); // e.g. refused or closed for an expired token: one try with the new one
    }
}

void RealtimeChannel::handleMessage(const RealtimeMessage &message)
{
    // Frames of an earlier join of this topic (its phx_close, late replies) are not ours.
    if (message.joinRef && *message.joinRef != m_joinRef)
        return;
    const QJsonObject payload = message.payload.toObject();
    const QString &event = message.event;
    if (event == "phx_reply"_L1) {
        if (message.ref && *message.ref == m_joinRef && m_phase == Phase::Joining)
            onJoinReply(message);
        else if (payload.value("status"_L1).toString() != "ok"_L1)
            qCWarning(lcRealtimeClient)
                << m_topic << "refused a push:" << payload.value("response"_L1);
    } else if (m_phase != Phase::CatchingUp && m_phase != Phase::Joined) {
        // Nothing is delivered before the join is accepted, or after we left.
        if (event == "phx_close"_L1 && m_phase == Phase::Joining)
            onServerClose();
    } else if (event == "postgres_changes"_L1) {
        onRowChange(payload);
    } else if (event == "broadcast"_L1) {
        onBroadcast(payload);
    } else if (event == "presence_state"_L1) {
        m_presence.reset(payload);
        Q_EMIT presenceChanged();
    } else if (event == "presence_diff"_L1) {
        if (m_presence.applyDiff(payload))
            Q_EMIT presenceChanged();
    } else if (event == "system"_L1) {
        onSystem(payload);
    } else if (event == "phx_close"_L1) {
        onServerClose();
    } else if (event == "phx_error"_L1) {
        retryLater();
    }
}

void RealtimeChannel::onJoinReply(const RealtimeMessage &message)
{
    m_joinTimer.stop();
    const QJsonObject payload = message.payload.toObject();
    const QJsonValue response = payload.value("response"_L1);
    if (payload.value("status"_L1).toString() != "ok"_L1) {
        QString reason = response.toObject().value("reason"_L1).toString();
        if (reason.isEmpty())
            reason = tr("The server refused to join %1.").arg(m_topic);
        qCInfo(lcRealtimeClient) << "join of" << m_topic << "refused:" << reason;
        m_joinRef.clear();
        setPhase(Phase::Refused);
        Q_EMIT joinFailed(reason);
        return;
    }
    m_joinSeq = response.toObject().value("seq"_L1).toInteger();
    if (m_lastSeq == 0 && m_joinSeq > 0) {
        // A first join replays nothing: the stream starts for us where it stands now.
        m_lastSeq = m_joinSeq;
        reportSeq();
    }
    setPhase(Phase::CatchingUp);
    // The server sends the replay right after this reply; the barrier's answer follows it.
    m_barrierRef = m_socket->sendHeartbeat();
}

void RealtimeChannel::onHeartbeatReplied(const QString &ref)
{
    if (m_phase != Phase::CatchingUp || ref != m_barrierRef)
        return;
    m_barrierRef.clear();
    m_backoff.reset();
    // Everything up to the join's position has been delivered, including numbers that were
    // not for us (a filter that did not match), so a later resume need not ask for them.
    m_lastSeq = std::max(m_lastSeq, m_joinSeq);
    reportSeq(); // once for the whole replay
    const bool wasSettled = isSettled();
    m_phase = Phase::Joined;
    if (m_joinToken != m_accessToken) { // a new token came while we were joining
        m_joinToken = m_accessToken;
        push(u"access_token"_s, QJsonObject {{u"access_token"_s, m_accessToken}});
    }
    if (m_trackedMeta)
        sendTrack();
    const auto pending = std::exchange(m_pendingBroadcasts, {});
    for (const auto &[event, payload] : pending)
        broadcast(event, payload);
    qCDebug(lcRealtimeClient) << "joined" << m_topic << "at seq" << m_lastSeq;
    // The channel first, then the client: whoever hears "Online" finds every channel joined.
    Q_EMIT joined();
    if (!wasSettled)
        Q_EMIT settledChanged();
}

void RealtimeChannel::onJoinTimeout()
{
    if (m_phase != Phase::Joining)
        return;
    qCInfo(lcRealtimeClient) << "join of" << m_topic << "timed out";
    push(u"phx_leave"_s, QJsonObject {}); // in case it arrives after all
    retryLater();
}

void RealtimeChannel::retryLater()
{
    m_joinRef.clear();
    m_barrierRef.clear();
    m_joinTimer.stop();
    setPhase(Phase::WaitingToRetry);
    m_retryTimer.start(m_backoff.nextDelayMs());
}

void RealtimeChannel::onServerClose()
{
    // The server shut the channel (expired token, revoked permission, ...). Rejoining at once
    // would be refused the same way; a new token or an explicit join() tries again.
    const QString reason = m_closeReason.isEmpty()
        ? tr("The server closed the channel %1.").arg(m_topic)
        : m_closeReason;
    qCInfo(lcRealtimeClient) << m_topic << "closed by the server:" << reason;
    m_joinRef.clear();
    m_joinTimer.stop();
    setPhase(Phase::Refused);
    Q_EMIT joinFailed(reason);
}

void RealtimeChannel::onSystem(const QJsonObject &body)
{
    if (body.value("code"_L1).toString() == "refetch_required"_L1) {
        // The gap is gone from the server's memory (or the stream is new after a restart):
        // the state must be reloaded, and the stream continues from where it stands now.
        const qint64 seq = body.value("seq"_L1).toInteger();
        qCInfo(lcRealtimeClient) << m_topic << "must refetch; continuing from" << seq;
        m_lastSeq = seq;
        Q_EMIT refetchRequired();
        reportSeq();
        return;
    }
    if (body.value("status"_L1).toString() == "error"_L1)
        m_closeReason = body.value("message"_L1).toString();
}

void RealtimeChannel::setLastSeq(qint64 seq)
{
    m_lastSeq = seq;
    m_reportedSeq = seq; // it came from whoever stores it
}

void RealtimeChannel::reportSeq()
{
    // During a replay this waits for the end: one write for the cache instead of thousands.
    if (m_lastSeq == m_reportedSeq)
        return;
    m_reportedSeq = m_lastSeq;
    Q_EMIT lastSeqChanged(m_lastSeq);
}

bool RealtimeChannel::accept(qint64 seq)
{
    if (seq <= 0)
        return true; // not sequenced
    if (seq <= m_lastSeq)
        return false;
    m_lastSeq = seq;
    return true;
}

void RealtimeChannel::onRowChange(const QJsonObject &payload)
{
    const qint64 seq = seqOf(payload);
    if (!accept(seq))
        return;
    const QJsonObject data = payload.value("data"_L1).toObject();
    RowChange change;
    change.table = data.value("table"_L1).toString();
    change.type = data.value("type"_L1).toString();
    change.record = data.value("record"_L1).toObject();
    change.oldRecord = data.value("old_record"_L1).toObject();
    change.seq = seq;
    change.replayed = replayedOf(payload);
    // Handled first, then the position moves on: a crash in between repeats, never loses.
    Q_EMIT rowChanged(change);
    if (m_phase == Phase::Joined)
        reportSeq();
}

void RealtimeChannel::onBroadcast(const QJsonObject &payload)
{
    const qint64 seq = seqOf(payload);
    if (!accept(seq))
        return;
    Q_EMIT broadcastReceived(payload.value("event"_L1).toString(),
                             payload.value("payload"_L1).toObject(), seq, replayedOf(payload));
    if (fromServer(payload))
        Q_EMIT serverBroadcastReceived(payload.value("event"_L1).toString(),
                                       payload.value("payload"_L1).toObject(), seq,
                                       replayedOf(payload));
    if (m_phase == Phase::Joined)
        reportSeq();
}

void RealtimeChannel::track(const QJsonObject &meta)
{
    m_trackedMeta = meta;
    if (m_phase == Phase::Joined)
        sendTrack();
}

void RealtimeChannel::untrack()
{
    if (!m_trackedMeta)
        return;
    m_trackedMeta.reset();
    if (m_phase == Phase::Joined)
        push(u"presence"_s, QJsonObject {{u"type"_s, u"presence"_s}, {u"event"_s, u"untrack"_s}});
}

void RealtimeChannel::sendTrack()
{
    push(u"presence"_s,
         QJsonObject {
             {u"type"_s, u"presence"_s}, {u"event"_s, u"track"_s}, {u"payload"_s, *m_trackedMeta}});
}

void RealtimeChannel::broadcast(const QString &event, const QJsonObject &payload)
{
    if (m_phase != Phase::Joined) {
        if (m_pendingBroadcasts.size() >= MaxPendingBroadcasts)
            m_pendingBroadcasts.removeFirst();
        m_pendingBroadcasts.append({event, payload});
        return;
    }
    push(u"broadcast"_s,
         QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}});
}

} // namespace wedsync
