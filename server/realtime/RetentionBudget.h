#pragma once
// The bytes every topic of one hub retains for replay, against the hub's ceiling; over it,
// the hub evicts (see ChannelRegistry), so that no number of topics can grow memory without end.

#include <QtGlobal>

#include <functional>

namespace wedsync::server {

class RetentionBudget
{
public:
    explicit RetentionBudget(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    { }
    RetentionBudget(const RetentionBudget &) = delete;
    RetentionBudget &operator=(const RetentionBudget &) = delete;

    qint64 bytes() const { return m_bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    void add(qint64 bytes) { m_bytes += bytes; }
    void release(qint64 bytes) { m_bytes -= bytes; }

    // Called when a buffer has grown the total past the ceiling; it must bring it back under.
    void setReclaimer(std::function<void()> reclaim) { m_reclaim = std::move(reclaim); }
    void reclaimIfExceeded()
    {
        if (m_bytes > m_maxBytes && m_reclaim && !m_reclaiming) {
            m_reclaiming = true;
            m_reclaim();
            m_reclaiming = false;
        }
    }

private:
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    std::function<void()> m_reclaim;
    bool m_reclaiming = false;
};

} // namespace wedsync::server
