#include "sync/ConflictResolver.h"

#include "SectionJson.h"
#include "api/Operator.h"
#include "api/SectionService.h"
#include "api/SectionWire.h"
#include "api/SectionWriteRules.h"
#include "storage/SectionRepository.h"
#include "sync/ConflictDocuments.h"
#include "sync/CrmClientResolution.h"
#include "sync/SyncRows.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString SectionEntity = u"section_configuration"_s;

ConflictResolutionFailure failure(const QString &id, QString code, QString message,
                                  QList<FieldError> fields = {}, QJsonValue current = {})
{
    return {id, Error {std::move(code), std::move(message), std::move(fields)}, std::move(current)};
}

// What the audit trail keeps of a conflict before and after it closes.
QJsonObject auditSnapshot(const SyncConflict &c)
{
    QJsonObject out {{u"id"_s, c.id},
                     {u"source"_s, c.source},
                     {u"entityType"_s, c.entityType},
                     {u"entityId"_s, c.entityId},
                     {u"label"_s, c.label},
                     {u"status"_s, c.status}};
    // A wedding's section names its wedding, so that the row joins the wedding's timeline.
    if (const QJsonValue wedding = c.theirs.value(u"weddingId"_s); wedding.isString())
        out.insert(u"weddingId"_s, wedding);
    if (!c.resolution.isEmpty())
        out.insert(u"resolution"_s, c.resolution);
    if (c.resultVersion)
        out.insert(u"resultVersion"_s, *c.resultVersion);
    if (c.result)
        out.insert(u"result"_s, conflictContent(c.entityType, *c.result));
    return out;
}

// `current` with the content groups of `document` in place of its own.
QJsonObject replacedContent(QJsonObject current, const QJsonObject &document)
{
    const QJsonObject content = conflictContent(SectionEntity, document);
    for (auto it = content.begin(); it != content.end(); ++it)
        current.insert(it.key(), it.value());
    return current;
}

QList<FieldError> prefixedFields(const QList<FieldError> &fields, const QString &prefix)
{
    QList<FieldError> out;
    for (const FieldError &field : fields)
        out.append({field.field.isEmpty() ? prefix : prefix + u'.' + field.field, field.message});
    return out;
}

} // namespace

ConflictResolver::ConflictResolver(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                                   SectionService &sections)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_sections(sections)
{ }

std::optional<Error> ConflictResolver::refusal(const Operator &caller, const SyncConflict &conflict,
                                               const QJsonObject &entityNow)
{
    const QString &organizationId = conflict.organizationId;
    if (!caller.canRead(organizationId))
        return Error {u"not_found"_s, u"The conflict was not found."_s, {}};
    if (caller.seesAllOrganizations() || caller.canAdminister(organizationId))
        return std::nullopt;
    if (conflict.entityType == SectionEntity) {
        auto section = sectionFromJson(entityNow.isEmpty() ? conflict.theirs : entityNow);
        if (section && caller.canEditSection(section.value()))
            return std::nullopt;
    }
    return Error {u"forbidden"_s,
                  u"This conflict is resolved by the organization's admins, platform staff, or "
                  "a coordinator who may edit that section."_s,
                  {}};
}

std::variant<QList<SyncConflict>, ConflictResolutionFailure>
ConflictResolver::resolve(const Operator &caller, const MutationActor &actor,
                          const QList<ConflictResolutionRequest> &requests)
{
    AuditedTransaction tx(m_db, m_clock, m_notifier, actor);
    if (!tx.isActive())
        return ConflictResolutionFailure {{}, tx.error(), {}};
    QStringList ids;
    for (const ConflictResolutionRequest &request : requests)
        ids.append(request.conflictId);
    auto found = SyncConflictRepository(m_db, m_clock).findMany(ids);
    if (!found)
        return ConflictResolutionFailure {{}, found.error(), {}};
    QHash<QString, SyncConflict> byId;
    for (const SyncConflict &conflict : found.value())
        byId.insert(conflict.id, conflict);

    QList<SyncConflict> closed;
    for (const ConflictResolutionRequest &request : requests) {
        const auto it = byId.constFind(request.conflictId);
        if (it == byId.cend()) {
            return failure(request.conflictId, u"not_found"_s, u"The conflict was not found."_s);
        }
        SyncConflict done;
        if (auto failed = resolveOne(tx, caller, actor, request, it.value(), &done))
            return *failed;
        closed.append(done);
    }
    if (auto committed = tx.commit(); !committed)
        return ConflictResolutionFailure {{}, committed.error(), {}};
    return closed;
}

