#include "storage/SyncConflictRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"id, organization_id, source, entity_type, entity_id, label,"
                        " base_version, base_json, mine_json, mine_by, mine_at, theirs_json,"
                        " theirs_by, theirs_at, created_by, created_at, status, resolution,"
                        " resolved_at, resolved_by, result_json, result_version"_s;

std::optional<QJsonObject> optionalObject(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return sql::toJsonObject(value);
}

std::optional<qint64> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

SyncConflict readConflict(const SqlQuery &q)
{
    SyncConflict c;
    c.id = q.text(0);
    c.organizationId = q.text(1);
    c.source = q.text(2);
    c.entityType = q.text(3);
    c.entityId = q.text(4);
    c.label = q.text(5);
    c.baseVersion = optionalNumber(q.value(6));
    c.base = optionalObject(q.value(7));
    c.mine = sql::toJsonObject(q.value(8));
    c.mineBy = q.text(9);
    c.mineAt = sql::toDateTime(q.value(10));
    c.theirs = sql::toJsonObject(q.value(11));
    c.theirsBy = q.text(12);
    c.theirsAt = sql::toDateTime(q.value(13));
    c.createdBy = q.text(14);
    c.createdAt = sql::toDateTime(q.value(15));
    c.status = q.text(16);
    c.resolution = q.text(17);
    if (!q.value(18).isNull())
        c.resolvedAt = sql::toDateTime(q.value(18));
    c.resolvedBy = q.text(19);
    c.result = optionalObject(q.value(20));
    c.resultVersion = optionalNumber(q.value(21));
    return c;
}

QVariant jsonOrNull(const std::optional<QJsonObject> &object)
{
    return object ? QVariant(sql::jsonText(*object)) : QVariant(QMetaType::fromType<QString>());
}

