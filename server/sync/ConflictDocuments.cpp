#include "sync/ConflictDocuments.h"

#include "ConflictItem.h"
#include "SectionJson.h"
#include "api/PermissionMatrix.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QStringList &sectionGroups()
{
    static const QStringList groups {u"visibility"_s, u"layout"_s, u"customization"_s,
                                     u"permissions"_s};
    return groups;
}

// The batch entry (reorder item or matrix row) of `sectionId` in a batch body, if any.
std::optional<QJsonObject> batchEntry(const QJsonObject &body, const QString &sectionId)
{
    for (const QString &list : {u"items"_s, u"rows"_s}) {
        for (const QJsonValue &entry : body.value(list).toArray()) {
            const QJsonObject item = entry.toObject();
            const QString id = item.value(u"id"_s).toString(item.value(u"sectionId"_s).toString());
            if (id.compare(sectionId, Qt::CaseInsensitive) == 0)
                return item;
        }
    }
    return std::nullopt;
}

QJsonObject withSection(QJsonObject start, const SectionConfig &section)
{
    const QJsonObject wire = sectionToJson(section);
    for (const QString &group : sectionGroups())
        start.insert(group, wire.value(group));
    return start;
}

} // namespace

QJsonObject sectionAsWritten(const QJsonObject &start, const QString &method,
                             const QJsonObject &body, const QString &sectionId)
{
    auto current = sectionFromJson(start);
    if (!current)
        return body;
    if (const auto entry = batchEntry(body, sectionId)) {
        if (entry->contains(u"cells"_s)) {
            auto rows = matrix::decodeUpdate(QJsonObject {{u"rows"_s, QJsonArray {*entry}}});
            if (rows && !rows->isEmpty())
                return withSection(start, matrix::applyRow(current.value(), rows->first()));
            return start;
        }
        SectionConfig moved = current.value();
        if (entry->value(u"position"_s).isDouble())
            moved.layout.position = entry->value(u"position"_s).toInt();
        if (entry->value(u"columns"_s).isDouble())
            moved.layout.columns = entry->value(u"columns"_s).toInt();
        return withSection(start, moved);
    }
    QJsonObject input = body;
    for (const QString &key : {u"version"_s, u"createdAt"_s, u"updatedAt"_s, u"metadata"_s})
        input.remove(key);
    if (method == u"PUT"_s) {
        QJsonObject whole = start;
        for (const QString &group : sectionGroups())
            whole.insert(group, input.value(group));
        auto decoded = sectionFromJson(whole);
        return decoded ? withSection(start, decoded.value()) : body;
    }
    auto patched = applySectionPatch(current.value(), input);
    return patched ? withSection(start, patched.value()) : body;
}

MergeResult mergeConflict(const SyncConflict &conflict, const std::optional<QJsonObject> &theirsNow)
{
    const QString &type = conflict.entityType;
    std::optional<QJsonObject> base;
    if (conflict.base)
        base = conflictContent(type, *conflict.base);
    return threeWayMerge(base, conflictContent(type, conflict.mine),
                         conflictContent(type, theirsNow.value_or(conflict.theirs)));
}

QJsonArray mergeFieldsJson(const QList<MergeField> &fields)
{
    QJsonArray out;
    for (const MergeField &field : fields) {
        QJsonObject item {{u"path"_s, field.path}, {u"kind"_s, mergeFieldKindName(field.kind)}};
        if (!field.base.isUndefined())
            item.insert(u"base"_s, field.base);
        if (!field.mine.isUndefined())
            item.insert(u"mine"_s, field.mine);
        if (!field.theirs.isUndefined())
            item.insert(u"theirs"_s, field.theirs);
        out.append(item);
    }
    return out;
}

} // namespace wedsync::server
