#include "api/AuditJson.h"

#include "JsonValues.h"
#include "api/RecordJson.h"

using namespace Qt::StringLiterals;

namespace wedsync::server::json {

QJsonObject auditEntry(const AuditEntry &entry)
{
    return {{u"id"_s, entry.id},
            {u"occurredAt"_s, timestamp(entry.occurredAt)},
            {u"actorId"_s, textOrNull(entry.actorId)},
            {u"organizationId"_s, textOrNull(entry.organizationId)},
            {u"entityType"_s, entry.entityType},
            {u"entityId"_s, textOrNull(entry.entityId)},
            {u"action"_s, entry.action},
            {u"before"_s, objectOrNull(entry.before)},
            {u"after"_s, objectOrNull(entry.after)},
            {u"requestId"_s, textOrNull(entry.requestId)}};
}

QJsonObject auditRow(const AuditEntry &entry)
{
    return {{u"id"_s, entry.id},
            {u"occurred_at"_s, timestamp(entry.occurredAt)},
            {u"actor_id"_s, textOrNull(entry.actorId)},
            {u"organization_id"_s, textOrNull(entry.organizationId)},
            {u"entity_type"_s, entry.entityType},
            {u"entity_id"_s, textOrNull(entry.entityId)},
            {u"action"_s, entry.action},
            {u"before_json"_s, objectOrNull(entry.before)},
            {u"after_json"_s, objectOrNull(entry.after)},
            {u"request_id"_s, textOrNull(entry.requestId)}};
}

} // namespace wedsync::server::json
