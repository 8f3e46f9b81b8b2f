// Audit rows in both wire shapes, REST (camelCase) and realtime rows (snake_case): one reader
// and one writer, told apart only by their keys.
#include "AuditRecord.h"

#include "JsonReader.h"
#include "JsonValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::AuditRecord", text);
}

struct Keys
{
    QString occurredAt, actorId, organizationId, entityType, entityId, before, after, requestId,
        weddingId;
};

const Keys &restKeys()
{
    static const Keys keys {u"occurredAt"_s, u"actorId"_s,   u"organizationId"_s,
                            u"entityType"_s, u"entityId"_s,  u"before"_s,
                            u"after"_s,      u"requestId"_s, u"weddingId"_s};
    return keys;
}

const Keys &rowKeys()
{
    static const Keys keys {u"occurred_at"_s, u"actor_id"_s,   u"organization_id"_s,
                            u"entity_type"_s, u"entity_id"_s,  u"before_json"_s,
                            u"after_json"_s,  u"request_id"_s, u"wedding_id"_s};
    return keys;
}

Result<AuditRecord> read(const QJsonObject &object, const Keys &keys)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    AuditRecord record;
    record.id = reader.string(u"id"_s, {}, true);
    const QString at = reader.string(keys.occurredAt, {}, true);
    record.occurredAt = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
    if (!at.isEmpty() && !record.occurredAt.isValid())
        reader.addError(keys.occurredAt,
                        tr("Must be an ISO-8601 time such as 2026-06-01T12:00:00Z."));
    record.actorId = reader.string(keys.actorId);
    record.organizationId = reader.string(keys.organizationId);
    record.entityType = reader.string(keys.entityType, {}, true);
    record.entityId = reader.string(keys.entityId);
    record.action = reader.string(u"action"_s, {}, true);
    record.before = reader.objectOrNull(keys.before);
    record.after = reader.objectOrNull(keys.after);
    record.requestId = reader.string(keys.requestId);
    record.weddingId = reader.string(keys.weddingId);
    if (!errors.isEmpty())
        return Error {u"invalid_audit_record"_s, tr("The audit entry could not be read."),
                      std::move(errors)};
    return record;
}

QJsonObject write(const AuditRecord &record, const Keys &keys)
{
    return {{u"id"_s, record.id},
            {keys.occurredAt, record.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {keys.actorId, textOrNull(record.actorId)},
            {keys.organizationId, textOrNull(record.organizationId)},
            {keys.entityType, record.entityType},
            {keys.entityId, textOrNull(record.entityId)},
            {u"action"_s, record.action},
            {keys.before, objectOrNull(record.before)},
            {keys.after, objectOrNull(record.after)},
            {keys.requestId, textOrNull(record.requestId)},
            {keys.weddingId, textOrNull(record.weddingId)}};
}

} // namespace

Result<AuditRecord> auditRecordFromJson(const QJsonObject &object)
{
    Result<AuditRecord> record = read(object, restKeys());
    if (record) {
        record.value().actorEmail = object.value(u"actorEmail"_s).toString();
        record.value().actorName = object.value(u"actorName"_s).toString();
    }
    return record;
}

Result<AuditRecord> auditRecordFromRow(const QJsonObject &row)
{
    return read(row, rowKeys());
}

QJsonObject auditRecordToJson(const AuditRecord &record)
{
    QJsonObject json = write(record, restKeys());
    if (!record.actorEmail.isEmpty())
        json.insert(u"actorEmail"_s, record.actorEmail);
    if (!record.actorName.isEmpty())
        json.insert(u"actorName"_s, record.actorName);
    return json;
}

QJsonObject auditRecordToRow(const AuditRecord &record)
{
    return write(record, rowKeys());
}

} // namespace wedsync