std::optional<ConflictResolutionFailure>
ConflictResolver::resolveOne(AuditedTransaction &tx, const Operator &caller,
                             const MutationActor &actor, const ConflictResolutionRequest &request,
                             const SyncConflict &conflict, SyncConflict *closed)
{
    const QString &id = conflict.id;
    const bool isSection = conflict.entityType == SectionEntity;
    std::optional<SectionRecord> current;
    if (isSection) {
        auto read
            = SectionRepository(m_db, m_clock).find(conflict.organizationId, conflict.entityId);
        if (!read)
            return ConflictResolutionFailure {id, read.error(), {}};
        current = read.value();
    }
    const QJsonObject now = current ? json::section(*current) : QJsonObject();
    if (auto refused = refusal(caller, conflict, now))
        return ConflictResolutionFailure {id, *refused, {}};
    if (conflict.status != u"open"_s) {
        return failure(id, u"conflict_closed"_s,
                       u"This conflict was already %1; refresh the list."_s.arg(conflict.status));
    }
    if (conflict.entityType == CrmClientResolution::entityType()) {
        auto applied = CrmClientResolution(m_db, m_clock).apply(tx, actor, request, conflict);
        if (auto *failed = std::get_if<ConflictResolutionFailure>(&applied))
            return *failed;
        const auto &client = std::get<CrmClientResolution::Applied>(applied);
        SyncConflict result = conflict;
        result.status = request.resolution == u"dismiss"_s ? u"dismissed"_s : u"resolved"_s;
        result.resolution = result.status == u"dismissed"_s ? QString() : request.resolution;
        result.resolvedBy = actor.userId;
        result.resolvedAt = m_clock.now();
        if (!client.document.isEmpty()) {
            result.result = client.document;
            result.resultVersion = client.version;
        }
        return closeConflict(tx, conflict, result, closed);
    }

    const bool dismiss = request.resolution == u"dismiss"_s;
    const bool keepsEntity = dismiss || request.resolution == u"theirs"_s;
    const std::optional<qint64> currentVersion
        = current ? std::optional<qint64>(current->section.metadata.version) : std::nullopt;
    const qint64 expected = request.entityVersion.value_or(
        conflict.theirs.value(u"version"_s)
            .toInteger(
                conflict.theirs.value(u"metadata"_s).toObject().value(u"version"_s).toInteger()));
    if (currentVersion && (!keepsEntity || request.entityVersion) && *currentVersion != expected) {
        return failure(
            id, u"version_conflict"_s,
            u"The %1 changed again since (now version %2); look at it again before "
            "resolving."_s.arg(conflict.label)
                .arg(*currentVersion),
            {{u"entityVersion"_s, u"The entity is now at version %1."_s.arg(*currentVersion)}},
            now);
    }

    SyncConflict result = conflict;
    result.status = dismiss ? u"dismissed"_s : u"resolved"_s;
    result.resolution = dismiss ? QString() : request.resolution;
    result.resolvedBy = actor.userId;
    result.resolvedAt = m_clock.now();
    if (current) {
        result.result = now;
        result.resultVersion = currentVersion;
    }

    if (!keepsEntity) {
        if (!isSection) {
            return failure(id, u"unsupported_entity"_s,
                           u"Conflicts on %1 can only be closed with theirs or dismissed for "
                           "now."_s.arg(conflict.entityType));
        }
        if (!current) {
            return failure(
                id, u"entity_missing"_s,
                u"The %1 was deleted since; resolve with theirs or dismiss."_s.arg(conflict.label));
        }
        QJsonObject wanted;
        if (request.resolution == u"mine"_s) {
            const MergeResult merge = mergeConflict(conflict, now);
            wanted = mergeTakingSide(merge, FieldChoice::Side::Mine);
        } else {
            wanted = request.document.value_or(QJsonObject());
        }
        const QJsonObject whole = replacedContent(now, wanted);
        SectionChange change;
        change.id = conflict.entityId;
        change.ifMatch.versions = {current->section.metadata.version};
        change.fieldPrefix = request.resolution == u"merged"_s ? u"document"_s : QString();
        change.edit = [whole](const SectionConfig &before) -> Result<SectionConfig> {
            auto decoded = sectionFromJson(whole);
            if (!decoded)
                return decoded.error();
            SectionConfig section = std::move(decoded).value();
            section.id = before.id;
            section.organizationId = before.organizationId;
            section.sectionType = before.sectionType;
            section.weddingId = before.weddingId;
            section.metadata = before.metadata;
            return section;
        };
        change.authorize = [&caller](const SectionConfig &before, const SectionConfig &after) {
            return conflictResolutionRefusal(caller, before, after);
        };
        QList<SectionRecord> stale;
        auto written = m_sections.updateIn(tx, actor, conflict.organizationId, {change},
                                           u"conflict_resolve"_s, &stale);
        if (!written) {
            Error error = written.error();
            if (error.code == u"invalid_section"_s)
                error.code = u"validation_failed"_s;
            if (change.fieldPrefix.isEmpty() && error.code == u"validation_failed"_s)
                error.fields = prefixedFields(error.fields, u"mine"_s);
            return ConflictResolutionFailure {
                id, error,
                stale.isEmpty() ? QJsonValue() : QJsonValue(json::section(stale.first()))};
        }
        result.result = json::section(written->first());
        result.resultVersion = written->first().section.metadata.version;
    }

    return closeConflict(tx, conflict, result, closed);
}

std::optional<ConflictResolutionFailure>
ConflictResolver::closeConflict(AuditedTransaction &tx, const SyncConflict &conflict,
                                const SyncConflict &result, SyncConflict *closed)
{
    const QString &id = conflict.id;
    const bool dismiss = result.status == u"dismissed"_s;
    SyncConflictRepository repository(m_db, m_clock);
    auto changed = repository.close(result);
    if (!changed)
        return ConflictResolutionFailure {id, changed.error(), {}};
    if (!changed.value())
        return failure(id, u"conflict_closed"_s,
                       u"Someone else closed this conflict meanwhile; refresh the list."_s);
    if (auto audited = tx.audit(conflict.organizationId, u"sync_conflict"_s, id,
                                dismiss ? u"conflict_dismiss"_s : u"conflict_resolve"_s,
                                auditSnapshot(conflict), auditSnapshot(result));
        !audited)
        return ConflictResolutionFailure {id, audited.error(), {}};
    tx.announce({u"sync_conflicts"_s, u"UPDATE"_s, conflict.organizationId, syncConflictRow(result),
                 syncConflictRow(conflict), true});
    *closed = result;
    return std::nullopt;
}

} // namespace wedsync::server
