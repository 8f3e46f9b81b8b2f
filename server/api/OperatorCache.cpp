#include "api/OperatorCache.h"

#include "Clock.h"

namespace wedsync::server {

OperatorCache::OperatorCache(const Clock &clock, qsizetype capacity)
    : m_clock(clock)
    , m_capacity(capacity)
{ }

OperatorCache::CaughtUp::CaughtUp(OperatorCache &cache)
    : m_cache(cache)
    , m_outer {cache.m_inBatch, cache.m_batchCaughtUp}
{
    // A batch inside another (a nested event loop) has requests read after the outer catch-up.
    m_cache.m_inBatch = true;
    m_cache.m_batchCaughtUp = false;
}

OperatorCache::CaughtUp::~CaughtUp()
{
    m_cache.m_inBatch = m_outer.first;
    m_cache.m_batchCaughtUp = m_outer.second;
}

std::shared_ptr<const Operator> OperatorCache::find(const QString &token)
{
    if (m_catchUp && !(m_inBatch && m_batchCaughtUp)) {
        m_catchUp();
        m_batchCaughtUp = m_inBatch;
    }
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(token);
    if (it == m_entries.cend())
        return nullptr;
    if (m_clock.now().toSecsSinceEpoch() >= it->expiresAtSecs) {
        m_entries.erase(it);
        return nullptr;
    }
    return it->op;
}

void OperatorCache::insert(const QString &token, qint64 expiresAtSecs,
                           std::shared_ptr<const Operator> op)
{
    const QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= m_capacity) {
        // Expired tokens go first; a cache full of live ones starts over (a miss only costs the
        // queries this cache saves).
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        m_entries.removeIf([now](const auto &entry) { return now >= entry.value().expiresAtSecs; });
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
    }
    m_entries.insert(token, Entry {std::move(op), expiresAtSecs});
}

void OperatorCache::forgetUser(const QString &userId)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.removeIf([&](const auto &entry) { return entry.value().op->userId() == userId; });
}

void OperatorCache::forgetSession(const QString &sessionId)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.removeIf(
        [&](const auto &entry) { return entry.value().op->sessionId() == sessionId; });
}

void OperatorCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

qsizetype OperatorCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace wedsync::server
