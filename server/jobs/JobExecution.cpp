#include "jobs/JobExecution.h"

#include "MappingWriteBack.h"
#include "common/Ids.h"
#include "jobs/ClientMapper.h"
#include "jobs/ClientPusher.h"
#include "jobs/ClientReconciler.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonArray>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobs, "wedsync.server.jobs")

namespace wedsync::server {

namespace {

// What the checkpoint holds once the last page is in (the adapter's checkpoints are never this).
const QString FinishedCheckpoint = u"done"_s;
// The push phase's checkpoints: "push:" then "push:<id of the last client sent>".
const QString PushPrefix = u"push:"_s;

} // namespace

JobExecution::JobExecution(Database &db, HttpFetcher &fetcher,
                           const IntegrationCredentials *credentials,
                           const std::atomic_bool &stopping, AdapterFactory factory,
                           Progress progress, QString leaseOwner)
    : m_db(db)
    , m_fetcher(fetcher)
    , m_credentials(credentials)
    , m_stopping(stopping)
    , m_factory(std::move(factory))
    , m_progress(std::move(progress))
    , m_leaseOwner(std::move(leaseOwner))
    , m_store(db, m_leaseOwner)
{ }

void JobExecution::report(const QList<SyncJobLogRow> &lines)
{
    if (m_progress)
        m_progress(m_job, lines, m_filedConflicts);
    m_filedConflicts.clear();
}

QJsonObject JobExecution::placeArgs(const CrmAdapter &adapter, const QString &checkpoint) const
{
    const CrmPlace place = adapter.placeOf(checkpoint);
    return place.page > 0 ? QJsonObject {{u"page"_s, place.page}}
                          : QJsonObject {{u"address"_s, place.address}};
}

void JobExecution::log(const JobLogEntry &entry)
{
    auto line = m_store.appendLog(m_job.id, entry, QDateTime::currentDateTimeUtc());
    if (!line) {
        qCWarning(lcJobs).noquote()
            << "job" << m_job.id << "log line lost:" << line.error().message;
        return;
    }
    report({line.value()});
}

void JobExecution::finish(const QString &status, bool partial, const QJsonObject &failure)
{
    using namespace crm::joblog;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    JobLogEntry summary {u"info"_s, JobFinished.toString(),
                         QJsonObject {{u"processed"_s, m_job.processed},
                                      {u"created"_s, m_job.createdCount},
                                      {u"updated"_s, m_job.updatedCount},
                                      {u"skipped"_s, m_job.skippedCount}}};
    if (status == u"cancelled"_s)
        summary = {u"info"_s, JobCancelled.toString(), {{u"processed"_s, m_job.processed}}};
    else if (status == u"failed"_s)
        summary = {u"error"_s, JobFailed.toString(), failure};
    const QString error = status == u"failed"_s ? summary.message() : QString();
    Transaction tx(m_db);
    QList<SyncJobLogRow> lines;
    Status done = m_store.finish(m_job, status, error, partial, now);
    if (done) {
        auto line = m_store.appendLog(m_job.id, summary, now);
        if (line)
            lines.append(line.value());
        else
            done = line.error();
    }
    if (done)
        done = tx.commit();
    if (!done) {
        qCWarning(lcJobs).noquote()
            << "job" << m_job.id << "could not be finished:" << done.error().message;
        return;
    }
    m_job.status = status;
    m_job.error = error;
    m_job.partial = partial;
    m_job.finishedAt = now;
    report(lines);
}

bool JobExecution::cancelRequested()
{
    if (m_cancelSeen)
        return true;
    auto asked = m_store.cancelRequested(m_job.id);
    m_cancelSeen = asked && asked.value();
    return m_cancelSeen;
}

bool JobExecution::interrupted()
{
    if (m_stopping.load()) {
        (void)m_store.requeue(m_job.id); // resumes from the checkpoint when the server is back
        return true;
    }
    if (cancelRequested()) {
        finish(u"cancelled"_s, m_job.skippedCount > 0);
        return true;
    }
    return false;
}

void JobExecution::run(const QString &organizationId, const QString &jobId)
{
    auto job = m_store.job(organizationId, jobId);
    if (!job) {
        qCWarning(lcJobs).noquote() << "job" << jobId << "cannot be read:" << job.error().message;
        return;
    }
    m_job = job.value();
    auto integration = m_store.integration(m_job.integrationId);
    if (!integration) {
        fail(integration.error().message);
        return;
    }
    m_integration = integration.value();
    QJsonObject credentials;
    if (m_credentials) {
        auto opened = m_store.credentials(m_integration.id, *m_credentials);
        if (!opened) {
            fail(opened.error().message);
            return;
        }
        credentials = opened.value();
    }
    auto adapter = m_factory(m_integration, credentials, m_fetcher);
    if (!adapter) {
        fail(adapter.error().message);
        return;
    }
    auto mappings = m_store.fieldMappings(m_integration.id);
    if (!mappings) {
        fail(mappings.error().message);
        return;
    }
    const ClientMapper mapper(m_integration.provider, mappings.value());
    CrmAdapter &crm = *adapter.value();
    crm.setFieldMapping(mapper.mapping());
    if (m_credentials) {
        crm.setCredentialsSaver([this](const QJsonObject &renewed) {
            return m_store.storeCredentials(m_integration.id, *m_credentials, renewed);
        });
    }

    m_fetcher.setLog(
        [this](HttpFetcher::Level level, const QString &code, const QJsonObject &args) {
            log({level == HttpFetcher::Level::Info          ? u"info"_s
                     : level == HttpFetcher::Level::Warning ? u"warning"_s
                                                            : u"error"_s,
                 code, args});
        });
    m_fetcher.setShouldStop([this] {
        if (m_stopping.load())
            return true;
        // The database is asked at most once a second while waiting.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastCancelCheckMs < 1000)
            return m_cancelSeen;
        m_lastCancelCheckMs = now;
        return cancelRequested();
    });

    // A two-way integration pushes after pulling; export_to_crm and an export-only
    // integration only push.
    const bool pulls = m_job.kind != u"export_to_crm"_s && m_integration.readsFromCrm();
    const bool pushes = m_job.kind == u"export_to_crm"_s
        || (m_job.kind == u"incremental_sync"_s && m_integration.writesToCrm());
    const QString stored = m_job.checkpoint.value_or(QString());
    QString checkpoint = !pulls ? FinishedCheckpoint
        : stored.isEmpty()      ? crm.firstCheckpoint()
                                : stored;
    if (stored.startsWith(PushPrefix))
        checkpoint = FinishedCheckpoint;
    if (stored.isEmpty()) {
        log({u"info"_s, crm::joblog::JobStarted.toString(),
             QJsonObject {
                 {u"kind"_s, m_job.kind},
                 {u"direction"_s, (pulls ? crm::joblog::FromCrm : crm::joblog::ToCrm).toString()},
                 {u"provider"_s, crm.providerName()},
                 {u"integration"_s, m_integration.name}}});
    } else if (checkpoint != FinishedCheckpoint) {
        QJsonObject args = placeArgs(crm, checkpoint);
        args.insert(u"kind"_s, m_job.kind);
        args.insert(u"attempt"_s, m_job.attempt);
        args.insert(u"processed"_s, m_job.processed);
        log({u"info"_s, crm::joblog::JobResumed.toString(), args});
    }
    while (checkpoint != FinishedCheckpoint) {
        if (interrupted())
            return;
        const CrmPageRead read = crm.readPage(checkpoint);
        if (read.outcome == FetchResult::Outcome::Stopped) {
            continue; // the loop's head says whether it was a cancel or the server stopping
        }
        if (read.outcome != FetchResult::Outcome::Ok) {
            QJsonObject where = placeArgs(crm, checkpoint);
            where.insert(u"processed"_s, m_job.processed);
            if (read.outcome == FetchResult::Outcome::Unauthorized) {
                const QString status
                    = m_integration.authType == u"oauth2"_s ? u"expired"_s : u"error"_s;
                (void)m_store.setIntegrationStatus(m_integration.id, status,
                                                   QDateTime::currentDateTimeUtc());
            }
            finish(u"failed"_s, m_job.processed > 0,
                   joblog::failure(read.message, crm::joblog::StageRead, where));
            return;
        }
        QList<SyncJobLogRow> lines;
        if (auto committed = commitPage(read.page, crm, mapper, &lines); !committed) {
            finish(u"failed"_s, m_job.processed > 0,
                   joblog::failure(committed.error().message, crm::joblog::StageStore,
                                   {{u"page"_s, read.page.number}, {u"pages"_s, read.page.count}}));
            return;
        }
        report(lines);
        checkpoint = m_job.checkpoint.value_or(FinishedCheckpoint);
    }
    if (pushes && !push(crm, mapper, stored.startsWith(PushPrefix) ? stored : PushPrefix))
        return;
    finish(u"completed"_s, m_job.skippedCount > 0);
}

Status JobExecution::recordPage(const PageCounts &counts)
{
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET processed = processed + :n, total = COALESCE(:total, total),"
               " created_count = created_count + :created,"
               " updated_count = updated_count + :updated,"
               " skipped_count = skipped_count + :skipped, checkpoint = :checkpoint"
               " WHERE id = :id AND status = 'running'"_s
                   + (m_leaseOwner.isEmpty() ? QString() : u" AND lease_owner = :owner"_s));
    if (!m_leaseOwner.isEmpty())
        q.bind(u":owner"_s, m_leaseOwner);
    q.bind(u":n"_s, counts.processed)
        .bind(u":total"_s, counts.total)
        .bind(u":created"_s, counts.created)
        .bind(u":updated"_s, counts.updated)
        .bind(u":skipped"_s, counts.skipped)
        .bind(u":checkpoint"_s, counts.checkpoint)
        .bind(u":id"_s, m_job.id);
    if (auto run = q.exec(u"recording a page of a sync job"_s); !run)
        return run;
    if (q.rowsAffected() != 1)
        return Error {u"job_gone"_s, u"The job is no longer running."_s, {}};
    return ok();
}

