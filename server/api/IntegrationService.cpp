#include "api/IntegrationService.h"

#include "ClientRecord.h"
#include "api/IntegrationWire.h"
#include "auth/IntegrationCredentials.h"
#include "common/Ids.h"
#include "storage/CrmClientRepository.h"
#include "storage/IntegrationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SyncJobRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString IntegrationEntity = u"integration"_s;
const QString JobEntity = u"sync_job"_s;

Error notFoundError(const QString &what)
{
    return Error {u"not_found"_s, u"%1 was not found."_s.arg(what), {}};
}

Error invalid(QList<FieldError> errors)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid."_s, std::move(errors)};
}

Error versionConflict()
{
    return Error {u"version_conflict"_s,
                  u"Someone else changed this integration; reload it and apply your change "
                  "again."_s,
                  {}};
}

Error syncRunning(const QString &jobId)
{
    return Error {u"sync_running"_s,
                  u"A sync of this integration is already queued or running (job %1); wait for "
                  "it to finish or cancel it."_s.arg(jobId),
                  {}};
}

bool isFileOnly(const QString &provider)
{
    const crm::ProviderInfo *info = crm::findProvider(provider);
    return info && info->connect == crm::ConnectKind::File;
}

QString contentHash(const QJsonObject &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

// Why a row cannot be imported (a ClientRecord problem code, the value refused and the
// sentence), or an empty code.
struct RowProblem
{
    QString code;
    QString field;
    QString value;
    QString detail;
};

RowProblem rowProblem(const QJsonObject &fields)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString address = fields.value(u"email"_s).toString().trimmed();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        return {clientproblem::NotEmail.toString(), u"email"_s, address.left(100),
                u"The e-mail address \"%1\" is not valid."_s.arg(address.left(100))};
    const bool named = !fields.value(u"first_name"_s).toString().trimmed().isEmpty()
        || !fields.value(u"last_name"_s).toString().trimmed().isEmpty()
        || !fields.value(u"full_name"_s).toString().trimmed().isEmpty();
    if (address.isEmpty() && !named)
        return {clientproblem::NoNameOrEmail.toString(),
                {},
                {},
                u"The row has neither an e-mail address nor a name."_s};
    return {};
}

QString skipReason(const QJsonObject &fields)
{
    return rowProblem(fields).detail;
}

} // namespace

IntegrationService::IntegrationService(Database &db, const Clock &clock,
                                       const ChangeNotifier &notifier,
                                       const IntegrationCredentials &credentials)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_credentials(credentials)
{ }

