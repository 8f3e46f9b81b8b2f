#include "storage/DatabaseReconnector.h"

#include "storage/Database.h"

#include <algorithm>

namespace wedsync::server {

namespace {

// How often a lost connection is looked for; losing it is noticed by the failing query.
constexpr int PollMs = 100;

} // namespace

DatabaseReconnector::DatabaseReconnector(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &DatabaseReconnector::check);
    m_poll.start();
}

std::optional<int> DatabaseReconnector::retryAfterSecs() const
{
    if (!m_db.isLost())
        return std::nullopt;
    const qint64 waitMs = m_delayMs == 0 ? FirstDelayMs : m_nextAttempt.remainingTime();
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

void DatabaseReconnector::check()
{
    if (!m_db.isLost()) {
        m_delayMs = 0;
        return;
    }
    if (m_delayMs == 0) {
        m_delayMs = FirstDelayMs;
        m_nextAttempt.setRemainingTime(m_delayMs);
        return;
    }
    if (!m_nextAttempt.hasExpired() || m_db.transactionDepth() > 0)
        return;
    if (auto reopened = m_db.reconnect(); !reopened) {
        m_delayMs = std::min(m_delayMs * 2, MaxDelayMs);
        m_nextAttempt.setRemainingTime(m_delayMs);
        qCInfo(lcStorage).noquote()
            << "database still away; next try in" << m_delayMs << "ms:" << reopened.error().message;
    }
}

} // namespace wedsync::server
