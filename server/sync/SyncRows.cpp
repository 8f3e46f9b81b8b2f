#include "sync/SyncRows.h"

#include "JsonValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// The REST form (camelCase) and the realtime row form (the table's columns) of one conflict.
QJsonObject writeConflict(const SyncConflict &c, bool row)
{
    const auto key = [row](const QString &camel, const QString &column) {
        return row ? column : camel;
    };
    return {{u"id"_s, c.id},
            {key(u"organizationId"_s, u"organization_id"_s), c.organizationId},
            {key(u"entityType"_s, u"entity_type"_s), c.entityType},
            {key(u"entityId"_s, u"entity_id"_s), c.entityId},
            {u"label"_s, c.label},
            {key(u"baseVersion"_s, u"base_version"_s),
             c.baseVersion ? QJsonValue(*c.baseVersion) : QJsonValue()},
            {key(u"mine"_s, u"mine_json"_s), c.mine},
            {key(u"theirs"_s, u"theirs_json"_s), c.theirs},
            {key(u"createdBy"_s, u"created_by"_s), textOrNull(c.createdBy)},
            {key(u"createdAt"_s, u"created_at"_s), timeOrNull(c.createdAt)},
            {u"status"_s, c.status},
            {key(u"resolvedAt"_s, u"resolved_at"_s), timeOrNull(c.resolvedAt)},
            {key(u"resolvedBy"_s, u"resolved_by"_s), textOrNull(c.resolvedBy)}};
}

} // namespace

QJsonObject syncConflictJson(const SyncConflict &c)
{
    return writeConflict(c, false);
}

QJsonObject syncConflictRow(const SyncConflict &c)
{
    return writeConflict(c, true);
}

} // namespace wedsync::server
