#include "sync/CrmClientResolution.h"

#include "ClientRecord.h"
#include "api/IntegrationWire.h"
#include "storage/CrmClientRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonObject documentOf(const CrmClientRow &row)
{
    return QJsonObject {{u"id"_s, row.id}, {u"version"_s, row.version}, {u"fields"_s, row.fields}};
}

ConflictResolutionFailure failed(const QString &id, const QString &code, const QString &message,
                                 QList<FieldError> fields = {}, QJsonValue current = {})
{
    return {id, Error {code, message, std::move(fields)}, std::move(current)};
}

} // namespace

const QString &CrmClientResolution::entityType()
{
    static const QString type = u"crm_client"_s;
    return type;
}

Result<QJsonObject> CrmClientResolution::currentDocument(Database &db, const SyncConflict &conflict)
{
    auto found = CrmClientRepository(db).find(conflict.organizationId, conflict.entityId);
    if (!found)
        return found.error();
    return found->has_value() ? documentOf(found->value()) : QJsonObject();
}

CrmClientResolution::CrmClientResolution(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

std::variant<CrmClientResolution::Applied, ConflictResolutionFailure>
CrmClientResolution::apply(AuditedTransaction &tx, const MutationActor &actor,
                           const ConflictResolutionRequest &request, const SyncConflict &conflict)
{
    const QString &id = conflict.id;
    const bool dismiss = request.resolution == u"dismiss"_s;
    CrmClientRepository clients(m_db);
    auto found = clients.find(conflict.organizationId, conflict.entityId);
    if (!found)
        return ConflictResolutionFailure {id, found.error(), {}};
    if (!found->has_value()) {
        if (dismiss)
            return Applied {};
        return failed(id, u"entity_missing"_s,
                      u"The %1 was deleted since; dismiss the conflict."_s.arg(conflict.label));
    }
    const CrmClientRow before = found->value();
    const qint64 expected
        = request.entityVersion.value_or(conflict.mine.value(u"version"_s).toInteger());
    if ((!dismiss || request.entityVersion) && before.version != expected) {
        return failed(
            id, u"version_conflict"_s,
            u"The %1 changed again since (now version %2); look at it again before "
            "resolving."_s.arg(conflict.label)
                .arg(before.version),
            {{u"entityVersion"_s, u"The client is now at version %1."_s.arg(before.version)}},
            documentOf(before));
    }

    // The CRM's version as the conflict saw it: the next sync compares with it.
    const QJsonObject theirs = conflict.theirs.value(u"fields"_s).toObject();
    auto theirsRecord = ClientRecord::fromJson(theirs);
    const QString theirsHash = theirsRecord ? theirsRecord->contentHash() : QString();
    const QString now = sql::timestamp(m_clock.now());
    if (dismiss) {
        SqlQuery seen(m_db, u"UPDATE crm_clients SET content_hash = :hash WHERE id = :id"_s);
        seen.bind(u":hash"_s, theirsHash).bind(u":id"_s, before.id);
        if (auto run = seen.exec(u"noting the CRM's version of a client"_s); !run)
            return ConflictResolutionFailure {id, run.error(), {}};
        return Applied {documentOf(before), before.version};
    }

    QJsonObject fields = before.fields;
    if (request.resolution == u"theirs"_s) {
        fields = theirs;
    } else if (request.resolution == u"merged"_s) {
        const QJsonValue wanted = request.document.value_or(QJsonObject()).value(u"fields"_s);
        if (!wanted.isObject())
            return failed(id, u"validation_failed"_s,
                          u"A merged client is a document {\"fields\": {...}}."_s,
                          {{u"document.fields"_s, u"Send the client's fields as an object."_s}});
        fields = wanted.toObject();
    }
    auto record = ClientRecord::fromJson(fields);
    QList<FieldError> errors = record ? record->validate() : record.error().fields;
    if (!errors.isEmpty()) {
        for (FieldError &error : errors)
            error.field
                = u"document.fields"_s + (error.field.isEmpty() ? QString() : u'.' + error.field);
        return failed(id, u"validation_failed"_s, u"Some of the client's fields are not valid."_s,
                      errors);
    }
    fields = record->toJson();
    const bool takesTheirs = request.resolution == u"theirs"_s;
    // Theirs: WedSync now holds what the CRM holds. Mine or merged: a change made in WedSync,
    // sent to the CRM by a two-way integration.
    SqlQuery write(
        m_db,
        takesTheirs
            ? u"UPDATE crm_clients SET fields = :fields, synced_fields = :fields,"
              " email_key = :email, content_hash = :hash, pushed_hash = :hash, pushed_at = :now,"
              " changed_by_crm_at = :now, version = version + 1, updated_at = :now"
              " WHERE id = :id AND version = :version"_s
            : u"UPDATE crm_clients SET fields = :fields, email_key = :email, content_hash = :hash,"
              " changed_by_wedsync_at = :now, wedsync_changed_by = :by, version = version + 1,"
              " updated_at = :now WHERE id = :id AND version = :version"_s);
    write.bind(u":fields"_s, sql::jsonText(fields))
        .bind(u":email"_s, record->emailKey())
        .bind(u":hash"_s, theirsHash)
        .bind(u":now"_s, now)
        .bind(u":id"_s, before.id)
        .bind(u":version"_s, before.version);
    if (!takesTheirs)
        write.bind(u":by"_s, sql::nullableText(actor.userId));
    if (auto run = write.exec(u"resolving a client conflict"_s); !run)
        return ConflictResolutionFailure {id, run.error(), {}};
    if (write.rowsAffected() != 1)
        return failed(
            id, u"version_conflict"_s,
            u"The %1 changed meanwhile; look at it again before resolving."_s.arg(conflict.label));
    auto after = clients.find(conflict.organizationId, conflict.entityId);
    if (!after || !after->has_value())
        return ConflictResolutionFailure {
            id,
            after ? Error {u"entity_missing"_s, u"The client vanished."_s, {}} : after.error(),
            {}};
    if (auto audited
        = tx.audit(conflict.organizationId, entityType(), before.id, u"conflict_resolve"_s,
                   integrationjson::client(before), integrationjson::client(after->value()));
        !audited)
        return ConflictResolutionFailure {id, audited.error(), {}};
    return Applied {documentOf(after->value()), after->value().version};
}

} // namespace wedsync::server
