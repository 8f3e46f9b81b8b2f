#pragma once
// The topics the hub knows: their members, their sequenced, retained message stream and
// their presence. A topic lives on after its last member leaves so that a client that
// comes back can still be given what it missed.

#include "realtime/PresenceState.h"
#include "realtime/RealtimeTopic.h"
#include "realtime/RetentionBudget.h"
#include "realtime/RetentionBuffer.h"

#include <QList>

#include <map>
#include <memory>

namespace wedsync {
class Clock;
}

namespace wedsync::server {

class RealtimeFanOut;
struct HubChannel;
struct TopicHistory;
struct RealtimeSettings;

class Topic
{
public:
    // The topic's retained bytes count against `budget` (not owned).
    Topic(RealtimeTopic topic, qint64 firstSeq, qint64 nowMs, const RealtimeSettings &settings,
          RetentionBudget *budget);

    const RealtimeTopic &topic() const { return m_topic; }
    const QString &wireName() const { return m_wireName; }

    // The sequence number of the newest message, or of the stream's start when none yet.
    qint64 lastSeq() const { return m_lastSeq; }
    // Stamps the next sequence number on `message`, keeps it for replay and returns it.
    TopicMessage append(TopicMessage message);
    // Keeps a message whose number the shared store stamped; it must be above lastSeq().
    // A number that skips some empties the retention first, so that no client is ever
    // replayed a stream with a hole in it (it is told to refetch instead).
    void appendStamped(const TopicMessage &message);
    // Takes over where a shared stream stands and what it retains (see RealtimeFanOut).
    void restore(const TopicHistory &history);

    const QList<HubChannel *> &members() const { return m_members; }
    void addMember(HubChannel *channel) { m_members.append(channel); }
    void removeMember(HubChannel *channel, qint64 nowMs);

    // When the topic last had a member leave or a message published, in ms since the epoch.
    qint64 lastActivityMs() const { return m_lastActivityMs; }

    RetentionBuffer &retention() { return m_retention; }
    const RetentionBuffer &retention() const { return m_retention; }
    PresenceState &presence() { return m_presence; }

private:
    RealtimeTopic m_topic;
    QString m_wireName;
    qint64 m_lastSeq;
    qint64 m_lastActivityMs;
    QList<HubChannel *> m_members;
    RetentionBuffer m_retention;
    PresenceState m_presence;
};

class ChannelRegistry
{
public:
    ChannelRegistry(const RealtimeSettings &settings, const Clock &clock);
    ~ChannelRegistry();

    // With a fan-out, a new topic continues the shared stream (numbers and retained
    // messages) instead of starting its own. Not owned.
    void setFanOut(RealtimeFanOut *fanOut) { m_fanOut = fanOut; }

    // The topic, created on first use.
    Topic &obtain(const RealtimeTopic &topic);
    Topic *find(const QString &wireName) const;

    // Prunes retention by age and forgets topics that nobody is on, that retain nothing and
    // that were quiet for the retention age: forgetting one sooner would make a client that
    // rejoins a quiet topic refetch for nothing, as the recreated stream starts afresh.
    // Topics that retain nothing by design (RealtimeTopic::retainsMessages) go at once.
    void collectGarbage();
    qsizetype topicCount() const { return qsizetype(m_topics.size()); }

    // What all topics retain together, in TopicMessage::approxBytes; never above
    // RealtimeSettings::retentionMaxTotalBytes after a message has been kept.
    qint64 retainedBytes() const { return m_budget.bytes(); }

private:
    // Over the whole-hub ceiling: drops the oldest messages of the topic that retains the
    // most, so that a topic flooded with large messages pays before the quiet ones.
    void reclaim();

    const RealtimeSettings &m_settings;
    const Clock &m_clock;
    RealtimeFanOut *m_fanOut = nullptr;
    RetentionBudget m_budget; // before the topics, which release into it when destroyed
    std::map<QString, std::unique_ptr<Topic>> m_topics;
};

} // namespace wedsync::server
