#include "storage/SyncJobRepository.h"

#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns
    = u"SELECT id, organization_id, integration_id, kind, status, partial, processed, total,"
      " created_count, updated_count, skipped_count, checkpoint, error, cancel_requested, attempt,"
      " not_before, requested_by, created_at, started_at, finished_at FROM sync_jobs"_s;

SyncJobRow readRow(const SqlQuery &q)
{
    SyncJobRow row;
    row.id = q.text(0);
    row.organizationId = q.text(1);
    row.integrationId = q.text(2);
    row.kind = q.text(3);
    row.status = q.text(4);
    row.partial = q.value(5).toBool();
    row.processed = q.value(6).toInt();
    if (!q.value(7).isNull())
        row.total = q.value(7).toInt();
    row.createdCount = q.value(8).toInt();
    row.updatedCount = q.value(9).toInt();
    row.skippedCount = q.value(10).toInt();
    if (!q.value(11).isNull())
        row.checkpoint = q.text(11);
    row.error = q.text(12);
    row.cancelRequested = q.value(13).toBool();
    row.attempt = q.value(14).toInt();
    row.notBefore = sql::toDateTime(q.value(15));
    row.requestedBy = q.text(16);
    row.createdAt = sql::toDateTime(q.value(17));
    row.startedAt = sql::toDateTime(q.value(18));
    row.finishedAt = sql::toDateTime(q.value(19));
    return row;
}