Status JobExecution::commitPage(const CrmPage &page, const CrmAdapter &adapter,
                                const ClientMapper &mapper, QList<SyncJobLogRow> *lines)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = sql::timestamp(now);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    qint64 created = 0, updated = 0, unchanged = 0, kept = 0, review = 0, skipped = 0;
    QJsonArray notes;
    QList<QJsonObject> filed;
    ClientReconciler reconciler(m_db, m_integration, adapter.providerName(),
                                mappedTargets(mapper.mapping()));
    for (const QJsonObject &record : page.items) {
        const QString externalId = adapter.externalId(record);
        Reconciled done {Reconciled::Kind::Skipped,
                         joblog::note(crm::joblog::ContactSkipped,
                                      {{u"contact"_s, QString()},
                                       {u"reason"_s, crm::joblog::NoExternalId.toString()}})};
        if (!externalId.isEmpty()) {
            const MappedClient mapped = mapper.map(record);
            if (!mapped.skipReason.isEmpty()) {
                done.note = joblog::note(crm::joblog::ContactSkipped,
                                         {{u"contact"_s, externalId},
                                          {u"reason"_s, mapped.skipProblem.code},
                                          {u"field"_s, mapped.skipProblem.field},
                                          {u"value"_s, mapped.skipProblem.value},
                                          {u"detail"_s, mapped.skipReason}});
            } else {
                auto reconciled
                    = reconciler.reconcile(externalId, mapped, adapter.modifiedAt(record), nowText);
                if (!reconciled)
                    return reconciled.error();
                done = reconciled.value();
            }
        }
        switch (done.kind) {
        case Reconciled::Kind::Created:
            ++created;
            break;
        case Reconciled::Kind::Updated:
            ++updated;
            break;
        case Reconciled::Kind::Unchanged:
            ++unchanged;
            break;
        case Reconciled::Kind::Kept:
            ++kept;
            break;
        case Reconciled::Kind::Review:
            ++review;
            if (!done.filedConflict.isEmpty())
                filed.append(done.filedConflict);
            break;
        case Reconciled::Kind::Skipped:
            ++skipped;
            break;
        }
        if (!done.note.isEmpty() && notes.size() < 5)
            notes.append(done.note);
    }
    const QString next = page.nextCheckpoint.isEmpty() ? FinishedCheckpoint : page.nextCheckpoint;
    const int processed = m_job.processed + int(page.items.size());
    const QVariant total = page.totalEstimate
        ? QVariant(std::max(int(*page.totalEstimate), processed))
        : QVariant(QMetaType::fromType<qint64>());
    const QJsonObject args {{u"page"_s, page.number},
                            {u"pages"_s, page.count},
                            {u"contacts"_s, qint64(page.items.size())},
                            {u"created"_s, created},
                            {u"updated"_s, updated},
                            {u"unchanged"_s, unchanged},
                            {u"kept"_s, kept},
                            {u"review"_s, review},
                            {u"skipped"_s, skipped},
                            {u"notes"_s, notes}};
    if (auto closed
        = closePage(tx, {qint64(page.items.size()), total, created, updated, skipped, next},
                    crm::joblog::PageImported, args, now, lines);
        !closed)
        return closed;
    m_filedConflicts.append(filed);
    return ok();
}

