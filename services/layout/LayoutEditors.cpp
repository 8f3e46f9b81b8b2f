#include "layout/LayoutEditors.h"

#include "realtime/RealtimeChannel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

LayoutEditors::LayoutEditors(QObject *parent)
    : QObject(parent)
{
    m_heartbeat.setInterval(DefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        announce(true);
        dropSilent();
    });
}

LayoutEditors::~LayoutEditors()
{
    if (m_channel && m_channel->isJoined())
        announce(false);
}

void LayoutEditors::setSelf(const QString &userId, const QString &label)
{
    m_userId = userId;
    m_label = label;
}

void LayoutEditors::setTimers(int heartbeatMs, int expiryMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_expiryMs = expiryMs;
}

void LayoutEditors::start(RealtimeChannel *channel)
{
    stop();
    m_channel = channel;
    if (!channel)
        return;
    m_connection = connect(channel, &RealtimeChannel::broadcastReceived, this,
                           [this](const QString &event, const QJsonObject &payload, qint64,
                                  bool replayed) { onBroadcast(event, payload, replayed); });
    m_sectionId.clear();
    announce(true); // waits in the channel for its join
    m_heartbeat.start();
}

void LayoutEditors::stop()
{
    m_heartbeat.stop();
    if (m_channel) {
        disconnect(m_connection);
        if (m_channel->isJoined())
            announce(false);
    }
    m_channel = nullptr;
    m_sectionId.clear();
    if (!m_editors.isEmpty()) {
        m_editors.clear();
        Q_EMIT editorsChanged({});
    }
}

void LayoutEditors::announceSelection(const QString &sectionId)
{
    m_sectionId = sectionId;
    if (m_channel)
        announce(true);
}

QList<LayoutEditor> LayoutEditors::editors() const
{
    QList<LayoutEditor> list = m_editors.values();
    std::sort(list.begin(), list.end(), [](const LayoutEditor &a, const LayoutEditor &b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return list;
}

void LayoutEditors::announce(bool open)
{
    if (!m_channel || m_userId.isEmpty())
        return;
    m_channel->broadcast(QString::fromLatin1(Event),
                         QJsonObject {{u"userId"_s, m_userId},
                                      {u"label"_s, m_label},
                                      {u"sectionId"_s, m_sectionId},
                                      {u"open"_s, open}});
}

void LayoutEditors::onBroadcast(const QString &event, const QJsonObject &payload, bool replayed)
{
    // A replayed announcement is history: whoever sent it may be long gone.
    if (replayed || event != QLatin1StringView(Event))
        return;
    const QString userId = payload.value(u"userId"_s).toString();
    if (userId.isEmpty() || userId == m_userId)
        return;
    if (!payload.value(u"open"_s).toBool()) {
        if (m_editors.remove(userId) > 0)
            Q_EMIT editorsChanged(editors());
        return;
    }
    const bool newcomer = !m_editors.contains(userId);
    LayoutEditor &editor = m_editors[userId];
    editor.userId = userId;
    editor.label = payload.value(u"label"_s).toString().left(200);
    editor.sectionId = payload.value(u"sectionId"_s).toString();
    editor.lastSeen = QDateTime::currentDateTimeUtc();
    if (newcomer)
        announce(true); // once, so that the newcomer learns we are here
    Q_EMIT editorsChanged(editors());
}

void LayoutEditors::dropSilent()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addMSecs(-m_expiryMs);
    const auto dropped
        = m_editors.removeIf([&](const auto &it) { return it.value().lastSeen < oldest; });
    if (dropped > 0)
        Q_EMIT editorsChanged(editors());
}

} // namespace wedsync
