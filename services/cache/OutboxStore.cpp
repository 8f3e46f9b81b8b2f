#include "cache/OutboxStore.h"

#include "ServicesLogging.h"
#include "cache/LocalCache.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString EntryColumns = u"id, idempotency_key, method, path, body, base_version, base, "
                             "entity_type, entity_id, organization_id, label, created_by, "
                             "created_at"_s;
const QString ConflictColumns = u"id, entity_type, entity_id, organization_id, label, base, mine, "
                                "theirs, mine_by, mine_at, theirs_by, theirs_at, status"_s;

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject toObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(LocalCache::timestamp(at))
                        : QVariant(QMetaType(QMetaType::QString));
}

ConflictRecord conflictFrom(const QSqlQuery &q)
{
    ConflictRecord c;
    c.id = q.value(0).toLongLong();
    c.entityType = q.value(1).toString();
    c.entityId = q.value(2).toString();
    c.organizationId = q.value(3).toString();
    c.label = q.value(4).toString();
    c.base = toObject(q.value(5));
    c.mine = toObject(q.value(6));
    c.theirs = toObject(q.value(7));
    c.mineBy = q.value(8).toString();
    c.mineAt = LocalCache::fromTimestamp(q.value(9).toString());
    c.theirsBy = q.value(10).toString();
    c.theirsAt = LocalCache::fromTimestamp(q.value(11).toString());
    c.status = q.value(12).toString();
    return c;
}

} // namespace

OutboxStore::OutboxStore(LocalCache *cache)
    : m_cache(cache)
{ }

OutboxEntry OutboxStore::entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.method = q.value(2).toString().toLatin1();
    e.path = q.value(3).toString();
    e.body = toObject(q.value(4));
    e.baseVersion = q.value(5).toLongLong();
    e.base = toObject(q.value(6));
    e.entityType = q.value(7).toString();
    e.entityId = q.value(8).toString();
    e.organizationId = q.value(9).toString();
    e.label = q.value(10).toString();
    e.createdBy = q.value(11).toString();
    e.createdAt = LocalCache::fromTimestamp(q.value(12).toString());
    return e;
}

bool OutboxStore::insert(OutboxEntry *entry)
{
    QSqlQuery *q = m_cache->prepared(
        u"INSERT INTO outbox (idempotency_key, method, path, body, base_version, base, "
        "entity_type, entity_id, organization_id, label, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!q)
        return false;
    if (entry->idempotencyKey.isEmpty())
        entry->idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry->createdAt.isValid())
        entry->createdAt = QDateTime::currentDateTimeUtc();
    q->bindValue(0, LocalCache::text(entry->idempotencyKey));
    q->bindValue(1, QString::fromLatin1(entry->method.toUpper()));
    q->bindValue(2, LocalCache::text(entry->path));
    q->bindValue(3, toBytes(entry->body));
    q->bindValue(4, entry->baseVersion);
    q->bindValue(5, toBytes(entry->base));
    q->bindValue(6, LocalCache::text(entry->entityType));
    q->bindValue(7, LocalCache::text(entry->entityId));
    q->bindValue(8, LocalCache::text(entry->organizationId));
    q->bindValue(9, LocalCache::text(entry->label));
    q->bindValue(10, LocalCache::text(entry->createdBy));
    q->bindValue(11, LocalCache::timestamp(entry->createdAt));
    // Autocommit: with synchronous=FULL the WAL is synced before exec() returns.
    if (!m_cache->exec(q, "outbox insert"))
        return false;
    entry->id = q->lastInsertId().toLongLong();
    q->finish();
    return true;
}

QList<OutboxEntry> OutboxStore::entries(const QString &sql, qint64 afterId) const
{
    QList<OutboxEntry> out;
    QSqlQuery *q = m_cache->prepared(sql);
    if (!q)
        return out;
    if (afterId >= 0)
        q->bindValue(0, afterId);
    if (!m_cache->exec(q, "outbox read"))
        return out;
    while (q->next())
        out.append(entryFrom(*q));
    q->finish();
    return out;
}

QList<OutboxEntry> OutboxStore::pending() const
{
    return entries(u"SELECT "_s + EntryColumns
                   + u" FROM outbox WHERE state = 'pending' ORDER BY id"_s);
}

QList<OutboxEntry> OutboxStore::rejected() const
{
    return entries(u"SELECT "_s + EntryColumns
                   + u" FROM outbox WHERE state = 'rejected' ORDER BY id"_s);
}

std::optional<OutboxEntry> OutboxStore::nextPending(qint64 afterId) const
{
    const QList<OutboxEntry> next
        = entries(u"SELECT "_s + EntryColumns
                      + u" FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT 1"_s,
                  afterId);
    if (next.isEmpty())
        return std::nullopt;
    return next.constFirst();
}

int OutboxStore::pendingCount() const
{
    QSqlQuery *q = m_cache->prepared(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s);
    int count = 0;
    if (m_cache->exec(q, "outbox count") && q->next())
        count = q->value(0).toInt();
    if (q)
        q->finish();
    return count;
}

bool OutboxStore::remove(qint64 entryId)
{
    QSqlQuery *q = m_cache->prepared(u"DELETE FROM outbox WHERE id = ?"_s);
    if (!q)
        return false;
    q->bindValue(0, entryId);
    return m_cache->exec(q, "outbox remove");
}

