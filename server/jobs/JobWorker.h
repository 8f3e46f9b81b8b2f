#pragma once
// One job worker: a QObject living on its own QThread, with its OWN database connection and
// its own QNetworkAccessManager, both opened on that thread at first use (a QSqlDatabase and a
// QNetworkAccessManager may only be used on the thread that made them). The runner calls it
// with queued calls; a job runs to its end (or to the next page boundary when the server stops).

#include "common/Mailbox.h"
#include "jobs/CrmAdapter.h"
#include "jobs/JobExecution.h"
#include "jobs/OAuthTokenClient.h"
#include "storage/DatabaseUrl.h"

#include <QObject>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace wedsync::server {
class Database;
class RateLimiter;
class IntegrationCredentials;

class JobWorker : public QObject
{
    Q_OBJECT

public:
    JobWorker(DatabaseUrl url, const IntegrationCredentials *credentials, RateLimiter &limiter,
              const std::atomic_bool &stopping, FetchPolicy policy,
              JobExecution::AdapterFactory factory, QString leaseOwner);
    ~JobWorker() override;

    // Calls to run on this worker's thread (it moves there with the worker).
    Mailbox &mailbox() { return *m_mailbox; }

    // On the worker's thread.
    void runJob(const QString &organizationId, const QString &jobId,
                const JobExecution::Progress &progress);
    // Tests the integration's connection and records the resulting status.
    CrmTestResult testConnection(const QString &integrationId);
    // The code exchange of an OAuth 2.0 sign-in (oauth/finish), at the token endpoint.
    OAuthTokenAnswer exchangeCode(const OAuthEndpoint &endpoint, const QString &code,
                                  const QByteArray &verifier, const QString &redirectUri);
    // Closes the connection and the network access (before the thread ends); invoked by name.
    Q_INVOKABLE void close();

private:
    // Opens what this thread needs; false (and logged) when the database cannot be reached.
    bool ensureOpen(QString *error);
    // Fewer and shorter retries: for a connection test or a sign-in, where a person waits.
    FetchPolicy personWaiting() const;

    DatabaseUrl m_url;
    const IntegrationCredentials *m_credentials;
    RateLimiter &m_limiter;
    const std::atomic_bool &m_stopping;
    FetchPolicy m_policy;
    JobExecution::AdapterFactory m_factory;
    QString m_leaseOwner; // the runner's instance: this worker's job writes are fenced by it
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Mailbox *m_mailbox; // a child: it moves to the worker's thread with it
};

} // namespace wedsync::server