Status JobExecution::closePage(Transaction &tx, const PageCounts &counts, QStringView code,
                               const QJsonObject &args, const QDateTime &now,
                               QList<SyncJobLogRow> *lines)
{
    if (auto recorded = recordPage(counts); !recorded)
        return recorded;
    auto line = m_store.appendLog(
        m_job.id, {counts.skipped > 0 ? u"warning"_s : u"info"_s, code.toString(), args}, now);
    if (!line)
        return line.error();
    if (auto committed = tx.commit(); !committed)
        return committed;
    lines->append(line.value());
    m_job.processed += int(counts.processed);
    if (counts.total.isValid() && !counts.total.isNull())
        m_job.total = counts.total.toInt();
    m_job.createdCount += int(counts.created);
    m_job.updatedCount += int(counts.updated);
    m_job.skippedCount += int(counts.skipped);
    m_job.checkpoint = counts.checkpoint;
    return ok();
}

bool JobExecution::push(CrmAdapter &adapter, const ClientMapper &mapper, QString checkpoint)
{
    ClientPusher pusher(m_db, m_integration, adapter, mapper);
    for (;;) {
        if (interrupted())
            return false;
        auto page = pusher.nextPage(checkpoint.mid(PushPrefix.size()));
        if (!page) {
            finish(u"failed"_s, m_job.processed > 0, joblog::failure(page.error().message));
            return false;
        }
        if (page->isEmpty())
            return true;
        QList<PushedClient> batch = std::move(page).value();
        const qsizetype done = pusher.send(&batch);
        // A client neither sent nor skipped: the ones before it are recorded, then the job
        // fails (or, when the adapter was stopped, the loop's head says why).
        const std::optional<CrmWriteResult> failed
            = done < batch.size() && batch.at(done).write.outcome != FetchResult::Outcome::Stopped
            ? std::optional(batch.at(done).write)
            : std::nullopt;
        const QString failedName = failed
            ? ClientReconciler::nameOf(batch.at(done).fields, batch.at(done).clientId)
            : QString();
        batch.resize(done);
        if (!batch.isEmpty()) {
            const QString next = PushPrefix + batch.constLast().clientId;
            QList<SyncJobLogRow> lines;
            if (auto committed = commitPush(pusher, batch, next, &lines); !committed) {
                finish(u"failed"_s, m_job.processed > 0,
                       joblog::failure(committed.error().message, crm::joblog::StageRecord,
                                       {{u"provider"_s, adapter.providerName()}}));
                return false;
            }
            report(lines);
            checkpoint = next;
        }
        if (failed) {
            finish(u"failed"_s, m_job.processed > 0,
                   joblog::failure(failed->message, crm::joblog::StageSend,
                                   {{u"client"_s, failedName},
                                    {u"provider"_s, adapter.providerName()},
                                    {u"sent"_s, m_job.processed}}));
            return false;
        }
    }
}

Status JobExecution::commitPush(ClientPusher &pusher, const QList<PushedClient> &sent,
                                const QString &checkpoint, QList<SyncJobLogRow> *lines)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto summary = pusher.record(sent, sql::timestamp(now));
    if (!summary)
        return summary.error();
    return closePage(tx,
                     {qint64(sent.size()), QVariant(QMetaType::fromType<qint64>()),
                      summary->created, summary->replaced, summary->skipped, checkpoint},
                     crm::joblog::PageSent, summary->args, now, lines);
}

} // namespace wedsync::server
