#pragma once
// Brings a lost PostgreSQL connection back: tries to reopen it after 0.5 s, then 1, 2, 4 and
// every 8 s, until it answers. Until then requests fail fast and answer 503 (see HttpServer).

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace wedsync::server {

class Database;

class DatabaseReconnector : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstDelayMs = 500;
    static constexpr int MaxDelayMs = 8'000;

    // `db` must outlive this object.
    explicit DatabaseReconnector(Database &db, QObject *parent = nullptr);

    // While the connection is lost: whole seconds until the next attempt (at least 1), for
    // Retry-After. Nothing while it is up.
    std::optional<int> retryAfterSecs() const;

private:
    void check();

    Database &m_db;
    QTimer m_poll;
    int m_delayMs = 0; // 0: not in an outage
    QDeadlineTimer m_nextAttempt;
};

} // namespace wedsync::server
