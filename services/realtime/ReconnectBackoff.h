#pragma once
// Exponential backoff with jitter between a minimum and a maximum delay, for reconnects
// and channel rejoins.

namespace wedsync {

class ReconnectBackoff
{
public:
    void setRange(int minMs, int maxMs, double jitter);
    // The delay before the next attempt: min × 2^attempts ± jitter, always within [min, max].
    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_minMs = 1000;
    int m_maxMs = 30000;
    double m_jitter = 0.3;
    int m_attempts = 0;
};

} // namespace wedsync
