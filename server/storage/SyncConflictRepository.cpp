#include "storage/SyncConflictRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"id, organization_id, entity_type, entity_id, label, base_version,"
                        " mine_json, theirs_json, created_by, created_at, status, resolved_at,"
                        " resolved_by"_s;

SyncConflict readConflict(const SqlQuery &q)
{
    SyncConflict c;
    c.id = q.text(0);
    c.organizationId = q.text(1);
    c.entityType = q.text(2);
    c.entityId = q.text(3);
    c.label = q.text(4);
    if (!q.value(5).isNull())
        c.baseVersion = q.value(5).toLongLong();
    c.mine = sql::toJsonObject(q.value(6));
    c.theirs = sql::toJsonObject(q.value(7));
    c.createdBy = q.text(8);
    c.createdAt = sql::toDateTime(q.value(9));
    c.status = q.text(10);
    if (!q.value(11).isNull())
        c.resolvedAt = sql::toDateTime(q.value(11));
    c.resolvedBy = q.text(12);
    return c;
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
    SqlQuery q(m_db,
               u"INSERT INTO sync_conflicts (id, organization_id, entity_type, entity_id, label,"
               " base_version, mine_json, theirs_json, created_by, created_at, status)"
               " VALUES (:id, :org, :type, :entity, :label, :base, :mine, :theirs, :by, :at,"
               " :status)"_s);
    q.bind(u":id"_s, conflict.id)
        .bind(u":org"_s, conflict.organizationId)
        .bind(u":type"_s, conflict.entityType)
        .bind(u":entity"_s, conflict.entityId)
        .bind(u":label"_s, conflict.label)
        .bind(u":base"_s,
              conflict.baseVersion ? QVariant(*conflict.baseVersion)
                                   : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(u":mine"_s, sql::jsonText(conflict.mine))
        .bind(u":theirs"_s, sql::jsonText(conflict.theirs))
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
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a sync conflict"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncConflict>();
    return std::optional<SyncConflict>(readConflict(q));
}

Result<bool> SyncConflictRepository::resolve(const QString &id, const QString &userId)
{
    SqlQuery q(m_db,
               u"UPDATE sync_conflicts SET status = 'resolved', resolved_at = :at,"
               " resolved_by = :by WHERE id = :id AND status = 'open'"_s);
    q.bind(u":at"_s, sql::timestamp(m_clock.now()))
        .bind(u":by"_s, sql::nullableText(userId))
        .bind(u":id"_s, id);
    if (auto done = q.exec(u"resolving a sync conflict"_s); !done)
        return done.error();
    return q.rowsAffected() > 0;
}

Result<QList<SyncConflict>> SyncConflictRepository::open(const QStringList &organizationIds,
                                                         int limit)
{
    SqlFilter where;
    where.compare(u"status"_s, u"="_s, u"open"_s);
    where.in(u"organization_id"_s, organizationIds);
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM sync_conflicts"_s + where.where()
                   + u" ORDER BY created_at DESC, id DESC LIMIT :limit"_s);
    where.bindTo(q);
    q.bind(u":limit"_s, qBound(1, limit, 1000));
    if (auto done = q.exec(u"reading sync conflicts"_s); !done)
        return done.error();
    QList<SyncConflict> out;
    while (q.next())
        out.append(readConflict(q));
    return out;
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
