#include "presence/PresenceTracker.h"

#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

using namespace Qt::StringLiterals;

namespace wedsync {

PresenceTracker::PresenceTracker(RealtimeClient *realtime, QObject *parent)
    : QObject(parent)
    , m_realtime(realtime)
{ }

PresenceTracker::~PresenceTracker()
{
    stop();
}

QString PresenceTracker::topicFor(bool platformStaff, const QString &organizationId)
{
    if (platformStaff)
        return u"platform:admins"_s;
    return organizationId.isEmpty() ? QString() : u"org:"_s + organizationId;
}

void PresenceTracker::start(const QString &topic, const QJsonObject &meta)
{
    if (m_channel && m_channel->topic() == topic && m_meta == meta)
        return;
    stop();
    m_meta = meta;
    if (topic.isEmpty())
        return;
    m_channel = m_realtime->channel(topic);
    connect(m_channel, &RealtimeChannel::presenceChanged, this, &PresenceTracker::update);
    m_channel->track(meta);
    m_channel->join();
    update();
}

void PresenceTracker::setConfigVersion(qint64 version)
{
    if (!m_channel || m_meta.value(u"config_version"_s).toInteger() == version)
        return;
    m_meta.insert(u"config_version"_s, version);
    m_channel->track(m_meta);
}

void PresenceTracker::stop()
{
    if (m_channel) {
        disconnect(m_channel, nullptr, this, nullptr);
        m_channel->untrack();
        // The admin feeds share platform:admins; an organization topic is ours alone.
        if (m_channel->topic().startsWith(u"org:"))
            m_channel->leave();
    }
    m_channel = nullptr;
    if (!m_operators.isEmpty()) {
        m_operators.clear();
        Q_EMIT operatorsChanged(m_operators);
    }
}

QString PresenceTracker::topic() const
{
    return m_channel ? m_channel->topic() : QString();
}

void PresenceTracker::update()
{
    if (!m_channel)
        return;
    const QList<OperatorPresence> now
        = operatorsFromPresence(m_channel->presence(), m_meta.value(u"user_id"_s).toString());
    if (now == m_operators)
        return;
    m_operators = now;
    Q_EMIT operatorsChanged(m_operators);
}

} // namespace wedsync
