#pragma once
// One provider request from a job worker, with the politeness a job owes the provider: the
// shared token bucket first, then retries with exponential backoff and jitter for 429, 5xx and
// network errors only (a 429's or a 503's Retry-After is honoured, and closes the bucket for
// every job of the same credential). Blocking: it runs on a worker thread, never on the event
// loop's, with the worker's own QNetworkAccessManager. A 401 or 403 is never retried.

#include "CrmJobLog.h"
#include "jobs/RateLimiter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace wedsync::server {

struct FetchPolicy
{
    int maxAttempts = 5; // attempts of one request before the job gives up
    int baseDelayMs = 500; // first backoff; doubles each attempt (with jitter)
    int maxDelayMs = 30000;
    int timeoutMs = 30000; // one request
    int maxRetryAfterSecs = 300; // a longer Retry-After is capped (and said so)
};

struct FetchRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json"; // of a non-empty body
    QString rateKey; // bucket: provider + credential
    RateLimiter::Limit limit;
    QString what; // for log lines: "page 3 of the address book"
    // The same for a log line's arguments, so that a reader gets it in their language: what
    // kind of request (core/CrmJobLog: page, contact, new_contact, client, token, other) and
    // the page's number or the contact's or client's id.
    QString subject = crm::joblog::RequestOther.toString();
    int page = 0;
    QString subjectId;
    // An answer besides 429 that the provider means as "slow down" (Google's 403
    // rateLimitExceeded): backed off and retried like a 429.
    std::function<bool(int status, const QByteArray &body)> slowDown;
};

struct FetchResult
{
    enum class Outcome {
        Ok, // 2xx
        Unauthorized, // 401 / 403: the credential is wrong or expired
        Refused, // another 4xx: the request itself is wrong
        GaveUp, // retries exhausted (429 / 5xx / network)
        Stopped, // the caller asked to stop while waiting
    };
    Outcome outcome = Outcome::Ok;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // of the last answer (e.g. a PUT's ETag)
    QString message; // a sentence for the log and the job's error
    int attempts = 0;
};

class HttpFetcher
{
public:
    enum class Level { Info, Warning, Error };
    // A line for the job's log: its code (core/CrmJobLog) and arguments.
    using Log = std::function<void(Level, const QString &code, const QJsonObject &args)>;
    using ShouldStop = std::function<bool()>;

    HttpFetcher(QNetworkAccessManager &network, RateLimiter &limiter, FetchPolicy policy = {});

    void setLog(Log log) { m_log = std::move(log); }
    void setShouldStop(ShouldStop stop) { m_shouldStop = std::move(stop); }
    // A request in flight is aborted once `*flag` is true (the server is stopping).
    void setAbortFlag(const std::atomic_bool *flag) { m_abort = flag; }
    // The provider's name in messages ("Táve").
    void setProviderName(const QString &name) { m_provider = name; }

    FetchResult send(const FetchRequest &request);

    // Sleeps `ms` in slices, asking shouldStop between them; false if told to stop.
    bool wait(qint64 ms);
    // A line for the job's log from the adapter using this fetcher (what it read besides pages).
    void log(Level level, const QString &code, const QJsonObject &args) const;

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QByteArray retryAfter;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
    };
    Answer sendOnce(const FetchRequest &request);
    qint64 backoffMs(int attempt) const;

    QNetworkAccessManager &m_network;
    RateLimiter &m_limiter;
    FetchPolicy m_policy;
    Log m_log;
    ShouldStop m_shouldStop;
    const std::atomic_bool *m_abort = nullptr;
    QString m_provider = QStringLiteral("The provider");
};

} // namespace wedsync::server