QVariant numberOrNull(const std::optional<qint64> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(sql::timestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

// "%" and "_" in a search are literal.
QString likePattern(const QString &search)
{
    QString escaped = search.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

SqlFilter filterSql(const SyncConflictRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"organization_id"_s, filter.organizationId);
    out.in(u"organization_id"_s, filter.organizationIds);
    out.equalsIfSet(u"status"_s, filter.status);
    out.equalsIfSet(u"source"_s, filter.source);
    out.equalsIfSet(u"entity_type"_s, filter.entityType);
    out.equalsIfSet(u"entity_id"_s, filter.entityId);
    out.timeWindow(u"created_at"_s, u"id"_s, {}, {}, filter.beforeAt, filter.beforeId);
    return out;
}

// The WHERE clause with the search, which SqlFilter has no term for (LIKE with ESCAPE).
QString whereWithSearch(const SqlFilter &where, const SyncConflictRepository::Filter &filter)
{
    if (filter.search.isEmpty())
        return where.where();
    const QString term = u"(LOWER(label) LIKE :search ESCAPE '\\' OR LOWER(entity_id) = :exact)"_s;
    const QString clause = where.where();
    if (clause.isEmpty())
        return u" WHERE "_s + term;
    return clause + u" AND "_s + term;
}

void bindSearch(SqlQuery &q, const SyncConflictRepository::Filter &filter)
{
    if (filter.search.isEmpty())
        return;
    q.bind(u":search"_s, likePattern(filter.search));
    q.bind(u":exact"_s, filter.search.toLower());
}

} // namespace

SyncConflictRepository::SyncConflictRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<SyncConflict> SyncConflictRepository::insert(SyncConflict conflict)
{
    if (conflict.id.isEmpty())
        conflict.id = ids::create();
    if (!conflict.createdAt.isValid())
        conflict.createdAt = m_clock.now();
    if (!conflict.mineAt.isValid())
        conflict.mineAt = conflict.createdAt;
    // Stored with millisecond precision; what we return must read back the same.
    conflict.createdAt = sql::toDateTime(sql::timestamp(conflict.createdAt));
    conflict.mineAt = sql::toDateTime(sql::timestamp(conflict.mineAt));
    if (conflict.theirsAt.isValid())
        conflict.theirsAt = sql::toDateTime(sql::timestamp(conflict.theirsAt));
    SqlQuery q(m_db,
               u"INSERT INTO sync_conflicts (id, organization_id, source, entity_type, entity_id,"
               " label, base_version, base_json, mine_json, mine_by, mine_at, theirs_json,"
               " theirs_by, theirs_at, created_by, created_at, status)"
               " VALUES (:id, :org, :source, :type, :entity, :label, :baseVersion, :base, :mine,"
               " :mineBy, :mineAt, :theirs, :theirsBy, :theirsAt, :by, :at, :status)"_s);
    q.bind(u":id"_s, conflict.id)
        .bind(u":org"_s, conflict.organizationId)
        .bind(u":source"_s, conflict.source)
        .bind(u":type"_s, conflict.entityType)
        .bind(u":entity"_s, conflict.entityId)
        .bind(u":label"_s, conflict.label)
        .bind(u":baseVersion"_s, numberOrNull(conflict.baseVersion))
        .bind(u":base"_s, jsonOrNull(conflict.base))
        .bind(u":mine"_s, sql::jsonText(conflict.mine))
        .bind(u":mineBy"_s, sql::nullableText(conflict.mineBy))
        .bind(u":mineAt"_s, timeOrNull(conflict.mineAt))
        .bind(u":theirs"_s, sql::jsonText(conflict.theirs))
        .bind(u":theirsBy"_s, sql::nullableText(conflict.theirsBy))
        .bind(u":theirsAt"_s, timeOrNull(conflict.theirsAt))
        .bind(u":by"_s, sql::nullableText(conflict.createdBy))
        .bind(u":at"_s, sql::timestamp(conflict.createdAt))
        .bind(u":status"_s, conflict.status);
    if (auto done = q.exec(u"recording a sync conflict"_s); !done)
        return done.error();
    return conflict;
}

Result<std::optional<SyncConflict>> SyncConflictRepository::find(const QString &id)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM sync_conflicts WHERE id = :id"_s);
    q.bind(u":id"_s, ids::normalized(id));
    if (auto done = q.exec(u"reading a sync conflict"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncConflict>();
    return std::optional<SyncConflict>(readConflict(q));
}

Result<QList<SyncConflict>> SyncConflictRepository::findMany(const QStringList &ids)
{
    QList<SyncConflict> out;
    // In chunks: SQLite's default limit of bound parameters is far above this, PostgreSQL's too.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        SqlFilter where;
        QStringList chunk;
        for (const QString &id : ids.mid(from, Chunk))
            chunk.append(ids::normalized(id));
        where.in(u"id"_s, chunk);
        SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM sync_conflicts"_s + where.where());
        where.bindTo(q);
        if (auto done = q.exec(u"reading sync conflicts"_s); !done)
            return done.error();
        while (q.next())
            out.append(readConflict(q));
    }
    return out;
}

Result<bool> SyncConflictRepository::close(const SyncConflict &closed)
{
    SqlQuery q(m_db,
               u"UPDATE sync_conflicts SET status = :status, resolution = :resolution,"
               " resolved_at = :at, resolved_by = :by, result_json = :result,"
               " result_version = :version WHERE id = :id AND status = 'open'"_s);
    q.bind(u":status"_s, closed.status)
        .bind(u":resolution"_s, sql::nullableText(closed.resolution))
        .bind(u":at"_s, sql::timestamp(closed.resolvedAt.value_or(m_clock.now())))
        .bind(u":by"_s, sql::nullableText(closed.resolvedBy))
        .bind(u":result"_s, jsonOrNull(closed.result))
        .bind(u":version"_s, numberOrNull(closed.resultVersion))
        .bind(u":id"_s, closed.id);
    if (auto done = q.exec(u"closing a sync conflict"_s); !done)
        return done.error();
    return q.rowsAffected() > 0;
}

Result<QList<SyncConflict>> SyncConflictRepository::query(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM sync_conflicts"_s + whereWithSearch(where, filter)
                   + u" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"_s);
    where.bindTo(q);
    bindSearch(q, filter);
    q.bind(u":limit"_s, qMax(1, filter.limit)).bind(u":offset"_s, qMax(0, filter.offset));
    if (auto done = q.exec(u"reading sync conflicts"_s); !done)
        return done.error();
    QList<SyncConflict> out;
    while (q.next())
        out.append(readConflict(q));
    return out;
}

Result<qint64> SyncConflictRepository::count(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM sync_conflicts"_s + whereWithSearch(where, filter));
    where.bindTo(q);
    bindSearch(q, filter);
    if (auto done = q.exec(u"counting sync conflicts"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QHash<QString, int>> SyncConflictRepository::openCounts()
{
    SqlQuery q(m_db,
               u"SELECT organization_id, COUNT(*) FROM sync_conflicts WHERE status = 'open'"
               " GROUP BY organization_id"_s);
    if (auto done = q.exec(u"counting sync conflicts"_s); !done)
        return done.error();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.text(0), q.value(1).toInt());
    return out;
}

} // namespace wedsync::server