bool OutboxStore::reject(qint64 entryId, const QJsonObject &error)
{
    QSqlQuery *q
        = m_cache->prepared(u"UPDATE outbox SET state = 'rejected', error = ? WHERE id = ?"_s);
    if (!q)
        return false;
    q->bindValue(0, toBytes(error));
    q->bindValue(1, entryId);
    return m_cache->exec(q, "outbox reject");
}

bool OutboxStore::dependsOnRefused(const OutboxEntry &entry) const
{
    // Built on it = queued after it, on a version only it would have produced.
    if (entry.entityId.isEmpty() || entry.baseVersion < 0)
        return false;
    QSqlQuery *q = m_cache->prepared(
        u"SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'rejected' AND entity_type = ? "
        "AND entity_id = ? AND id < ? AND base_version >= 0 AND base_version < ?) "
        "OR EXISTS (SELECT 1 FROM conflicts WHERE entity_type = ? AND entity_id = ? "
        "AND entry_id < ? AND base_version >= 0 AND base_version < ?)"_s);
    if (!q)
        return false;
    for (int i : {0, 4}) {
        q->bindValue(i, LocalCache::text(entry.entityType));
        q->bindValue(i + 1, LocalCache::text(entry.entityId));
        q->bindValue(i + 2, entry.id);
        q->bindValue(i + 3, entry.baseVersion);
    }
    bool depends = false;
    if (m_cache->exec(q, "outbox dependency") && q->next())
        depends = q->value(0).toBool();
    q->finish();
    return depends;
}

std::optional<ConflictRecord> OutboxStore::recordConflict(const OutboxEntry &entry,
                                                          ConflictRecord conflict)
{
    QSqlQuery *insert = m_cache->prepared(
        u"INSERT INTO conflicts (entry_id, base_version, idempotency_key, entity_type, entity_id, "
        u"organization_id, label, "
        "base, mine, theirs, mine_by, mine_at, theirs_by, theirs_at, status, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) "
        "ON CONFLICT (idempotency_key) DO NOTHING"_s);
    QSqlQuery *drop = m_cache->prepared(u"DELETE FROM outbox WHERE id = ?"_s);
    QSqlDatabase db = m_cache->database();
    if (!insert || !drop || !db.transaction())
        return std::nullopt;
    insert->bindValue(0, entry.id);
    insert->bindValue(1, entry.baseVersion);
    insert->bindValue(2, LocalCache::text(entry.idempotencyKey));
    insert->bindValue(3, LocalCache::text(conflict.entityType));
    insert->bindValue(4, LocalCache::text(conflict.entityId));
    insert->bindValue(5, LocalCache::text(conflict.organizationId));
    insert->bindValue(6, LocalCache::text(conflict.label));
    insert->bindValue(7, toBytes(conflict.base));
    insert->bindValue(8, toBytes(conflict.mine));
    insert->bindValue(9, toBytes(conflict.theirs));
    insert->bindValue(10, LocalCache::text(conflict.mineBy));
    insert->bindValue(11, timeOrNull(conflict.mineAt));
    insert->bindValue(12, LocalCache::text(conflict.theirsBy));
    insert->bindValue(13, timeOrNull(conflict.theirsAt));
    insert->bindValue(14, LocalCache::timestamp(QDateTime::currentDateTimeUtc()));
    bool ok = m_cache->exec(insert, "conflict insert");
    if (ok) {
        insert->finish();
        drop->bindValue(0, entry.id);
        ok = m_cache->exec(drop, "outbox remove (conflict)");
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return conflictFor(entry.idempotencyKey);
}

std::optional<ConflictRecord> OutboxStore::conflictFor(const QString &idempotencyKey) const
{
    QSqlQuery *q = m_cache->prepared(u"SELECT "_s + ConflictColumns
                                     + u" FROM conflicts WHERE idempotency_key = ?"_s);
    if (!q)
        return std::nullopt;
    q->bindValue(0, LocalCache::text(idempotencyKey));
    std::optional<ConflictRecord> out;
    if (m_cache->exec(q, "conflict by key") && q->next())
        out = conflictFrom(*q);
    q->finish();
    return out;
}

QList<ConflictRecord> OutboxStore::conflicts(const QString &status) const
{
    QList<ConflictRecord> out;
    QSqlQuery *q = m_cache->prepared(
        status.isEmpty()
            ? u"SELECT "_s + ConflictColumns + u" FROM conflicts ORDER BY id"_s
            : u"SELECT "_s + ConflictColumns + u" FROM conflicts WHERE status = ? ORDER BY id"_s);
    if (!q)
        return out;
    if (!status.isEmpty())
        q->bindValue(0, LocalCache::text(status));
    if (!m_cache->exec(q, "conflicts"))
        return out;
    while (q->next())
        out.append(conflictFrom(*q));
    q->finish();
    return out;
}

bool OutboxStore::resolveConflict(qint64 conflictId)
{
    QSqlQuery *q = m_cache->prepared(u"UPDATE conflicts SET status = 'resolved', resolved_at = ? "
                                     "WHERE id = ? AND status = 'open'"_s);
    if (!q)
        return false;
    q->bindValue(0, LocalCache::timestamp(QDateTime::currentDateTimeUtc()));
    q->bindValue(1, conflictId);
    return m_cache->exec(q, "conflict resolve") && q->numRowsAffected() == 1;
}

} // namespace wedsync
