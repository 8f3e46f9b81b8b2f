// The JSON codec of sync rules (declared in ConfigSyncRule.h).
#include "ConfigSyncRule.h"

#include "JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigSyncRule", text);
}

Error invalid(QList<FieldError> fields)
{
    return Error {u"validation_failed"_s, tr("The sync rule has problems; see details.fields."),
                  std::move(fields)};
}

// Reads one rule; type errors go to `errors` with `prefix`, the rule's own checks after.
ConfigSyncRule readRule(const QJsonObject &object, const QString &prefix, QList<FieldError> *errors)
{
    JsonReader reader(object, prefix, errors);
    ConfigSyncRule rule;
    rule.id = reader.string(u"id"_s, {}, true);
    rule.name = reader.string(u"name"_s);
    const QString type = reader.string(u"settingType"_s, {}, true);
    if (const auto parsed = configSettingTypeFromName(type))
        rule.settingType = *parsed;
    else if (reader.has(u"settingType"_s) && !type.isEmpty())
        reader.addError(u"settingType"_s,
                        tr("Must be one of: rbac, modules, auth, "
                           "notifications, mfa, business_type."));
    const qsizetype before = errors->size();
    rule.triggerEvents = reader.stringList(u"triggerEvents"_s, true, MaxRuleEvents);
    const QStringList scopes = reader.stringList(u"targetScopes"_s, true, 2);
    for (qsizetype i = 0; i < scopes.size() && errors->size() == before; ++i) {
        const auto layer = configLayerFromName(scopes.at(i));
        if (layer)
            rule.targetScopes.append(*layer);
        else
            errors->append({reader.fieldPath(u"targetScopes"_s) + u'[' + QString::number(i) + u']',
                            tr("Must be tenant or user.")});
    }
    rule.direction = reader.string(u"direction"_s, u"down"_s);
    const QString strategy = reader.string(u"strategy"_s, {}, true);
    if (const auto parsed = syncStrategyFromName(strategy))
        rule.strategy = *parsed;
    else if (reader.has(u"strategy"_s) && !strategy.isEmpty())
        reader.addError(u"strategy"_s,
                        tr("Must be one of: platform_wins, tenant_wins, "
                           "user_wins, merge."));
    rule.autoApply = reader.boolean(u"autoApply"_s).value_or(true);
    return rule;
}

} // namespace

QJsonObject configSyncRuleToJson(const ConfigSyncRule &rule)
{
    QJsonArray scopes;
    for (ConfigLayer layer : rule.targetScopes)
        scopes.append(configLayerName(layer));
    return QJsonObject {
        {u"id"_s, rule.id},
        {u"name"_s, rule.name},
        {u"settingType"_s, configSettingTypeName(rule.settingType)},
        {u"triggerEvents"_s, QJsonArray::fromStringList(rule.triggerEvents)},
        {u"targetScopes"_s, scopes},
        {u"direction"_s, rule.direction},
        {u"strategy"_s, syncStrategyName(rule.strategy)},
        {u"autoApply"_s, rule.autoApply},
    };
}

Result<ConfigSyncRule> configSyncRuleFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    ConfigSyncRule rule = readRule(object, {}, &errors);
    if (errors.isEmpty())
        errors = validateConfigSyncRule(rule);
    if (!errors.isEmpty())
        return invalid(errors);
    return rule;
}

QJsonArray configSyncRulesToJson(const QList<ConfigSyncRule> &rules)
{
    QJsonArray out;
    for (const ConfigSyncRule &rule : rules)
        out.append(configSyncRuleToJson(rule));
    return out;
}

Result<QList<ConfigSyncRule>> configSyncRulesFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    QList<ConfigSyncRule> rules;
    if (array.size() > MaxConfigSyncRules)
        return invalid({{QString(), tr("At most %1 sync rules.").arg(MaxConfigSyncRules)}});
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            errors.append({prefix, tr("Each rule must be an object.")});
            continue;
        }
        rules.append(readRule(array.at(i).toObject(), prefix, &errors));
    }
    if (errors.isEmpty())
        errors = validateConfigSyncRules(rules);
    if (!errors.isEmpty())
        return invalid(errors);
    return rules;
}

} // namespace wedsync
