#pragma once
// Slows down password guessing: per account (e-mail) from one client address, and per client
// address over all accounts, failures beyond a free allowance make the next attempt wait longer
// and longer, and many lock the login for a while. An account is never locked from every
// address at once, so a stranger's wrong guesses cannot keep its owner out. The HTTP layer
// answers a refused attempt with 429 and Retry-After. Thread-safe.

#include "Clock.h"
#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <optional>

namespace wedsync::server {

// Where the throttle's counters live beyond this process, so that every server instance on
// one database counts the same failures (server: LoginThrottleRepository).
class LoginThrottleStore
{
public:
    struct Row
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    virtual ~LoginThrottleStore() = default;
    // `scope` is "account" (an account from one address) or "address".
    virtual std::optional<Row> load(const QString &scope, const QString &key) = 0;
    virtual void save(const QString &scope, const QString &key, const Row &row) = 0;
    virtual void remove(const QString &scope, const QString &key) = 0;
    // Deletes rows that are neither locked at `nowMs` nor failed since `failedBeforeMs`.
    virtual void forget(qint64 nowMs, qint64 failedBeforeMs) = 0;
};

class LoginThrottle
{
public:
    struct Limits
    {
        int freeFailures = 5; // failures allowed before delays start
        int lockoutFailures = 10; // failures that lock the login; 0 never locks
        std::chrono::seconds firstDelay {1}; // doubles with each further failure...
        std::chrono::seconds maxDelay {300}; // ...up to this
        std::chrono::seconds lockout {900};
    };
    struct Policy
    {
        // One account guessed at from one address.
        Limits account {};
        // An address is shared by whole offices behind NAT, so it gets a larger allowance; it
        // still stops one machine spraying a common password over many accounts.
        Limits address {20, 100, std::chrono::seconds(1), std::chrono::seconds(300),
                        std::chrono::seconds(900)};
        // Failures are forgotten once there has been none for this long (and no lock is on).
        std::chrono::seconds forgetAfter {3600};
        // Most entries per table (accounts, addresses). When full, forgotten entries go first,
        // then those with the fewest failures, so that a flood of new names cannot push out a
        // locked account.
        qsizetype maxEntries = 10000;
    };

    enum class Reason { None, AccountDelayed, AccountLocked, AddressDelayed, AddressLocked };

    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterSeconds = 0; // whole seconds, at least 1 when refused
        Reason reason = Reason::None;

        // For a refused attempt: code account_locked or too_many_attempts, and a message
        // that says how long to wait. The same for unknown e-mail addresses as for real ones,
        // so that the answer does not reveal which accounts exist.
        Error error() const;
    };

    explicit LoginThrottle(const Clock &clock); // default Policy; `clock` must outlive this
    LoginThrottle(const Clock &clock, Policy policy);

    // Ask before checking a password. `email` is compared case-insensitively; `address` is the
    // client address as the caller wants it grouped (an empty one is not limited).
    Decision check(const QString &email, const QString &address) const;

    // Call after the password turned out wrong (or the account does not exist).
    void recordFailure(const QString &email, const QString &address);

    // Call after a correct password: forgets the account's failures from that address. The
    // address keeps its count, or one valid account would let its owner reset the limit
    // between guesses at others.
    void recordSuccess(const QString &email, const QString &address);

    qsizetype accountEntryCount() const;
    qsizetype addressEntryCount() const;

    // Shares the counters through `store` (not owned; null: this process only). With a store,
    // every decision reads the current rows first and every failure writes them back.
    void setStore(LoginThrottleStore *store) { m_store = store; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    using Table = QHash<QString, Entry>;

    static QString accountKey(const QString &email, const QString &address);
    bool forgettable(const Entry &entry, qint64 nowMs) const;
    // When the next attempt may be made, in ms since the epoch; 0 when now.
    qint64 blockedUntil(const Entry &entry, const Limits &limits, qint64 nowMs) const;
    void fail(Table &table, const QString &key, const Limits &limits, qint64 nowMs,
              const char *what);
    void makeRoom(Table &table, qint64 nowMs, const char *what);
    qint64 nowMs() const;
    // Replaces our copy of an entry with the store's (no-op without a store).
    void refresh(Table &table, const char *scope, const QString &key) const;
    void persist(const Table &table, const char *scope, const QString &key) const;

    const Clock *m_clock;
    Policy m_policy;
    mutable QMutex m_mutex;
    mutable Table m_accounts; // refreshed from the store in const check()
    mutable Table m_addresses;
    LoginThrottleStore *m_store = nullptr;
    mutable int m_failuresSinceForget = 0;
};

} // namespace wedsync::server
