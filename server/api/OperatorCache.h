#pragma once
// The authenticated caller per access token, kept for the token's lifetime so that a request
// with a token seen before costs no database query (on PostgreSQL rebuilding an Operator took
// four). Forgotten when access changes: the Authenticator forgets the session it signs out;
// AccessChangeWatcher (SQLite) and PostgresFanOut (PostgreSQL, every instance) report every
// revoked session, disabled account and changed membership or staff kind, whoever made it, and
// `catchUp` (run before every lookup) lets them report what has arrived so far first.
// Guarded by a mutex: request workers may share it.

#include "api/Operator.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace wedsync {
class Clock;
}

namespace wedsync::server {

class OperatorCache
{
public:
    static constexpr qsizetype DefaultCapacity = 20000;

    explicit OperatorCache(const Clock &clock, qsizetype capacity = DefaultCapacity);

    // Run before every lookup (e.g. read the access-change log, take pending notifications).
    void setCatchUp(std::function<void()> catchUp) { m_catchUp = std::move(catchUp); }

    // The caller of this token, unless unknown, expired (by `exp`, seconds since the epoch) or
    // forgotten since.
    std::shared_ptr<const Operator> find(const QString &token);
    void insert(const QString &token, qint64 expiresAtSecs, std::shared_ptr<const Operator> op);

    void forgetUser(const QString &userId);
    void forgetSession(const QString &sessionId);
    // Everything, e.g. when access changes may have been missed.
    void clear();
    qsizetype size() const;

private:
    struct Entry
    {
        std::shared_ptr<const Operator> op;
        qint64 expiresAtSecs = 0;
    };

    const Clock &m_clock;
    qsizetype m_capacity;
    std::function<void()> m_catchUp;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace wedsync::server
