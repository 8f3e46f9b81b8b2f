#include "cache/CacheSchema.h"

#include "ServicesLogging.h"
#include "cache/LocalCache.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wedsync::CacheSchema {

namespace {

// Version 1: last known documents, recent streams and the bookkeeping around them.
CacheMigration documentsAndStreams()
{
    CacheMigration m;
    m.version = 1;
    m.name = u"documents, streams, bookkeeping"_s;
    m.statements = {
        // rowid order = the order a list was given in (replaceAll keeps the server's order).
        u"CREATE TABLE documents ("
        " collection TEXT NOT NULL,"
        " id TEXT NOT NULL,"
        " scope TEXT NOT NULL DEFAULT '',"
        " json BLOB NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX documents_id ON documents (collection, id)"_s,
        u"CREATE INDEX documents_scope ON documents (collection, scope)"_s,

        // `at` is ISO-8601 UTC with milliseconds, so text order is time order.
        u"CREATE TABLE streams ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " stream TEXT NOT NULL,"
        " id TEXT NOT NULL,"
        " scope TEXT NOT NULL DEFAULT '',"
        " json BLOB NOT NULL,"
        " at TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX streams_id ON streams (stream, id)"_s,
        u"CREATE INDEX streams_recent ON streams (stream, at, seq)"_s,
        u"CREATE INDEX streams_scope_recent ON streams (stream, scope, at, seq)"_s,

        u"CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE topic_seq (topic TEXT PRIMARY KEY, seq INTEGER NOT NULL)"_s,
        u"CREATE TABLE refreshes ("
        " collection TEXT NOT NULL,"
        " scope TEXT NOT NULL,"
        " refreshed_at TEXT NOT NULL,"
        " PRIMARY KEY (collection, scope))"_s,
    };
    return m;
}

// Version 2: offline edits waiting for the server, and the conflicts their replay found.
CacheMigration outboxAndConflicts()
{
    CacheMigration m;
    m.version = 2;
    m.name = u"outbox, conflicts"_s;
    m.statements = {
        // state: pending (to send, in id order) | rejected (refused by the server, kept aside).
        u"CREATE TABLE outbox ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " idempotency_key TEXT NOT NULL UNIQUE,"
        " method TEXT NOT NULL,"
        " path TEXT NOT NULL,"
        " body BLOB,"
        " base_version INTEGER NOT NULL DEFAULT -1,"
        " base BLOB,"
        " entity_type TEXT NOT NULL DEFAULT '',"
        " entity_id TEXT NOT NULL DEFAULT '',"
        " organization_id TEXT NOT NULL DEFAULT '',"
        " label TEXT NOT NULL DEFAULT '',"
        " created_by TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),"
        " error BLOB)"_s,
        u"CREATE INDEX outbox_state ON outbox (state, id)"_s,
        u"CREATE INDEX outbox_entity ON outbox (entity_type, entity_id, id)"_s,

        // entry_id, base_version, idempotency_key: the outbox entry it came from (later entries
        // built on it depend on it), recorded once however often a stored 412 is replayed.
        u"CREATE TABLE conflicts ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " entry_id INTEGER,"
        " base_version INTEGER NOT NULL DEFAULT -1,"
        " idempotency_key TEXT UNIQUE,"
        " entity_type TEXT NOT NULL DEFAULT '',"
        " entity_id TEXT NOT NULL DEFAULT '',"
        " organization_id TEXT NOT NULL DEFAULT '',"
        " label TEXT NOT NULL DEFAULT '',"
        " base BLOB, mine BLOB, theirs BLOB,"
        " mine_by TEXT NOT NULL DEFAULT '', mine_at TEXT,"
        " theirs_by TEXT NOT NULL DEFAULT '', theirs_at TEXT,"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),"
        " recorded_at TEXT NOT NULL,"
        " resolved_at TEXT)"_s,
        u"CREATE INDEX conflicts_status ON conflicts (status, id)"_s,
        u"CREATE INDEX conflicts_entity ON conflicts (entity_type, entity_id, entry_id)"_s,
    };
    return m;
}

} // namespace

const QList<CacheMigration> &migrations()
{
    static const QList<CacheMigration> all {documentsAndStreams(), outboxAndConflicts()};
    return all;
}

int currentVersion()
{
    return migrations().constLast().version;
}

QString errorCode(const QSqlError &error)
{
    // SQLite's primary result codes 26 "not a database" and 11 "corrupt".
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 26 || code == 11 ? QString(CacheErrorCode::Corrupt)
                                    : QString(CacheErrorCode::Unavailable);
}

std::optional<Problem> prepare(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    const auto failed = [&query] {
        const QSqlError error = query.lastError();
        return Problem {errorCode(error), error.text()};
    };
    // The version before anything is written: a newer console's file stays untouched.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    query.finish();
    if (version > currentVersion()) {
        return Problem {QString(CacheErrorCode::TooNew),
                        QCoreApplication::translate("wedsync::LocalCache",
                                                    "schema %1; this console knows up to %2")
                            .arg(version)
                            .arg(currentVersion())};
    }
    // A 32 MiB page cache keeps the stream indexes in memory while a page is appended.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA cache_size=-32768"_s}) {
        if (!query.exec(pragma))
            return failed();
        query.finish();
    }
    for (const CacheMigration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        if (!db.transaction())
            return Problem {errorCode(db.lastError()), db.lastError().text()};
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const Problem problem = failed();
                db.rollback();
                return problem;
            }
        }
        // user_version lives in the file header and commits with the migration.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)) || !db.commit()) {
            const Problem problem {QString(CacheErrorCode::Unavailable),
                                   query.lastError().text() + db.lastError().text()};
            db.rollback();
            return problem;
        }
        qCInfo(lcCache) << "cache" << path << "migrated to" << migration.version << migration.name;
    }
    return std::nullopt;
}

} // namespace wedsync::CacheSchema
