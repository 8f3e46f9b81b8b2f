#include "jobs/JobExecution.h"

#include "common/Ids.h"
#include "jobs/ClientMapper.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobs, "wedsync.server.jobs")

namespace wedsync::server {

namespace {

// What the checkpoint holds once the last page is in (the adapter's checkpoints are never this).
const QString FinishedCheckpoint = u"done"_s;

QString kindLabel(const QString &kind)
{
    if (kind == u"incremental_sync"_s)
        return u"incremental sync"_s;
    if (kind == u"field_mapping_update"_s)
        return u"re-import with the new field mapping"_s;
    if (kind == u"export_to_crm"_s)
        return u"export"_s;
    return u"full import"_s;
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? QString(u"1 "_s + one) : QString(QString::number(n) + u' ' + many);
}

} // namespace

JobExecution::JobExecution(Database &db, HttpFetcher &fetcher,
                           const IntegrationCredentials *credentials,
                           const std::atomic_bool &stopping, AdapterFactory factory,
                           Progress progress)
    : m_db(db)
    , m_fetcher(fetcher)
    , m_credentials(credentials)
    , m_stopping(stopping)
    , m_factory(std::move(factory))
    , m_progress(std::move(progress))
    , m_store(db)
{ }

void JobExecution::report(const QList<SyncJobLogRow> &lines)
{
    if (m_progress)
        m_progress(m_job, lines);
}

void JobExecution::log(const QString &level, const QString &message)
{
    auto line = m_store.appendLog(m_job.id, level, message, QDateTime::currentDateTimeUtc());
    if (!line) {
        qCWarning(lcJobs).noquote()
            << "job" << m_job.id << "log line lost:" << line.error().message;
        return;
    }
    report({line.value()});
}

void JobExecution::finish(const QString &status, const QString &error, bool partial)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    QList<SyncJobLogRow> lines;
    Status done = m_store.finish(m_job, status, error, partial, now);
    QString summary;
    if (status == u"completed"_s) {
        summary = u"Finished: %1 processed — %2 new, %3 updated, %4 skipped."_s.arg(m_job.processed)
                      .arg(m_job.createdCount)
                      .arg(m_job.updatedCount)
                      .arg(m_job.skippedCount);
    } else if (status == u"cancelled"_s) {
        summary = u"Cancelled after %1; nothing after that was imported."_s.arg(
            plural(m_job.processed, u"contact"_s, u"contacts"_s));
    } else {
        summary = error;
    }
    if (done) {
        auto line = m_store.appendLog(m_job.id, status == u"failed"_s ? u"error"_s : u"info"_s,
                                      summary, now);
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
        finish(u"failed"_s, integration.error().message);
        return;
    }
    m_integration = integration.value();
    if (m_job.kind == u"export_to_crm"_s) {
        finish(u"failed"_s,
               u"Export to %1 is not available yet: this server imports only."_s.arg(
                   m_integration.provider == u"tave"_s ? u"Táve"_s : m_integration.provider));
        return;
    }
    QJsonObject credentials;
    if (m_credentials) {
        auto opened = m_store.credentials(m_integration.id, *m_credentials);
        if (!opened) {
            finish(u"failed"_s, opened.error().message);
            return;
        }
        credentials = opened.value();
    }
    auto adapter = m_factory(m_integration, credentials, m_fetcher);
    if (!adapter) {
        finish(u"failed"_s, adapter.error().message);
        return;
    }
    auto mappings = m_store.fieldMappings(m_integration.id);
    if (!mappings) {
        finish(u"failed"_s, mappings.error().message);
        return;
    }
    const ClientMapper mapper(m_integration.provider, mappings.value());
    CrmAdapter &crm = *adapter.value();
    if (m_credentials) {
        crm.setCredentialsSaver([this](const QJsonObject &renewed) {
            return m_store.storeCredentials(m_integration.id, *m_credentials, renewed);
        });
    }

