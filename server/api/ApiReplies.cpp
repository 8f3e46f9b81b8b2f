#include "api/ApiReplies.h"

#include "api/ApiErrors.h"
#include "api/Authenticator.h"
#include "api/ReaderAnswer.h"
#include "common/Ids.h"
#include "storage/OrganizationRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonArray fieldsJson(const QList<FieldError> &fields)
{
    QJsonArray out;
    for (const FieldError &field : fields)
        out.append(QJsonObject {{u"field"_s, field.field}, {u"message"_s, field.message}});
    return out;
}

} // namespace

Result<QJsonObject> readBodyWithFields(ApiRequest &request, const QStringList &allowed)
{
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    QList<FieldError> errors;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!allowed.contains(it.key()))
            errors << FieldError {
                it.key().left(100),
                u"Unknown field; this request takes: %1."_s.arg(allowed.join(u", "_s))};
    }
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s, u"The request has fields it does not take."_s,
                      errors};
    return body;
}

ApiResponse invalidQuery(const QString &name, const QString &message)
{
    return ApiResponse::error(
        400, u"invalid_query"_s, message,
        QJsonObject {{u"parameter"_s, name}, {u"fields"_s, fieldsJson({{name, message}})}});
}

MutationActor actorOf(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    return MutationActor {caller ? caller->userId() : QString(), request.requestId};
}

ApiResponse forbidden(const QString &message)
{
    return ApiResponse::error(403, u"forbidden"_s, message);
}

ApiResponse writeFailure(const ApiRequest &request, const Error &error, const QJsonValue &current)
{
    QJsonObject details;
    if (!error.fields.isEmpty())
        details.insert(u"fields"_s, fieldsJson(error.fields));
    const QString &code = error.code;
    if (code == u"not_found"_s)
        return ApiResponse::error(404, code, error.message, details);
    if (code == u"version_conflict"_s) {
        if (!current.isUndefined() && !current.isNull())
            details.insert(u"current"_s, current);
        ApiResponse response = ApiResponse::error(412, code, error.message, details);
        if (current.isObject())
            response.withHeader("ETag",
                                '"' + QByteArray::number(current[u"version"_s].toInteger()) + '"');
        return response;
    }
    if (code == u"validation_failed"_s || code == u"invalid_section"_s)
        return ApiResponse::error(400, u"validation_failed"_s, error.message, details);
    if (code == u"section_exists"_s || code == u"conflict"_s || code == u"unique_violation"_s)
        return ApiResponse::error(409, code, error.message, details);
    if (code == u"precondition_required"_s)
        return ApiResponse::error(428, code, error.message, details);
    return errorResponse(request, error);
}

std::optional<ApiResponse> requireVisibleOrganization(const ApiRequest &request, Database &db,
                                                      const Clock &clock)
{
    if (auto stop = requireReadableOrganization(request))
        return stop;
    return requireExistingOrganization(db, clock, request.param(u"org"_s), request.requestId);
}

std::optional<ApiResponse> requireExistingOrganization(Database &db, const Clock &clock,
                                                       const QString &id, const QString &requestId,
                                                       Organization *found)
{
    auto row = OrganizationRepository(db, clock).find(id);
    if (!row)
        return errorResponse(answeringRequest(requestId), row.error());
    if (!row->has_value())
        return notFound(u"The organization"_s);
    if (found)
        *found = row->value();
    return std::nullopt;
}

std::optional<ApiResponse> requireReadableOrganization(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (!caller || !caller->canRead(request.param(u"org"_s)))
        return notFound(u"The organization"_s);
    return std::nullopt;
}

std::optional<ApiResponse> readUuidQuery(const ApiRequest &request, const QString &name,
                                         QString *value)
{
    if (!request.query.hasQueryItem(name)) {
        value->clear();
        return std::nullopt;
    }
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (!ids::isUuid(text))
        return invalidQuery(name, u"%1 must be an id (a UUID such as 3f2b...-...)."_s.arg(name));
    *value = ids::normalized(text);
    return std::nullopt;
}

std::optional<ApiResponse> rejectUnknownQuery(const ApiRequest &request, const QStringList &allowed)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value)
        if (!allowed.contains(key)) {
            return invalidQuery(
                key,
                u"Unknown query parameter \"%1\"; this route understands: %2."_s.arg(
                    key.left(100), allowed.join(u", "_s)));
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> readBoolQuery(const ApiRequest &request, const QString &name,
                                         bool *value)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (text != u"true"_s && text != u"false"_s)
        return invalidQuery(name, u"%1 is true or false."_s.arg(name));
    *value = text == u"true"_s;
    return std::nullopt;
}

std::optional<ApiResponse> readTimeQuery(const ApiRequest &request, const QString &name,
                                         QDateTime *value)
{
    if (!request.query.hasQueryItem(name)) {
        *value = QDateTime();
        return std::nullopt;
    }
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without "Z" or an offset would depend on the server's zone.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        return invalidQuery(
            name,
            u"%1 must be an ISO-8601 time with a zone, e.g. 2025-06-01T12:00:00Z."_s.arg(name));
    }
    *value = parsed.toUTC();
    return std::nullopt;
}

} // namespace wedsync::server
