#include "config/ConfigRecords.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

Error notOne(const QString &what)
{
    return Error {u"invalid_response"_s, u"The server's answer is not %1."_s.arg(what), {}};
}

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

Result<ConfigView> configViewFromJson(const QJsonObject &object)
{
    const auto type = configSettingTypeFromName(object.value(u"settingType"_s).toString());
    const QJsonObject scope = object.value(u"scope"_s).toObject();
    const auto layer = configLayerFromName(scope.value(u"layer"_s).toString());
    if (!type || !layer || !object.value(u"version"_s).isDouble())
        return notOne(u"a configuration"_s);
    auto resolved = resolvedConfigFromJson(object);
    if (!resolved)
        return resolved.error();
    ConfigView view;
    view.scope = ConfigScope {*layer, scope.value(u"organizationId"_s).toString(),
                              scope.value(u"userId"_s).toString()};
    view.settingType = *type;
    view.version = qint64(object.value(u"version"_s).toDouble());
    view.document = object.value(u"document"_s).toObject();
    view.resolved = std::move(resolved).value();
    view.updatedBy = object.value(u"updatedBy"_s).toString();
    view.summary = object.value(u"summary"_s).toString();
    view.updatedAt = timeOf(object, u"updatedAt"_s);
    return view;
}

Result<ConfigHistoryEntry> configHistoryEntryFromJson(const QJsonObject &object)
{
    if (!object.value(u"version"_s).isDouble())
        return notOne(u"a history entry"_s);
    ConfigHistoryEntry entry;
    entry.id = object.value(u"id"_s).toString();
    entry.version = qint64(object.value(u"version"_s).toDouble());
    entry.summary = object.value(u"summary"_s).toString();
    entry.changedBy = object.value(u"changedBy"_s).toString();
    entry.changedByName = object.value(u"changedByName"_s).toString();
    entry.occurredAt = timeOf(object, u"occurredAt"_s);
    entry.snapshot = object.value(u"snapshot"_s).toObject();
    return entry;
}

Result<ConfigChangeRequest> configChangeRequestFromJson(const QJsonObject &object)
{
    const auto type = configSettingTypeFromName(object.value(u"settingType"_s).toString());
    if (!type || object.value(u"id"_s).toString().isEmpty())
        return notOne(u"a change request"_s);
    ConfigChangeRequest out;
    out.id = object.value(u"id"_s).toString();
    out.settingType = *type;
    out.status = object.value(u"status"_s).toString();
    out.authorId = object.value(u"authorId"_s).toString();
    out.approverId = object.value(u"approverId"_s).toString();
    out.authorName = object.value(u"authorName"_s).toString();
    out.approverName = object.value(u"approverName"_s).toString();
    out.summary = object.value(u"summary"_s).toString();
    out.baseVersion = qint64(object.value(u"baseVersion"_s).toDouble());
    out.appliedVersion = qint64(object.value(u"appliedVersion"_s).toDouble());
    out.document = object.value(u"document"_s).toObject();
    out.createdAt = timeOf(object, u"createdAt"_s);
    out.decidedAt = timeOf(object, u"decidedAt"_s);
    return out;
}

} // namespace wedsync
