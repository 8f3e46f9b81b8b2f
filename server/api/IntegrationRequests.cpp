#include "api/IntegrationRequests.h"

#include "ClientFields.h"
#include "JsonReader.h"
#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/Operator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server::crmrequest {

const QString &organizationPath()
{
    static const QString path = u"/api/v1/organizations/{org:uuid}"_s;
    return path;
}

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return consoleRoute(u"crm"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

std::optional<ApiResponse> requireManager(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller && caller->canAdminister(request.param(u"org"_s)))
        return std::nullopt;
    return forbidden(u"CRM integrations are connected, changed and synced by the organization's "
                     "admins; coordinators and support staff can read them."_s);
}

std::optional<ApiResponse> requireRetrier(const ApiRequest &request)
{
    const Operator *caller = callerOf(request);
    if (caller && (caller->canAdminister(request.param(u"org"_s)) || caller->isSupport()))
        return std::nullopt;
    return forbidden(u"Failed sync jobs are retried by the organization's admins or by support "
                     "staff."_s);
}

std::optional<ApiResponse> requireManagedIntegration(ApiRequest &request, Database &db,
                                                     const Clock &clock,
                                                     IntegrationService &service,
                                                     IntegrationRow *row)
{
    if (auto stop = requireVisibleOrganization(request, db, clock))
        return stop;
    auto found = service.find(request.param(u"org"_s), request.param(u"integration"_s));
    if (!found)
        return failure(request, found.error());
    if (!found->has_value())
        return notFound(u"The integration"_s);
    if (auto stop = requireManager(request))
        return stop;
    *row = found->value();
    return std::nullopt;
}

Result<QJsonObject> readBody(ApiRequest &request, const QStringList &allowed)
{
    return readBodyWithFields(request, allowed);
}

Error invalid(QList<FieldError> errors)
{
    return Error {u"validation_failed"_s, u"Some fields are not valid."_s, std::move(errors)};
}

ApiResponse failure(const ApiRequest &request, const Error &error, const QJsonValue &current)
{
    static const QHash<QString, int> statuses {
        {u"tier_limit"_s, 402},
        {u"integration_exists"_s, 409},
        {u"sync_running"_s, 409},
        {u"not_connected"_s, 400},
        {u"job_finished"_s, 409},
        {u"not_retryable"_s, 409},
        {u"job_not_running"_s, 409},
        {u"offset_gap"_s, 409},
        {u"not_importable"_s, 409},
        {u"credentials_unavailable"_s, 422},
        {u"credentials_unreadable"_s, 422},
    };
    if (const auto status = statuses.constFind(error.code); status != statuses.constEnd())
        return ApiResponse::fromError(status.value(), error);
    return writeFailure(request, error, current);
}

QList<ImportRow> readRows(JsonReader &reader, int maxRows)
{
    QList<ImportRow> rows;
    const QJsonArray items = reader.array(u"rows"_s, true);
    if (items.size() > maxRows) {
        reader.addError(u"rows"_s, u"Send at most %1 rows in one batch."_s.arg(maxRows));
        return rows;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"rows[%1]"_s.arg(i);
        if (!items.at(i).isObject()) {
            reader.addError(at, u"Each row is an object {row, fields}."_s);
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        ImportRow row;
        const QJsonValue number = item.value(u"row"_s);
        if (!number.isDouble() || number.toDouble() != double(number.toInteger())
            || number.toInteger() < 0 || number.toInteger() > 100'000'000)
            reader.addError(at + u".row"_s, u"The row number is a whole number from 0."_s);
        else
            row.row = int(number.toInteger());
        const QJsonValue fields = item.value(u"fields"_s);
        if (!fields.isObject()) {
            reader.addError(at + u".fields"_s, u"The row's fields are an object."_s);
            continue;
        }
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != u"row"_s && it.key() != u"fields"_s)
                reader.addError(at + u'.' + it.key().left(100),
                                u"Unknown field; a row takes: row, fields."_s);
        }
        const QJsonObject values = fields.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString where = at + u".fields."_s + it.key().left(100);
            if (!isClientField(it.key()))
                reader.addError(where,
                                u"Not a client field; use a standard field or custom.<key>."_s);
            else if (!it.value().isString() && !it.value().isNull())
                reader.addError(where, u"A field's value is text (or null)."_s);
            else if (it.value().toString().size() > 10000)
                reader.addError(where, u"A field's value is at most 10000 characters."_s);
        }
        row.fields = values;
        rows << row;
    }
    return rows;
}

} // namespace wedsync::server::crmrequest
