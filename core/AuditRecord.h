#pragma once
// One row of the audit trail: what the server stores and sends, and the console reads, as REST
// JSON (camelCase) or as a realtime row change of the audit_log table (snake_case).

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wedsync {

struct AuditRecord
{
    QString id;
    QDateTime occurredAt; // UTC
    QString actorId; // empty for the system
    QString organizationId; // empty for platform-level rows (logins, ...)
    QString entityType; // "section_configuration", "session", ...
    QString entityId;
    QString action; // "create", "update", "delete", "reorder", "permissions_update", "login"...
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString requestId;
    // The actor in words, as REST answers name them (empty in realtime rows and when unknown).
    QString actorEmail;
    QString actorName;
    QString weddingId; // the wedding the change belongs to; empty when none or unknown
    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};

// {id, occurredAt, actorId, actorEmail?, actorName?, organizationId, entityType, entityId, action,
//  before, after, requestId, weddingId} (weddingId may be absent: rows written before it existed)
Result<AuditRecord> auditRecordFromJson(const QJsonObject &object);
QJsonObject auditRecordToJson(const AuditRecord &record);
// {id, occurred_at, actor_id, organization_id, entity_type, entity_id, action, before_json,
//  after_json, request_id, wedding_id}
Result<AuditRecord> auditRecordFromRow(const QJsonObject &row);
QJsonObject auditRecordToRow(const AuditRecord &record);

} // namespace wedsync
