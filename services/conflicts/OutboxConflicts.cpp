#include "conflicts/OutboxConflicts.h"

#include "SectionJson.h"

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QJsonObject mineOf(const ConflictRecord &record)
{
    const QJsonObject &start = record.base.isEmpty() ? record.theirs : record.base;
    if (record.entityType == u"section_configuration"_s) {
        if (auto base = sectionFromJson(start)) {
            if (auto patched = applySectionPatch(base.value(), record.mine)) {
                QJsonObject whole = start;
                const QJsonObject wire = sectionToJson(patched.value());
                for (auto it = wire.constBegin(); it != wire.constEnd(); ++it)
                    whole.insert(it.key(), it.value());
                return whole;
            }
        }
    }
    QJsonObject whole = start;
    for (auto it = record.mine.constBegin(); it != record.mine.constEnd(); ++it)
        whole.insert(it.key(), it.value());
    return whole;
}

} // namespace

ConflictItem conflictItemOf(const ConflictRecord &record)
{
    ConflictItem item;
    item.id = u"local:"_s + QString::number(record.id);
    item.localId = record.id;
    item.fromThisConsole = true;
    item.organizationId = record.organizationId;
    item.source = u"outbox"_s;
    item.entityType = record.entityType;
    item.entityId = record.entityId;
    item.label = record.label;
    item.status = record.status;
    item.mineBy = record.mineBy;
    item.mineAt = record.mineAt;
    item.theirsBy = record.theirsBy;
    item.theirsAt = record.theirsAt;
    item.createdAt = record.mineAt;
    if (!record.base.isEmpty())
        item.base = record.base;
    item.mine = mineOf(record);
    item.theirs = record.theirs;
    const MergeResult merge = mergeOf(item);
    item.conflictFields = merge.conflictPaths();
    for (const MergeField &field : merge.fields)
        item.oneSidedChanges
            += field.kind == MergeFieldKind::Mine || field.kind == MergeFieldKind::Theirs ? 1 : 0;
    return item;
}

bool isServerTwin(const ConflictItem &server, const ConflictRecord &local)
{
    return !server.isLocal() && server.source == u"offline_edit"_s
        && server.entityType == local.entityType
        && server.entityId.compare(local.entityId, Qt::CaseInsensitive) == 0
        && (local.mineBy.isEmpty() || server.mineBy == local.mineBy);
}

QList<ConflictItem> withOutboxConflicts(QList<ConflictItem> server,
                                        const QList<ConflictRecord> &local)
{
    QList<ConflictItem> alone;
    for (const ConflictRecord &record : local) {
        bool twinned = false;
        for (ConflictItem &item : server) {
            if (isServerTwin(item, record)) {
                item.fromThisConsole = true;
                twinned = true;
            }
        }
        if (!twinned)
            alone.append(conflictItemOf(record));
    }
    server.append(alone);
    return server;
}

} // namespace wedsync
