#pragma once
// One REST call as ApiClient sends it (ApiClient::Request) and how failed calls are retried.

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace wedsync {

struct RetryPolicy
{
    int maxAttempts = 4;
    int initialDelayMs = 500;
    int maxDelayMs = 30000; // also the longest Retry-After that is waited for
};

struct RestRequest
{
    QByteArray method = "GET";
    QString path; // "/api/v1/..." below the base URL
    QUrlQuery query;
    std::optional<QJsonValue> body;
    QString ifMatch; // a version ("7"), a quoted tag or "*": sent as If-Match
    QString idempotencyKey; // sent as Idempotency-Key; makes a write safe to retry
    int timeoutMs = -1; // per attempt; -1: the client's default

    // GET/HEAD/OPTIONS, or any call carrying an idempotency key.
    bool isIdempotent() const;
};

// A call of `method` on `path`, with `body` as JSON when given.
RestRequest restCall(const QByteArray &method, const QString &path,
                     std::optional<QJsonValue> body = std::nullopt);
// An id or name as one path segment (percent-encoded).
QString pathSegment(const QString &id);

} // namespace wedsync
