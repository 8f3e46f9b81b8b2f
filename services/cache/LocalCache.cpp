#include "cache/LocalCache.h"

#include "ServicesLogging.h"
#include "cache/CacheSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::LocalCache", text);
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject toObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

} // namespace

LocalCache::LocalCache(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_streams(this)
{ }

LocalCache::~LocalCache()
{
    closeConnection();
}

void LocalCache::closeConnection()
{
    qDeleteAll(m_statements); // statements go before their connection
    m_statements.clear();
    m_streams.forgetCounts();
    if (m_open) {
        // Fold the WAL into the file: the next start need not read (or index) a long log.
        QSqlQuery checkpoint(database());
        if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            qCDebug(lcCache) << "checkpoint on close:" << checkpoint.lastError().text();
    }
    m_open = false;
    m_schemaVersion = 0;
    if (m_ownsConnection && QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_ownsConnection = false;
}

QString LocalCache::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime LocalCache::fromTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Error LocalCache::openError(const QString &code, const QString &detail) const
{
    QString message;
    if (code == CacheErrorCode::Corrupt) {
        message = tr("The local cache %1 is damaged and cannot be read (%2). Move it aside to "
                     "start afresh; the console reloads everything from the server.")
                      .arg(QDir::toNativeSeparators(m_path), detail);
    } else if (code == CacheErrorCode::TooNew) {
        message = tr("The local cache %1 was written by a newer WedSync console (%2). Update the "
                     "console, or sign in with another profile.")
                      .arg(QDir::toNativeSeparators(m_path), detail);
    } else {
        message = tr("The local cache %1 cannot be opened (%2). Check that the folder exists, is "
                     "writable and has free space.")
                      .arg(QDir::toNativeSeparators(m_path), detail);
    }
    qCWarning(lcCache).noquote() << message;
    return Error {code, message, {}};
}

Result<bool> LocalCache::open(const QString &path)
{
    if (m_open)
        return openError(CacheErrorCode::Unavailable, tr("it is already open"));
    m_path = path;
    if (QSqlDatabase::contains(m_connectionName))
        return openError(CacheErrorCode::Unavailable,
                         tr("connection %1 is already in use").arg(m_connectionName));
    Result<bool> opened = openConnection(path);
    if (!opened)
        closeConnection(); // so that the caller may moveAside() the file and open() afresh
    return opened;
}

Result<bool> LocalCache::openConnection(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return openError(CacheErrorCode::Unavailable, tr("cannot create the folder"));
    if (!info.exists()) {
        // Created here, owner-only: the cache holds tenant data (SQLite's -wal follows suit).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return openError(CacheErrorCode::Unavailable, file.errorString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    m_ownsConnection = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return openError(CacheSchema::errorCode(db.lastError()), db.lastError().text());

    if (const std::optional<CacheSchema::Problem> problem = CacheSchema::prepare(db, path))
        return openError(problem->code, problem->detail);
    m_schemaVersion = CacheSchema::currentVersion();
    m_open = true;
    return true;
}

bool LocalCache::moveAside(const QString &path, QString *movedTo)
{
    const QString aside
        = path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmsszzz"_s);
    if (QFile::exists(path) && !QFile::rename(path, aside))
        return false;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            QFile::remove(path + suffix); // never let a stale WAL join a fresh file
    }
    if (movedTo)
        *movedTo = aside;
    return true;
}

QSqlDatabase LocalCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery *LocalCache::prepared(const QString &sql) const
{
    if (!m_open)
        return nullptr;
    if (QSqlQuery *query = m_statements.value(sql))
        return query;
    auto *query = new QSqlQuery(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcCache) << "cannot prepare" << sql << query->lastError().text();
        delete query;
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query;
}

bool LocalCache::exec(QSqlQuery *query, const char *what) const
{
    if (!query)
        return false;
    if (query->exec())
        return true;
    qCWarning(lcCache) << "cache" << what << "failed:" << query->lastError().text();
    query->finish();
    return false;
}

bool LocalCache::replaceAll(const QString &collection, const QString &scope,
                            const QList<CachedDocument> &docs)
{
    QSqlDatabase db = database();
    QSqlQuery *clear
        = prepared(scope.isEmpty() ? u"DELETE FROM documents WHERE collection = ?"_s
                                   : u"DELETE FROM documents WHERE collection = ? AND scope = ?"_s);
    // REPLACE: a document that moved in from another scope takes its new place.
    QSqlQuery *insert = prepared(u"INSERT OR REPLACE INTO documents (collection, id, scope, json, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    if (!clear || !insert || !db.transaction())
        return false;
    clear->bindValue(0, text(collection));
    if (!scope.isEmpty())
        clear->bindValue(1, text(scope));
    bool ok = exec(clear, "replaceAll/delete");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = timestamp(now);
    for (qsizetype i = 0; ok && i < docs.size(); ++i) {
        const CachedDocument &doc = docs.at(i);
        insert->bindValue(0, text(collection));
        insert->bindValue(1, text(doc.id));
        insert->bindValue(2, text(scope.isEmpty() ? doc.scope : scope));
        insert->bindValue(3, toBytes(doc.data));
        insert->bindValue(4, nowText);
        ok = exec(insert, "replaceAll/insert");
    }
    if (ok) {
        QSet<QString> scopes {scope};
        if (scope.isEmpty()) {
            for (const CachedDocument &doc : docs)
                scopes.insert(doc.scope);
        }
        for (const QString &refreshed : std::as_const(scopes))
            setRefreshedAt(collection, refreshed, now);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool LocalCache::put(const QString &collection, const CachedDocument &doc)
{
    // An upsert keeps the rowid, hence the document's place in its list.
    QSqlQuery *query = prepared(
        u"INSERT INTO documents (collection, id, scope, json, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (collection, id) DO UPDATE SET scope = excluded.scope, json = excluded.json, "
        "updated_at = excluded.updated_at"_s);
    if (!query)
        return false;
    query->bindValue(0, text(collection));
    query->bindValue(1, text(doc.id));
    query->bindValue(2, text(doc.scope));
    query->bindValue(3, toBytes(doc.data));
    query->bindValue(4, timestamp(QDateTime::currentDateTimeUtc()));
    return exec(query, "put");
}

bool LocalCache::remove(const QString &collection, const QString &id)
{
    QSqlQuery *query = prepared(u"DELETE FROM documents WHERE collection = ? AND id = ?"_s);
    if (!query)
        return false;
    query->bindValue(0, text(collection));
    query->bindValue(1, text(id));
    return exec(query, "remove");
}

QList<QJsonObject> LocalCache::documents(const QString &collection, const QString &scope) const
{
    QSqlQuery *query = prepared(
        scope.isEmpty()
            ? u"SELECT json FROM documents WHERE collection = ? ORDER BY rowid"_s
            : u"SELECT json FROM documents WHERE collection = ? AND scope = ? ORDER BY rowid"_s);
    QList<QJsonObject> out;
    if (!query)
        return out;
    query->bindValue(0, text(collection));
    if (!scope.isEmpty())
        query->bindValue(1, text(scope));
    if (!exec(query, "documents"))
        return out;
    while (query->next())
        out.append(toObject(query->value(0)));
    query->finish();
    return out;
}

std::optional<QJsonObject> LocalCache::document(const QString &collection, const QString &id) const
{
    QSqlQuery *query = prepared(u"SELECT json FROM documents WHERE collection = ? AND id = ?"_s);
    if (!query)
        return std::nullopt;
    query->bindValue(0, text(collection));
    query->bindValue(1, text(id));
    if (!exec(query, "document"))
        return std::nullopt;
    std::optional<QJsonObject> out;
    if (query->next())
        out = toObject(query->value(0));
    query->finish();
    return out;
}

bool LocalCache::append(const QString &stream, const QList<CachedDocument> &items, int keepNewest)
{
    return m_streams.append(stream, items, keepNewest);
}

QList<QJsonObject> LocalCache::recent(const QString &stream, int limit, const QString &scope) const
{
    return m_streams.recent(stream, limit, scope);
}

void LocalCache::setValue(const QString &key, const QString &value)
{
    QSqlQuery *query = prepared(u"INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)"_s);
    if (!query)
        return;
    query->bindValue(0, text(key));
    query->bindValue(1, text(value));
    exec(query, "setValue");
}

QString LocalCache::value(const QString &key) const
{
    QSqlQuery *query = prepared(u"SELECT value FROM kv WHERE key = ?"_s);
    if (!query)
        return {};
    query->bindValue(0, text(key));
    QString out;
    if (exec(query, "value") && query->next())
        out = query->value(0).toString();
    query->finish();
    return out;
}

void LocalCache::setLastSeq(const QString &topic, qint64 seq)
{
    QSqlQuery *query = prepared(u"INSERT OR REPLACE INTO topic_seq (topic, seq) VALUES (?, ?)"_s);
    if (!query)
        return;
    query->bindValue(0, text(topic));
    query->bindValue(1, seq);
    exec(query, "setLastSeq");
}

qint64 LocalCache::lastSeq(const QString &topic) const
{
    QSqlQuery *query = prepared(u"SELECT seq FROM topic_seq WHERE topic = ?"_s);
    if (!query)
        return 0;
    query->bindValue(0, text(topic));
    qint64 out = 0;
    if (exec(query, "lastSeq") && query->next())
        out = query->value(0).toLongLong();
    query->finish();
    return out;
}

void LocalCache::setRefreshedAt(const QString &collection, const QString &scope,
                                const QDateTime &at)
{
    QSqlQuery *query = prepared(u"INSERT OR REPLACE INTO refreshes (collection, scope, "
                                "refreshed_at) VALUES (?, ?, ?)"_s);
    if (!query)
        return;
    query->bindValue(0, text(collection));
    query->bindValue(1, text(scope));
    query->bindValue(2, timestamp(at));
    exec(query, "setRefreshedAt");
}

QDateTime LocalCache::refreshedAt(const QString &collection, const QString &scope) const
{
    QSqlQuery *query
        = prepared(u"SELECT refreshed_at FROM refreshes WHERE collection = ? AND scope = ?"_s);
    if (!query)
        return {};
    query->bindValue(0, text(collection));
    query->bindValue(1, text(scope));
    QDateTime out;
    if (exec(query, "refreshedAt") && query->next())
        out = fromTimestamp(query->value(0).toString());
    query->finish();
    return out;
}

} // namespace wedsync
