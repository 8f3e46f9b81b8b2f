#include "api/ConfigWire.h"

#include "ConfigSettingSchemas.h"
#include "common/Ids.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject configScopeToJson(const ConfigScope &scope)
{
    QJsonObject out {{u"layer"_s, configLayerName(scope.layer)}};
    if (!scope.organizationId.isEmpty())
        out.insert(u"organizationId"_s, scope.organizationId);
    if (!scope.userId.isEmpty())
        out.insert(u"userId"_s, scope.userId);
    return out;
}

QJsonObject configViewToJson(const StoredConfig &own, const ResolvedConfig &resolved)
{
    QJsonObject out = resolvedConfigToJson(resolved, own.type);
    out.insert(u"scope"_s, configScopeToJson(own.scope));
    out.insert(u"version"_s, own.version);
    out.insert(u"document"_s, redactConfigSecrets(configSchema(own.type), own.document));
    out.insert(u"updatedBy"_s, textOrNull(own.updatedBy));
    out.insert(u"summary"_s, textOrNull(own.summary));
    out.insert(u"updatedAt"_s, own.version > 0 ? timeOrNull(own.updatedAt) : QJsonValue());
    if (!own.unreadableSecrets.isEmpty())
        out.insert(u"unreadableSecrets"_s, QJsonArray::fromStringList(own.unreadableSecrets));
    return out;
}

QJsonObject configHistoryEntryToJson(const ConfigHistoryEntry &entry)
{
    const auto type = configSettingTypeFromName(entry.settingType);
    return QJsonObject {
        {u"id"_s, entry.id},
        {u"version"_s, entry.version},
        {u"summary"_s, entry.summary},
        {u"changedBy"_s, textOrNull(entry.changedBy)},
        {u"occurredAt"_s, timeOrNull(entry.occurredAt)},
        {u"snapshot"_s,
         type ? redactConfigSecrets(configSchema(*type), entry.snapshot) : QJsonObject()},
    };
}

QJsonObject configChangeRequestToJson(const ConfigChangeRequest &r)
{
    return QJsonObject {
        {u"id"_s, r.id},
        {u"scope"_s, configScopeToJson(r.scope)},
        {u"settingType"_s, configSettingTypeName(r.type)},
        {u"status"_s, r.status},
        {u"authorId"_s, textOrNull(r.authorId)},
        {u"approverId"_s, textOrNull(r.approverId)},
        {u"document"_s, redactConfigSecrets(configSchema(r.type), r.payload)},
        {u"baseVersion"_s, r.baseVersion},
        {u"summary"_s, r.summary},
        {u"appliedVersion"_s, r.appliedVersion > 0 ? QJsonValue(r.appliedVersion) : QJsonValue()},
        {u"version"_s, r.version},
        {u"createdAt"_s, timeOrNull(r.createdAt)},
        {u"decidedAt"_s, timeOrNull(r.decidedAt)},
    };
}

QList<ConfigChange> redactedConfigDiff(ConfigSettingType type, const QJsonObject &before,
                                       const QJsonObject &after)
{
    const auto &schema = configSchema(type);
    return diffConfig(redactConfigSecrets(schema, before), redactConfigSecrets(schema, after));
}

QJsonObject configDeltaMessage(const ConfigScope &scope, ConfigSettingType type, qint64 version,
                               const QList<ConfigChange> &changes)
{
    return QJsonObject {{u"settingType"_s, configSettingTypeName(type)},
                        {u"scope"_s, configScopeToJson(scope)},
                        {u"version"_s, version},
                        {u"changes"_s, configDeltaToJson(changes)}};
}

QString configEntityType()
{
    return u"config_setting"_s;
}

QString configEntityId(const ConfigScope &scope, ConfigSettingType type)
{
    return ids::named(u"config:"_s + scope.key() + u':' + configSettingTypeName(type));
}

} // namespace wedsync::server
