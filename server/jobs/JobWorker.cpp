#include "jobs/JobWorker.h"

#include "common/TsanHandOff.h"

#include "jobs/JobStore.h"
#include "jobs/OAuthTokenClient.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace wedsync::server {

JobWorker::JobWorker(DatabaseUrl url, const IntegrationCredentials *credentials,
                     RateLimiter &limiter, const std::atomic_bool &stopping, FetchPolicy policy,
                     JobExecution::AdapterFactory factory, QString leaseOwner)
    : m_url(std::move(url))
    , m_credentials(credentials)
    , m_limiter(limiter)
    , m_stopping(stopping)
    , m_policy(policy)
    , m_factory(std::move(factory))
    , m_leaseOwner(std::move(leaseOwner))
    , m_mailbox(new Mailbox(this))
{ }

JobWorker::~JobWorker() = default;

FetchPolicy JobWorker::personWaiting() const
{
    FetchPolicy quick = m_policy;
    quick.maxAttempts = 2; // a person is waiting
    quick.maxRetryAfterSecs = 5;
    return quick;
}

bool JobWorker::ensureOpen(QString *error)
{
    if (!m_db) {
        auto db = Database::open(m_url);
        if (!db) {
            *error = db.error().message;
            qCWarning(lcJobs).noquote() << "job worker:" << db.error().message;
            return false;
        }
        m_db = std::move(db).value();
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return true;
}

void JobWorker::runJob(const QString &organizationId, const QString &jobId,
                       const JobExecution::Progress &progress)
{
    QString error;
    if (!ensureOpen(&error))
        return; // the job stays running; the next start of the server resumes it
    HttpFetcher fetcher(*m_network, m_limiter, m_policy);
    fetcher.setAbortFlag(&m_stopping);
    JobExecution execution(*m_db, fetcher, m_credentials, m_stopping, m_factory, progress,
                           m_leaseOwner);
    execution.run(organizationId, jobId);
}

CrmTestResult JobWorker::testConnection(const QString &integrationId)
{
    CrmTestResult result;
    result.status = u"error"_s;
    QString error;
    if (!ensureOpen(&error)) {
        result.message = u"The server cannot reach its database right now; try again shortly."_s;
        return result;
    }
    JobStore store(*m_db);
    auto integration = store.integration(integrationId);
    if (!integration) {
        result.message = integration.error().message;
        return result;
    }
    QJsonObject credentials;
    if (m_credentials) {
        auto opened = store.credentials(integrationId, *m_credentials);
        if (!opened) {
            result.message = opened.error().message;
            (void)store.setIntegrationStatus(integrationId, u"error"_s,
                                             QDateTime::currentDateTimeUtc());
            return result;
        }
        credentials = opened.value();
    }
    HttpFetcher fetcher(*m_network, m_limiter, personWaiting());
    fetcher.setAbortFlag(&m_stopping);
    fetcher.setShouldStop([this] { return m_stopping.load(); });
    auto adapter = m_factory(integration.value(), credentials, fetcher);
    if (!adapter) {
        result.message = adapter.error().message;
    } else {
        if (m_credentials) {
            adapter.value()->setCredentialsSaver([&](const QJsonObject &renewed) {
                return store.storeCredentials(integrationId, *m_credentials, renewed);
            });
        }
        result = adapter.value()->test();
        if (result.status.isEmpty())
            result.status = result.ok ? u"connected"_s : u"error"_s;
    }
    (void)store.setIntegrationStatus(integrationId, result.status, QDateTime::currentDateTimeUtc());
    return result;
}

OAuthTokenAnswer JobWorker::exchangeCode(const OAuthEndpoint &endpoint, const QString &code,
                                         const QByteArray &verifier, const QString &redirectUri)
{
    QString error;
    if (!ensureOpen(&error)) {
        OAuthTokenAnswer answer;
        answer.outcome = OAuthTokenAnswer::Outcome::Failed;
        answer.message = u"The server cannot reach its database right now; try again shortly."_s;
        return answer;
    }
    HttpFetcher fetcher(*m_network, m_limiter, personWaiting());
    fetcher.setAbortFlag(&m_stopping);
    fetcher.setShouldStop([this] { return m_stopping.load(); });
    fetcher.setProviderName(endpoint.providerName);
    return OAuthTokenClient(fetcher, endpoint).exchangeCode(code, verifier, redirectUri);
}

void JobWorker::close()
{
    m_network.reset();
    m_db.reset();
    tsan::handOver(this);
}

} // namespace wedsync::server
