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
    const qint64 blockedWait = std::max<qint64>(0, bucket.blockedUntilMs - nowMs);
    if (limit.requests <= 0)
        return blockedWait;
    const double capacity = limit.requests;
    // 2 % slower than the limit: the provider counts arrivals, and two requests sent exactly one
    // interval apart can arrive a little closer together.
    const double perMs = capacity / (double(std::max(1, limit.perSeconds)) * 1000.0 * 1.02);
    if (!bucket.started) {
        bucket.started = true;
        bucket.tokens = capacity;
        bucket.updatedMs = nowMs;
    }
    // Refill up to now (tokens may be negative: reservations already promised).
    if (nowMs > bucket.updatedMs) {
        bucket.tokens
            = std::min(capacity, bucket.tokens + double(nowMs - bucket.updatedMs) * perMs);
        bucket.updatedMs = nowMs;
    }
    bucket.tokens -= 1.0;
    const qint64 tokenWait = bucket.tokens >= 0 ? 0 : qint64(std::ceil(-bucket.tokens / perMs));
    return std::max(blockedWait, tokenWait);
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
