#pragma once
// Token buckets shared by every job worker: one per provider and credential, so that all jobs
// of one Táve key together stay within Táve's limit. A 429's Retry-After closes the bucket for
// everybody using the key until then. Thread-safe.

#include <QHash>
#include <QMutex>
#include <QString>

namespace wedsync::server {

class RateLimiter
{
public:
    struct Limit
    {
        int requests = 0; // 0: no limit
        int perSeconds = 1;
    };

    // Takes one token for `key` (e.g. "tave:<credential fingerprint>") and returns how many
    // milliseconds the caller must wait before sending: 0 when a token was free. The token is
    // taken either way (the caller is committed to send after the wait).
    qint64 reserve(const QString &key, const Limit &limit, qint64 nowMs);
    // The bucket of one credential at one address: "<provider>:<fingerprint>", the secret
    // itself never part of it.
    static QString bucketKey(const QString &provider, const QString &url, const QString &secret);
    // The provider said "wait": nobody sends with `key` before `untilMs`.
    void blockUntil(const QString &key, qint64 untilMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        qint64 blockedUntilMs = 0;
        bool started = false;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace wedsync::server
