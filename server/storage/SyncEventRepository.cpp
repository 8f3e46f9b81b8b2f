#include "storage/SyncEventRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"id, organization_id, kind, status, config_version, source, actor_id,"
                        " message, details_json, occurred_at, duration_ms"_s;

SyncEvent readEvent(const SqlQuery &q)
{
    SyncEvent event;
    event.id = q.text(0);
    event.organizationId = q.text(1);
    event.kind = q.text(2);
    event.status = syncStatusFromName(q.text(3)).value_or(SyncStatus::Pending);
    event.configVersion = q.value(4).toLongLong();
    event.source = q.text(5);
    event.actorId = q.text(6);
    event.message = q.text(7);
    event.details = sql::toJsonObject(q.value(8));
    event.occurredAt = sql::toDateTime(q.value(9));
    event.durationMs = q.value(10).toLongLong();
    return event;
}

SqlFilter filterSql(const SyncEventRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"organization_id"_s, filter.organizationId);
    out.in(u"organization_id"_s, filter.organizationIds);
    out.equalsIfSet(u"kind"_s, filter.kind);
    out.equalsIfSet(u"status"_s, filter.status);
    out.timeWindow(u"occurred_at"_s, u"id"_s, filter.from, filter.to, filter.beforeAt,
                   filter.beforeId);
    return out;
}

} // namespace

SyncEventRepository::SyncEventRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<SyncEvent> SyncEventRepository::insert(SyncEvent event)
{
    auto stored = insertAll({std::move(event)});
    if (!stored)
        return stored.error();
    return stored->first();
}

Result<QList<SyncEvent>> SyncEventRepository::insertAll(QList<SyncEvent> events)
{
    const SqlRows insert(m_db, u"INSERT INTO sync_events ("_s + Columns + u", updated_at) VALUES"_s,
                         u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString updated = sql::timestamp(m_clock.now());
    QList<QVariantList> rows;
    rows.reserve(events.size());
    for (SyncEvent &event : events) {
        if (event.id.isEmpty())
            event.id = ids::create();
        if (!event.occurredAt.isValid())
            event.occurredAt = m_clock.now();
        // Stored with millisecond precision; what we return must read back the same.
        event.occurredAt = sql::toDateTime(sql::timestamp(event.occurredAt));
        rows.append({event.id, event.organizationId, event.kind, syncStatusName(event.status),
                     event.configVersion, event.source, sql::nullableText(event.actorId),
                     event.message, sql::jsonText(event.details), sql::timestamp(event.occurredAt),
                     event.durationMs, updated});
    }
    if (auto done = insert.exec(rows, u"recording a sync event"_s); !done)
        return done.error();
    return events;
}

Status SyncEventRepository::update(const SyncEvent &event)
{
    SqlQuery q(m_db,
               u"UPDATE sync_events SET status = :status, message = :message,"
               " details_json = :details, duration_ms = :duration, updated_at = :updated"
               " WHERE id = :id"_s);
    q.bind(u":status"_s, syncStatusName(event.status))
        .bind(u":message"_s, event.message)
        .bind(u":details"_s, sql::jsonText(event.details))
        .bind(u":duration"_s, event.durationMs)
        .bind(u":updated"_s, sql::timestamp(m_clock.now()))
        .bind(u":id"_s, event.id);
    return q.exec(u"updating a sync event"_s);
}

Result<std::optional<SyncEvent>> SyncEventRepository::find(const QString &id)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM sync_events WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading a sync event"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncEvent>();
    return std::optional<SyncEvent>(readEvent(q));
}

Result<QList<SyncEvent>> SyncEventRepository::query(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM sync_events"_s + where.where()
                   + u" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"_s);
    where.bindTo(q);
    q.bind(u":limit"_s, qBound(1, filter.limit, 1000)).bind(u":offset"_s, qMax(0, filter.offset));
    if (auto done = q.exec(u"reading sync events"_s); !done)
        return done.error();
    QList<SyncEvent> out;
    while (q.next())
        out.append(readEvent(q));
    return out;
}

Result<qint64> SyncEventRepository::count(const Filter &filter)
{
    const SqlFilter where = filterSql(filter);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM sync_events"_s + where.where());
    where.bindTo(q);
    if (auto done = q.exec(u"counting sync events"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<SyncEvent>> SyncEventRepository::withStatus(const QString &organizationId,
                                                         const QStringList &kinds,
                                                         SyncStatus status)
{
    SqlFilter where;
    where.compare(u"organization_id"_s, u"="_s, organizationId);
    where.compare(u"status"_s, u"="_s, syncStatusName(status));
    where.in(u"kind"_s, kinds);
    SqlQuery q(m_db,
               u"SELECT "_s + Columns + u" FROM sync_events"_s + where.where()
                   + u" ORDER BY occurred_at, id"_s);
    where.bindTo(q);
    if (auto done = q.exec(u"reading sync events"_s); !done)
        return done.error();
    QList<SyncEvent> out;
    while (q.next())
        out.append(readEvent(q));
    return out;
}

Result<SyncEventRepository::TenantSummary>
SyncEventRepository::summary(const QString &organizationId)
{
    TenantSummary out;
    {
        SqlQuery q(
            m_db,
            u"SELECT "_s + Columns
                + u" FROM sync_events WHERE organization_id = :org AND kind IN"
                  " ('config_change', 'resync') ORDER BY occurred_at DESC, id DESC LIMIT 1"_s);
        q.bind(u":org"_s, organizationId);
        if (auto done = q.exec(u"reading sync events"_s); !done)
            return done.error();
        if (q.next())
            out.lastPropagation = readEvent(q);
    }
    // Two lookups that each end at the first index entry (migration 7), not one pass over
    // every event of the tenant.
    const auto newest = [&](const QString &sql) -> Result<QDateTime> {
        SqlQuery q(m_db, sql);
        q.bind(u":org"_s, organizationId);
        if (auto done = q.exec(u"reading sync events"_s); !done)
            return done.error();
        return q.next() && !q.value(0).isNull() ? sql::toDateTime(q.value(0)) : QDateTime();
    };
    auto lastEvent
        = newest(u"SELECT MAX(occurred_at) FROM sync_events WHERE organization_id = :org"_s);
    if (!lastEvent)
        return lastEvent.error();
    // A success is a delivery: a propagation or clients catching up, not a resync that
    // reached nobody nor a conflict.
    auto lastSuccess = newest(u"SELECT MAX(occurred_at) FROM sync_events"
                              " WHERE organization_id = :org AND status = 'success'"
                              " AND kind IN ('config_change', 'resync', 'client_applied')"_s);
    if (!lastSuccess)
        return lastSuccess.error();
    if (lastEvent->isValid())
        out.lastEventAt = lastEvent.value();
    if (lastSuccess->isValid())
        out.lastSuccessAt = lastSuccess.value();
    return out;
}

} // namespace wedsync::server
