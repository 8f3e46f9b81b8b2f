#include "ConfigSyncRule.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigSyncRule", text);
}

// "<type>.<object>.<action>": two or more identifier segments, the first the rule's type.
bool isEventOf(const QString &event, const QString &type)
{
    if (event.size() > 100)
        return false;
    const QList<QStringView> parts = QStringView(event).split(u'.');
    if (parts.size() < 2 || parts.front() != type)
        return false;
    for (QStringView part : parts) {
        if (!isConfigIdentifier(part, 64))
            return false;
    }
    return true;
}

ConfigSyncRule rule(const char *id, const char *name, ConfigSettingType type, QStringList events,
                    QList<ConfigLayer> scopes, SyncStrategy strategy)
{
    ConfigSyncRule out;
    out.id = QString::fromLatin1(id);
    out.name = QString::fromLatin1(name);
    out.settingType = type;
    out.triggerEvents = std::move(events);
    out.targetScopes = std::move(scopes);
    out.strategy = strategy;
    return out;
}

} // namespace

const QList<SyncStrategy> &allSyncStrategies()
{
    static const QList<SyncStrategy> strategies {SyncStrategy::PlatformWins,
                                                 SyncStrategy::TenantWins, SyncStrategy::UserWins,
                                                 SyncStrategy::Merge};
    return strategies;
}

QString syncStrategyName(SyncStrategy strategy)
{
    switch (strategy) {
    case SyncStrategy::PlatformWins:
        return u"platform_wins"_s;
    case SyncStrategy::TenantWins:
        return u"tenant_wins"_s;
    case SyncStrategy::UserWins:
        return u"user_wins"_s;
    case SyncStrategy::Merge:
        return u"merge"_s;
    }
    return u"merge"_s;
}

std::optional<SyncStrategy> syncStrategyFromName(QStringView name)
{
    const QString normalized = name.toString().replace(u'-', u'_');
    for (SyncStrategy strategy : allSyncStrategies()) {
        if (normalized == syncStrategyName(strategy))
            return strategy;
    }
    return std::nullopt;
}

QString syncStrategyDisplayName(SyncStrategy strategy)
{
    switch (strategy) {
    case SyncStrategy::PlatformWins:
        return tr("Platform wins");
    case SyncStrategy::TenantWins:
        return tr("Organization wins");
    case SyncStrategy::UserWins:
        return tr("User wins");
    case SyncStrategy::Merge:
        return tr("Merge");
    }
    return {};
}

std::optional<ConfigLayer> syncStrategyWinner(SyncStrategy strategy)
{
    switch (strategy) {
    case SyncStrategy::PlatformWins:
        return ConfigLayer::Platform;
    case SyncStrategy::TenantWins:
        return ConfigLayer::Tenant;
    case SyncStrategy::UserWins:
        return ConfigLayer::User;
    case SyncStrategy::Merge:
        return std::nullopt;
    }
    return std::nullopt;
}

bool ConfigSyncRule::triggeredBy(QStringView event) const
{
    return triggerEvents.contains(event);
}

const QList<ConfigSyncRule> &defaultConfigSyncRules()
{
    static const QList<ConfigSyncRule> rules {
        rule("auth_sso", QT_TRANSLATE_NOOP("wedsync::ConfigSyncRule", "Sign-in and SSO"),
             ConfigSettingType::Auth,
             {u"auth.provider.create"_s, u"auth.provider.update"_s, u"auth.provider.enable"_s},
             {ConfigLayer::Tenant, ConfigLayer::User}, SyncStrategy::PlatformWins),
        rule("rbac_templates", QT_TRANSLATE_NOOP("wedsync::ConfigSyncRule", "Permission templates"),
             ConfigSettingType::Rbac, {u"rbac.template.create"_s, u"rbac.template.update"_s},
             {ConfigLayer::Tenant}, SyncStrategy::Merge),
        rule("notifications", QT_TRANSLATE_NOOP("wedsync::ConfigSyncRule", "Notifications"),
             ConfigSettingType::Notifications,
             {u"notifications.config.update"_s, u"notifications.provider.add"_s},
             {ConfigLayer::Tenant, ConfigLayer::User}, SyncStrategy::TenantWins),
    };
    return rules;
}

