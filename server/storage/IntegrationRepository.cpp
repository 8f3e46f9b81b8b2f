#include "storage/IntegrationRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns
    = u"i.id, i.organization_id, i.provider, i.name, i.auth_type, i.status, i.paused,"
      " i.schedule_minutes, i.direction, i.conflict_strategy, i.base_url, i.next_sync_at,"
      " i.version, i.created_by, i.created_at, i.updated_at,"
      " (SELECT COUNT(*) FROM integration_credentials c WHERE c.integration_id = i.id),"
      " (SELECT j.id FROM sync_jobs j WHERE j.integration_id = i.id"
      "  AND j.status IN ('completed', 'failed', 'cancelled')"
      "  ORDER BY j.finished_at DESC, j.id DESC LIMIT 1),"
      " (SELECT j.id FROM sync_jobs j WHERE j.integration_id = i.id"
      "  AND j.status IN ('pending', 'running') LIMIT 1)"
      " FROM integrations i"_s;

IntegrationRow readRow(const SqlQuery &q)
{
    IntegrationRow row;
    row.id = q.text(0);
    row.organizationId = q.text(1);
    row.provider = q.text(2);
    row.name = q.text(3);
    row.authType = q.text(4);
    row.status = q.text(5);
    row.paused = q.value(6).toBool();
    if (!q.value(7).isNull())
        row.scheduleMinutes = q.value(7).toInt();
    row.direction = q.text(8);
    row.conflictStrategy = q.text(9);
    row.baseUrl = q.text(10);
    row.nextSyncAt = sql::toDateTime(q.value(11));
    row.version = q.value(12).toLongLong();
    row.createdBy = q.text(13);
    row.createdAt = sql::toDateTime(q.value(14));
    row.updatedAt = sql::toDateTime(q.value(15));
    row.hasCredentials = q.value(16).toInt() > 0;
    row.lastJobId = q.text(17);
    row.activeJobId = q.text(18);
    return row;
}

QVariant schedule(const std::optional<int> &minutes)
{
    return minutes ? QVariant(*minutes) : QVariant(QMetaType(QMetaType::Int));
}

QVariant time(const QDateTime &at)
{
    return at.isValid() ? QVariant(sql::timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

IntegrationRepository::IntegrationRepository(Database &db)
    : m_db(db)
{ }

Result<QList<IntegrationRow>> IntegrationRepository::list(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" WHERE i.organization_id = :org ORDER BY i.created_at, i.id"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading integrations"_s); !done)
        return done.error();
    QList<IntegrationRow> out;
    while (q.next())
        out << readRow(q);
    // The last job's status and time, read apart (a correlated pair would repeat the search).
    for (IntegrationRow &row : out) {
        if (row.lastJobId.isEmpty())
            continue;
        SqlQuery job(m_db, u"SELECT status, finished_at FROM sync_jobs WHERE id = :id"_s);
        job.bind(u":id"_s, row.lastJobId);
        if (auto done = job.exec(u"reading the last sync"_s); !done)
            return done.error();
        if (job.next()) {
            row.lastJobStatus = job.text(0);
            row.lastJobAt = sql::toDateTime(job.value(1));
        }
    }
    return out;
}

Result<std::optional<IntegrationRow>> IntegrationRepository::find(const QString &organizationId,
                                                                  const QString &id)
{
    auto all = list(organizationId);
    if (!all)
        return all.error();
    for (const IntegrationRow &row : all.value()) {
        if (row.id == id)
            return std::optional<IntegrationRow>(row);
    }
    return std::optional<IntegrationRow>();
}

Result<int> IntegrationRepository::count(const QString &organizationId)
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM integrations WHERE organization_id = :org"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"counting integrations"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<bool> IntegrationRepository::nameTaken(const QString &organizationId,
                                              const QString &provider, const QString &name,
                                              const QString &exceptId)
{
    SqlQuery q(m_db,
               u"SELECT id FROM integrations WHERE organization_id = :org AND provider = :provider"
               " AND name = :name"_s);
    q.bind(u":org"_s, organizationId).bind(u":provider"_s, provider).bind(u":name"_s, name);
    if (auto done = q.exec(u"checking an integration's name"_s); !done)
        return done.error();
    while (q.next()) {
        if (q.text(0) != exceptId)
            return true;
    }
    return false;
}

Status IntegrationRepository::insert(const IntegrationRow &row)
{
    SqlQuery q(m_db,
               u"INSERT INTO integrations (id, organization_id, provider, name, auth_type, status,"
               " paused, schedule_minutes, direction, conflict_strategy, base_url, next_sync_at,"
               " version, created_by, created_at, updated_at) VALUES (:id, :org, :provider, :name,"
               " :auth, :status, :paused, :schedule, :direction, :strategy, :url, :next, 1,"
               " :by, :at, :at)"_s);
    q.bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId)
        .bind(u":provider"_s, row.provider)
        .bind(u":name"_s, row.name)
        .bind(u":auth"_s, row.authType)
        .bind(u":status"_s, row.status)
        .bind(u":paused"_s, row.paused)
        .bind(u":schedule"_s, schedule(row.scheduleMinutes))
        .bind(u":direction"_s, row.direction)
        .bind(u":strategy"_s, row.conflictStrategy)
        .bind(u":url"_s, sql::text(row.baseUrl))
        .bind(u":next"_s, time(row.nextSyncAt))
        .bind(u":by"_s, sql::nullableText(row.createdBy))
        .bind(u":at"_s, sql::timestamp(row.createdAt));
    return q.exec(u"creating an integration"_s);
}

