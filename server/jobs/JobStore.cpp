#include "jobs/JobStore.h"

#include "IntegrationRules.h"
#include "auth/IntegrationCredentials.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/IntegrationRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/SyncJobRepository.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString IntegrationColumns
    = u"id, organization_id, provider, name, auth_type, status, paused, schedule_minutes,"
      " conflict_strategy, base_url, last_sync_at, direction"_s;

JobIntegration readIntegration(const SqlQuery &q)
{
    JobIntegration row;
    row.id = ids::normalized(q.text(0));
    row.organizationId = ids::normalized(q.text(1));
    row.provider = q.text(2);
    row.name = q.text(3);
    row.authType = q.text(4);
    row.status = q.text(5);
    if (!q.value(7).isNull())
        row.scheduleMinutes = q.value(7).toInt();
    row.conflictStrategy = q.text(8);
    row.baseUrl = q.text(9);
    row.lastSyncAt = q.text(10);
    row.direction = q.text(11);
    return row;
}

Error notFound(const QString &what)
{
    return Error {u"not_found"_s, what, {}};
}

} // namespace

JobStore::JobStore(Database &db, QString leaseOwner)
    : m_db(db)
    , m_leaseOwner(std::move(leaseOwner))
{ }

Result<SyncJobRow> JobStore::job(const QString &organizationId, const QString &jobId)
{
    auto found = SyncJobRepository(m_db).find(organizationId, jobId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(u"The sync job is gone."_s);
    return found->value();
}

Result<JobIntegration> JobStore::integration(const QString &integrationId)
{
    SqlQuery q(m_db, u"SELECT "_s + IntegrationColumns + u" FROM integrations WHERE id = :id"_s);
    q.bind(u":id"_s, integrationId);
    if (auto run = q.exec(u"reading an integration"_s); !run)
        return run.error();
    if (!q.next())
        return notFound(u"The integration was removed."_s);
    return readIntegration(q);
}

Result<QJsonObject> JobStore::credentials(const QString &integrationId,
                                          const IntegrationCredentials &sealer)
{
    auto sealed = IntegrationRepository(m_db).sealedCredentials(integrationId);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return QJsonObject();
    auto opened = sealer.open(integrationId, sealed.value());
    if (!opened)
        return Error {opened.error().code,
                      u"The stored credentials cannot be opened with this server's secret key; "
                      "enter them again in the integration's settings."_s,
                      {}};
    return opened.value();
}

Status JobStore::storeCredentials(const QString &integrationId,
                                  const IntegrationCredentials &sealer,
                                  const QJsonObject &credentials)
{
    auto sealed = sealer.seal(integrationId, credentials);
    if (!sealed)
        return sealed.error();
    return IntegrationRepository(m_db).storeCredentials(integrationId, sealed.value(),
                                                        QDateTime::currentDateTimeUtc());
}

Result<QList<crm::MappingRule>> JobStore::fieldMappings(const QString &integrationId)
{
    return IntegrationRepository(m_db).mappings(integrationId);
}

Result<SyncJobLogRow> JobStore::appendLog(const QString &jobId, const JobLogEntry &entry,
                                          const QDateTime &now)
{
    const SyncJobLogRow line {ids::create(),   jobId,      now,       entry.level,
                              entry.message(), entry.code, entry.args};
    if (auto stored = SyncJobRepository(m_db).appendLog(line); !stored)
        return stored.error();
    return line;
}

Result<bool> JobStore::cancelRequested(const QString &jobId)
{
    SqlQuery q(m_db, u"SELECT cancel_requested FROM sync_jobs WHERE id = :id"_s);
    q.bind(u":id"_s, jobId);
    if (auto run = q.exec(u"reading a job's cancel request"_s); !run)
        return run.error();
    return q.next() ? q.value(0).toBool() : true;
}

Status JobStore::finish(const SyncJobRow &job, const QString &status, const QString &error,
                        bool partial, const QDateTime &now)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET status = :status, error = :error, partial = :partial,"
               " finished_at = :now, lease_owner = NULL, lease_until = NULL WHERE id = :id"_s
                   + (m_leaseOwner.isEmpty() ? QString() : u" AND lease_owner = :owner"_s));
    q.bind(u":status"_s, status)
        .bind(u":error"_s, sql::nullableText(error))
        .bind(u":partial"_s, partial)
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":id"_s, job.id);
    if (!m_leaseOwner.isEmpty())
        q.bind(u":owner"_s, m_leaseOwner);
    if (auto run = q.exec(u"finishing a sync job"_s); !run)
        return run;
    if (!m_leaseOwner.isEmpty() && q.rowsAffected() != 1)
        return Error {u"job_gone"_s, u"Another server took the job over."_s, {}};
    if (status == u"cancelled"_s)
        return ok();
    // The integration's last sync; a scheduled one's next run counts from now.
    auto row = integration(job.integrationId);
    if (!row)
        return row.error().code == u"not_found"_s ? ok() : Status(row.error());
    const QString lastStatus = status == u"completed"_s && partial ? u"partial"_s : status;
    const QVariant next = row->scheduleMinutes
        ? QVariant(sql::timestamp(now.addSecs(qint64(*row->scheduleMinutes) * 60)))
        : QVariant(QMetaType::fromType<QString>());
    SqlQuery update(m_db,
                    u"UPDATE integrations SET last_sync_status = :status, last_sync_at = :now,"
                    " next_sync_at = :next, updated_at = :now, version = version + 1"
                    " WHERE id = :id"_s);
    update.bind(u":status"_s, lastStatus)
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":next"_s, next)
        .bind(u":id"_s, job.integrationId);
    return update.exec(u"recording an integration's last sync"_s);
}

