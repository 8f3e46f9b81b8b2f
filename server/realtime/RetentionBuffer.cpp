#include "realtime/RetentionBuffer.h"

#include "realtime/RetentionBudget.h"

#include <algorithm>

namespace wedsync::server {

RetentionBuffer::~RetentionBuffer()
{
    account(-m_bytes);
}

void RetentionBuffer::setBudget(RetentionBudget *budget)
{
    account(-m_bytes);
    m_budget = budget;
    account(m_bytes);
}

void RetentionBuffer::account(qint64 delta)
{
    if (!m_budget)
        return;
    if (delta > 0)
        m_budget->add(delta);
    else
        m_budget->release(-delta);
}

void RetentionBuffer::setLimits(int maxCount, qint64 maxAgeMs, qint64 maxBytes)
{
    m_maxCount = std::max(0, maxCount);
    m_maxAgeMs = maxAgeMs;
    m_maxBytes = maxBytes;
    enforceSizeLimits();
}

void RetentionBuffer::dropOldest()
{
    if (m_messages.empty())
        return;
    const qint64 bytes = m_messages.front().approxBytes;
    m_bytes -= bytes;
    account(-bytes);
    m_messages.pop_front();
}

void RetentionBuffer::enforceSizeLimits()
{
    while (!m_messages.empty()
           && (qsizetype(m_messages.size()) > m_maxCount || m_bytes > m_maxBytes)) {
        dropOldest();
    }
}

void RetentionBuffer::append(TopicMessage message)
{
    Q_ASSERT(m_messages.empty() || message.seq == m_messages.back().seq + 1);
    // Keeping a message after one that was not kept would leave a hole in the sequence that
    // coversAfter() could not see, so an unkeepable message empties the buffer instead.
    if (m_maxCount == 0 || message.approxBytes > m_maxBytes) {
        clear();
        return;
    }
    const qint64 bytes = message.approxBytes;
    m_bytes += bytes;
    account(bytes);
    m_messages.push_back(std::move(message));
    enforceSizeLimits();
    // Last, as the budget may evict from this very buffer.
    if (m_budget)
        m_budget->reclaimIfExceeded();
}

void RetentionBuffer::clear()
{
    account(-m_bytes);
    m_messages.clear();
    m_bytes = 0;
}

void RetentionBuffer::prune(qint64 nowMs)
{
    while (!m_messages.empty() && nowMs - m_messages.front().atMs > m_maxAgeMs)
        dropOldest();
}

bool RetentionBuffer::coversAfter(qint64 lastSeenSeq, qint64 topicLastSeq) const
{
    if (lastSeenSeq == topicLastSeq)
        return true;
    if (lastSeenSeq > topicLastSeq || m_messages.empty())
        return false;
    return m_messages.front().seq <= lastSeenSeq + 1;
}

std::vector<const TopicMessage *> RetentionBuffer::after(qint64 seq) const
{
    std::vector<const TopicMessage *> out;
    if (m_messages.empty() || seq >= m_messages.back().seq)
        return out;
    // Sequence numbers are consecutive, so the first wanted message is found by arithmetic.
    const qint64 first = std::max<qint64>(0, seq + 1 - m_messages.front().seq);
    out.reserve(m_messages.size() - size_t(first));
    for (auto it = m_messages.begin() + first; it != m_messages.end(); ++it)
        out.push_back(&*it);
    return out;
}

std::vector<const TopicMessage *> RetentionBuffer::broadcastsSince(qint64 sinceMs, int limit) const
{
    std::vector<const TopicMessage *> out;
    for (auto it = m_messages.rbegin(); it != m_messages.rend() && int(out.size()) < limit; ++it) {
        if (it->atMs < sinceMs)
            break; // messages are in publication order, so nothing older can follow
        if (it->kind == TopicMessage::Kind::Broadcast)
            out.push_back(&*it);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace wedsync::server
