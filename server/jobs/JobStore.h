#pragma once
// The CRM job runner's reads and writes of migration 10's tables (sync_jobs, sync_job_log,
// integrations, integration_credentials, field_mappings), on whichever connection it is given:
// a worker's own, or the event loop's for claiming and scheduling.

#include "common/Status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {
class Database;
class SecretBox;

struct SyncJobRow
{
    QString id;
    QString organizationId;
    QString integrationId;
    QString kind;
    QString status;
    bool partial = false;
    qint64 processed = 0;
    std::optional<qint64> total;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    QString checkpoint;
    QString error;
    bool cancelRequested = false;
    int attempt = 1;
    QString requestedBy;
    QString createdAt;
    QString startedAt;
    QString finishedAt;
};

// The contract's SyncJob JSON.
QJsonObject syncJobJson(const SyncJobRow &job);

struct IntegrationRow
{
    QString id;
    QString organizationId;
    QString provider;
    QString name;
    QString authType;
    QString status;
    bool paused = false;
    std::optional<int> scheduleMinutes;
    QString conflictStrategy;
    QString baseUrl;
    QString lastSyncAt;
};

struct JobLogLine
{
    QString id;
    QString jobId;
    QString at;
    QString level; // info | warning | error
    QString message;
};
// {"jobId","id","at","level","message"}: the crm_job_log broadcast.
QJsonObject jobLogJson(const JobLogLine &line);

class JobStore
{
public:
    explicit JobStore(Database &db);

    Result<SyncJobRow> job(const QString &jobId);
    Result<IntegrationRow> integration(const QString &integrationId);
    // The credentials JSON ({"apiKey"} or {"username","password"}), opened with `box`;
    // empty object when there are none.
    Result<QJsonObject> credentials(const QString &integrationId, const SecretBox &box);
    // Field mapping rows in position order: {"source","target","transform","argument"}.
    Result<QList<QJsonObject>> fieldMappings(const QString &integrationId);

    Result<JobLogLine> appendLog(const QString &jobId, const QString &level, const QString &message,
                                 const QDateTime &now);
    // Whether someone asked to cancel the job (false if it is gone).
    Result<bool> cancelRequested(const QString &jobId);

    // The end of a run: status, error, finished_at; `integrationStatus` (when not empty) sets
    // the integration's status, and a finished sync (completed/failed/partial) its last_sync_*
    // and, for scheduled integrations, next_sync_at.
    Status finish(const SyncJobRow &job, const QString &status, const QString &error, bool partial,
                  const QDateTime &now);
    // Back to pending (the server is stopping): resumes from its checkpoint later.
    Status requeue(const QString &jobId);
    Status setIntegrationStatus(const QString &integrationId, const QString &status,
                                const QDateTime &now);

    // --- the event loop's part ------------------------------------------------------------
    // Jobs a killed server left running go back to pending (file imports are the console's).
    Result<QStringList> requeueInterrupted();
    // Pending jobs that may start now, oldest first: (job id, organization id).
    Result<QList<QPair<QString, QString>>> startable(const QDateTime &now, int limit);
    // pending → running; false if someone else took it.
    Result<bool> claim(const QString &jobId, const QDateTime &now);
    // Integrations whose scheduled sync is due and have no pending or running job.
    Result<QList<IntegrationRow>> dueSchedules(const QDateTime &now);
    // Queues a job (unique: one pending or running per integration); nullopt when one exists.
    Result<std::optional<SyncJobRow>> queue(const IntegrationRow &integration, const QString &kind,
                                            const QDateTime &now);
    Status setNextSync(const QString &integrationId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace wedsync::server
