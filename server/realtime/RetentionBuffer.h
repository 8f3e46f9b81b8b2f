#pragma once
// The newest messages of one topic, bounded by count, age and bytes, for replay to clients
// that rejoin after missing some; its bytes also count against the hub's RetentionBudget.

#include "realtime/TopicMessage.h"

#include <deque>
#include <vector>

namespace wedsync::server {

class RetentionBudget;

class RetentionBuffer
{
public:
    RetentionBuffer() = default;
    RetentionBuffer(const RetentionBuffer &) = delete;
    RetentionBuffer &operator=(const RetentionBuffer &) = delete;
    ~RetentionBuffer();

    // Counts this buffer's bytes against `budget` (not owned; it must outlive the buffer).
    void setBudget(RetentionBudget *budget);
    // A message counts against `maxBytes` with its TopicMessage::approxBytes.
    void setLimits(int maxCount, qint64 maxAgeMs, qint64 maxBytes);

    // Messages must arrive with consecutive sequence numbers.
    void append(TopicMessage message);
    // Drops what is older than the age limit.
    void prune(qint64 nowMs);
    // Drops everything (e.g. before a message that does not follow the newest one).
    void clear();
    // Drops the oldest message, if any (the hub's budget evicts this way).
    void dropOldest();

    bool isEmpty() const { return m_messages.empty(); }
    qsizetype size() const { return qsizetype(m_messages.size()); }
    qint64 oldestSeq() const { return m_messages.empty() ? 0 : m_messages.front().seq; }
    qint64 bytes() const { return m_bytes; }

    // Whether every message after `lastSeenSeq` up to `topicLastSeq` is still here. A client
    // that claims a sequence beyond the topic's (a stream it saw before a restart) also has
    // a gap: we cannot tell what it missed.
    bool coversAfter(qint64 lastSeenSeq, qint64 topicLastSeq) const;

    // The messages after `seq`, oldest first.
    std::vector<const TopicMessage *> after(qint64 seq) const;
    // Supabase's broadcast.replay: broadcasts published at or after `sinceMs`, at most the
    // newest `limit` of them, oldest first.
    std::vector<const TopicMessage *> broadcastsSince(qint64 sinceMs, int limit) const;

private:
    std::deque<TopicMessage> m_messages;
    void enforceSizeLimits();
    void account(qint64 delta);

    int m_maxCount = 5'000;
    qint64 m_maxAgeMs = 3'600'000;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    qint64 m_bytes = 0;
    RetentionBudget *m_budget = nullptr;
};

} // namespace wedsync::server