Status JobStore::requeue(const QString &jobId)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET status = 'pending', lease_owner = NULL, lease_until = NULL"
               " WHERE id = :id AND status = 'running'"_s
                   + (m_leaseOwner.isEmpty() ? QString() : u" AND lease_owner = :owner"_s));
    q.bind(u":id"_s, jobId);
    if (!m_leaseOwner.isEmpty())
        q.bind(u":owner"_s, m_leaseOwner);
    return q.exec(u"requeueing a sync job"_s);
}

Status JobStore::setIntegrationStatus(const QString &integrationId, const QString &status,
                                      const QDateTime &now)
{
    return IntegrationRepository(m_db).setStatus(integrationId, status, now);
}

Result<QStringList> JobStore::requeueInterrupted(const QDateTime &now)
{
    const QString abandoned = u"status = 'running' AND kind <> 'file_import'"
                              " AND (lease_until IS NULL OR lease_until < :now)"_s;
    SqlQuery select(m_db, u"SELECT id FROM sync_jobs WHERE "_s + abandoned);
    select.bind(u":now"_s, sql::timestamp(now));
    if (auto run = select.exec(u"finding interrupted sync jobs"_s); !run)
        return run.error();
    QStringList jobs;
    while (select.next())
        jobs.append(ids::normalized(select.text(0)));
    if (jobs.isEmpty())
        return jobs;
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET status = 'pending', attempt = attempt + 1,"
               " lease_owner = NULL, lease_until = NULL WHERE "_s
                   + abandoned);
    q.bind(u":now"_s, sql::timestamp(now));
    if (auto run = q.exec(u"requeueing interrupted sync jobs"_s); !run)
        return run.error();
    return jobs;
}

Result<int> JobStore::renewLeases(const QString &owner, const QDateTime &until)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET lease_until = :until"
               " WHERE lease_owner = :owner AND status = 'running'"_s);
    q.bind(u":until"_s, sql::timestamp(until)).bind(u":owner"_s, owner);
    if (auto run = q.exec(u"renewing the leases of running sync jobs"_s); !run)
        return run.error();
    return q.rowsAffected();
}