QString configSyncRuleDisplayName(const ConfigSyncRule &rule)
{
    if (rule.name.isEmpty())
        return rule.id;
    const QByteArray source = rule.name.toUtf8();
    return QCoreApplication::translate("wedsync::ConfigSyncRule", source.constData());
}

QList<FieldError> validateConfigSyncRule(const ConfigSyncRule &rule)
{
    QList<FieldError> errors;
    if (!isConfigIdentifier(rule.id, 64))
        errors.append({u"id"_s,
                       tr("Must start with a-z and use only a-z, 0-9 and _ (at most "
                          "64).")});
    if (rule.name.size() > MaxRuleNameLength)
        errors.append(
            {u"name"_s, tr("Must be at most %1 characters long.").arg(MaxRuleNameLength)});
    else if (std::any_of(rule.name.cbegin(), rule.name.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        errors.append({u"name"_s, tr("Must not contain control characters or line breaks.")});
    if (rule.triggerEvents.isEmpty())
        errors.append({u"triggerEvents"_s, tr("Name at least one event that triggers the rule.")});
    if (rule.triggerEvents.size() > MaxRuleEvents)
        errors.append({u"triggerEvents"_s, tr("At most %1 events.").arg(MaxRuleEvents)});
    const QString type = configSettingTypeName(rule.settingType);
    for (qsizetype i = 0; i < rule.triggerEvents.size() && i < MaxRuleEvents; ++i) {
        if (!isEventOf(rule.triggerEvents.at(i), type))
            errors.append({u"triggerEvents["_s + QString::number(i) + u']',
                           tr("Must read %1.<object>.<action> in a-z, 0-9 and _, such as "
                              "%1.config.update.")
                               .arg(type)});
    }
    if (rule.targetScopes.isEmpty())
        errors.append({u"targetScopes"_s, tr("Choose the organization, its users or both.")});
    for (qsizetype i = 0; i < rule.targetScopes.size(); ++i) {
        const QString path = u"targetScopes["_s + QString::number(i) + u']';
        if (rule.targetScopes.at(i) == ConfigLayer::Platform)
            errors.append({path, tr("A rule flows down from the platform; it cannot target it.")});
        else if (rule.targetScopes.indexOf(rule.targetScopes.at(i)) != i)
            errors.append({path, tr("Listed twice.")});
    }
    if (rule.direction != u"down")
        errors.append({u"direction"_s,
                       tr("Only down is supported: configuration flows from the "
                          "platform to organizations and their users.")});
    return errors;
}

QList<FieldError> validateConfigSyncRules(const QList<ConfigSyncRule> &rules)
{
    QList<FieldError> errors;
    QSet<QString> ids;
    QSet<QString> decided; // "<type>/<layer>"
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString prefix = u'[' + QString::number(i) + u"]."_s;
        const ConfigSyncRule &rule = rules.at(i);
        for (const FieldError &error : validateConfigSyncRule(rule))
            errors.append({prefix + error.field, error.message});
        if (ids.contains(rule.id))
            errors.append({prefix + u"id"_s, tr("Another rule has this id.")});
        ids.insert(rule.id);
        for (ConfigLayer layer : rule.targetScopes) {
            const QString key
                = configSettingTypeName(rule.settingType) + u'/' + configLayerName(layer);
            if (decided.contains(key))
                errors.append({prefix + u"targetScopes"_s,
                               tr("Another rule already decides %1 for %2.")
                                   .arg(configSettingTypeDisplayName(rule.settingType),
                                        configLayerPhrase(layer))});
            decided.insert(key);
        }
    }
    return errors;
}

std::optional<ConfigSyncRule> configSyncRuleFor(const QList<ConfigSyncRule> &rules,
                                                ConfigSettingType type, ConfigLayer layer)
{
    for (const ConfigSyncRule &rule : rules) {
        if (rule.settingType == type && rule.targets(layer))
            return rule;
    }
    return std::nullopt;
}

QList<ConfigSyncRule> configSyncRulesTriggeredBy(const QList<ConfigSyncRule> &rules,
                                                 QStringView event)
{
    QList<ConfigSyncRule> out;
    for (const ConfigSyncRule &rule : rules) {
        if (rule.triggeredBy(event))
            out.append(rule);
    }
    return out;
}

} // namespace wedsync
