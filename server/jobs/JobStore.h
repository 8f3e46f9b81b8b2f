#pragma once
// The job runner's reads and writes of migration 10's tables on whichever connection it is
// given: a worker's own, or the event loop's for claiming and scheduling. Rows are storage's
// (IntegrationRows.h), shared with the integrations API; what is only the runner's (a page's
// progress, claiming, schedules) is written here.

#include "IntegrationRules.h"
#include "common/Status.h"
#include "jobs/JobLogText.h"
#include "storage/IntegrationRows.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {
class Database;
class IntegrationCredentials;

// What a job needs of its integration.
struct JobIntegration
{
    QString id;
    QString organizationId;
    QString provider;
    QString name;
    QString authType;
    QString status;
    std::optional<int> scheduleMinutes;
    QString conflictStrategy;
    QString baseUrl;
    QString lastSyncAt; // ISO text, empty before the first sync
    QString direction; // import_only | export_only | bidirectional
    bool writesToCrm() const { return direction != QStringLiteral("import_only"); }
    bool readsFromCrm() const { return direction != QStringLiteral("export_only"); }
};

class JobStore
{
public:
    // `leaseOwner`: the runner instance whose worker writes (its writes to a job are fenced:
    // a job another server took over after this one's lease ran out is left alone).
    explicit JobStore(Database &db, QString leaseOwner = {});

    Result<SyncJobRow> job(const QString &organizationId, const QString &jobId);
    Result<JobIntegration> integration(const QString &integrationId);
    // The credentials JSON ({"apiKey"} or {"username","password"}); empty when there are none.
    Result<QJsonObject> credentials(const QString &integrationId,
                                    const IntegrationCredentials &sealer);
    // Seals and replaces them (an OAuth 2.0 refresh's new tokens).
    Status storeCredentials(const QString &integrationId, const IntegrationCredentials &sealer,
                            const QJsonObject &credentials);
    Result<QList<crm::MappingRule>> fieldMappings(const QString &integrationId);

    // A log line with its code, arguments and English message (JobLogEntry).
    Result<SyncJobLogRow> appendLog(const QString &jobId, const JobLogEntry &entry,
                                    const QDateTime &now);
    // Whether someone asked to cancel the job (true if it is gone).
    Result<bool> cancelRequested(const QString &jobId);

    // The end of a run: status, error, finished_at; a finished sync (not a cancel) becomes the
    // integration's last sync, and a scheduled integration's next one counts from now.
    Status finish(const SyncJobRow &job, const QString &status, const QString &error, bool partial,
                  const QDateTime &now);
    // Back to pending (the server is stopping): resumes from its checkpoint later.
    Status requeue(const QString &jobId);
    Status setIntegrationStatus(const QString &integrationId, const QString &status,
                                const QDateTime &now);

    // --- the event loop's part ------------------------------------------------------------
    // Jobs left running by a server that is gone — their lease ran out, or they have none —
    // go back to pending (file imports are the console's). A job whose server still renews its
    // lease stays where it is.
    Result<QStringList> requeueInterrupted(const QDateTime &now);
    // Pending jobs that may start now, oldest first: (job id, organization id).
    Result<QList<QPair<QString, QString>>> startable(const QDateTime &now, int limit);
    // pending → running, leased to `owner` until `leaseUntil`; false if someone else took it.
    Result<bool> claim(const QString &jobId, const QDateTime &now, const QString &owner,
                       const QDateTime &leaseUntil);
    // The running jobs of `owner` are leased until `until`; how many.
    Result<int> renewLeases(const QString &owner, const QDateTime &until);
    // Integrations whose scheduled sync is due and have no pending or running job.
    Result<QList<JobIntegration>> dueSchedules(const QDateTime &now);
    // Queues a job (one pending or running per integration); nullopt when one exists.
    Result<std::optional<SyncJobRow>> queue(const JobIntegration &integration, const QString &kind,
                                            const QDateTime &now);
    Status setNextSync(const QString &integrationId, const QDateTime &at);

private:
    Database &m_db;
    QString m_leaseOwner;
};

} // namespace wedsync::server
