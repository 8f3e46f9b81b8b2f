#include "sync/SyncRows.h"

#include "JsonValues.h"
#include "sync/ConflictDocuments.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonValue numberOrNull(const std::optional<qint64> &number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

QJsonValue at(const QDateTime &time)
{
    return timeOrNull(time.isValid() ? std::optional<QDateTime>(time) : std::nullopt);
}

} // namespace

QJsonObject syncConflictJson(const SyncConflict &c, const QDateTime &now, bool withFields)
{
    const MergeResult merge = mergeConflict(c);
    QJsonObject counts {{u"mine"_s, 0}, {u"theirs"_s, 0}, {u"both"_s, 0}, {u"conflict"_s, 0}};
    for (const MergeField &field : merge.fields) {
        if (field.kind == MergeFieldKind::Unchanged)
            continue;
        const QString kind = mergeFieldKindName(field.kind);
        counts.insert(kind, counts.value(kind).toInt() + 1);
    }
    QJsonObject out {
        {u"id"_s, c.id},
        {u"organizationId"_s, c.organizationId},
        {u"source"_s, c.source},
        {u"entity"_s,
         QJsonObject {{u"type"_s, c.entityType}, {u"id"_s, c.entityId}, {u"label"_s, c.label}}},
        {u"entityType"_s, c.entityType},
        {u"entityId"_s, c.entityId},
        {u"label"_s, c.label},
        {u"baseVersion"_s, numberOrNull(c.baseVersion)},
        {u"baseKnown"_s, c.base.has_value()},
        {u"base"_s, objectOrNull(c.base)},
        {u"mine"_s, c.mine},
        {u"mineBy"_s, textOrNull(c.mineBy)},
        {u"mineAt"_s, at(c.mineAt)},
        {u"theirs"_s, c.theirs},
        {u"theirsBy"_s, textOrNull(c.theirsBy)},
        {u"theirsAt"_s, at(c.theirsAt)},
        {u"createdBy"_s, textOrNull(c.createdBy)},
        {u"createdAt"_s, at(c.createdAt)},
        {u"ageSeconds"_s, c.createdAt.isValid() ? qMax<qint64>(0, c.createdAt.secsTo(now)) : 0},
        {u"status"_s, c.status},
        {u"resolution"_s, textOrNull(c.resolution)},
        {u"resolvedAt"_s, timeOrNull(c.resolvedAt)},
        {u"resolvedBy"_s, textOrNull(c.resolvedBy)},
        {u"result"_s, objectOrNull(c.result)},
        {u"resultVersion"_s, numberOrNull(c.resultVersion)},
        {u"conflictFields"_s, QJsonArray::fromStringList(merge.conflictPaths())},
        {u"changedFields"_s, counts},
    };
    if (withFields)
        out.insert(u"fields"_s, mergeFieldsJson(merge.fields));
    return out;
}

QJsonObject syncConflictRow(const SyncConflict &c)
{
    return {{u"id"_s, c.id},
            {u"organization_id"_s, c.organizationId},
            {u"source"_s, c.source},
            {u"entity_type"_s, c.entityType},
            {u"entity_id"_s, c.entityId},
            {u"label"_s, c.label},
            {u"base_version"_s, numberOrNull(c.baseVersion)},
            {u"base_json"_s, objectOrNull(c.base)},
            {u"mine_json"_s, c.mine},
            {u"mine_by"_s, textOrNull(c.mineBy)},
            {u"mine_at"_s, at(c.mineAt)},
            {u"theirs_json"_s, c.theirs},
            {u"theirs_by"_s, textOrNull(c.theirsBy)},
            {u"theirs_at"_s, at(c.theirsAt)},
            {u"created_by"_s, textOrNull(c.createdBy)},
            {u"created_at"_s, at(c.createdAt)},
            {u"status"_s, c.status},
            {u"resolution"_s, textOrNull(c.resolution)},
            {u"resolved_at"_s, timeOrNull(c.resolvedAt)},
            {u"resolved_by"_s, textOrNull(c.resolvedBy)},
            {u"result_json"_s, objectOrNull(c.result)},
            {u"result_version"_s, numberOrNull(c.resultVersion)}};
}

} // namespace wedsync::server