    m_fetcher.setLog([this](HttpFetcher::Level level, const QString &message) {
        log(level == HttpFetcher::Level::Info          ? u"info"_s
                : level == HttpFetcher::Level::Warning ? u"warning"_s
                                                       : u"error"_s,
            message);
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

    const QString stored = m_job.checkpoint.value_or(QString());
    QString checkpoint = stored.isEmpty() ? crm.firstCheckpoint() : stored;
    if (stored.isEmpty()) {
        log(u"info"_s,
            u"Started the %1 from %2 (%3)."_s.arg(kindLabel(m_job.kind), crm.providerName(),
                                                  m_integration.name));
    } else if (checkpoint != FinishedCheckpoint) {
        log(u"info"_s,
            u"Resumed the %1 from %2 (attempt %3): %4 already imported."_s
                .arg(kindLabel(m_job.kind), crm.describeCheckpoint(checkpoint))
                .arg(m_job.attempt)
                .arg(plural(m_job.processed, u"contact"_s, u"contacts"_s)));
    }
    while (checkpoint != FinishedCheckpoint) {
        if (m_stopping.load()) {
            (void)m_store.requeue(m_job.id);
            return; // resumes from the checkpoint when the server is back
        }
        if (cancelRequested()) {
            finish(u"cancelled"_s, QString(), m_job.skippedCount > 0);
            return;
        }
        const CrmPageRead read = crm.readPage(checkpoint);
        if (read.outcome == FetchResult::Outcome::Stopped) {
            continue; // the loop's head says whether it was a cancel or the server stopping
        }
        if (read.outcome != FetchResult::Outcome::Ok) {
            const QString where
                = u" Stopped before %1 with %2 imported; a retry resumes there."_s.arg(
                    crm.describeCheckpoint(checkpoint),
                    plural(m_job.processed, u"contact"_s, u"contacts"_s));
            if (read.outcome == FetchResult::Outcome::Unauthorized) {
                const QString status
                    = m_integration.authType == u"oauth2"_s ? u"expired"_s : u"error"_s;
                (void)m_store.setIntegrationStatus(m_integration.id, status,
                                                   QDateTime::currentDateTimeUtc());
            }
            finish(u"failed"_s, read.message + where, m_job.processed > 0);
            return;
        }
        QList<SyncJobLogRow> lines;
        if (auto committed = commitPage(read.page, crm, mapper, &lines); !committed) {
            finish(u"failed"_s,
                   u"Could not store %1: %2 Stopped there; a retry resumes there."_s.arg(
                       read.page.label, committed.error().message),
                   m_job.processed > 0);
            return;
        }
        report(lines);
        checkpoint = m_job.checkpoint.value_or(FinishedCheckpoint);
    }
    finish(u"completed"_s, QString(), m_job.skippedCount > 0);
}

Status JobExecution::commitPage(const CrmPage &page, const CrmAdapter &adapter,
                                const ClientMapper &mapper, QList<SyncJobLogRow> *lines)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = sql::timestamp(now);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    qint64 created = 0, updated = 0, unchanged = 0, kept = 0, skipped = 0;
    QStringList notes;
    for (const QJsonObject &record : page.items) {
        auto upsert = upsertClient(record, adapter, mapper, nowText);
        if (!upsert)
            return upsert.error();
        switch (upsert->kind) {
        case Upsert::Kind::Created:
            ++created;
            break;
        case Upsert::Kind::Updated:
            ++updated;
            break;
        case Upsert::Kind::Unchanged:
            ++unchanged;
            break;
        case Upsert::Kind::Kept:
            ++kept;
            break;
        case Upsert::Kind::Skipped:
            ++skipped;
            break;
        }
        if (!upsert->note.isEmpty() && notes.size() < 5)
            notes.append(upsert->note);
    }
    const QString next = page.nextCheckpoint.isEmpty() ? FinishedCheckpoint : page.nextCheckpoint;
    SqlQuery q(m_db,
               u"UPDATE sync_jobs SET processed = processed + :n, total = :total,"
               " created_count = created_count + :created,"
               " updated_count = updated_count + :updated,"
               " skipped_count = skipped_count + :skipped, checkpoint = :checkpoint"
               " WHERE id = :id AND status = 'running'"_s);
    const int processed = m_job.processed + int(page.items.size());
    const QVariant total = page.totalEstimate
        ? QVariant(std::max(int(*page.totalEstimate), processed))
        : QVariant(QMetaType::fromType<qint64>());
    q.bind(u":n"_s, qint64(page.items.size()))
        .bind(u":total"_s, total)
        .bind(u":created"_s, created)
        .bind(u":updated"_s, updated)
        .bind(u":skipped"_s, skipped)
        .bind(u":checkpoint"_s, next)
        .bind(u":id"_s, m_job.id);
    if (auto run = q.exec(u"recording a page of a sync job"_s); !run)
        return run;
    if (q.rowsAffected() != 1)
        return Error {u"job_gone"_s, u"The job is no longer running."_s, {}};
    QString message
        = u"%1: %2 — %3 new, %4 updated, %5 unchanged"_s
              .arg(page.label.isEmpty() ? u"Page"_s
                                        : page.label.left(1).toUpper() + page.label.mid(1),
                   plural(page.items.size(), u"contact"_s, u"contacts"_s))
              .arg(created)
              .arg(updated)
              .arg(unchanged);
    if (kept > 0)
        message += u", %1 kept WedSync's changes"_s.arg(kept);
    if (skipped > 0)
        message += u", %1 skipped"_s.arg(skipped);
    message += u'.';
    if (!notes.isEmpty())
        message += u' ' + notes.join(u' ');
    auto line = m_store.appendLog(m_job.id, skipped > 0 ? u"warning"_s : u"info"_s, message, now);
    if (!line)
        return line.error();
    if (auto committed = tx.commit(); !committed)
        return committed;
    lines->append(line.value());
    m_job.processed = processed;
    if (page.totalEstimate)
        m_job.total = std::max(int(*page.totalEstimate), processed);
    m_job.createdCount += int(created);
    m_job.updatedCount += int(updated);
    m_job.skippedCount += int(skipped);
    m_job.checkpoint = next;
    return ok();
}

Result<JobExecution::Upsert> JobExecution::upsertClient(const QJsonObject &record,
                                                        const CrmAdapter &adapter,
                                                        const ClientMapper &mapper,
                                                        const QString &now)
{
    const QString externalId = adapter.externalId(record);
    if (externalId.isEmpty())
        return Upsert {Upsert::Kind::Skipped, u"A record without an id was skipped."_s};
    const MappedClient mapped = mapper.map(record);
    if (!mapped.skipReason.isEmpty())
        return Upsert {Upsert::Kind::Skipped,
                       u"Contact %1 skipped: %2"_s.arg(externalId, mapped.skipReason)};
    SqlQuery find(m_db,
                  u"SELECT id, content_hash, changed_by_wedsync_at FROM crm_clients"
                  " WHERE integration_id = :integration AND external_id = :external"_s);
    find.bind(u":integration"_s, m_integration.id).bind(u":external"_s, externalId);
    if (auto run = find.exec(u"finding an imported client"_s); !run)
        return run.error();
    if (!find.next()) {
        SqlQuery insert(
            m_db,
            u"INSERT INTO crm_clients (id, organization_id, integration_id, external_id,"
            " fields, email_key, content_hash, changed_by_crm_at, created_at, updated_at)"
            " VALUES (:id, :org, :integration, :external, :fields, :email, :hash, :now,"
            " :now, :now)"_s);
        insert.bind(u":id"_s, ids::create())
            .bind(u":org"_s, m_integration.organizationId)
            .bind(u":integration"_s, m_integration.id)
            .bind(u":external"_s, externalId)
            .bind(u":fields"_s, sql::jsonText(mapped.fields))
            .bind(u":email"_s, mapped.emailKey)
            .bind(u":hash"_s, mapped.contentHash)
            .bind(u":now"_s, now);
        if (auto run = insert.exec(u"importing a client"_s); !run)
            return run.error();
        return Upsert {Upsert::Kind::Created, {}};
    }
    const QString clientId = ids::normalized(find.text(0));
    if (find.text(1) == mapped.contentHash)
        return Upsert {Upsert::Kind::Unchanged, {}};
    // Changed at the CRM. Changed in WedSync too since the last sync: the strategy decides.
    const QString wedsyncChanged = find.text(2);
    const bool changedHere = !wedsyncChanged.isEmpty()
        && (m_integration.lastSyncAt.isEmpty() || wedsyncChanged > m_integration.lastSyncAt);
    if (changedHere) {
        const QString strategy = m_integration.conflictStrategy;
        bool crmWins = strategy == u"crm_wins"_s;
        if (strategy == u"newest_wins"_s) {
            const QDateTime crmTime = adapter.modifiedAt(record);
            crmWins = crmTime.isValid() && sql::timestamp(crmTime.toUTC()) > wedsyncChanged;
        }
        if (!crmWins) {
            const QString why = strategy == u"manual_review"_s
                ? u"%1 changed on both sides: WedSync's version is kept until reviewed."_s.arg(
                    externalId)
                : u"%1 changed on both sides: WedSync's version is kept (%2)."_s.arg(
                    externalId,
                    strategy == u"newest_wins"_s ? u"it is newer"_s : u"WedSync wins"_s);
            return Upsert {Upsert::Kind::Kept, why};
        }
    }
    SqlQuery update(m_db,
                    u"UPDATE crm_clients SET fields = :fields, email_key = :email,"
                    " content_hash = :hash, version = version + 1, changed_by_crm_at = :now,"
                    " updated_at = :now WHERE id = :id"_s);
    update.bind(u":fields"_s, sql::jsonText(mapped.fields))
        .bind(u":email"_s, mapped.emailKey)
        .bind(u":hash"_s, mapped.contentHash)
        .bind(u":now"_s, now)
        .bind(u":id"_s, clientId);
    if (auto run = update.exec(u"updating an imported client"_s); !run)
        return run.error();
    return Upsert {Upsert::Kind::Updated, {}};
}

} // namespace wedsync::server
