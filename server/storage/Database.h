#pragma once
// One SQL connection (SQLite or PostgreSQL), its dialect and its prepared statements.
//
// One connection is opened and used on one thread only: the event loop's serves every write
// and most reads; each reader (storage/ReaderPool) and job worker opens its own.

#include "common/Status.h"
#include "storage/DatabaseUrl.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace wedsync::server {

class Database
{
public:
    enum class Dialect { Sqlite, Postgresql };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the SQLite file and its folder if needed) and configures the connection.
    // Fails with code "database_unavailable" and a one-line message naming the database.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);

    Dialect dialect() const { return m_dialect; }
    QString backendName() const { return m_url.backendName(); }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase &connection() { return m_db; }

    // Replaces the portable type names of migrations ({{uuid}}, {{json}}, {{bool}}) by this
    // dialect's ones; see Migrations.h for the conventions.
    QString translate(const QString &sql) const;

    // Runs one statement without parameters (DDL, PRAGMA, SET).
    Status execute(const QString &sql);

    // A prepared statement for `sql`, reused across calls (PostgreSQL prepares server-side, so
    // reuse saves round trips). `release` must be called when done; a statement that is
    // still in use (a nested query with the same text) gets a fresh, uncached one.
    QSqlQuery *acquireStatement(const QString &sql, Error *error);
    void releaseStatement(QSqlQuery *query);

    // Inside a transaction: waits until no other server holds the same lock, then holds it
    // until the transaction ends. For check-then-write steps that must not interleave across
    // processes (e.g. seeding an empty database). PostgreSQL uses an advisory lock; on SQLite
    // the transaction's write lock already serializes writers, so this does nothing there.
    Status lockForTransaction(qint64 key);

    // Transaction bookkeeping for Transaction; not for direct use.
    int transactionDepth() const { return m_transactionDepth; }
    Status beginOutermost();
    Status commitOutermost();
    void rollbackOutermost();
    void enterNested() { ++m_transactionDepth; }
    void leaveNested(bool committed);
    bool rollbackOnly() const { return m_rollbackOnly; }

    // Maps a driver error to an Error: unique/foreign-key/check violations get their own codes
    // ("unique_violation", "foreign_key_violation", "check_violation"), anything else is
    // "storage_error" — a lost connection too, which also marks the connection lost (see
    // isLost()) so that the server answers 503 until it is back. `doing` says what we were
    // doing, e.g. "inserting an organization".
    Error sqlError(const QSqlError &error, const QString &doing);

    // Whether the connection was lost (PostgreSQL went away). Nothing is retried behind the
    // caller's back: requests are refused (503) until reconnect() succeeds.
    bool isLost() const { return m_lost; }
    // Opens the connection again (prepared statements are per connection: they go too).
    // Only between requests, with no transaction and no statement in use.
    Status reconnect();

private:
    Database(const DatabaseUrl &url, const QString &connectionName);
    Status configure();
    // SQLite: runs a statement that changes nothing when it fails, again while it is busy
    // (its busy handler is not called for every lock conflict).
    Status executeWhileBusy(const QString &sql);

    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, CachedStatement> m_statements;
    std::unordered_map<const QSqlQuery *, QString> m_cachedSql; // cached query -> its text
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_lost = false;
};

} // namespace wedsync::server
