#pragma once
// Slows down password guessing: per account (e-mail) and per client address, failures beyond a
// free allowance make the next attempt wait longer and longer, and many lock the login for a
// while. The HTTP layer answers a refused attempt with 429 and Retry-After. Thread-safe.

#include "Clock.h"
#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>

namespace wedsync::server {

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

    // Call after a correct password: forgets the account's failures. The address keeps its
    // count, or one valid account would let its owner reset the limit between guesses at others.
    void recordSuccess(const QString &email, const QString &address);

    qsizetype accountEntryCount() const;
    qsizetype addressEntryCount() const;

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    using Table = QHash<QString, Entry>;

    static QString accountKey(const QString &email);
    bool forgettable(const Entry &entry, qint64 nowMs) const;
    // When the next attempt may be made, in ms since the epoch; 0 when now.
    qint64 blockedUntil(const Entry &entry, const Limits &limits, qint64 nowMs) const;
    void fail(Table &table, const QString &key, const Limits &limits, qint64 nowMs,
              const char *what);
    void makeRoom(Table &table, qint64 nowMs, const char *what);
    qint64 nowMs() const;

    const Clock *m_clock;
    Policy m_policy;
    mutable QMutex m_mutex;
    Table m_accounts;
    Table m_addresses;
};

} // namespace wedsync::server