Result<bool> IntegrationRepository::update(const IntegrationRow &row, qint64 expected)
{
    SqlQuery q(m_db,
               u"UPDATE integrations SET name = :name, auth_type = :auth, status = :status,"
               " paused = :paused, schedule_minutes = :schedule, direction = :direction,"
               " conflict_strategy = :strategy, base_url = :url, next_sync_at = :next,"
               " version = version + 1, updated_at = :at"
               " WHERE id = :id AND organization_id = :org AND version = :expected"_s);
    q.bind(u":name"_s, row.name)
        .bind(u":auth"_s, row.authType)
        .bind(u":status"_s, row.status)
        .bind(u":paused"_s, row.paused)
        .bind(u":schedule"_s, schedule(row.scheduleMinutes))
        .bind(u":direction"_s, row.direction)
        .bind(u":strategy"_s, row.conflictStrategy)
        .bind(u":url"_s, sql::text(row.baseUrl))
        .bind(u":next"_s, time(row.nextSyncAt))
        .bind(u":at"_s, sql::timestamp(row.updatedAt))
        .bind(u":id"_s, row.id)
        .bind(u":org"_s, row.organizationId)
        .bind(u":expected"_s, expected);
    if (auto done = q.exec(u"updating an integration"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Result<bool> IntegrationRepository::bumpVersion(const QString &organizationId, const QString &id,
                                                qint64 expected, const QDateTime &now)
{
    SqlQuery q(m_db,
               u"UPDATE integrations SET version = version + 1, updated_at = :at"
               " WHERE id = :id AND organization_id = :org AND version = :expected"_s);
    q.bind(u":at"_s, sql::timestamp(now))
        .bind(u":id"_s, id)
        .bind(u":org"_s, organizationId)
        .bind(u":expected"_s, expected);
    if (auto done = q.exec(u"updating an integration"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

Status IntegrationRepository::setStatus(const QString &id, const QString &status,
                                        const QDateTime &now)
{
    SqlQuery q(m_db,
               u"UPDATE integrations SET status = :status, version = version + 1,"
               " updated_at = :at WHERE id = :id"_s);
    q.bind(u":status"_s, status).bind(u":at"_s, sql::timestamp(now)).bind(u":id"_s, id);
    return q.exec(u"updating an integration's status"_s);
}

Status IntegrationRepository::recordLastSync(const QString &id, const QString &status,
                                             const QDateTime &at)
{
    SqlQuery q(m_db,
               u"UPDATE integrations SET last_sync_status = :status, last_sync_at = :at"
               " WHERE id = :id"_s);
    q.bind(u":status"_s, status).bind(u":at"_s, sql::timestamp(at)).bind(u":id"_s, id);
    return q.exec(u"recording an integration's last sync"_s);
}

Status IntegrationRepository::remove(const QString &organizationId, const QString &id)
{
    // Explicit, not left to ON DELETE: SQLite enforces foreign keys only when asked to.
    for (const QString &sql :
         {u"UPDATE crm_clients SET integration_id = NULL WHERE integration_id = :id"_s,
          u"DELETE FROM sync_job_log WHERE job_id IN (SELECT id FROM sync_jobs"
          " WHERE integration_id = :id)"_s,
          u"DELETE FROM sync_jobs WHERE integration_id = :id"_s,
          u"DELETE FROM field_mappings WHERE integration_id = :id"_s,
          u"DELETE FROM integration_credentials WHERE integration_id = :id"_s}) {
        SqlQuery q(m_db, sql);
        q.bind(u":id"_s, id);
        if (auto done = q.exec(u"removing an integration"_s); !done)
            return done;
    }
    SqlQuery q(m_db, u"DELETE FROM integrations WHERE id = :id AND organization_id = :org"_s);
    q.bind(u":id"_s, id).bind(u":org"_s, organizationId);
    return q.exec(u"removing an integration"_s);
}

Result<QByteArray> IntegrationRepository::sealedCredentials(const QString &id)
{
    SqlQuery q(m_db, u"SELECT sealed FROM integration_credentials WHERE integration_id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading credentials"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Status IntegrationRepository::storeCredentials(const QString &id, const QByteArray &sealed,
                                               const QDateTime &now)
{
    SqlQuery removed(m_db, u"DELETE FROM integration_credentials WHERE integration_id = :id"_s);
    removed.bind(u":id"_s, id);
    if (auto done = removed.exec(u"replacing credentials"_s); !done)
        return done;
    if (sealed.isEmpty())
        return ok();
    SqlQuery q(m_db,
               u"INSERT INTO integration_credentials (integration_id, sealed, updated_at)"
               " VALUES (:id, :sealed, :at)"_s);
    q.bind(u":id"_s, id).bind(u":sealed"_s, sealed).bind(u":at"_s, sql::timestamp(now));
    return q.exec(u"storing credentials"_s);
}

Result<QList<crm::MappingRule>> IntegrationRepository::mappings(const QString &id)
{
    SqlQuery q(m_db,
               u"SELECT source, target, transform, argument FROM field_mappings"
               " WHERE integration_id = :id ORDER BY position"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading field mappings"_s); !done)
        return done.error();
    QList<crm::MappingRule> out;
    while (q.next())
        out << crm::MappingRule {q.text(0), q.text(1), q.text(2), q.text(3)};
    return out;
}

Status IntegrationRepository::replaceMappings(const QString &id,
                                              const QList<crm::MappingRule> &rules)
{
    SqlQuery removed(m_db, u"DELETE FROM field_mappings WHERE integration_id = :id"_s);
    removed.bind(u":id"_s, id);
    if (auto done = removed.exec(u"replacing field mappings"_s); !done)
        return done;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        SqlQuery q(m_db,
                   u"INSERT INTO field_mappings (integration_id, position, source, target,"
                   " transform, argument) VALUES (:id, :position, :source, :target, :transform,"
                   " :argument)"_s);
        q.bind(u":id"_s, id)
            .bind(u":position"_s, int(i))
            .bind(u":source"_s, rules[i].source)
            .bind(u":target"_s, rules[i].target)
            .bind(u":transform"_s, sql::text(rules[i].transform))
            .bind(u":argument"_s, sql::text(rules[i].argument));
        if (auto done = q.exec(u"storing field mappings"_s); !done)
            return done;
    }
    return ok();
}

} // namespace wedsync::server
