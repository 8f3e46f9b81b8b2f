#include "storage/Database.h"

#include "storage/SqliteBusyWait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "wedsync.server.storage")

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

constexpr int SqliteBusyTimeoutMs = 5000;
constexpr std::size_t MaxCachedStatements = 256;

// Driver messages span lines ("could not connect...\n\tIs the server running...").
QString oneLine(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.trimmed().replace(spaces, u" "_s);
}

Error unavailable(const QString &message)
{
    return Error {u"database_unavailable"_s, message, {}};
}

// SQLSTATE class 08 (connection exception), 57P01..57P03 (the server is shutting down or
// starting up), or libpq's own words when the socket died before any SQLSTATE arrived.
bool isConnectionLoss(const QSqlError &error, const QString &text)
{
    const QString native = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || native.startsWith(u"08"_s)
        || native == u"57P01"_s || native == u"57P02"_s || native == u"57P03"_s)
        return true;
    return text.contains(u"server closed the connection"_s)
        || text.contains(u"no connection to the server"_s)
        || text.contains(u"terminating connection"_s)
        || text.contains(u"could not connect to server"_s)
        || text.contains(u"connection to server"_s);
}

} // namespace

Database::Database(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url)
    , m_dialect(url.backend == DatabaseUrl::Backend::Sqlite ? Dialect::Sqlite : Dialect::Postgresql)
    , m_connectionName(connectionName)
{ }

Database::~Database()
{
    m_cachedSql.clear();
    m_statements.clear(); // every QSqlQuery must go before the connection is removed
    if (m_db.isOpen()) {
        if (m_transactionDepth > 0)
            rollbackOutermost();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    const QString name = u"wedsync-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(url, name));

    if (url.backend == DatabaseUrl::Backend::Sqlite) {
        const QString folder = QFileInfo(url.sqlitePath).absolutePath();
        if (!QDir().mkpath(folder))
            return unavailable(u"Cannot create the data folder %1."_s.arg(folder));
        db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db->m_db.setDatabaseName(url.sqlitePath);
        db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(SqliteBusyTimeoutMs));
    } else {
        db->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db->m_db.setHostName(url.host);
        db->m_db.setPort(url.port);
        db->m_db.setUserName(url.user);
        db->m_db.setPassword(url.password);
        db->m_db.setDatabaseName(url.databaseName);
        db->m_db.setConnectOptions(url.connectOptions);
    }
    if (!db->m_db.isValid())
        return unavailable(u"The Qt SQL driver for %1 is not installed."_s.arg(url.backendName()));
    if (!db->m_db.open()) {
        return unavailable(u"Cannot open database %1: %2"_s.arg(
            url.redacted(), oneLine(db->m_db.lastError().text())));
    }
    if (url.backend == DatabaseUrl::Backend::Sqlite) {
        // Password and token hashes live here: owner only. SQLite gives its -wal and -shm
        // files the main file's permissions.
        QFile::setPermissions(url.sqlitePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (auto configured = db->configure(); !configured)
        return unavailable(
            u"Cannot configure database %1: %2"_s.arg(url.redacted(), configured.error().message));
    qCDebug(lcStorage) << "opened" << url.redacted();
    return db;
}

Status Database::configure()
{
    QStringList statements;
    if (m_dialect == Dialect::Sqlite) {
        // WAL lets readers (e.g. a backup or a second process) work while we write;
        // NORMAL sync is safe with WAL (a crash may lose the last commits, never corrupt).
        if (auto wal = executeWhileBusy(u"PRAGMA journal_mode=WAL"_s); !wal)
            return wal;
        statements << u"PRAGMA foreign_keys=ON"_s << u"PRAGMA synchronous=NORMAL"_s;
        if (!installSqliteBusyWait(m_db, SqliteBusyTimeoutMs))
            return Error {u"storage_error"_s, u"Cannot set SQLite's busy handler."_s, {}};
    } else {
        statements << u"SET client_min_messages TO warning"_s << u"SET TIME ZONE 'UTC'"_s;
    }
    for (const QString &sql : std::as_const(statements)) {
        if (auto done = execute(sql); !done)
            return done;
    }
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery check(m_db);
        if (!check.exec(u"PRAGMA journal_mode"_s) || !check.next()
            || check.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Error {u"storage_error"_s, u"SQLite refused write-ahead logging."_s, {}};
    }
    return ok();
}

Status Database::executeWhileBusy(const QString &sql)
{
    // Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is
    // locked" at once, without its busy handler, while another process holds the file
    // (instances starting together on one new file). The statement changes nothing when it
    // fails, so it is tried again within the busy timeout; once one instance has switched,
    // the mode is stored in the file.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return ok();
        const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == 5;
        if (!busy || waited.elapsed() > SqliteBusyTimeoutMs)
            return sqlError(query.lastError(), u"running \"%1\""_s.arg(sql.left(60)));
        QThread::msleep(10);
    }
}

QString Database::translate(const QString &sql) const
{
    const bool pg = m_dialect == Dialect::Postgresql;
    QString out = sql;
    out.replace(u"{{uuid}}"_s, pg ? u"UUID"_s : u"TEXT"_s);
    out.replace(u"{{json}}"_s, pg ? u"JSONB"_s : u"TEXT"_s);
    out.replace(u"{{bool}}"_s, pg ? u"BOOLEAN"_s : u"INTEGER"_s);
    out.replace(u"{{blob}}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    return out;
}

Status Database::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), u"running \"%1\""_s.arg(sql.left(60)));
    return ok();
}

