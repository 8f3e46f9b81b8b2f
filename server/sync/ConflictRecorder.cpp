#include "sync/ConflictRecorder.h"

#include "SyncJson.h"
#include "api/Preconditions.h"
#include "storage/AuditRepository.h"
#include "storage/ConfigVersionRepository.h"
#include "storage/SyncConflictRepository.h"
#include "storage/SyncEventRepository.h"
#include "sync/ConflictDocuments.h"
#include "sync/SyncRows.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonObject bodyObject(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return QJsonObject {{u"items"_s, document.array()}};
    return {};
}

// The version a batch entry (reorder item or matrix row) says it edited.
std::optional<qint64> batchVersion(const QJsonObject &mine, const QString &id)
{
    for (const QString &list : {u"items"_s, u"rows"_s}) {
        const QJsonArray entries = mine.value(list).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject item = entry.toObject();
            const QString itemId
                = item.value(u"id"_s).toString(item.value(u"sectionId"_s).toString());
            if (itemId.compare(id, Qt::CaseInsensitive) == 0 && item.value(u"version"_s).isDouble())
                return item.value(u"version"_s).toInteger();
        }
    }
    return std::nullopt;
}

QString labelOf(const QJsonObject &theirs)
{
    const QString title = theirs.value(u"customization"_s).toObject().value(u"title"_s).toString();
    if (!title.isEmpty())
        return title;
    return theirs.value(u"sectionType"_s).toString(theirs.value(u"id"_s).toString());
}

} // namespace

ConflictRecorder::ConflictRecorder(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status ConflictRecorder::record(const ApiRequest &request, const ApiResponse &refusal,
                                const QString &userId, QList<RowChangeNote> *announce,
                                QStringList *organizations)
{
    const QJsonObject error
        = QJsonDocument::fromJson(refusal.body).object().value(u"error"_s).toObject();
    if (error.value(u"code"_s).toString() != u"version_conflict"_s)
        return ok();
    const QJsonValue current = error.value(u"details"_s).toObject().value(u"current"_s);
    QJsonArray stale;
    if (current.isObject())
        stale.append(current);
    else if (current.isArray())
        stale = current.toArray();

    const QJsonObject mine = bodyObject(request.body);
    std::optional<qint64> headerVersion;
    IfMatch ifMatch;
    if (!readIfMatch(request, &ifMatch) && ifMatch.versions.size() == 1)
        headerVersion = ifMatch.versions.first();

    SyncConflictRepository conflicts(m_db, m_clock);
    QHash<QString, QJsonArray> idsByOrganization;
    QHash<QString, QJsonArray> entitiesByOrganization;
    for (const QJsonValue &value : std::as_const(stale)) {
        const QJsonObject theirs = value.toObject();
        const QString organizationId = theirs.value(u"organizationId"_s).toString();
        if (organizationId.isEmpty())
            continue;
        SyncConflict conflict;
        conflict.organizationId = organizationId;
        conflict.source = ConflictSource::OfflineEdit;
        const bool section = theirs.contains(u"sectionType"_s);
        conflict.entityType = section ? u"section_configuration"_s : u"resource"_s;
        conflict.entityId = theirs.value(u"id"_s).toString();
        conflict.label = labelOf(theirs);
        conflict.baseVersion = stale.size() == 1 && headerVersion
            ? headerVersion
            : batchVersion(mine, conflict.entityId);
        if (conflict.baseVersion) {
            auto base
                = AuditRepository(m_db, m_clock)
                      .snapshotAt(conflict.entityType, conflict.entityId, *conflict.baseVersion);
            if (!base)
                return base.error();
            conflict.base = base.value();
        }
        // Mine as a whole entity: the refused edit applied to what it was made on (the base;
        // without it, the entity as it is now, so that only the fields it sent differ).
        conflict.mine = section ? sectionAsWritten(conflict.base.value_or(theirs), request.method,
                                                   mine, conflict.entityId)
                                : mine;
        conflict.mineBy = userId;
        conflict.theirs = theirs;
        conflict.theirsBy = theirs.value(u"metadata"_s).toObject().value(u"updatedBy"_s).toString();
        conflict.theirsAt
            = QDateTime::fromString(theirs.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
        conflict.createdBy = userId;
        auto stored = conflicts.insert(conflict);
        if (!stored)
            return stored.error();
        announce->append({u"sync_conflicts"_s,
                          u"INSERT"_s,
                          organizationId,
                          syncConflictRow(stored.value()),
                          {},
                          true});
        idsByOrganization[organizationId].append(stored->id);
        entitiesByOrganization[organizationId].append(conflict.entityId);
    }

    SyncEventRepository events(m_db, m_clock);
    for (auto it = idsByOrganization.cbegin(); it != idsByOrganization.cend(); ++it) {
        auto version = ConfigVersionRepository(m_db, m_clock).current(it.key());
        if (!version)
            return version.error();
        SyncEvent event;
        event.organizationId = it.key();
        event.configVersion = version.value();
        event.kind = SyncEventKind::Conflict.toString();
        event.status = SyncStatus::Partial;
        event.source = u"outbox"_s;
        event.actorId = userId;
        event.message = u"An offline change to %n item(s) was refused because someone else "
                        "changed them first; support can compare both sides."_s.replace(
                            u"%n"_s, QString::number(it.value().size()));
        event.details = QJsonObject {{u"conflictIds"_s, it.value()},
                                     {u"entityIds"_s, entitiesByOrganization.value(it.key())},
                                     {u"method"_s, request.method},
                                     {u"path"_s, request.path},
                                     {u"requestId"_s, request.requestId}};
        auto stored = events.insert(event);
        if (!stored)
            return stored.error();
        announce->append(
            {u"sync_events"_s, u"INSERT"_s, it.key(), syncEventToRow(stored.value()), {}, true});
        organizations->append(it.key());
    }
    return ok();
}

void ConflictRecorder::committed(const QStringList &organizations) const
{
    if (m_onCommitted)
        m_onCommitted(organizations);
}

} // namespace wedsync::server
