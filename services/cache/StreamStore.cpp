#include "cache/StreamStore.h"

#include "cache/LocalCache.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject toObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

// The item's own time, so that "newest" means newest on the server, not newest received.
QString itemTime(const QJsonObject &data, const QString &now)
{
    for (const QString &key : {u"occurredAt"_s, u"at"_s, u"createdAt"_s}) {
        const QDateTime at = LocalCache::fromTimestamp(data.value(key).toString());
        if (at.isValid())
            return LocalCache::timestamp(at);
    }
    return now;
}

} // namespace

StreamStore::StreamStore(LocalCache *cache)
    : m_cache(cache)
{ }

bool StreamStore::append(const QString &stream, const QList<CachedDocument> &items, int keepNewest)
{
    QSqlDatabase db = m_cache->database();
    QSqlQuery *insert
        = m_cache->prepared(u"INSERT INTO streams (stream, id, scope, json, at) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (stream, id) DO NOTHING"_s);
    QSqlQuery *update = m_cache->prepared(
        u"UPDATE streams SET scope = ?, json = ?, at = ? WHERE stream = ? AND id = ?"_s);
    // Oldest first along streams_recent: only the rows that go are visited.
    QSqlQuery *trim
        = m_cache->prepared(u"DELETE FROM streams WHERE seq IN (SELECT seq FROM streams "
                            "WHERE stream = ? ORDER BY at, seq LIMIT ?)"_s);
    const qint64 before = streamRows(stream);
    if (!insert || !update || !trim || before < 0 || !db.transaction())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = LocalCache::timestamp(now);
    QSet<QString> scopes;
    qint64 rows = before;
    bool ok = true;
    QStringList times;
    times.reserve(items.size());
    for (const CachedDocument &item : items)
        times.append(itemTime(item.data, nowText));
    // A page that comes newest first (REST) is stored oldest first, so that items of equal
    // time keep the page's order (the later row counts as the newer one).
    const bool newestFirst = !times.isEmpty() && times.constFirst() > times.constLast();
    for (qsizetype n = 0; ok && n < items.size(); ++n) {
        const qsizetype i = newestFirst ? items.size() - 1 - n : n;
        const CachedDocument &item = items.at(i);
        const QByteArray json = toBytes(item.data);
        const QString &at = times.at(i);
        insert->bindValue(0, LocalCache::text(stream));
        insert->bindValue(1, LocalCache::text(item.id));
        insert->bindValue(2, LocalCache::text(item.scope));
        insert->bindValue(3, json);
        insert->bindValue(4, at);
        ok = m_cache->exec(insert, "append");
        if (ok && insert->numRowsAffected() == 1) {
            ++rows;
        } else if (ok) { // the same id again: the newer copy replaces the older
            update->bindValue(0, LocalCache::text(item.scope));
            update->bindValue(1, json);
            update->bindValue(2, at);
            update->bindValue(3, LocalCache::text(stream));
            update->bindValue(4, LocalCache::text(item.id));
            ok = m_cache->exec(update, "append/update");
        }
        scopes.insert(item.scope);
    }
    const qint64 keep = qMax(0, keepNewest);
    if (ok && rows > keep) {
        trim->bindValue(0, LocalCache::text(stream));
        trim->bindValue(1, rows - keep);
        ok = m_cache->exec(trim, "append/trim");
        rows -= ok ? trim->numRowsAffected() : 0;
    }
    if (ok) {
        scopes.insert(QString());
        for (const QString &scope : std::as_const(scopes))
            m_cache->setRefreshedAt(stream, scope, now);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        m_streamRows.remove(stream); // counted again next time
        return false;
    }
    m_streamRows.insert(stream, rows);
    return true;
}

qint64 StreamStore::streamRows(const QString &stream) const
{
    if (const auto known = m_streamRows.constFind(stream); known != m_streamRows.cend())
        return *known;
    QSqlQuery *query = m_cache->prepared(u"SELECT count(*) FROM streams WHERE stream = ?"_s);
    if (!query)
        return -1;
    query->bindValue(0, LocalCache::text(stream));
    qint64 rows = -1;
    if (m_cache->exec(query, "stream count") && query->next())
        rows = query->value(0).toLongLong();
    query->finish();
    if (rows >= 0)
        m_streamRows.insert(stream, rows);
    return rows;
}

QList<QJsonObject> StreamStore::recent(const QString &stream, int limit, const QString &scope) const
{
    // The whole stream is read oldest first and turned round in memory: a forward scan lets
    // the OS read ahead, which a cold file needs (a backward one is page by page).
    const bool all = limit < 0;
    const QString order = all ? u" ORDER BY at, seq"_s : u" ORDER BY at DESC, seq DESC LIMIT ?"_s;
    QSqlQuery *query = m_cache->prepared(
        (scope.isEmpty() ? u"SELECT json FROM streams WHERE stream = ?"_s
                         : u"SELECT json FROM streams WHERE stream = ? AND scope = ?"_s)
        + order);
    QList<QJsonObject> out;
    if (!query)
        return out;
    int index = 0;
    query->bindValue(index++, LocalCache::text(stream));
    if (!scope.isEmpty())
        query->bindValue(index++, LocalCache::text(scope));
    if (!all)
        query->bindValue(index, limit);
    if (!m_cache->exec(query, "recent"))
        return out;
    if (!all)
        out.reserve(limit);
    while (query->next())
        out.append(toObject(query->value(0)));
    query->finish();
    if (all)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace wedsync
