#include "presence/SelectionPresence.h"

#include "realtime/RealtimeChannel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

SelectionPresence::SelectionPresence(const QString &event, QObject *parent)
    : QObject(parent)
    , m_event(event)
{
    m_heartbeat.setInterval(DefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        announce(true);
        dropSilent();
    });
}

SelectionPresence::~SelectionPresence()
{
    if (m_channel && m_channel->isJoined())
        announce(false);
}

void SelectionPresence::setSelf(const QString &userId, const QString &label)
{
    m_userId = userId;
    m_label = label;
}

void SelectionPresence::setTimers(int heartbeatMs, int expiryMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_expiryMs = expiryMs;
}

void SelectionPresence::start(RealtimeChannel *channel)
{
    stop();
    m_channel = channel;
    if (!channel)
        return;
    m_connection = connect(channel, &RealtimeChannel::broadcastReceived, this,
                           [this](const QString &event, const QJsonObject &payload, qint64,
                                  bool replayed) { onBroadcast(event, payload, replayed); });
    m_itemId.clear();
    announce(true); // waits in the channel for its join
    m_heartbeat.start();
}

void SelectionPresence::stop()
{
    m_heartbeat.stop();
    if (m_channel) {
        disconnect(m_connection);
        if (m_channel->isJoined())
            announce(false);
    }
    m_channel = nullptr;
    m_itemId.clear();
    if (!m_peers.isEmpty()) {
        m_peers.clear();
        Q_EMIT peersChanged({});
    }
}

void SelectionPresence::announceSelection(const QString &itemId)
{
    m_itemId = itemId;
    if (m_channel)
        announce(true);
}

QList<PresentPeer> SelectionPresence::peers() const
{
    QList<PresentPeer> list = m_peers.values();
    std::sort(list.begin(), list.end(), [](const PresentPeer &a, const PresentPeer &b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return list;
}

void SelectionPresence::announce(bool open)
{
    if (!m_channel || m_userId.isEmpty())
        return;
    m_channel->broadcast(m_event,
                         QJsonObject {{u"userId"_s, m_userId},
                                      {u"label"_s, m_label},
                                      {u"itemId"_s, m_itemId},
                                      {u"open"_s, open}});
}

void SelectionPresence::onBroadcast(const QString &event, const QJsonObject &payload, bool replayed)
{
    // A replayed announcement is history: whoever sent it may be long gone.
    if (replayed || event != m_event)
        return;
    const QString userId = payload.value(u"userId"_s).toString();
    if (userId.isEmpty() || userId == m_userId)
        return;
    if (!payload.value(u"open"_s).toBool()) {
        if (m_peers.remove(userId) > 0)
            Q_EMIT peersChanged(peers());
        return;
    }
    const bool newcomer = !m_peers.contains(userId);
    PresentPeer &peer = m_peers[userId];
    peer.userId = userId;
    peer.label = payload.value(u"label"_s).toString().left(200);
    peer.itemId = payload.value(u"itemId"_s).toString();
    peer.lastSeen = QDateTime::currentDateTimeUtc();
    if (newcomer)
        announce(true); // once, so that the newcomer learns we are here
    Q_EMIT peersChanged(peers());
}

void SelectionPresence::dropSilent()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addMSecs(-m_expiryMs);
    const auto dropped
        = m_peers.removeIf([&](const auto &it) { return it.value().lastSeen < oldest; });
    if (dropped > 0)
        Q_EMIT peersChanged(peers());
}

} // namespace wedsync
