#pragma once
// The request allowance shared by every job worker: one per provider and credential, so that all
// jobs of one key together stay within the provider's limit. A limit of N requests per S
// seconds is kept as providers count it, over any S seconds (a sliding window, with 2 % to
// spare for arrival jitter): each send is scheduled no sooner than S seconds after the send N
// places before it. (A token bucket of N tokens lets up to about 2N through in the first S
// seconds, which a provider counting a sliding window answers with 429s.) A 429's Retry-After
// closes the key for everybody until then. Thread-safe.

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace wedsync::server {

class RateLimiter
{
public:
    struct Limit
    {
        int requests = 0; // 0: no limit
        int perSeconds = 1;
    };

    // Reserves the next send for `key` (e.g. "tave:<credential fingerprint>") and returns how
    // many milliseconds the caller must wait before sending: 0 when it may send now. The slot is
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
        std::deque<qint64> sends; // the last sends scheduled (at most the limit's N), in order
        qint64 blockedUntilMs = 0;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace wedsync::server
