#pragma once
// The authenticated caller per access token, kept for the token's lifetime so that a request
// with a token seen before costs no database query (on PostgreSQL rebuilding an Operator took
// four). Forgotten when access changes: the Authenticator forgets the session it signs out;
// AccessChangeWatcher (SQLite) and PostgresFanOut (PostgreSQL, every instance) report every
// revoked session, disabled account and changed membership or staff kind, whoever made it, and
// `catchUp` (run before every lookup, or once for a batch of requests read together) lets them
// report what has arrived so far first.
// Guarded by a mutex: request workers may share it.

#include "api/Operator.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

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

    // While one lives, the catch-up runs before the first lookup only: for lookups of requests
    // that were all read before it was made (HttpServer::setBatch), one catch-up after their
    // reads takes in every change committed before any of them arrived. The catch-up uses the
    // event loop's connections, so this is the event loop's too.
    class CaughtUp
    {
    public:
        explicit CaughtUp(OperatorCache &cache);
        ~CaughtUp();
        CaughtUp(const CaughtUp &) = delete;
        CaughtUp &operator=(const CaughtUp &) = delete;

    private:
        OperatorCache &m_cache;
        std::pair<bool, bool> m_outer; // the state it replaced
    };

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
    // Event loop only (see CaughtUp): inside a batch, and whether its catch-up has run.
    bool m_inBatch = false;
    bool m_batchCaughtUp = false;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace wedsync::server
