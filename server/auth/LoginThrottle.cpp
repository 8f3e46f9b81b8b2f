// Login throttling per account and per client address.
#include "auth/LoginThrottle.h"

#include "auth/AuthLogging.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
constexpr qint64 msOf(std::chrono::seconds s)
{
    return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(s).count());
}

qint64 secondsUntil(qint64 untilMs, qint64 nowMs)
{
    // Rounded up: answering "retry after 0 s" to someone who must still wait 400 ms would
    // make a well-behaved client retry too early and be refused again.
    return std::max<qint64>(1, (untilMs - nowMs + 999) / 1000);
}
} // namespace

Error LoginThrottle::Decision::error() const
{
    const int seconds = int(std::min<qint64>(retryAfterSeconds, std::numeric_limits<int>::max()));
    if (reason == Reason::AccountLocked || reason == Reason::AddressLocked) {
        return Error {
            u"account_locked"_s,
            u"Sign-in is locked after too many failed attempts. Try again in %1 second(s), "
            "or reset the password."_s.arg(seconds),
            {}};
    }
    return Error {u"too_many_attempts"_s,
                  u"Too many failed sign-in attempts. Try again in %1 second(s)."_s.arg(seconds),
                  {}};
}

LoginThrottle::LoginThrottle(const Clock &clock)
    : LoginThrottle(clock, Policy {})
{ }

LoginThrottle::LoginThrottle(const Clock &clock, Policy policy)
    : m_clock(&clock)
    , m_policy(policy)
{
    m_policy.maxEntries = std::max<qsizetype>(1, m_policy.maxEntries);
}

QString LoginThrottle::accountKey(const QString &email, const QString &address)
{
    // Case folding, not just lower-casing, so that every spelling a mail server would treat as
    // the same mailbox shares one counter; otherwise "Anna@X" and "anna@x" get 5 tries each.
    // The address follows the last '|', which no client address contains.
    return email.trimmed().toCaseFolded() + u'|' + address;
}

qint64 LoginThrottle::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

bool LoginThrottle::forgettable(const Entry &entry, qint64 now) const
{
    return entry.lockedUntilMs <= now && now - entry.lastFailureMs >= msOf(m_policy.forgetAfter);
}

qint64 LoginThrottle::blockedUntil(const Entry &entry, const Limits &limits, qint64 now) const
{
    if (forgettable(entry, now))
        return 0;
    if (entry.lockedUntilMs > now)
        return entry.lockedUntilMs;
    if (entry.failures < limits.freeFailures)
        return 0;
    // Doubling keeps the cost of a typo or two negligible while making a guessing run
    // exponentially slow. Doubled step by step up to the cap so that no policy can overflow.
    const qint64 cap = msOf(limits.maxDelay);
    qint64 delay = std::min(msOf(limits.firstDelay), cap);
    for (int i = limits.freeFailures; i < entry.failures && delay < cap; ++i)
        delay = std::min(delay * 2, cap);
    const qint64 until = entry.lastFailureMs + delay;
    return until > now ? until : 0;
}

void LoginThrottle::refresh(Table &table, const char *scope, const QString &key) const
{
    if (!m_store)
        return;
    if (const auto row = m_store->load(QLatin1StringView(scope), key))
        table.insert(key, Entry {row->failures, row->lastFailureMs, row->lockedUntilMs});
    else
        table.remove(key);
}

void LoginThrottle::persist(const Table &table, const char *scope, const QString &key) const
{
    if (!m_store)
        return;
    const auto it = table.constFind(key);
    if (it == table.constEnd())
        m_store->remove(QLatin1StringView(scope), key);
    else
        m_store->save(QLatin1StringView(scope), key,
                      {it->failures, it->lastFailureMs, it->lockedUntilMs});
}