QVariant time(const QDateTime &at)
{
    return at.isValid() ? QVariant(sql::timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

SqlFilter filterSql(const SyncJobRepository::Filter &filter)
{
    SqlFilter out;
    out.equalsIfSet(u"organization_id"_s, filter.organizationId);
    out.equalsIfSet(u"integration_id"_s, filter.integrationId);
    out.timeWindow(u"created_at"_s, u"id"_s, {}, {}, filter.beforeAt, filter.beforeId);
    return out;
}

void bindRow(SqlQuery &q, const SyncJobRow &row)
{
    q.bind(u":id"_s, row.id)
        .bind(u":status"_s, row.status)
        .bind(u":partial"_s, row.partial)
        .bind(u":processed"_s, row.processed)
        .bind(u":total"_s, optionalInt(row.total))
        .bind(u":created"_s, row.createdCount)
        .bind(u":updated"_s, row.updatedCount)
        .bind(u":skipped"_s, row.skippedCount)
        .bind(u":checkpoint"_s,
              row.checkpoint ? QVariant(*row.checkpoint) : QVariant(QMetaType(QMetaType::QString)))
        .bind(u":error"_s, sql::nullableText(row.error))
        .bind(u":cancel"_s, row.cancelRequested)
        .bind(u":attempt"_s, row.attempt)
        .bind(u":notBefore"_s, time(row.notBefore))
        .bind(u":started"_s, time(row.startedAt))
        .bind(u":finished"_s, time(row.finishedAt));
}

} // namespace

SyncJobRepository::SyncJobRepository(Database &db)
    : m_db(db)
{ }

Result<QList<SyncJobRow>> SyncJobRepository::query(const Filter &filter)
{
    return filterSql(filter).newestFirst(m_db, Columns, filter.limit, filter.offset,
                                         u"reading sync jobs"_s, readRow);
}

Result<qint64> SyncJobRepository::count(const Filter &filter)
{
    return filterSql(filter).count(m_db, u"sync_jobs"_s, u"counting sync jobs"_s);
}

Result<std::optional<SyncJobRow>> SyncJobRepository::find(const QString &organizationId,
                                                          const QString &id)
{
    SqlQuery q(m_db, Columns + u" WHERE id = :id AND organization_id = :org"_s);
    q.bind(u":id"_s, id).bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading a sync job"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncJobRow>();
    return std::optional<SyncJobRow>(readRow(q));
}

Result<std::optional<SyncJobRow>> SyncJobRepository::active(const QString &integrationId)
{
    SqlQuery q(m_db,
               Columns
                   + u" WHERE integration_id = :id AND status IN ('pending', 'running')"
                     " ORDER BY created_at DESC LIMIT 1"_s);
    q.bind(u":id"_s, integrationId);
    if (auto done = q.exec(u"reading an integration's running job"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<SyncJobRow>();
    return std::optional<SyncJobRow>(readRow(q));
}

Status SyncJobRepository::insert(const SyncJobRow &row)
{
    SqlQuery q(m_db,
               u"INSERT INTO sync_jobs (id, organization_id, integration_id, kind, status, partial,"
               " processed, total, created_count, updated_count, skipped_count, checkpoint, error,"
               " cancel_requested, attempt, not_before, requested_by, created_at, started_at,"
               " finished_at) VALUES (:id, :org, :integration, :kind, :status, :partial,"
               " :processed, :total, :created, :updated, :skipped, :checkpoint, :error, :cancel,"
               " :attempt, :notBefore, :by, :createdAt, :started, :finished)"_s);
    bindRow(q, row);
    q.bind(u":org"_s, row.organizationId)
        .bind(u":integration"_s, row.integrationId)
        .bind(u":kind"_s, row.kind)
        .bind(u":by"_s, sql::nullableText(row.requestedBy))
        .bind(u":createdAt"_s, sql::timestamp(row.createdAt));
    return q.exec(u"creating a sync job"_s);
}

Status SyncJobRepository::update(const SyncJobRow &row)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET status = :status, partial = :partial,"
               " processed = :processed, total = :total, created_count = :created,"
               " updated_count = :updated, skipped_count = :skipped, checkpoint = :checkpoint,"
               " error = :error, cancel_requested = :cancel, attempt = :attempt,"
               " not_before = :notBefore, started_at = :started, finished_at = :finished"
               " WHERE id = :id"_s);
    bindRow(q, row);
    return q.exec(u"updating a sync job"_s);
}

Result<QList<SyncJobLogRow>> SyncJobRepository::log(const QString &jobId, const QDateTime &afterAt,
                                                    const QString &afterId, int limit)
{
    SqlFilter where;
    where.equalsIfSet(u"job_id"_s, jobId);
    if (afterAt.isValid() && !afterId.isEmpty()) {
        const QString at = where.value(sql::timestamp(afterAt));
        const QString id = where.value(afterId);
        where.term(u"(at > "_s + at + u" OR (at = "_s + at + u" AND id > "_s + id + u"))"_s);
    }
    SqlQuery q(m_db,
               u"SELECT id, job_id, at, level, message, code, args FROM sync_job_log"_s
                   + where.where() + u" ORDER BY at, id LIMIT :limit"_s);
    where.bindTo(q);
    q.bind(u":limit"_s, qBound(1, limit, 1001));
    if (auto done = q.exec(u"reading a job's log"_s); !done)
        return done.error();
    QList<SyncJobLogRow> out;
    while (q.next())
        out << SyncJobLogRow {q.text(0), q.text(1), sql::toDateTime(q.value(2)),  q.text(3),
                              q.text(4), q.text(5), sql::toJsonObject(q.value(6))};
    return out;
}

Status SyncJobRepository::appendLog(const SyncJobLogRow &row)
{
    SqlQuery q(m_db,
               u"INSERT INTO sync_job_log (id, job_id, at, level, message, code, args)"
               " VALUES (:id, :job, :at, :level, :message, :code, :args)"_s);
    q.bind(u":id"_s, row.id)
        .bind(u":job"_s, row.jobId)
        .bind(u":at"_s, sql::timestamp(row.at))
        .bind(u":level"_s, row.level)
        .bind(u":message"_s, sql::text(row.message))
        .bind(u":code"_s, sql::nullableText(row.code))
        .bind(u":args"_s,
              row.code.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                 : QVariant(sql::jsonText(row.args)));
    return q.exec(u"writing a job's log"_s);
}

} // namespace wedsync::server
