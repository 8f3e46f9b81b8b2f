#pragma once
// The console's per-profile local cache: last known documents, recent streams and bookkeeping
// in one SQLite file, so that a screen can paint the last state before (or without) the server.

#include "Result.h"
#include "cache/StreamStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace wedsync {

// Error codes of LocalCache::open().
namespace CacheErrorCode {
// The file is not an SQLite database or is damaged: LocalCache::moveAside() it and open again
// (the cache is rebuilt from the server; unsent outbox edits in it are lost).
inline constexpr QLatin1String Corrupt("cache_corrupt");
// Written by a newer console: refused untouched (it may hold that console's unsent edits).
inline constexpr QLatin1String TooNew("cache_too_new");
// The file or its folder cannot be opened or written (permissions, disk full, in use, ...).
inline constexpr QLatin1String Unavailable("cache_unavailable");
} // namespace CacheErrorCode

struct CachedDocument
{
    QString id;
    QString scope; // e.g. the organization id; empty = unscoped
    QJsonObject data;
};

class LocalCache
{
public:
    explicit LocalCache(const QString &connectionName);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // Creates the file (owner-only) or migrates it forward; WAL, synchronous=FULL.
    // Errors carry a CacheErrorCode and a sentence that names the file.
    Result<bool> open(const QString &path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Renames a damaged cache file (and its -wal/-shm companions) to "<path>.corrupt-<time>" so
    // that open(path) starts afresh; the old file is kept for a bug report.
    static bool moveAside(const QString &path, QString *movedTo = nullptr);

    // Documents: the last known state of a collection ("sections", "organizations", ...).
    // An empty scope means the whole collection: documents(c) lists every scope and
    // replaceAll(c, {}) replaces every scope. replaceAll gives each document the scope it
    // replaces (when that is not empty), keeps the given order and sets refreshedAt.
    bool replaceAll(const QString &collection, const QString &scope,
                    const QList<CachedDocument> &docs);
    bool put(const QString &collection,
             const CachedDocument &doc); // an existing id keeps its place
    bool remove(const QString &collection, const QString &id);
    QList<QJsonObject> documents(const QString &collection, const QString &scope = {}) const;
    std::optional<QJsonObject> document(const QString &collection, const QString &id) const;

    // Streams: append-only, newest kept ("sync_events", "audit"). An item's time is its
    // "occurredAt", "at" or "createdAt" (ISO-8601), else the time of appending (equal times:
    // the later in the list, or in a newest-first list the earlier, is newer); the same id
    // appended again replaces the earlier copy. Sets refreshedAt(stream, scope) for the scopes
    // appended and for the whole stream. recent(): newest first; limit < 0 = all.
    bool append(const QString &stream, const QList<CachedDocument> &items, int keepNewest = 100000);
    QList<QJsonObject> recent(const QString &stream, int limit, const QString &scope = {}) const;

    // Bookkeeping.
    void setValue(const QString &key, const QString &value);
    QString value(const QString &key) const; // null if never set
    void setLastSeq(const QString &topic, qint64 seq);
    qint64 lastSeq(const QString &topic) const; // 0 if never set
    // When the collection (or stream) + scope was last written from the server; invalid if never.
    QDateTime refreshedAt(const QString &collection, const QString &scope = {}) const;

    // "2026-11-21T07:54:09.123Z": the cache's text form of a time (text order = time order).
    static QString timestamp(const QDateTime &at);
    static QDateTime fromTimestamp(const QString &text);

private:
    friend class OutboxStore;
    friend class StreamStore;
    // SQLite binds a null QString as NULL; the text columns are NOT NULL ('' = none).
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }
    QSqlDatabase database() const;
    // A statement prepared once per connection and reused; false + logged if it failed.
    QSqlQuery *prepared(const QString &sql) const;
    bool exec(QSqlQuery *query, const char *what) const;
    void setRefreshedAt(const QString &collection, const QString &scope, const QDateTime &at);
    Error openError(const QString &code, const QString &detail) const;
    Result<bool> openConnection(const QString &path);
    void closeConnection();

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    bool m_open = false;
    bool m_ownsConnection = false;
    mutable QHash<QString, QSqlQuery *> m_statements;
    StreamStore m_streams;
};

} // namespace wedsync
