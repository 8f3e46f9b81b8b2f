#include "http/ApiResponse.h"

#include "http/HttpLogging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

ApiResponse ApiResponse::later()
{
    ApiResponse r;
    r.deferred = true;
    return r;
}

QByteArray ApiResponse::errorBody(const QString &code, const QString &message,
                                  const QJsonObject &details)
{
    const QJsonObject error {{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, details}};
    return QJsonDocument(QJsonObject {{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QJsonObject &details)
{
    ApiResponse r;
    r.status = status;
    r.body = errorBody(code, message, details);
    return r;
}

ApiResponse ApiResponse::fromError(int status, const Error &error)
{
    QJsonObject details;
    if (!error.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldError &field : error.fields)
            fields.append(QJsonObject {{u"field"_s, field.field}, {u"message"_s, field.message}});
        details.insert(u"fields"_s, fields);
    }
    return ApiResponse::error(status, error.code, error.message, details);
}

ApiResponse ApiResponse::internalError(const QString &requestId, const QString &cause)
{
    qCCritical(lcHttp).noquote() << "request" << requestId << "failed:" << cause;
    return error(
        500, u"internal_error"_s,
        u"The server could not complete the request. It has been logged as %1."_s.arg(requestId));
}

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace wedsync::server
