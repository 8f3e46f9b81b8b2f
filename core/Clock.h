#pragma once
// An injectable source of "now", so that rules depending on time can be tested at any moment.

#include <QDateTime>

#include <functional>

namespace wedsync {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

// Reads the system clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Stays where it is put; tests move it by hand.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(at.toUTC())
    { }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

} // namespace wedsync
