#pragma once
// What one finished attempt of a REST call means: it succeeded, it is tried again (after the
// server's Retry-After or after a backoff step), or the call fails with which kind of error.
// Pure — no network, no clock, no randomness — so every rule is tested on its own
// (tests/services/api/tst_attemptclassifier); ApiReply gathers the input and carries it out.

#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace wedsync {

struct AttemptResult
{
    int httpStatus = 0; // 0: no HTTP answer (network error, or our timeout aborted it)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false; // the per-attempt timeout aborted it
    bool unreadableBody = false; // a body that says it is JSON and does not parse
    QList<QPair<QByteArray, QByteArray>> headers; // as received (Retry-After is read)
    bool idempotent = false; // GET/HEAD/OPTIONS, or keyed (RestRequest::isIdempotent)
    bool credentialCall = false; // login/refresh: a 401 there is a wrong password, not expiry
    int attempt = 1; // the attempt that just ended, counted from 1
};

struct AttemptDecision
{
    enum class Action {
        Succeed,
        RetryAfter, // 429/503 with a Retry-After within RetryPolicy::maxDelayMs
        Backoff, // exponential backoff step (transient network error, timeout, 429/503, 502/504)
        Fail,
    };
    Action action = Action::Fail;
    ApiError::Kind errorKind = ApiError::Kind::Http; // the error's kind unless Succeed
    int retryAfterSecs = -1; // the server's Retry-After, kept on the error too; -1: none
    // RetryAfter/Backoff: wait a random time in [minDelayMs, maxDelayMs] (jitter, so that
    // clients cut off together do not come back together).
    int minDelayMs = 0;
    int maxDelayMs = 0;
    bool unauthorized = false; // a 401 outside login/refresh: the session must hear of it

    bool retries() const { return action == Action::RetryAfter || action == Action::Backoff; }
};

AttemptDecision classifyAttempt(const AttemptResult &result, const RetryPolicy &policy,
                                const QDateTime &now);

// Seconds from a Retry-After value (delta-seconds or an HTTP-date, capped at a day);
// -1 if absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Network errors that may clear up on their own (refused, reset, timed out, ...).
bool isTransientNetworkError(QNetworkReply::NetworkError error);

} // namespace wedsync
