#include "jobs/JobExecution.h"

#include "MappingWriteBack.h"
#include "common/Ids.h"
#include "jobs/ClientMapper.h"
#include "jobs/ClientReconciler.h"
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
// The push phase's checkpoints: "push:" then "push:<id of the last client sent>".
const QString PushPrefix = u"push:"_s;
constexpr int PushPageSize = 50;

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
    crm.setFieldMapping(mapper.mapping());
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
        log(u"info"_s,
            u"Started the %1 %2 %3 (%4)."_s.arg(kindLabel(m_job.kind), pulls ? u"from"_s : u"to"_s,
                                                crm.providerName(), m_integration.name));
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
    if (pushes && !push(crm, mapper, stored.startsWith(PushPrefix) ? stored : PushPrefix))
        return;
    finish(u"completed"_s, QString(), m_job.skippedCount > 0);
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
    QStringList notes;
    QList<QJsonObject> filed;
    ClientReconciler reconciler(m_db, m_integration, adapter.providerName(),
                                mappedTargets(mapper.mapping()));
    for (const QJsonObject &record : page.items) {
        const QString externalId = adapter.externalId(record);
        Reconciled done {Reconciled::Kind::Skipped, u"A record without an id was skipped."_s};
        if (!externalId.isEmpty()) {
            const MappedClient mapped = mapper.map(record);
            if (!mapped.skipReason.isEmpty()) {
                done.note = u"Contact %1 skipped: %2"_s.arg(externalId, mapped.skipReason);
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
    if (auto recorded
        = recordPage({qint64(page.items.size()), total, created, updated, skipped, next});
        !recorded)
        return recorded;
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
    if (review > 0)
        message += u", %1 waiting for review"_s.arg(review);
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
    m_filedConflicts.append(filed);
    m_job.processed = processed;
    if (page.totalEstimate)
        m_job.total = std::max(int(*page.totalEstimate), processed);
    m_job.createdCount += int(created);
    m_job.updatedCount += int(updated);
    m_job.skippedCount += int(skipped);
    m_job.checkpoint = next;
    return ok();
}

bool JobExecution::push(CrmAdapter &adapter, const ClientMapper &mapper, QString checkpoint)
{
    for (;;) {
        if (m_stopping.load()) {
            (void)m_store.requeue(m_job.id);
            return false;
        }
        if (cancelRequested()) {
            finish(u"cancelled"_s, QString(), m_job.skippedCount > 0);
            return false;
        }
        // Light Blue: each of the organization's clients once. A CRM that can be read: this
        // connection's clients changed in WedSync since their last push, but not those waiting
        // for review in the conflict center.
        const bool newOnly = adapter.sendsNewClientsOnly();
        SqlQuery page(m_db,
                      newOnly
                          ? u"SELECT c.id, c.version, '', c.fields FROM crm_clients c"
                            " WHERE c.organization_id = :org AND c.id > :after"
                            " AND NOT EXISTS (SELECT 1 FROM crm_client_pushes p"
                            "  WHERE p.integration_id = :integration AND p.client_id = c.id)"
                            " ORDER BY c.id LIMIT :limit"_s
                          : u"SELECT c.id, c.version, c.external_id, c.fields FROM crm_clients c"
                            " WHERE c.integration_id = :integration AND c.organization_id = :org"
                            " AND c.changed_by_wedsync_at IS NOT NULL"
                            " AND (c.pushed_at IS NULL OR c.changed_by_wedsync_at > c.pushed_at)"
                            " AND c.id > :after AND NOT EXISTS (SELECT 1 FROM sync_conflicts s"
                            "  WHERE s.entity_type = 'crm_client' AND s.status = 'open'"
                            "  AND s.entity_id = CAST(c.id AS TEXT))"
                            " ORDER BY c.id LIMIT :limit"_s);
        page.bind(u":integration"_s, m_integration.id)
            .bind(u":org"_s, m_integration.organizationId)
            .bind(u":after"_s,
                  checkpoint.size() > PushPrefix.size() ? checkpoint.mid(PushPrefix.size())
                                                        : u"00000000-0000-0000-0000-000000000000"_s)
            .bind(u":limit"_s, PushPageSize);
        if (auto read = page.exec(u"choosing the clients to send"_s); !read) {
            finish(u"failed"_s, read.error().message, m_job.processed > 0);
            return false;
        }
        QList<Pushed> batch;
        QList<QString> externalIds;
        while (page.next()) {
            Pushed item;
            item.clientId = ids::normalized(page.text(0));
            item.version = page.value(1).toLongLong();
            externalIds.append(page.text(2));
            item.fields = sql::toJsonObject(page.value(3));
            batch.append(item);
        }
        if (batch.isEmpty())
            return true;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            batch[i].write
                = adapter.writeClient(externalIds.at(i), batch.at(i).clientId, batch.at(i).fields);
            const CrmWriteResult &write = batch.at(i).write;
            if (write.outcome == FetchResult::Outcome::Stopped)
                break; // the loop's head says whether it was a cancel or the server stopping
            if (write.outcome != FetchResult::Outcome::Ok && !write.skip) {
                const QString name
                    = ClientReconciler::nameOf(batch.at(i).fields, batch.at(i).clientId);
                finish(u"failed"_s,
                       u"Could not send %1 to %2: %3 %4 sent before it; a retry sends the "
                       "rest."_s.arg(name, adapter.providerName(), write.message,
                                     plural(m_job.processed, u"client was"_s, u"clients were"_s)),
                       m_job.processed > 0);
                return false;
            }
        }
        qsizetype sent = 0;
        while (sent < batch.size()
               && ((batch.at(sent).write.outcome == FetchResult::Outcome::Ok
                    && !batch.at(sent).write.record.isEmpty())
                   || batch.at(sent).write.skip))
            ++sent;
        batch.resize(sent);
        if (batch.isEmpty())
            continue;
        const QString next = PushPrefix + batch.constLast().clientId;
        QList<SyncJobLogRow> lines;
        if (auto committed = commitPush(batch, next, adapter, mapper, &lines); !committed) {
            finish(u"failed"_s,
                   u"Could not record what was sent to %1: %2 A retry sends those clients "
                   "again (a replace is safe to repeat)."_s.arg(adapter.providerName(),
                                                                committed.error().message),
                   m_job.processed > 0);
            return false;
        }
        report(lines);
        checkpoint = next;
    }
}

Status JobExecution::commitPush(const QList<Pushed> &pushed, const QString &checkpoint,
                                const CrmAdapter &adapter, const ClientMapper &mapper,
                                QList<SyncJobLogRow> *lines)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = sql::timestamp(now);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    qint64 created = 0, replaced = 0, skipped = 0, already = 0;
    QStringList names;
    QStringList problems;
    const bool newOnly = adapter.sendsNewClientsOnly();
    for (const Pushed &item : pushed) {
        const QString name = ClientReconciler::nameOf(item.fields, item.clientId);
        if (item.write.skip) {
            ++skipped;
            if (problems.size() < 5)
                problems.append(u"%1 was not sent: %2"_s.arg(name, item.write.message));
            continue;
        }
        if (newOnly) {
            SqlQuery q(m_db,
                       u"INSERT INTO crm_client_pushes (integration_id, client_id, pushed_at,"
                       " result) VALUES (:integration, :id, :now, :result)"_s);
            q.bind(u":integration"_s, m_integration.id)
                .bind(u":id"_s, item.clientId)
                .bind(u":now"_s, nowText)
                .bind(u":result"_s, item.write.note.isEmpty() ? u"sent"_s : u"duplicate"_s);
            if (auto run = q.exec(u"recording a client sent to the CRM"_s); !run)
                return run;
        } else {
            // What the CRM holds now, as the next pull will read it: unchanged then. A client
            // changed again in WedSync meanwhile (another version) stays to be sent.
            const MappedClient theirs = mapper.map(item.write.record);
            SqlQuery q(m_db,
                       u"UPDATE crm_clients SET pushed_at = :now, pushed_hash = :pushed,"
                       " synced_fields = :fields, content_hash = :hash,"
                       " external_id = :external WHERE id = :id AND version = :version"_s);
            q.bind(u":now"_s, nowText)
                .bind(u":pushed"_s, ClientReconciler::hashOf(item.fields))
                .bind(u":fields"_s, sql::jsonText(item.fields))
                .bind(u":hash"_s, theirs.contentHash)
                .bind(u":external"_s, adapter.externalId(item.write.record))
                .bind(u":id"_s, item.clientId)
                .bind(u":version"_s, item.version);
            if (auto run = q.exec(u"recording a client sent to the CRM"_s); !run)
                return run;
        }
        if (!item.write.note.isEmpty())
            ++already;
        else
            (item.write.created ? created : replaced) += 1;
        if (names.size() < 10) {
            QString line = name;
            // What went out, for a provider that cannot be read back.
            const QJsonObject sent = item.write.record.value(u"sent"_s).toObject();
            if (!sent.isEmpty())
                line += u" ("_s + sent.keys().join(u", "_s) + u')';
            if (!item.write.note.isEmpty())
                line += u" — "_s + item.write.note;
            names.append(line);
        }
    }
    if (auto recorded = recordPage({qint64(pushed.size()), QVariant(QMetaType::fromType<qint64>()),
                                    created, replaced, skipped, checkpoint});
        !recorded)
        return recorded;
    const qint64 sentCount = qint64(pushed.size()) - skipped;
    QString message = u"Sent %1 to %2 — %3 new, %4 replaced"_s
                          .arg(plural(sentCount, u"client"_s, u"clients"_s), adapter.providerName())
                          .arg(created)
                          .arg(replaced);
    if (already > 0)
        message += u", %1 already there"_s.arg(already);
    if (skipped > 0)
        message += u", %1 not taken"_s.arg(skipped);
    if (!names.isEmpty())
        message += u": "_s + names.join(u"; "_s);
    if (sentCount > names.size())
        message += u" and %1 more"_s.arg(sentCount - names.size());
    message += u'.';
    if (!problems.isEmpty())
        message += u' ' + problems.join(u' ');
    auto line = m_store.appendLog(m_job.id, skipped > 0 ? u"warning"_s : u"info"_s, message, now);
    if (!line)
        return line.error();
    if (auto committed = tx.commit(); !committed)
        return committed;
    lines->append(line.value());
    m_job.processed += int(pushed.size());
    m_job.createdCount += int(created);
    m_job.updatedCount += int(replaced);
    m_job.skippedCount += int(skipped);
    m_job.checkpoint = checkpoint;
    return ok();
}
} // namespace wedsync::server
