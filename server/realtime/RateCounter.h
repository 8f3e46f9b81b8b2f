#pragma once
// Counts events in one-second windows of an injected clock, so limits are testable without
// sleeping.

#include <QtGlobal>

namespace wedsync::server {

class RateCounter
{
public:
    explicit RateCounter(int perSecond = 0)
        : m_limit(perSecond)
    { }

    // Spends one unit of the current second's budget; false when it is spent already.
    // A limit of 0 or less means no limit.
    bool tryAcquire(qint64 nowMs)
    {
        const qint64 window = nowMs / 1000;
        if (window != m_window) {
            m_window = window;
            m_count = 0;
        }
        if (m_limit > 0 && m_count >= m_limit)
            return false;
        ++m_count;
        return true;
    }

    int limit() const { return m_limit; }

private:
    int m_limit;
    int m_count = 0;
    qint64 m_window = -1;
};

} // namespace wedsync::server