LoginThrottle::Decision LoginThrottle::check(const QString &email, const QString &address) const
{
    const qint64 now = nowMs();
    QMutexLocker lock(&m_mutex);
    refresh(m_accounts, "account", accountKey(email, address));
    if (!address.isEmpty())
        refresh(m_addresses, "address", address);
    Decision decision;
    const auto consider = [&](const Table &table, const QString &key, const Limits &limits,
                              Reason delayed, Reason locked) {
        const auto it = table.constFind(key);
        if (it == table.constEnd())
            return;
        const qint64 until = blockedUntil(*it, limits, now);
        if (until == 0)
            return;
        const qint64 seconds = secondsUntil(until, now);
        // When both the account and the address are held back, report the longer wait.
        const bool isLock = it->lockedUntilMs > now;
        if (decision.allowed || seconds > decision.retryAfterSeconds) {
            decision.allowed = false;
            decision.retryAfterSeconds = seconds;
            decision.reason = isLock ? locked : delayed;
        }
    };
    consider(m_accounts, accountKey(email, address), m_policy.account, Reason::AccountDelayed,
             Reason::AccountLocked);
    if (!address.isEmpty()) {
        consider(m_addresses, address, m_policy.address, Reason::AddressDelayed,
                 Reason::AddressLocked);
    }
    return decision;
}

void LoginThrottle::recordFailure(const QString &email, const QString &address)
{
    const qint64 now = nowMs();
    QMutexLocker lock(&m_mutex);
    const QString account = accountKey(email, address);
    refresh(m_accounts, "account", account);
    fail(m_accounts, account, m_policy.account, now, "account");
    persist(m_accounts, "account", account);
    if (!address.isEmpty()) {
        refresh(m_addresses, "address", address);
        fail(m_addresses, address, m_policy.address, now, "address");
        persist(m_addresses, "address", address);
    }
    // The shared table is kept small the way the in-memory ones are: forgotten rows go.
    if (m_store && ++m_failuresSinceForget >= 256) {
        m_failuresSinceForget = 0;
        m_store->forget(now, now - msOf(m_policy.forgetAfter));
    }
}

void LoginThrottle::recordSuccess(const QString &email, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    m_accounts.remove(accountKey(email, address));
    persist(m_accounts, "account", accountKey(email, address));
}

void LoginThrottle::fail(Table &table, const QString &key, const Limits &limits, qint64 now,
                         const char *what)
{
    auto it = table.find(key);
    if (it == table.end()) {
        makeRoom(table, now, what);
        it = table.insert(key, Entry {});
    } else if (forgettable(*it, now)) {
        *it = Entry {};
    }
    it->failures = std::min(it->failures + 1, 1'000'000);
    it->lastFailureMs = now;
    if (limits.lockoutFailures > 0 && it->failures >= limits.lockoutFailures) {
        it->lockedUntilMs = now + msOf(limits.lockout);
        qCWarning(lcAuth).nospace()
            << "sign-in locked for " << limits.lockout.count() << " s after " << it->failures
            << " failures, " << what << ' ' << key;
    }
}

void LoginThrottle::makeRoom(Table &table, qint64 now, const char *what)
{
    if (table.size() < m_policy.maxEntries)
        return;
    table.removeIf([&](const Table::iterator &it) { return forgettable(it.value(), now); });
    if (table.size() < m_policy.maxEntries)
        return;

    // Still full of live entries, which means someone is flooding us with names. Drop a tenth
    // at once so this O(n) pass runs once per many inserts, choosing the entries that protect
    // least: not locked, fewest failures, oldest.
    using Rank = std::tuple<bool, int, qint64>;
    QList<std::pair<Rank, QString>> ranked;
    ranked.reserve(table.size());
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        ranked.append({Rank {it->lockedUntilMs > now, it->failures, it->lastFailureMs}, it.key()});
    }
    const qsizetype drop = std::max<qsizetype>(1, m_policy.maxEntries / 10);
    std::nth_element(ranked.begin(), ranked.begin() + (drop - 1), ranked.end());
    for (qsizetype i = 0; i < drop; ++i)
        table.remove(ranked.at(i).second);
    qCWarning(lcAuth) << "login throttle" << what << "table is full; forgot" << drop
                      << "entries with the fewest failures";
}

qsizetype LoginThrottle::accountEntryCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_accounts.size();
}

qsizetype LoginThrottle::addressEntryCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_addresses.size();
}

} // namespace wedsync::server
