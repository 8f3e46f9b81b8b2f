#include "sync/ConflictsQuery.h"

#include "api/ApiReplies.h"
#include "api/PageQuery.h"
#include "api/Preconditions.h"
#include "common/Ids.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString queryText(const ApiRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

} // namespace

std::optional<ApiResponse> ConflictsQuery::read(const ApiRequest &request, bool withOrganization,
                                                SyncConflictRepository::Filter *filter)
{
    QStringList allowed {u"status"_s, u"source"_s, u"entityType"_s, u"entityId"_s,
                         u"q"_s,      u"limit"_s,  u"offset"_s,     u"cursor"_s};
    if (withOrganization)
        allowed.append(u"organizationId"_s);
    if (auto stop = rejectUnknownQuery(request, allowed))
        return stop;
    if (withOrganization) {
        if (auto stop = readUuidQuery(request, u"organizationId"_s, &filter->organizationId))
            return stop;
    }
    const QString status = queryText(request, u"status"_s);
    if (status.isEmpty())
        filter->status = u"open"_s;
    else if (status == u"all"_s)
        filter->status.clear();
    else if (status == u"open"_s || status == u"resolved"_s || status == u"dismissed"_s)
        filter->status = status;
    else
        return invalidQuery(u"status"_s, u"status is open, resolved, dismissed or all."_s);
    filter->source = queryText(request, u"source"_s);
    if (filter->source.size() > 64)
        return invalidQuery(u"source"_s, u"source is at most 64 characters."_s);
    filter->entityType = queryText(request, u"entityType"_s);
    if (filter->entityType.size() > 64)
        return invalidQuery(u"entityType"_s, u"entityType is at most 64 characters."_s);
    filter->entityId = queryText(request, u"entityId"_s).toLower();
    if (filter->entityId.size() > 64)
        return invalidQuery(u"entityId"_s, u"entityId is at most 64 characters."_s);
    filter->search = queryText(request, u"q"_s);
    if (filter->search.size() > 200)
        return invalidQuery(u"q"_s, u"q is at most 200 characters."_s);
    return readPageInto(request, DefaultPageSize, MaxPageSize, filter);
}

namespace {

Error invalid(QList<FieldError> fields)
{
    return Error {u"validation_failed"_s, u"The request is not valid; see details.fields."_s,
                  std::move(fields)};
}

} // namespace

Result<ConflictResolutionRequest> decodeResolution(const ApiRequest &request,
                                                   const QString &conflictId)
{
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    QList<FieldError> problems;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!QStringList {u"resolution"_s, u"document"_s, u"entityVersion"_s}.contains(it.key()))
            problems.append({it.key(),
                             u"Unknown field; send resolution, document and "
                             "entityVersion."_s});
    }
    ConflictResolutionRequest out;
    out.conflictId = ids::normalized(conflictId);
    out.resolution = body->value(u"resolution"_s).toString();
    if (!QStringList {u"mine"_s, u"theirs"_s, u"merged"_s}.contains(out.resolution))
        problems.append({u"resolution"_s, u"Choose \"mine\", \"theirs\" or \"merged\"."_s});
    const QJsonValue document = body->value(u"document"_s);
    if (out.resolution == u"merged"_s) {
        if (!document.isObject())
            problems.append({u"document"_s,
                             u"A merged resolution sends the entity's content as "
                             "an object."_s});
        else
            out.document = document.toObject();
    } else if (!document.isUndefined()) {
        problems.append({u"document"_s, u"Only a merged resolution sends a document."_s});
    }
    const QJsonValue version = body->value(u"entityVersion"_s);
    if (!version.isUndefined()) {
        const double number = version.toDouble(-1);
        if (!version.isDouble() || number < 1 || number != std::floor(number) || number > 1e15)
            problems.append({u"entityVersion"_s, u"A positive whole number."_s});
        else
            out.entityVersion = static_cast<qint64>(number);
    }
    if (!request.header("If-Match").isEmpty()) {
        IfMatch ifMatch;
        if (auto stop = readIfMatch(request, &ifMatch); stop || ifMatch.versions.size() != 1)
            problems.append({u"If-Match"_s,
                             u"One entity tag: the entity's version, e.g. "
                             "\"3\"."_s});
        else if (out.entityVersion && *out.entityVersion != ifMatch.versions.first())
            problems.append({u"entityVersion"_s, u"Differs from If-Match; send one of them."_s});
        else
            out.entityVersion = ifMatch.versions.first();
    }
    if (out.resolution != u"theirs"_s && !out.entityVersion && problems.isEmpty())
        return Error {u"precondition_required"_s,
                      u"Say which version of the entity you resolved against: entityVersion in "
                      "the body or If-Match."_s,
                      {{u"entityVersion"_s, u"Required for mine and merged."_s}}};
    if (!problems.isEmpty())
        return invalid(problems);
    return out;
}

Result<QList<ConflictResolutionRequest>> decodeBulkResolution(const QJsonObject &body)
{
    QList<FieldError> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"ids"_s && it.key() != u"resolution"_s)
            problems.append({it.key(), u"Unknown field; send ids and resolution."_s});
    }
    const QString resolution = body.value(u"resolution"_s).toString();
    if (resolution != u"mine"_s && resolution != u"theirs"_s)
        problems.append(
            {u"resolution"_s, u"A bulk resolution takes one side: \"mine\" or \"theirs\"."_s});
    const QJsonArray ids = body.value(u"ids"_s).toArray();
    if (!body.value(u"ids"_s).isArray() || ids.isEmpty() || ids.size() > MaxBulkResolution)
        problems.append({u"ids"_s, u"A list of 1 to %1 conflict ids."_s.arg(MaxBulkResolution)});
    QList<ConflictResolutionRequest> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size() && ids.size() <= MaxBulkResolution; ++i) {
        const QString id = ids.at(i).toString();
        const QString path = u"ids[%1]"_s.arg(i);
        if (!ids.at(i).isString() || !ids::isUuid(id)) {
            problems.append({path, u"A conflict id (UUID)."_s});
            continue;
        }
        const QString normalized = ids::normalized(id);
        if (seen.contains(normalized)) {
            problems.append({path, u"Listed twice."_s});
            continue;
        }
        seen.insert(normalized);
        out.append({normalized, resolution, std::nullopt, std::nullopt});
    }
    if (!problems.isEmpty())
        return invalid(problems);
    return out;
}

} // namespace wedsync::server
