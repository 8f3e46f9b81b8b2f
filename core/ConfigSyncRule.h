#pragma once
// Sync rules as data (seed 002): which events trigger a rule, which scopes it reaches, the
// direction (only `down`: platform → tenant → user), who wins a disagreement and whether a
// change applies by itself. The seed's three rules are the defaults.

#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

enum class SyncStrategy : quint8 {
    PlatformWins, // the platform's value overrides every local change
    TenantWins, // the organization's value takes precedence over the platform's
    UserWins, // a user's own value is never overridden
    Merge, // field by field: local customizations stay unless the parent changed that field
};

const QList<SyncStrategy> &allSyncStrategies();
// Wire name: "platform_wins", "tenant_wins", "user_wins", "merge".
QString syncStrategyName(SyncStrategy strategy);
// Also reads the seed's spelling ("platform-wins").
std::optional<SyncStrategy> syncStrategyFromName(QStringView name);
// Translated: "Platform wins", "Organization wins", "User wins", "Merge".
QString syncStrategyDisplayName(SyncStrategy strategy);
// The layer whose value wins under a "wins" strategy (nothing for merge).
std::optional<ConfigLayer> syncStrategyWinner(SyncStrategy strategy);

struct ConfigSyncRule
{
    QString id; // identifier, e.g. "auth_sso"
    QString name; // shown to people; the defaults' names are translated when shown
    ConfigSettingType settingType = ConfigSettingType::Rbac;
    QStringList triggerEvents; // "<type>.<object>.<action>", e.g. "auth.provider.update"
    QList<ConfigLayer> targetScopes; // tenant and/or user
    QString direction = QStringLiteral("down");
    SyncStrategy strategy = SyncStrategy::Merge;
    bool autoApply = true;

    bool targets(ConfigLayer layer) const { return targetScopes.contains(layer); }
    bool triggeredBy(QStringView event) const;
    friend bool operator==(const ConfigSyncRule &, const ConfigSyncRule &) = default;
};

// The seed's three: auth_sso (platform wins, tenant + user), rbac_templates (merge, tenant),
// notifications (tenant wins, tenant + user); all apply automatically.
const QList<ConfigSyncRule> &defaultConfigSyncRules();

// The name to show: a default rule's name translated, anyone else's as written, else the id.
QString configSyncRuleDisplayName(const ConfigSyncRule &rule);

inline constexpr int MaxRuleEvents = 50;
inline constexpr int MaxConfigSyncRules = 100;
inline constexpr int MaxRuleNameLength = 100;

// Every problem of one rule, each naming its field (id, name, settingType, triggerEvents[i],
// targetScopes[i], direction, strategy).
QList<FieldError> validateConfigSyncRule(const ConfigSyncRule &rule);
// A set of rules also needs distinct ids and at most one rule per setting type and target
// scope (else two rules would decide the same value). Errors name "[i].<field>".
QList<FieldError> validateConfigSyncRules(const QList<ConfigSyncRule> &rules);

// The rule that decides `type` on its way into `layer` (nothing: plain inheritance).
std::optional<ConfigSyncRule> configSyncRuleFor(const QList<ConfigSyncRule> &rules,
                                                ConfigSettingType type, ConfigLayer layer);
// The rules an event triggers, in order.
QList<ConfigSyncRule> configSyncRulesTriggeredBy(const QList<ConfigSyncRule> &rules,
                                                 QStringView event);

// JSON: {id, name, settingType, triggerEvents, targetScopes, direction, strategy, autoApply}.
QJsonObject configSyncRuleToJson(const ConfigSyncRule &rule);
// Reads and validates; errors (code "validation_failed") name the fields as above.
Result<ConfigSyncRule> configSyncRuleFromJson(const QJsonObject &object);
QJsonArray configSyncRulesToJson(const QList<ConfigSyncRule> &rules);
Result<QList<ConfigSyncRule>> configSyncRulesFromJson(const QJsonArray &array);

} // namespace wedsync
