#include "realtime/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace wedsync {

void ReconnectBackoff::setRange(int minMs, int maxMs, double jitter)
{
    m_minMs = std::max(0, minMs);
    m_maxMs = std::max(m_minMs, maxMs);
    m_jitter = std::clamp(jitter, 0.0, 1.0);
}

int ReconnectBackoff::nextDelayMs()
{
    // The exponent is capped so that the doubling never overflows, however long we wait.
    const double base
        = std::min<double>(m_maxMs, m_minMs * std::pow(2.0, std::min(m_attempts, 30)));
    ++m_attempts;
    // Spread clients that lost the same server, so they do not all come back at once.
    const double spread
        = base * m_jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return static_cast<int>(std::clamp(base + spread, double(m_minMs), double(m_maxMs)));
}

} // namespace wedsync
