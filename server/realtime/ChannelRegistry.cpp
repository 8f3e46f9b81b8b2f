#include "ChannelRegistry.h"

#include "Clock.h"
#include "RealtimeSettings.h"

#include <algorithm>

namespace wedsync {

Topic::Topic(RealtimeTopic topic, qint64 firstSeq, qint64 nowMs, const RealtimeSettings &settings)
    : m_topic(std::move(topic))
    , m_wireName(m_topic.wireName())
    , m_lastSeq(firstSeq)
    , m_lastActivityMs(nowMs)
{
    m_retention.setLimits(settings.retentionCount, settings.retentionAgeMs,
                          settings.retentionMaxBytes);
}

TopicMessage Topic::append(TopicMessage message)
{
    message.seq = ++m_lastSeq;
    m_lastActivityMs = std::max(m_lastActivityMs, message.atMs);
    m_retention.append(message);
    return message;
}

void Topic::removeMember(RealtimeChannel *channel, qint64 nowMs)
{
    m_members.removeOne(channel);
    m_lastActivityMs = std::max(m_lastActivityMs, nowMs);
}

ChannelRegistry::ChannelRegistry(const RealtimeSettings &settings, const Clock &clock)
    : m_settings(settings)
    , m_clock(clock)
{ }

ChannelRegistry::~ChannelRegistry() = default;

Topic &ChannelRegistry::obtain(const RealtimeTopic &topic)
{
    const QString wireName = topic.wireName();
    auto it = m_topics.find(wireName);
    if (it == m_topics.end()) {
        // A stream starts at (creation time in ms) × 1000, so that the numbers of a topic
        // recreated after a restart or a garbage collection are above every number the old
        // stream handed out (unless it carried over 1,000 messages per ms), and a client
        // resuming from the old stream is told to refetch rather than given wrong messages.
        // Still below 2^53 until the year 2255, so exact in JavaScript.
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        it = m_topics
                 .emplace(wireName, std::make_unique<Topic>(topic, nowMs * 1000, nowMs, m_settings))
                 .first;
    }
    return *it->second;
}

Topic *ChannelRegistry::find(const QString &wireName) const
{
    const auto it = m_topics.find(wireName);
    return it == m_topics.end() ? nullptr : it->second.get();
}

void ChannelRegistry::collectGarbage()
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (auto it = m_topics.begin(); it != m_topics.end();) {
        Topic &topic = *it->second;
        topic.retention().prune(nowMs);
        if (topic.members().isEmpty() && topic.retention().isEmpty()
            && nowMs - topic.lastActivityMs() > m_settings.retentionAgeMs)
            it = m_topics.erase(it);
        else
            ++it;
    }
}

} // namespace wedsync
