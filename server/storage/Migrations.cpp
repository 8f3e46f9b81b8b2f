#include "storage/Migrations.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// Serialises concurrent starts of several servers on one PostgreSQL database.
constexpr auto MigrationLockKey = "7351902846"_L1;

// Takes PostgreSQL's session-level advisory lock for the life of the object.
class PgMigrationLock
{
public:
    explicit PgMigrationLock(Database &db)
        : m_db(db)
    {
        if (db.dialect() == Database::Dialect::Postgresql)
            m_locked = db.execute(u"SELECT pg_advisory_lock(%1)"_s.arg(MigrationLockKey)).ok();
    }
    ~PgMigrationLock()
    {
        if (m_locked)
            (void)m_db.execute(u"SELECT pg_advisory_unlock(%1)"_s.arg(MigrationLockKey));
    }
    PgMigrationLock(const PgMigrationLock &) = delete;
    PgMigrationLock &operator=(const PgMigrationLock &) = delete;

private:
    Database &m_db;
    bool m_locked = false;
};

} // namespace

Migrations::Migrations(Database &db, QList<Migration> migrations)
    : m_db(db)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrations::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Status Migrations::ensureTable()
{
    return m_db.execute(
        u"CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
}

Result<QList<int>> Migrations::appliedVersions()
{
    if (auto made = ensureTable(); !made)
        return made.error();
    SqlQuery query(m_db, u"SELECT version FROM schema_migrations ORDER BY version"_s);
    if (auto done = query.exec(u"reading schema_migrations"_s); !done)
        return done.error();
    QList<int> versions;
    while (query.next())
        versions << query.value(0).toInt();
    return versions;
}

Result<int> Migrations::apply()
{
    for (qsizetype i = 1; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version == m_migrations[i - 1].version)
            return Error {u"storage_error"_s,
                          u"Two migrations share version %1."_s.arg(m_migrations[i].version),
                          {}};
    }
    PgMigrationLock lock(m_db);
    auto applied = appliedVersions();
    if (!applied)
        return applied.error();
    const QList<int> &done = applied.value();
    if (!done.isEmpty() && done.constLast() > latestVersion()) {
        return Error {u"schema_too_new"_s,
                      u"The database schema is at version %1 but this server only knows up to %2; "
                      "use a newer wedsync-server."_s.arg(done.constLast())
                          .arg(latestVersion()),
                      {}};
    }
    int count = 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (done.contains(migration.version))
            continue;
        if (auto step = applyOne(migration); !step)
            return step.error();
        ++count;
    }
    return count;
}

Status Migrations::applyOne(const Migration &migration)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        // Another server may have applied it while we waited for the lock.
        SqlQuery applied(m_db,
                         u"SELECT COUNT(*) FROM schema_migrations WHERE version = :version"_s);
        applied.bind(u":version"_s, migration.version);
        if (auto read = applied.exec(u"reading schema_migrations"_s); !read)
            return read;
        if (applied.next() && applied.value(0).toInt() > 0)
            return ok();
    }
    QStringList statements = migration.statements;
    statements += m_db.dialect() == Database::Dialect::Sqlite ? migration.sqliteOnly
                                                              : migration.postgresqlOnly;
    for (const QString &statement : std::as_const(statements)) {
        if (auto ran = m_db.execute(m_db.translate(statement)); !ran) {
            return Error {u"migration_failed"_s,
                          u"Migration %1 (%2) failed: %3"_s.arg(migration.version)
                              .arg(migration.name, ran.error().message),
                          {}};
        }
    }
    SqlQuery record(m_db,
                    u"INSERT INTO schema_migrations (version, name, applied_at) "
                    "VALUES (:version, :name, :at)"_s);
    record.bind(u":version"_s, migration.version)
        .bind(u":name"_s, migration.name)
        .bind(u":at"_s, sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (auto recorded = record.exec(u"recording a migration"_s); !recorded)
        return recorded;
    qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    return tx.commit();
}

} // namespace wedsync::server
