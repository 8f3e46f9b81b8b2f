#include "presence/PresenceTracker.h"

#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
constexpr QStringView OrgTopicPrefix = u"org:";
}

PresenceTracker::PresenceTracker(RealtimeClient *realtime, QObject *parent)
    : QObject(parent)
    , m_realtime(realtime)
{ }

PresenceTracker::~PresenceTracker()
{
    leave();
}

QString PresenceTracker::topicFor(bool platformStaff, const QString &organizationId)
{
    if (platformStaff)
        return u"platform:admins"_s;
    return organizationId.isEmpty() ? QString() : OrgTopicPrefix.toString() + organizationId;
}

void PresenceTracker::start(const QString &topic, const QString &userId, const QString &email,
                            const QString &role)
{
    PresenceMeta meta;
    meta.userId = userId;
    meta.email = email;
    meta.role = role;
    meta.configVersion = appliedVersionFor(topic);
    if (m_channel && m_channel->topic() == topic && m_meta == meta)
        return;
    leave();
    m_meta = meta;
    if (topic.isEmpty())
        return;
    m_channel = m_realtime->channel(topic);
    connect(m_channel, &RealtimeChannel::presenceChanged, this, &PresenceTracker::update);
    m_channel->track(m_meta.toJson());
    m_channel->join();
    update();
}

void PresenceTracker::setAppliedConfigVersion(const QString &organizationId, qint64 version)
{
    m_applied.insert(organizationId, version);
    if (!m_channel || m_channel->topic() != topicFor(false, organizationId)
        || m_meta.configVersion == version)
        return;
    m_meta.configVersion = version;
    m_channel->track(m_meta.toJson());
}

void PresenceTracker::stop()
{
    leave();
    m_meta = {};
    m_applied.clear();
}

void PresenceTracker::leave()
{
    if (m_channel) {
        disconnect(m_channel, nullptr, this, nullptr);
        m_channel->untrack();
        // The admin feeds share platform:admins; an organization topic is ours alone.
        if (m_channel->topic().startsWith(OrgTopicPrefix))
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
    const QList<OperatorPresence> now = operatorsFromPresence(m_channel->presence(), m_meta.userId);
    if (now == m_operators)
        return;
    m_operators = now;
    Q_EMIT operatorsChanged(m_operators);
}

std::optional<qint64> PresenceTracker::appliedVersionFor(const QString &topic) const
{
    if (!topic.startsWith(OrgTopicPrefix))
        return std::nullopt; // the server compares versions on organization topics only
    const auto found = m_applied.constFind(topic.mid(OrgTopicPrefix.size()));
    return found == m_applied.cend() ? std::nullopt : std::optional<qint64>(*found);
}

} // namespace wedsync
