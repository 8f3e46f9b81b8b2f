#pragma once
// The CRM hub's changes as the API makes them: integrations (with their sealed credentials and
// field mappings), queued sync jobs, cancel and retry, and file imports uploaded in batches.
// Every operation is one AuditedTransaction with its audit row; the crm_integration / crm_job
// broadcasts on tenant:<org>:admins go out after the commit. Jobs are never run here: a queued
// job is announced through onJobQueued to the job runner (server/jobs).

#include "IntegrationRules.h"
#include "api/AuditedTransaction.h"
#include "api/Preconditions.h"
#include "jobs/JobLogText.h"
#include "storage/IntegrationRows.h"

#include <functional>

namespace wedsync::server {

class Database;
class IntegrationCredentials;

// A create or a patch, decoded: the whole draft after the patch, and what it says beyond.
struct IntegrationChange
{
    crm::IntegrationDraft draft;
    std::optional<QJsonObject> credentials; // replaces the stored ones when given
    std::optional<bool> paused;
};

struct ImportRow
{
    int row = 0; // the file's row number, for the report
    QJsonObject fields; // standard and custom.<key> fields, text values
};

struct ImportBatchResult
{
    int created = 0;
    int updated = 0;
    QList<std::pair<int, QString>> skipped; // row, reason
    int processed = 0; // of the job, after this batch
    bool alreadyDone = false; // a retried batch below the checkpoint
};

class IntegrationService
{
public:
    static constexpr int MaxBatchRows = 200;

    IntegrationService(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                       const IntegrationCredentials &credentials);

    // Called after the commit of every newly queued job (sync, retry); the runner connects it.
    std::function<void()> onJobQueued;

    // Errors: tier_limit, integration_exists, validation_failed, credentials_unavailable.
    Result<IntegrationRow> create(const MutationActor &actor, const QString &organizationId,
                                  const IntegrationChange &change);
    // Errors: not_found, version_conflict, integration_exists, validation_failed.
    Result<IntegrationRow> update(const MutationActor &actor, const QString &organizationId,
                                  const QString &id, const IfMatch &ifMatch,
                                  const IntegrationChange &change);
    // An OAuth 2.0 sign-in finished: `credentials` (the endpoints with the new tokens) replace
    // the stored ones and the integration is connected; its mappings and clients stay (a
    // relink). Audited as oauth_link (without secrets). Errors: not_found.
    Result<IntegrationRow> linkOAuth(const MutationActor &actor, const QString &organizationId,
                                     const QString &id, const QJsonObject &credentials);
    // Removes it with credentials, mappings and jobs; its clients stay. Errors: not_found,
    // version_conflict (when `ifMatch` names another version).
    Status remove(const MutationActor &actor, const QString &organizationId, const QString &id,
                  const std::optional<IfMatch> &ifMatch);
    // The new version. Errors: not_found, version_conflict, validation_failed.
    Result<qint64> putMappings(const MutationActor &actor, const QString &organizationId,
                               const QString &id, const IfMatch &ifMatch,
                               const QList<crm::MappingRule> &rules);

    // Errors: not_found, not_connected, sync_running, validation_failed (kind).
    Result<SyncJobRow> startSync(const MutationActor &actor, const QString &organizationId,
                                 const QString &integrationId, const QString &kind);
    // A pending job is cancelled at once; a running one is asked to stop (within a page).
    // Errors: not_found, job_finished.
    Result<SyncJobRow> cancel(const MutationActor &actor, const QString &organizationId,
                              const QString &jobId);
    // A new pending job of the same kind from the old one's checkpoint, attempt + 1. Errors:
    // not_found, not_retryable, sync_running.
    Result<SyncJobRow> retry(const MutationActor &actor, const QString &organizationId,
                             const QString &jobId);

    // A running file_import job. Errors: not_found, sync_running, validation_failed.
    Result<SyncJobRow> startImport(const MutationActor &actor, const QString &organizationId,
                                   const QString &integrationId, const QString &format,
                                   const QString &fileName, std::optional<int> totalRows);
    // One batch in one transaction; retry-safe (a batch below the checkpoint is answered as
    // done). Errors: not_found, job_not_running, offset_gap, validation_failed.
    Result<ImportBatchResult> importRows(const MutationActor &actor, const QString &organizationId,
                                         const QString &jobId, int offset,
                                         const QList<ImportRow> &rows);
    // Errors: not_found, job_not_running.
    Result<SyncJobRow> finishImport(const MutationActor &actor, const QString &organizationId,
                                    const QString &jobId, bool completed, const QString &message);
    // What an import of `rows` would do, nothing written.
    Result<ImportBatchResult> preview(const QString &organizationId, const QList<ImportRow> &rows);

    // Reads, for the answers.
    Result<std::optional<IntegrationRow>> find(const QString &organizationId, const QString &id);

private:
    Result<IntegrationRow> reload(const QString &organizationId, const QString &id);
    // The organization's job: not_found; job_not_running unless a running file import when
    // `runningImport`.
    Result<SyncJobRow> loadJob(const QString &organizationId, const QString &jobId,
                               bool runningImport);
    Status storeCredentials(const QString &id, const QJsonObject &credentials);
    // The end of a change of an integration: audited (`action`, before and after), committed,
    // broadcast as crm_integration; the integration as it now is.
    Result<IntegrationRow> commitChange(AuditedTransaction &tx, const QString &organizationId,
                                        const QString &id, const QString &action,
                                        const IntegrationRow &before);
    // A log line (code and arguments, core/CrmJobLog; its English message made from them).
    Status log(const QString &jobId, const JobLogEntry &entry);
    Result<SyncJobRow> queueJob(AuditedTransaction &tx, const QString &organizationId,
                                const QString &integrationId, const QString &kind,
                                const MutationActor &actor, const QString &action,
                                const std::optional<QString> &checkpoint, int attempt);
    void announceJob(const SyncJobRow &job);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    const IntegrationCredentials &m_credentials;
};

} // namespace wedsync::server
