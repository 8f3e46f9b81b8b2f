#pragma once
// The login throttle's counters in the database (table login_throttle), so that every server
// instance on one database counts the same failed sign-ins.

#include "auth/LoginThrottle.h"

namespace wedsync::server {

class Database;

class LoginThrottleRepository final : public LoginThrottleStore
{
public:
    explicit LoginThrottleRepository(Database &db); // `db` must outlive this

    // A storage failure is logged; the throttle then decides on what it last knew.
    std::optional<Row> load(const QString &scope, const QString &key) override;
    void save(const QString &scope, const QString &key, const Row &row) override;
    void remove(const QString &scope, const QString &key) override;
    void forget(qint64 nowMs, qint64 failedBeforeMs) override;

private:
    Database &m_db;
};

} // namespace wedsync::server
