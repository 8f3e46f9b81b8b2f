#include "ConflictItem.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConflictItem", text);
}

QDateTime timeOf(JsonReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        reader.addError(key, tr("Must be an ISO-8601 time such as 2026-06-01T12:00:00Z."));
    return at.toUTC();
}

} // namespace

std::optional<qint64> ConflictItem::entityVersion() const
{
    const QJsonValue version = current.value_or(theirs).value(u"version"_s);
    if (!version.isDouble())
        return std::nullopt;
    return qint64(version.toDouble());
}

QJsonObject ConflictItem::otherSide() const
{
    if (source == u"crm_sync"_s || source == u"calendar_sync"_s)
        return theirs;
    return current.value_or(theirs);
}

Result<ConflictItem> conflictItemFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    ConflictItem item;
    item.id = reader.string(u"id"_s, {}, true);
    item.organizationId = reader.string(u"organizationId"_s);
    item.source = reader.string(u"source"_s);
    item.entityType = reader.string(u"entityType"_s, {}, true);
    item.entityId = reader.string(u"entityId"_s);
    item.label = reader.string(u"label"_s);
    item.status = reader.string(u"status"_s, u"open"_s);
    item.resolution = reader.string(u"resolution"_s);
    item.resolvedBy = reader.string(u"resolvedBy"_s);
    item.resolvedAt = timeOf(reader, u"resolvedAt"_s);
    item.conflictFields = reader.stringList(u"conflictFields"_s);
    const QJsonObject counts = reader.object(u"changedFields"_s);
    item.oneSidedChanges = counts.value(u"mine"_s).toInt() + counts.value(u"theirs"_s).toInt();
    item.mineBy = reader.string(u"mineBy"_s);
    item.mineAt = timeOf(reader, u"mineAt"_s);
    item.theirsBy = reader.string(u"theirsBy"_s);
    item.theirsAt = timeOf(reader, u"theirsAt"_s);
    item.createdAt = timeOf(reader, u"createdAt"_s);
    item.base = reader.objectOrNull(u"base"_s);
    item.mine = reader.object(u"mine"_s);
    item.theirs = reader.object(u"theirs"_s);
    item.current = reader.objectOrNull(u"current"_s);
    if (!errors.isEmpty())
        return Error {u"invalid_conflict"_s, tr("The conflict could not be read."),
                      std::move(errors)};
    return item;
}

QJsonObject conflictContent(const QString &entityType, const QJsonObject &document)
{
    QJsonObject out;
    if (entityType == u"section_configuration"_s) {
        for (const QString &group :
             {u"visibility"_s, u"layout"_s, u"customization"_s, u"permissions"_s}) {
            if (document.contains(group))
                out.insert(group, document.value(group));
        }
        return out;
    }
    out = document;
    for (const QString &key : {u"id"_s, u"version"_s, u"metadata"_s, u"createdAt"_s, u"updatedAt"_s,
                               u"organizationId"_s})
        out.remove(key);
    return out;
}

MergeResult mergeOf(const ConflictItem &item)
{
    std::optional<QJsonObject> base;
    if (item.base)
        base = conflictContent(item.entityType, *item.base);
    return threeWayMerge(base, conflictContent(item.entityType, item.mine),
                         conflictContent(item.entityType, item.otherSide()));
}

} // namespace wedsync
