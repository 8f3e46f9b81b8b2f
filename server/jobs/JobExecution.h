#pragma once
// One CRM job run on a job worker, with the worker's own database connection and network
// access: pages through the adapter from the job's checkpoint, and for every page, in ONE
// transaction, upserts the page's clients by (integration, external id), adds the counts,
// moves the checkpoint past the page and writes a log line. A server killed at any moment thus
// resumes after the last committed page: no client is lost and none is imported twice.
// Cancel is read between pages; the server stopping puts the job back to pending.

#include "jobs/CrmAdapter.h"
#include "jobs/JobLogText.h"
#include "jobs/JobStore.h"

#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace wedsync::server {
class Database;
class IntegrationCredentials;
class ClientMapper;
class ClientPusher;
struct PushedClient;
class Transaction;

class JobExecution
{
public:
    // After each commit: the job as it now is, the log lines it wrote and the conflicts it
    // filed for review (their sync_conflicts rows), for the broadcasts.
    using Progress = std::function<void(const SyncJobRow &, const QList<SyncJobLogRow> &,
                                        const QList<QJsonObject> &)>;
    // Builds the adapter for an integration (its credentials opened), or fails with a message.
    using AdapterFactory = std::function<Result<std::unique_ptr<CrmAdapter>>(
        const JobIntegration &, const QJsonObject &credentials, HttpFetcher &)>;

    // `leaseOwner`: the runner instance holding the job's lease; every page and the finish are
    // written only while the job is still leased to it.
    JobExecution(Database &db, HttpFetcher &fetcher, const IntegrationCredentials *credentials,
                 const std::atomic_bool &stopping, AdapterFactory factory, Progress progress,
                 QString leaseOwner = {});

    void run(const QString &organizationId, const QString &jobId);

private:
    // Logs a line in its own short transaction and reports it.
    void log(const JobLogEntry &entry);
    // Finishes the job with `status` and its last log line (job_finished, job_cancelled, or
    // job_failed with `failure`'s arguments, whose sentence is also the job's error), and
    // reports it.
    void finish(const QString &status, bool partial = false, const QJsonObject &failure = {});
    // Fails the job with a sentence that says it all.
    void fail(const QString &error)
    {
        finish(QStringLiteral("failed"), false, joblog::failure(error));
    }
    bool cancelRequested();
    // The server stopping (the job goes back to pending) or a cancel (it ends cancelled):
    // true when the job stops here.
    bool interrupted();
    struct PageCounts
    {
        qint64 processed = 0;
        QVariant total; // null: unchanged
        qint64 created = 0;
        qint64 updated = 0;
        qint64 skipped = 0;
        QString checkpoint;
    };
    // Adds a page's counts to the running job and moves its checkpoint (job_gone when it is
    // no longer running), in the caller's transaction.
    Status recordPage(const PageCounts &counts);
    // The end of a page's transaction, pulled or pushed: its counts and checkpoint, its log
    // line (a warning when some were skipped), the commit, and then the job as it now is.
    Status closePage(Transaction &tx, const PageCounts &counts, QStringView code,
                     const QJsonObject &args, const QDateTime &now, QList<SyncJobLogRow> *lines);
    // Where the job stands, for a line about `checkpoint` (page or address).
    QJsonObject placeArgs(const CrmAdapter &adapter, const QString &checkpoint) const;
    // Upserts one page and moves the checkpoint, in one transaction.
    Status commitPage(const CrmPage &page, const CrmAdapter &adapter, const ClientMapper &mapper,
                      QList<SyncJobLogRow> *lines);
    // The push phase (export_to_crm, or a two-way sync after its pull), a page at a time from
    // `checkpoint` ("push:<last id>") through a ClientPusher, each page's results and the
    // checkpoint in one transaction. False when the job ended (failed, cancelled, or put back
    // because the server stops).
    bool push(CrmAdapter &adapter, const ClientMapper &mapper, QString checkpoint);
    Status commitPush(ClientPusher &pusher, const QList<PushedClient> &sent,
                      const QString &checkpoint, QList<SyncJobLogRow> *lines);
    void report(const QList<SyncJobLogRow> &lines);

    Database &m_db;
    HttpFetcher &m_fetcher;
    const IntegrationCredentials *m_credentials;
    const std::atomic_bool &m_stopping;
    AdapterFactory m_factory;
    Progress m_progress;
    QString m_leaseOwner;
    JobStore m_store;
    SyncJobRow m_job;
    JobIntegration m_integration;
    qint64 m_lastCancelCheckMs = 0;
    bool m_cancelSeen = false;
    QList<QJsonObject> m_filedConflicts; // committed, not yet reported
};

} // namespace wedsync::server
