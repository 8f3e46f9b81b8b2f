#include "storage/LoginThrottleRepository.h"

#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

LoginThrottleRepository::LoginThrottleRepository(Database &db)
    : m_db(db)
{ }

std::optional<LoginThrottleStore::Row> LoginThrottleRepository::load(const QString &scope,
                                                                     const QString &key)
{
    SqlQuery q(m_db,
               u"SELECT failures, last_failure_ms, locked_until_ms FROM login_throttle"
               " WHERE scope = :scope AND throttle_key = :key"_s);
    q.bind(u":scope"_s, scope).bind(u":key"_s, key);
    if (!q.exec(u"reading the login throttle"_s) || !q.next())
        return std::nullopt;
    return Row {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

void LoginThrottleRepository::save(const QString &scope, const QString &key, const Row &row)
{
    SqlQuery q(m_db,
               u"INSERT INTO login_throttle"
               " (scope, throttle_key, failures, last_failure_ms, locked_until_ms)"
               " VALUES (:scope, :key, :failures, :last, :locked)"
               " ON CONFLICT (scope, throttle_key) DO UPDATE SET failures = excluded.failures,"
               " last_failure_ms = excluded.last_failure_ms,"
               " locked_until_ms = excluded.locked_until_ms"_s);
    q.bind(u":scope"_s, scope)
        .bind(u":key"_s, key)
        .bind(u":failures"_s, row.failures)
        .bind(u":last"_s, row.lastFailureMs)
        .bind(u":locked"_s, row.lockedUntilMs);
    (void)q.exec(u"writing the login throttle"_s);
}

void LoginThrottleRepository::remove(const QString &scope, const QString &key)
{
    SqlQuery q(m_db, u"DELETE FROM login_throttle WHERE scope = :scope AND throttle_key = :key"_s);
    q.bind(u":scope"_s, scope).bind(u":key"_s, key);
    (void)q.exec(u"clearing the login throttle"_s);
}

void LoginThrottleRepository::forget(qint64 nowMs, qint64 failedBeforeMs)
{
    SqlQuery q(m_db,
               u"DELETE FROM login_throttle WHERE locked_until_ms <= :now"
               " AND last_failure_ms < :before"_s);
    q.bind(u":now"_s, nowMs).bind(u":before"_s, failedBeforeMs);
    (void)q.exec(u"forgetting old sign-in failures"_s);
}

} // namespace wedsync::server
