#pragma once
// A request as route handlers see it: method, path, typed path parameters, query, headers, body.

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <functional>
#include <memory>

namespace wedsync::server {

class PendingAnswer;

class ApiRequest
{
public:
    QString method; // upper case, "GET"
    QString path; // decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QString requestId; // also sent back as X-Request-Id and written to the audit log

    // Path parameters of the matched route, already validated and normalised (UUIDs lower-case).
    QHash<QString, QString> params;
    QString param(const QString &name) const { return params.value(name); }

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    // The bearer token of the Authorization header, empty if none.
    QString bearerToken() const;

    // The body as a JSON object. Fails with "malformed_json" (not JSON) or "invalid_body"
    // (JSON, but not an object); an empty body is malformed.
    Result<QJsonObject> jsonObject() const;

    // What the authentication step found out about the caller (see api/), for handlers.
    std::any caller;

    // For a handler that answers after it returns (http/PendingAnswer); null where the
    // request did not come through HttpServer (then answer at once).
    std::shared_ptr<PendingAnswer> answerLater() const { return deferral ? deferral() : nullptr; }
    // Set by HttpServer.
    std::function<std::shared_ptr<PendingAnswer>()> deferral;
};

} // namespace wedsync::server
