#include "realtime/ChannelRegistry.h"

#include "Clock.h"
#include "realtime/RealtimeFanOut.h"
#include "realtime/RealtimeLogging.h"
#include "realtime/RealtimeSettings.h"

#include <algorithm>
#include <iterator>

namespace wedsync::server {

Topic::Topic(RealtimeTopic topic, qint64 firstSeq, qint64 nowMs, const RealtimeSettings &settings,
             RetentionBudget *budget)
    : m_topic(std::move(topic))
    , m_wireName(m_topic.wireName())
    , m_lastSeq(firstSeq)
    , m_lastActivityMs(nowMs)
{
    m_retention.setBudget(budget);
    m_retention.setLimits(m_topic.retainsMessages() ? settings.retentionCount : 0,
                          settings.retentionAgeMs, settings.retentionMaxBytes);
}

TopicMessage Topic::append(TopicMessage message)
{
    message.seq = ++m_lastSeq;
    m_lastActivityMs = std::max(m_lastActivityMs, message.atMs);
    m_retention.append(message);
    return message;
}

void Topic::appendStamped(const TopicMessage &message)
{
    Q_ASSERT(message.seq > m_lastSeq);
    if (message.seq != m_lastSeq + 1)
        m_retention.clear();
    m_lastSeq = message.seq;
    m_lastActivityMs = std::max(m_lastActivityMs, message.atMs);
    m_retention.append(message);
}

void Topic::restore(const TopicHistory &history)
{
    m_retention.clear();
    m_lastSeq = history.lastSeq;
    // Only the unbroken run that ends at the stream's head can be replayed.
    auto first = history.retained.end();
    qint64 expected = history.lastSeq;
    while (first != history.retained.begin() && std::prev(first)->seq == expected) {
        --first;
        --expected;
    }
    for (auto it = first; it != history.retained.end(); ++it) {
        m_lastActivityMs = std::max(m_lastActivityMs, it->atMs);
        m_retention.append(*it);
    }
}

void Topic::removeMember(HubChannel *channel, qint64 nowMs)
{
    m_members.removeOne(channel);
    m_lastActivityMs = std::max(m_lastActivityMs, nowMs);
}

ChannelRegistry::ChannelRegistry(const RealtimeSettings &settings, const Clock &clock)
    : m_settings(settings)
    , m_clock(clock)
    , m_budget(settings.retentionMaxTotalBytes)
{
    m_budget.setReclaimer([this] { reclaim(); });
}

void ChannelRegistry::reclaim()
{
    while (m_budget.bytes() > m_budget.maxBytes()) {
        Topic *largest = nullptr;
        for (const auto &entry : m_topics) {
            if (!largest || entry.second->retention().bytes() > largest->retention().bytes())
                largest = entry.second.get();
        }
        if (!largest || largest->retention().isEmpty())
            return;
        largest->retention().dropOldest();
    }
}

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
                 .emplace(
                     wireName,
                     std::make_unique<Topic>(topic, nowMs * 1000, nowMs, m_settings, &m_budget))
                 .first;
        if (m_fanOut) {
            // Every instance continues the one stream in the shared store. Should the store
            // be unreachable, the topic starts on its own; the first shared number it sees
            // later is then a jump, and clients resuming across it are told to refetch.
            auto history = m_fanOut->openTopic(wireName, nowMs * 1000);
            if (history)
                it->second->restore(history.value());
            else
                qCWarning(lcRealtime) << "cannot open the shared stream of" << wireName << ":"
                                      << history.error().message;
        }
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
            && (!topic.topic().retainsMessages()
                || nowMs - topic.lastActivityMs() > m_settings.retentionAgeMs))
            it = m_topics.erase(it);
        else
            ++it;
    }
}

} // namespace wedsync::server