Result<SyncJobRow> IntegrationService::loadJob(const QString &organizationId, const QString &jobId,
                                               bool runningImport)
{
    auto found = SyncJobRepository(m_db).find(organizationId, jobId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFoundError(u"The job"_s);
    const SyncJobRow &job = found->value();
    if (runningImport && (job.kind != u"file_import"_s || job.status != u"running"_s))
        return Error {u"job_not_running"_s,
                      u"This job is not a running file import (it is a %1 job, %2); start a new "
                      "import."_s.arg(job.kind, job.status),
                      {}};
    return job;
}

Result<std::optional<IntegrationRow>> IntegrationService::find(const QString &organizationId,
                                                               const QString &id)
{
    return IntegrationRepository(m_db).find(organizationId, id);
}

Result<IntegrationRow> IntegrationService::reload(const QString &organizationId, const QString &id)
{
    auto row = find(organizationId, id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFoundError(u"The integration"_s);
    return row->value();
}

Status IntegrationService::storeCredentials(const QString &id, const QJsonObject &credentials)
{
    QByteArray sealed;
    if (!credentials.isEmpty()) {
        auto made = m_credentials.seal(id, credentials);
        if (!made)
            return made.error();
        sealed = made.value();
    }
    return IntegrationRepository(m_db).storeCredentials(id, sealed, m_clock.now());
}

Result<IntegrationRow> IntegrationService::create(const MutationActor &actor,
                                                  const QString &organizationId,
                                                  const IntegrationChange &change)
{
    QList<FieldError> errors = crm::validateDraft(change.draft);
    if (change.credentials)
        errors += crm::validateCredentials(change.draft.authType, *change.credentials);
    if (!errors.isEmpty())
        return invalid(errors);
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto organization = OrganizationRepository(m_db, m_clock).find(organizationId);
    if (!organization)
        return organization.error();
    if (!organization->has_value())
        return notFoundError(u"The organization"_s);
    IntegrationRepository repository(m_db);
    auto used = repository.count(organizationId);
    if (!used)
        return used.error();
    const QString tier = organization->value().subscriptionTier;
    if (!crm::tierAllowsAnother(tier, used.value()))
        return Error {u"tier_limit"_s, crm::tierLimitMessage(organization->value().name, tier), {}};
    auto taken = repository.nameTaken(organizationId, change.draft.provider, change.draft.name);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error {
            u"integration_exists"_s,
            u"There is already a %1 connection named \"%2\"; choose another name."_s.arg(
                crm::findProvider(change.draft.provider)->displayName, change.draft.name.left(100)),
            {{u"name"_s, u"This name is taken for this provider."_s}}};
    IntegrationRow row;
    row.id = ids::create();
    row.organizationId = organizationId;
    row.provider = change.draft.provider;
    row.name = change.draft.name;
    row.authType = change.draft.authType;
    row.paused = change.paused.value_or(false);
    row.scheduleMinutes = change.draft.scheduleMinutes;
    row.direction = change.draft.direction;
    row.conflictStrategy = change.draft.conflictStrategy;
    row.baseUrl = change.draft.baseUrl;
    row.createdBy = actor.userId;
    row.createdAt = row.updatedAt = m_clock.now();
    if (row.scheduleMinutes && crm::runsOnSchedule(row.provider, row.baseUrl))
        row.nextSyncAt = row.createdAt.addSecs(qint64(*row.scheduleMinutes) * 60);
    if (auto stored = repository.insert(row); !stored)
        return stored.error();
    if (change.credentials && !change.credentials->isEmpty()) {
        if (auto sealed = storeCredentials(row.id, *change.credentials); !sealed)
            return sealed.error();
    }
    auto created = reload(organizationId, row.id);
    if (!created)
        return created.error();
    const QJsonObject after = integrationjson::integration(created.value());
    if (auto audited
        = tx.audit(organizationId, IntegrationEntity, row.id, u"create"_s, std::nullopt, after);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    broadcastCrm(m_notifier, organizationId, u"crm_integration"_s, after);
    return created;
}

Result<IntegrationRow> IntegrationService::update(const MutationActor &actor,
                                                  const QString &organizationId, const QString &id,
                                                  const IfMatch &ifMatch,
                                                  const IntegrationChange &change)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto existing = reload(organizationId, id);
    if (!existing)
        return existing.error();
    const IntegrationRow before = existing.value();
    if (!ifMatch.matches(before.version))
        return versionConflict();
    crm::IntegrationDraft draft = change.draft;
    draft.provider = before.provider; // a connection never changes provider
    QList<FieldError> errors = crm::validateDraft(draft);
    if (change.credentials)
        errors += crm::validateCredentials(draft.authType, *change.credentials);
    if (!errors.isEmpty())
        return invalid(errors);
    IntegrationRepository repository(m_db);
    auto taken = repository.nameTaken(organizationId, before.provider, draft.name, id);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error {u"integration_exists"_s,
                      u"There is already a connection of this provider named \"%1\"; choose "
                      "another name."_s.arg(draft.name.left(100)),
                      {{u"name"_s, u"This name is taken for this provider."_s}}};
    IntegrationRow row = before;
    row.name = draft.name;
    row.authType = draft.authType;
    row.scheduleMinutes = draft.scheduleMinutes;
    row.direction = draft.direction;
    row.conflictStrategy = draft.conflictStrategy;
    row.baseUrl = draft.baseUrl;
    row.paused = change.paused.value_or(before.paused);
    row.updatedAt = m_clock.now();
    if (row.scheduleMinutes != before.scheduleMinutes || row.baseUrl != before.baseUrl)
        row.nextSyncAt = row.scheduleMinutes && crm::runsOnSchedule(row.provider, row.baseUrl)
            ? row.updatedAt.addSecs(qint64(*row.scheduleMinutes) * 60)
            : QDateTime();
    // New credentials or another way of signing in: the connection must be tested again.
    const bool relink
        = change.credentials || row.authType != before.authType || row.baseUrl != before.baseUrl;
    if (relink && !isFileOnly(row.provider))
        row.status = u"pending"_s;
    auto written = repository.update(row, before.version);
    if (!written)
        return written.error();
    if (!written.value())
        return versionConflict();
    if (change.credentials || row.authType != before.authType) {
        if (auto sealed = storeCredentials(id, change.credentials.value_or(QJsonObject())); !sealed)
            return sealed.error();
    }
    return commitChange(tx, organizationId, id, u"update"_s, before);
}

Result<IntegrationRow> IntegrationService::linkOAuth(const MutationActor &actor,
                                                     const QString &organizationId,
                                                     const QString &id,
                                                     const QJsonObject &credentials)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto existing = reload(organizationId, id);
    if (!existing)
        return existing.error();
    if (auto sealed = storeCredentials(id, credentials); !sealed)
        return sealed.error();
    if (auto status = IntegrationRepository(m_db).setStatus(id, u"connected"_s, m_clock.now());
        !status)
        return status.error();
    return commitChange(tx, organizationId, id, u"oauth_link"_s, existing.value());
}

Result<IntegrationRow> IntegrationService::commitChange(AuditedTransaction &tx,
                                                        const QString &organizationId,
                                                        const QString &id, const QString &action,
                                                        const IntegrationRow &before)
{
    auto after = reload(organizationId, id);
    if (!after)
        return after.error();
    const QJsonObject json = integrationjson::integration(after.value());
    if (auto audited = tx.audit(organizationId, IntegrationEntity, id, action,
                                integrationjson::integration(before), json);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    broadcastCrm(m_notifier, organizationId, u"crm_integration"_s, json);
    return after;
}

Status IntegrationService::remove(const MutationActor &actor, const QString &organizationId,
                                  const QString &id, const std::optional<IfMatch> &ifMatch)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto existing = reload(organizationId, id);
    if (!existing)
        return existing.error();
    if (ifMatch && !ifMatch->matches(existing->version))
        return versionConflict();
    if (auto removed = IntegrationRepository(m_db).remove(organizationId, id); !removed)
        return removed;
    const QJsonObject before = integrationjson::integration(existing.value());
    if (auto audited
        = tx.audit(organizationId, IntegrationEntity, id, u"delete"_s, before, std::nullopt);
        !audited)
        return audited;
    QJsonObject gone = before;
    gone.insert(u"status"_s, u"disconnected"_s);
    gone.insert(u"deleted"_s, true);
    if (auto committed = tx.commit(); !committed)
        return committed;
    broadcastCrm(m_notifier, organizationId, u"crm_integration"_s, gone);
    return ok();
}

Result<qint64> IntegrationService::putMappings(const MutationActor &actor,
                                               const QString &organizationId, const QString &id,
                                               const IfMatch &ifMatch,
                                               const QList<crm::MappingRule> &rules)
{
    if (const QList<FieldError> errors = crm::validateMappings(rules); !errors.isEmpty())
        return invalid(errors);
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto existing = reload(organizationId, id);
    if (!existing)
        return existing.error();
    if (!ifMatch.matches(existing->version))
        return versionConflict();
    IntegrationRepository repository(m_db);
    auto before = repository.mappings(id);
    if (!before)
        return before.error();
    auto bumped = repository.bumpVersion(organizationId, id, existing->version, m_clock.now());
    if (!bumped)
        return bumped.error();
    if (!bumped.value())
        return versionConflict();
    if (auto stored = repository.replaceMappings(id, rules); !stored)
        return stored.error();
    const qint64 version = existing->version + 1;
    if (auto audited = tx.audit(
            organizationId, IntegrationEntity, id, u"field_mappings_update"_s,
            QJsonObject {{u"items"_s, integrationjson::mappings(before.value())}},
            QJsonObject {{u"items"_s, integrationjson::mappings(rules)}, {u"version"_s, version}});
        !audited)
        return audited.error();
    auto after = reload(organizationId, id);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (after)
        broadcastCrm(m_notifier, organizationId, u"crm_integration"_s,
                     integrationjson::integration(after.value()));
    return version;
}

Result<SyncJobRow> IntegrationService::queueJob(AuditedTransaction &tx,
                                                const QString &organizationId,
                                                const QString &integrationId, const QString &kind,
                                                const MutationActor &actor, const QString &action,
                                                const std::optional<QString> &checkpoint,
                                                int attempt)
{
    SyncJobRepository jobs(m_db);
    auto active = jobs.active(integrationId);
    if (!active)
        return active.error();
    if (active->has_value())
        return syncRunning(active->value().id);
    SyncJobRow job;
    job.id = ids::create();
    job.organizationId = organizationId;
    job.integrationId = integrationId;
    job.kind = kind;
    job.checkpoint = checkpoint;
    job.attempt = attempt;
    job.requestedBy = actor.userId;
    job.createdAt = m_clock.now();
    if (auto stored = jobs.insert(job); !stored)
        return stored.error();
    if (auto audited = tx.audit(organizationId, JobEntity, job.id, action, std::nullopt,
                                integrationjson::job(job));
        !audited)
        return audited.error();
    return job;
}

void IntegrationService::announceJob(const SyncJobRow &job)
{
    broadcastCrm(m_notifier, job.organizationId, u"crm_job"_s, integrationjson::job(job));
}

Result<SyncJobRow> IntegrationService::startSync(const MutationActor &actor,
                                                 const QString &organizationId,
                                                 const QString &integrationId, const QString &kind)
{
    if (!crm::syncKinds().contains(kind))
        return invalid({{u"kind"_s, u"kind is one of: %1."_s.arg(crm::syncKinds().join(u", "_s))}});
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto integration = reload(organizationId, integrationId);
    if (!integration)
        return integration.error();
    if (integration->status != u"connected"_s)
        return Error {u"not_connected"_s,
                      u"\"%1\" is not connected (status %2); test the connection first."_s.arg(
                          integration->name, integration->status),
                      {}};
    const crm::ProviderInfo *provider = crm::findProvider(integration->provider);
    if (provider && provider->connect == crm::ConnectKind::File)
        return Error {
            u"not_connected"_s,
            u"%1 has no API to sync with; import a file instead."_s.arg(provider->displayName),
            {}};
    const bool exporting = kind == u"export_to_crm"_s;
    if ((exporting && integration->direction == u"import_only"_s)
        || (!exporting && integration->direction == u"export_only"_s))
        return invalid({{u"kind"_s,
                         exporting ? u"\"%1\" only imports; set its direction to export_only or "
                                     "bidirectional to write to the CRM."_s.arg(integration->name)
                                   : u"\"%1\" only sends to the CRM; use export_to_crm."_s.arg(
                                       integration->name)}});
    auto job = queueJob(tx, organizationId, integrationId, kind, actor, u"sync_requested"_s,
                        std::nullopt, 1);
    if (!job)
        return job;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(job.value());
    if (onJobQueued)
        onJobQueued();
    return job;
}

Result<SyncJobRow> IntegrationService::cancel(const MutationActor &actor,
                                              const QString &organizationId, const QString &jobId)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto found = loadJob(organizationId, jobId, false);
    if (!found)
        return found;
    SyncJobRepository jobs(m_db);
    const SyncJobRow before = found.value();
    SyncJobRow job = before;
    if (job.status == u"pending"_s) {
        job.status = u"cancelled"_s;
        job.finishedAt = m_clock.now();
    } else if (job.status == u"running"_s) {
        job.cancelRequested = true;
        // A file import is driven by the console: nothing else would stop it.
        if (job.kind == u"file_import"_s) {
            job.status = u"cancelled"_s;
            job.partial = job.processed > 0;
            job.finishedAt = m_clock.now();
        }
    } else {
        return Error {
            u"job_finished"_s,
            u"This job has already finished (%1); there is nothing to cancel."_s.arg(job.status),
            {}};
    }
    if (auto written = jobs.update(job); !written)
        return written.error();
    // A file import stops where its rows stopped; a pending job had nothing yet.
    const QJsonObject cancelled = job.kind == u"file_import"_s
        ? QJsonObject {{u"processed"_s, job.processed}}
        : QJsonObject();
    if (auto logged
        = log(job.id,
              job.status == u"cancelled"_s
                  ? JobLogEntry {u"info"_s, crm::joblog::JobCancelled.toString(), cancelled}
                  : JobLogEntry {u"info"_s, crm::joblog::CancelRequested.toString(), {}});
        !logged)
        return logged.error();
    if (auto audited = tx.audit(organizationId, JobEntity, job.id, u"cancel"_s,
                                integrationjson::job(before), integrationjson::job(job));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(job);
    return job;
}

Result<SyncJobRow> IntegrationService::retry(const MutationActor &actor,
                                             const QString &organizationId, const QString &jobId)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto found = loadJob(organizationId, jobId, false);
    if (!found)
        return found;
    const SyncJobRow old = found.value();
    if (old.status != u"failed"_s && old.status != u"cancelled"_s)
        return Error {
            u"not_retryable"_s,
            u"Only a failed or cancelled job can be retried; this one is %1."_s.arg(old.status),
            {}};
    if (old.kind == u"file_import"_s)
        return Error {u"not_retryable"_s,
                      u"A file import is retried by importing the file again from the "
                      "console."_s,
                      {}};
    auto job = queueJob(tx, organizationId, old.integrationId, old.kind, actor, u"retry"_s,
                        old.checkpoint, old.attempt + 1);
    if (!job)
        return job;
    if (auto logged = log(job->id,
                          {u"info"_s,
                           crm::joblog::JobRetried.toString(),
                           {{u"attempt"_s, job->attempt},
                            {u"previousJob"_s, old.id},
                            {u"resumes"_s, old.checkpoint.has_value()}}});
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(job.value());
    if (onJobQueued)
        onJobQueued();
    return job;
}

Status IntegrationService::log(const QString &jobId, const JobLogEntry &entry)
{
    return SyncJobRepository(m_db).appendLog(SyncJobLogRow {
        ids::create(), jobId, m_clock.now(), entry.level, entry.message(), entry.code, entry.args});
}

Result<SyncJobRow> IntegrationService::startImport(const MutationActor &actor,
                                                   const QString &organizationId,
                                                   const QString &integrationId,
                                                   const QString &format, const QString &fileName,
                                                   std::optional<int> totalRows)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto integration = reload(organizationId, integrationId);
    if (!integration)
        return integration.error();
    auto job = queueJob(tx, organizationId, integrationId, u"file_import"_s, actor,
                        u"file_import_start"_s, u"0"_s, 1);
    if (!job)
        return job;
    SyncJobRow row = job.value();
    row.status = u"running"_s;
    row.total = totalRows;
    row.startedAt = m_clock.now();
    if (auto written = SyncJobRepository(m_db).update(row); !written)
        return written.error();
    QJsonObject started {{u"file"_s, fileName.left(200)}, {u"format"_s, format}};
    if (totalRows)
        started.insert(u"rows"_s, *totalRows);
    if (auto logged = log(row.id, {u"info"_s, crm::joblog::FileImportStarted.toString(), started});
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(row);
    return row;
}

Result<ImportBatchResult> IntegrationService::importRows(const MutationActor &actor,
                                                         const QString &organizationId,
                                                         const QString &jobId, int offset,
                                                         const QList<ImportRow> &rows)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto found = loadJob(organizationId, jobId, true);
    if (!found)
        return found.error();
    SyncJobRepository jobs(m_db);
    SyncJobRow job = found.value();
    const int checkpoint = job.checkpoint.value_or(u"0"_s).toInt();
    ImportBatchResult result;
    if (offset < checkpoint) {
        result.alreadyDone = true;
        result.processed = job.processed;
        return result;
    }
    if (offset > checkpoint)
        return Error {u"offset_gap"_s,
                      u"Rows from %1 have not been uploaded yet; send the batch at offset %1 "
                      "first."_s.arg(checkpoint),
                      {{u"offset"_s, u"The next batch starts at %1."_s.arg(checkpoint)}}};
    CrmClientRepository clients(m_db);
    const QDateTime now = m_clock.now();
    for (const ImportRow &row : rows) {
        if (const RowProblem problem = rowProblem(row.fields); !problem.code.isEmpty()) {
            result.skipped.append({row.row, problem.detail});
            if (auto logged = log(job.id,
                                  {u"warning"_s,
                                   crm::joblog::RowSkipped.toString(),
                                   {{u"row"_s, row.row},
                                    {u"reason"_s, problem.code},
                                    {u"field"_s, problem.field},
                                    {u"value"_s, problem.value},
                                    {u"detail"_s, problem.detail}}});
                !logged)
                return logged.error();
            continue;
        }
        const QString emailKey = row.fields.value(u"email"_s).toString().trimmed().toLower();
        std::optional<CrmClientRow> match;
        if (!emailKey.isEmpty()) {
            auto matched = clients.findByEmail(organizationId, emailKey);
            if (!matched)
                return matched.error();
            match = matched.value();
        }
        if (match) {
            CrmClientRow client = *match;
            for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
                client.fields.insert(it.key(), it.value());
            client.emailKey = emailKey;
            client.contentHash = contentHash(client.fields);
            client.changedByCrmAt = client.updatedAt = now;
            if (client.contentHash != match->contentHash) {
                if (auto written = clients.update(client); !written)
                    return written.error();
            }
            ++result.updated;
        } else {
            CrmClientRow client;
            client.id = ids::create();
            client.organizationId = organizationId;
            client.integrationId = job.integrationId;
            client.fields = row.fields;
            client.emailKey = emailKey;
            client.contentHash = contentHash(row.fields);
            client.changedByCrmAt = client.createdAt = client.updatedAt = now;
            if (auto written = clients.insert(client); !written)
                return written.error();
            ++result.created;
        }
    }
    const SyncJobRow before = job;
    job.processed += int(rows.size());
    job.createdCount += result.created;
    job.updatedCount += result.updated;
    job.skippedCount += int(result.skipped.size());
    job.checkpoint = QString::number(offset + rows.size());
    if (auto written = jobs.update(job); !written)
        return written.error();
    if (auto audited = tx.audit(organizationId, JobEntity, job.id, u"import_rows"_s,
                                integrationjson::job(before), integrationjson::job(job));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(job);
    result.processed = job.processed;
    return result;
}

Result<SyncJobRow> IntegrationService::finishImport(const MutationActor &actor,
                                                    const QString &organizationId,
                                                    const QString &jobId, bool completed,
                                                    const QString &message)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return tx.error();
    auto found = loadJob(organizationId, jobId, true);
    if (!found)
        return found;
    SyncJobRepository jobs(m_db);
    const SyncJobRow before = found.value();
    SyncJobRow job = before;
    job.status = completed ? u"completed"_s : u"failed"_s;
    job.partial = job.skippedCount > 0 || (!completed && job.processed > 0);
    job.finishedAt = m_clock.now();
    if (!completed)
        job.error = message.isEmpty() ? u"The import was stopped."_s : message;
    if (auto written = jobs.update(job); !written)
        return written.error();
    const QJsonObject counts {{u"processed"_s, job.processed},
                              {u"created"_s, job.createdCount},
                              {u"updated"_s, job.updatedCount},
                              {u"skipped"_s, job.skippedCount}};
    if (auto logged
        = log(job.id,
              completed ? JobLogEntry {u"info"_s, crm::joblog::JobFinished.toString(), counts}
                        : JobLogEntry {u"error"_s, crm::joblog::JobFailed.toString(),
                                       joblog::failure(message, crm::joblog::StageFile, counts)});
        !logged)
        return logged.error();
    IntegrationRepository integrations(m_db);
    if (auto recorded = integrations.recordLastSync(job.integrationId, job.status, job.finishedAt);
        !recorded)
        return recorded.error();
    if (auto audited = tx.audit(organizationId, JobEntity, job.id, u"file_import_finish"_s,
                                integrationjson::job(before), integrationjson::job(job));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    announceJob(job);
    if (auto integration = reload(organizationId, job.integrationId))
        broadcastCrm(m_notifier, organizationId, u"crm_integration"_s,
                     integrationjson::integration(integration.value()));
    return job;
}

Result<ImportBatchResult> IntegrationService::preview(const QString &organizationId,
                                                      const QList<ImportRow> &rows)
{
    ImportBatchResult result;
    CrmClientRepository clients(m_db);
    QSet<QString> seen;
    for (const ImportRow &row : rows) {
        if (const QString reason = skipReason(row.fields); !reason.isEmpty()) {
            result.skipped.append({row.row, reason});
            continue;
        }
        const QString emailKey = row.fields.value(u"email"_s).toString().trimmed().toLower();
        bool exists = !emailKey.isEmpty() && seen.contains(emailKey);
        if (!exists && !emailKey.isEmpty()) {
            auto matched = clients.findByEmail(organizationId, emailKey);
            if (!matched)
                return matched.error();
            exists = matched->has_value();
        }
        if (!emailKey.isEmpty())
            seen.insert(emailKey);
        ++(exists ? result.updated : result.created);
    }
    return result;
}

} // namespace wedsync::server
