#include "SyncRows.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const std::optional<QDateTime> &at)
{
    return at && at->isValid() ? QJsonValue(at->toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject syncConflictJson(const SyncConflict &c)
{
    return {{u"id"_s, c.id},
            {u"organizationId"_s, c.organizationId},
            {u"entityType"_s, c.entityType},
            {u"entityId"_s, c.entityId},
            {u"label"_s, c.label},
            {u"baseVersion"_s, c.baseVersion ? QJsonValue(*c.baseVersion) : QJsonValue()},
            {u"mine"_s, c.mine},
            {u"theirs"_s, c.theirs},
            {u"createdBy"_s, textOrNull(c.createdBy)},
            {u"createdAt"_s, timeOrNull(c.createdAt)},
            {u"status"_s, c.status},
            {u"resolvedAt"_s, timeOrNull(c.resolvedAt)},
            {u"resolvedBy"_s, textOrNull(c.resolvedBy)}};
}

QJsonObject syncConflictRow(const SyncConflict &c)
{
    return {{u"id"_s, c.id},
            {u"organization_id"_s, c.organizationId},
            {u"entity_type"_s, c.entityType},
            {u"entity_id"_s, c.entityId},
            {u"label"_s, c.label},
            {u"base_version"_s, c.baseVersion ? QJsonValue(*c.baseVersion) : QJsonValue()},
            {u"mine_json"_s, c.mine},
            {u"theirs_json"_s, c.theirs},
            {u"created_by"_s, textOrNull(c.createdBy)},
            {u"created_at"_s, timeOrNull(c.createdAt)},
            {u"status"_s, c.status},
            {u"resolved_at"_s, timeOrNull(c.resolvedAt)},
            {u"resolved_by"_s, textOrNull(c.resolvedBy)}};
}

} // namespace wedsync::server
