#pragma once
// What a route handler answers: status, headers and a body (JSON unless said otherwise).
//
// Error bodies always have the shape
//   {"error":{"code":"snake_case","message":"human sentence","details":{...}}}
// and validation problems list their fields as details.fields = [{"field","message"}, ...].

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace wedsync::server {

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The handler answers later through ApiRequest::answerLater() (http/PendingAnswer).
    bool deferred = false;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonArray &array, int status = 200);
    static ApiResponse noContent();
    // "I will answer later": what a handler returns after ApiRequest::answerLater().
    static ApiResponse later();
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonObject &details = {});
    // An Error with a status; its field errors become details.fields.
    static ApiResponse fromError(int status, const Error &error);
    // 500 with a generic message: the cause is logged with the request id, never sent.
    static ApiResponse internalError(const QString &requestId, const QString &cause);

    // The error body bytes (also used below the router, e.g. by the request size guard).
    static QByteArray errorBody(const QString &code, const QString &message,
                                const QJsonObject &details = {});

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

} // namespace wedsync::server