QSqlQuery *Database::acquireStatement(const QString &sql, Error *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->second.inUse) {
        it->second.inUse = true;
        return it->second.query.get();
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = sqlError(query->lastError(), u"preparing a statement"_s);
        qCWarning(lcStorage).noquote() << "cannot prepare:" << sql;
        return nullptr;
    }
    if (it == m_statements.end() && m_statements.size() < MaxCachedStatements) {
        QSqlQuery *raw = query.get();
        m_cachedSql.emplace(raw, sql);
        m_statements.emplace(sql, CachedStatement {std::move(query), true});
        return raw;
    }
    return query.release(); // uncached: releaseStatement deletes it
}

void Database::releaseStatement(QSqlQuery *query)
{
    if (!query)
        return;
    const auto cached = m_cachedSql.find(query);
    if (cached == m_cachedSql.end()) {
        delete query;
        return;
    }
    query->finish(); // lets SQLite end the read and PostgreSQL free the result
    m_statements.at(cached->second).inUse = false;
}

Status Database::lockForTransaction(qint64 key)
{
    if (m_transactionDepth == 0)
        return Error {u"storage_error"_s, u"lockForTransaction needs an open transaction."_s, {}};
    if (m_dialect == Dialect::Sqlite)
        return ok();
    return execute(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(key));
}

Status Database::beginOutermost()
{
    if (m_dialect == Dialect::Sqlite) {
        // IMMEDIATE takes the write lock now (waiting up to the busy timeout): a deferred
        // transaction that reads first and writes later can fail with SQLITE_BUSY when another
        // process writes in between, and the busy timeout cannot help then.
        if (auto begun = execute(u"BEGIN IMMEDIATE"_s); !begun)
            return begun;
    } else if (!m_db.transaction()) {
        return sqlError(m_db.lastError(), u"starting a transaction"_s);
    }
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    return ok();
}

Status Database::commitOutermost()
{
    m_transactionDepth = 0;
    if (m_rollbackOnly) {
        rollbackOutermost();
        return Error {u"storage_error"_s,
                      u"A nested step failed, so the whole transaction was rolled back."_s,
                      {}};
    }
    if (m_dialect == Dialect::Sqlite) {
        if (auto committed = execute(u"COMMIT"_s); !committed) {
            (void)execute(u"ROLLBACK"_s);
            return committed;
        }
        return ok();
    }
    if (!m_db.commit()) {
        const Error error = sqlError(m_db.lastError(), u"committing a transaction"_s);
        m_db.rollback();
        return error;
    }
    return ok();
}

void Database::rollbackOutermost()
{
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    if (m_dialect == Dialect::Sqlite)
        (void)execute(u"ROLLBACK"_s);
    else if (!m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

void Database::leaveNested(bool committed)
{
    --m_transactionDepth;
    if (!committed)
        m_rollbackOnly = true;
}

Status Database::reconnect()
{
    m_cachedSql.clear();
    m_statements.clear();
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    m_db.close();
    if (!m_db.open())
        return unavailable(u"Cannot open database %1: %2"_s.arg(m_url.redacted(),
                                                                oneLine(m_db.lastError().text())));
    if (auto configured = configure(); !configured) {
        m_db.close();
        return unavailable(configured.error().message);
    }
    m_lost = false;
    qCInfo(lcStorage) << "connection to" << m_url.redacted() << "restored";
    return ok();
}

Error Database::sqlError(const QSqlError &error, const QString &doing)
{
    const QString native = error.nativeErrorCode();
    const QString text = oneLine(error.text());
    if (m_dialect == Dialect::Postgresql && isConnectionLoss(error, text)) {
        if (!m_lost)
            qCWarning(lcStorage).noquote() << "lost the database while" << doing << ":" << text;
        m_lost = true;
        // Still a storage failure for the callers (500 inside, 503 on the wire: HttpServer).
        return Error {u"storage_error"_s, u"The database is unavailable (%1)."_s.arg(text), {}};
    }
    // PostgreSQL reports SQLSTATE; SQLite its (extended) result code, and the message names
    // the constraint kind either way.
    QString code = u"storage_error"_s;
    if (native == u"23505"_s || native == u"2067"_s || native == u"1555"_s
        || text.contains(u"UNIQUE constraint failed"_s))
        code = u"unique_violation"_s;
    else if (native == u"23503"_s || native == u"787"_s
             || text.contains(u"FOREIGN KEY constraint failed"_s))
        code = u"foreign_key_violation"_s;
    else if (native == u"23514"_s || native == u"275"_s
             || text.contains(u"CHECK constraint failed"_s))
        code = u"check_violation"_s;
    if (code == u"storage_error"_s)
        qCWarning(lcStorage).noquote() << "error while" << doing << "(" << native << "):" << text;
    else
        qCDebug(lcStorage).noquote() << code << "while" << doing << ":" << text;
    return Error {code, u"Storage failed while %1: %2"_s.arg(doing, text), {}};
}

} // namespace wedsync::server
