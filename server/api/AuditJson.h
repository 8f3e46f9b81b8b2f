#pragma once
// Audit entries on the wire: camelCase for the REST API, the table's columns for realtime.

#include "storage/Records.h"

#include <QJsonObject>

namespace wedsync::server::json {

// {id, occurredAt, actorId, organizationId, entityType, entityId, action, before, after, requestId}
QJsonObject auditEntry(const AuditEntry &entry);
// {id, occurred_at, actor_id, organization_id, entity_type, entity_id, action, before_json, ...}
QJsonObject auditRow(const AuditEntry &entry);

} // namespace wedsync::server::json