Result<QList<QPair<QString, QString>>> JobStore::startable(const QDateTime &now, int limit)
{
    SqlQuery q(m_db,
               u"SELECT id, organization_id FROM sync_jobs WHERE status = 'pending'"
               " AND kind <> 'file_import' AND (not_before IS NULL OR not_before <= :now)"
               " ORDER BY created_at, id LIMIT :limit"_s);
    q.bind(u":now"_s, sql::timestamp(now)).bind(u":limit"_s, limit);
    if (auto run = q.exec(u"finding sync jobs to start"_s); !run)
        return run.error();
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({ids::normalized(q.text(0)), ids::normalized(q.text(1))});
    return out;
}

Result<bool> JobStore::claim(const QString &jobId, const QDateTime &now, const QString &owner,
                             const QDateTime &leaseUntil)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET status = 'running', started_at = COALESCE(started_at, :now),"
               " lease_owner = :owner, lease_until = :until"
               " WHERE id = :id AND status = 'pending'"_s);
    q.bind(u":now"_s, sql::timestamp(now))
        .bind(u":owner"_s, owner)
        .bind(u":until"_s, sql::timestamp(leaseUntil))
        .bind(u":id"_s, jobId);
    if (auto run = q.exec(u"starting a sync job"_s); !run)
        return run.error();
    return q.rowsAffected() == 1;
}

Result<QList<JobIntegration>> JobStore::dueSchedules(const QDateTime &now)
{
    SqlQuery q(m_db,
               u"SELECT "_s + IntegrationColumns
                   + u" FROM integrations i WHERE schedule_minutes IS NOT NULL"
                     " AND paused = FALSE AND status = 'connected'"
                     " AND (next_sync_at IS NULL OR next_sync_at <= :now)"
                     " AND NOT EXISTS (SELECT 1 FROM sync_jobs j WHERE j.integration_id = i.id"
                     " AND j.status IN ('pending', 'running'))"
                     " ORDER BY next_sync_at, id"_s);
    q.bind(u":now"_s, sql::timestamp(now));
    if (auto run = q.exec(u"finding scheduled syncs that are due"_s); !run)
        return run.error();
    QList<JobIntegration> out;
    while (q.next()) {
        JobIntegration integration = readIntegration(q);
        // Light Blue and file connections have nothing to pull, whatever their schedule says.
        if (crm::runsOnSchedule(integration.provider, integration.baseUrl))
            out.append(integration);
    }
    return out;
}

Result<std::optional<SyncJobRow>> JobStore::queue(const JobIntegration &integration,
                                                  const QString &kind, const QDateTime &now)
{
    const QString id = ids::create();
    SqlQuery q(m_db,
               u"INSERT INTO sync_jobs (id, organization_id, integration_id, kind, status,"
               " created_at) VALUES (:id, :org, :integration, :kind, 'pending', :now)"_s);
    q.bind(u":id"_s, id)
        .bind(u":org"_s, integration.organizationId)
        .bind(u":integration"_s, integration.id)
        .bind(u":kind"_s, kind)
        .bind(u":now"_s, sql::timestamp(now));
    if (auto run = q.exec(u"queueing a scheduled sync"_s); !run) {
        if (run.error().code == u"unique_violation"_s)
            return std::optional<SyncJobRow>();
        return run.error();
    }
    auto row = job(integration.organizationId, id);
    if (!row)
        return row.error();
    return std::optional<SyncJobRow>(row.value());
}

Status JobStore::setNextSync(const QString &integrationId, const QDateTime &at)
{
    SqlQuery q(m_db, u"UPDATE integrations SET next_sync_at = :at WHERE id = :id"_s);
    q.bind(u":at"_s, sql::timestamp(at)).bind(u":id"_s, integrationId);
    return q.exec(u"setting an integration's next sync"_s);
}

} // namespace wedsync::server
