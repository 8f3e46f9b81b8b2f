#include "jobs/HttpFetcher.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// Retry-After is seconds or an HTTP date; returns milliseconds, or -1 when absent or garbage.
qint64 retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = value.trimmed().toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : secs * 1000;
    const QDateTime at
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

} // namespace

HttpFetcher::HttpFetcher(QNetworkAccessManager &network, RateLimiter &limiter, FetchPolicy policy)
    : m_network(network)
    , m_limiter(limiter)
    , m_policy(policy)
{ }

void HttpFetcher::log(Level level, const QString &code, const QJsonObject &args) const
{
    if (m_log)
        m_log(level, code, args);
}

bool HttpFetcher::wait(qint64 ms)
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + ms;
    for (;;) {
        if (m_shouldStop && m_shouldStop())
            return false;
        const qint64 left = until - QDateTime::currentMSecsSinceEpoch();
        if (left <= 0)
            return true;
        QThread::msleep(ulong(std::min<qint64>(left, 200)));
    }
}

qint64 HttpFetcher::backoffMs(int attempt) const
{
    // Exponential with "equal jitter": half fixed, half random, so that workers that failed
    // together do not come back together.
    const qint64 ceiling = std::min<qint64>(
        m_policy.maxDelayMs, qint64(m_policy.baseDelayMs) << std::min(attempt - 1, 20));
    const qint64 half = ceiling / 2;
    return half
        + qint64(QRandomGenerator::global()->bounded(quint32(std::max<qint64>(1, half + 1))));
}

HttpFetcher::Answer HttpFetcher::sendOnce(const FetchRequest &request)
{
    QNetworkRequest http(request.url);
    http.setTransferTimeout(m_policy.timeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(http, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer abortCheck;
    if (m_abort) {
        abortCheck.setInterval(100);
        QObject::connect(&abortCheck, &QTimer::timeout, reply, [this, reply] {
            if (m_abort->load())
                reply->abort();
        });
        abortCheck.start();
    }
    if (!reply->isFinished())
        loop.exec();
    abortCheck.stop();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.headers = reply->rawHeaderPairs();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

FetchResult HttpFetcher::send(const FetchRequest &request)
{
    FetchResult result;
    for (int attempt = 1; attempt <= m_policy.maxAttempts; ++attempt) {
        result.attempts = attempt;
        const qint64 waitMs = m_limiter.reserve(request.rateKey, request.limit,
                                                QDateTime::currentMSecsSinceEpoch());
        if (waitMs > 0 && !wait(waitMs)) {
            result.outcome = FetchResult::Outcome::Stopped;
            return result;
        }
        const Answer answer = sendOnce(request);
        if (m_abort && m_abort->load()) {
            result.outcome = FetchResult::Outcome::Stopped;
            return result;
        }
        result.status = answer.status;
        result.body = answer.body;
        result.headers = answer.headers;
        if (answer.status >= 200 && answer.status < 300) {
            result.outcome = FetchResult::Outcome::Ok;
            return result;
        }
        const bool tooMany = answer.status == 429
            || (request.slowDown && request.slowDown(answer.status, answer.body));
        if (!tooMany && (answer.status == 401 || answer.status == 403)) {
            result.outcome = FetchResult::Outcome::Unauthorized;
            result.message = answer.status == 401
                ? u"%1 refused the API key (401) while reading %2: check the key in the "
                  "integration's settings, or create a new one."_s.arg(m_provider, request.what)
                : u"%1 refused access (403) while reading %2: the API key may be read-only or "
                  "lack access."_s.arg(m_provider, request.what);
            return result;
        }
        const bool serverError = answer.status >= 500;
        const bool network = answer.status == 0;
        if (!tooMany && !serverError && !network) {
            result.outcome = FetchResult::Outcome::Refused;
            result.message = u"%1 answered %2 to %3; not retried."_s.arg(m_provider)
                                 .arg(answer.status)
                                 .arg(request.what);
            return result;
        }
        const QString cause = answer.status == 429 ? u"429 Too Many Requests"_s
            : tooMany     ? u"%1 (rate limit exceeded)"_s.arg(answer.status)
            : serverError ? u"%1"_s.arg(answer.status)
                          : u"a network error (%1)"_s.arg(answer.networkError);
        if (attempt == m_policy.maxAttempts) {
            result.outcome = FetchResult::Outcome::GaveUp;
            result.message = tooMany
                ? u"%1 kept answering %2 to %3; gave up after %4 attempts."_s
                      .arg(m_provider, cause, request.what)
                      .arg(attempt)
                : u"%1 kept failing with %2 on %3; gave up after %4 attempts."_s
                      .arg(m_provider, cause, request.what)
                      .arg(attempt);
            return result;
        }
        qint64 delay = backoffMs(attempt);
        QStringView retryAfter = crm::joblog::RetryAfterNone;
        qint64 asked = -1;
        // A 503 may say when to come back too (Microsoft Graph does).
        if (tooMany || answer.status == 503) {
            asked = retryAfterMs(answer.retryAfter);
            if (asked >= 0) {
                delay = std::min<qint64>(asked, qint64(m_policy.maxRetryAfterSecs) * 1000);
                retryAfter = asked > delay ? crm::joblog::RetryAfterCapped
                                           : crm::joblog::RetryAfterHonoured;
                m_limiter.blockUntil(request.rateKey, QDateTime::currentMSecsSinceEpoch() + delay);
            }
        }
        QJsonObject args {{u"provider"_s, m_provider},
                          {u"status"_s, answer.status},
                          {u"rateLimited"_s, tooMany && answer.status != 429},
                          {u"request"_s, request.subject},
                          {u"what"_s, request.what},
                          {u"waitMs"_s, delay},
                          {u"retryAfter"_s, retryAfter.toString()},
                          {u"attempt"_s, attempt + 1},
                          {u"attempts"_s, m_policy.maxAttempts}};
        if (network)
            args.insert(u"networkError"_s, answer.networkError);
        if (request.page > 0)
            args.insert(u"page"_s, request.page);
        if (!request.subjectId.isEmpty())
            args.insert(u"id"_s, request.subjectId);
        if (retryAfter == crm::joblog::RetryAfterCapped)
            args.insert(u"askedMs"_s, asked);
        log(Level::Warning, crm::joblog::ProviderWait.toString(), args);
        if (!wait(delay)) {
            result.outcome = FetchResult::Outcome::Stopped;
            return result;
        }
    }
    result.outcome = FetchResult::Outcome::GaveUp;
    return result;
}

} // namespace wedsync::server
