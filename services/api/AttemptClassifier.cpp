#include "api/AttemptClassifier.h"

#include <algorithm>

namespace wedsync {

namespace {

constexpr int DaySecs = 24 * 3600;
constexpr int RetryAfterJitterMs = 249;

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Exponential backoff with "equal jitter": half the step is fixed, half random.
AttemptDecision backoff(AttemptDecision decision, const RetryPolicy &policy, int attempt)
{
    qint64 step = std::max(1, policy.initialDelayMs);
    for (int i = 1; i < attempt && step < policy.maxDelayMs; ++i)
        step *= 2;
    step = std::min<qint64>(step, std::max(1, policy.maxDelayMs));
    decision.action = AttemptDecision::Action::Backoff;
    decision.minDelayMs = int(step / 2);
    decision.maxDelayMs = int(step);
    return decision;
}

} // namespace

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, DaySecs));
    // An HTTP-date (IMF-fixdate) ends in "GMT", which Qt's RFC 2822 reader does not take.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(u" GMT"))
        date = date.chopped(3) + u"+0000";
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(at), 0, DaySecs));
}

AttemptDecision classifyAttempt(const AttemptResult &result, const RetryPolicy &policy,
                                const QDateTime &now)
{
    AttemptDecision decision;
    const bool attemptsLeft = result.attempt < policy.maxAttempts;

    if (result.timedOut || result.httpStatus == 0) {
        decision.errorKind = result.timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        // Only a call that is safe to repeat is sent again: a write may have been applied.
        const bool transient = result.timedOut || isTransientNetworkError(result.networkError);
        if (result.idempotent && transient && attemptsLeft)
            return backoff(decision, policy, result.attempt);
        return decision;
    }

    if (result.httpStatus >= 200 && result.httpStatus < 400) {
        if (result.unreadableBody) {
            decision.errorKind = ApiError::Kind::Protocol;
            return decision;
        }
        decision.action = AttemptDecision::Action::Succeed;
        return decision;
    }

    decision.errorKind = ApiError::Kind::Http;
    decision.retryAfterSecs = parseRetryAfter(headerValue(result.headers, "Retry-After"), now);
    const int status = result.httpStatus;
    if (status == 429 || status == 503) {
        // A request refused for load was not carried out, so any method may be sent again;
        // a wait longer than the policy allows is left to the user ("try again in N s").
        if (!attemptsLeft)
            return decision;
        if (decision.retryAfterSecs < 0)
            return backoff(decision, policy, result.attempt);
        if (qint64(decision.retryAfterSecs) * 1000 > policy.maxDelayMs)
            return decision;
        decision.action = AttemptDecision::Action::RetryAfter;
        decision.minDelayMs = decision.retryAfterSecs * 1000;
        decision.maxDelayMs = decision.minDelayMs + RetryAfterJitterMs;
        return decision;
    }
    if ((status == 502 || status == 504) && result.idempotent && attemptsLeft)
        return backoff(decision, policy, result.attempt);
    decision.unauthorized = status == 401 && !result.credentialCall;
    return decision;
}

} // namespace wedsync
