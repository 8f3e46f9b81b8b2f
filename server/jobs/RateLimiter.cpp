#include "jobs/RateLimiter.h"

#include <QCryptographicHash>

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace wedsync::server {

qint64 RateLimiter::reserve(const QString &key, const Limit &limit, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Bucket &bucket = m_buckets[key];
    qint64 at = std::max(nowMs, bucket.blockedUntilMs);
    if (limit.requests > 0) {
        // 2 % longer than the limit's window: the provider counts arrivals, and two requests sent
        // exactly one window apart can arrive a little closer together.
        const qint64 windowMs = qint64(std::ceil(std::max(1, limit.perSeconds) * 1000.0 * 1.02));
        const auto n = std::size_t(limit.requests);
        if (bucket.sends.size() >= n)
            at = std::max(at, bucket.sends[bucket.sends.size() - n] + windowMs);
        // In order, so that the send N places back is the N-th last (workers' clocks may read a
        // millisecond apart).
        if (!bucket.sends.empty())
            at = std::max(at, bucket.sends.back());
        bucket.sends.push_back(at);
        while (bucket.sends.size() > n)
            bucket.sends.pop_front();
    }
    return at - nowMs;
}

void RateLimiter::blockUntil(const QString &key, qint64 untilMs)
{
    QMutexLocker lock(&m_mutex);
    Bucket &bucket = m_buckets[key];
    bucket.blockedUntilMs = std::max(bucket.blockedUntilMs, untilMs);
}

QString RateLimiter::bucketKey(const QString &provider, const QString &url, const QString &secret)
{
    return provider + u':'
        + QString::fromLatin1(
               QCryptographicHash::hash((url + u'\n' + secret).toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16));
}

} // namespace wedsync::server
