#pragma once
// An organization's opt-outs (seed 002's "selective sync"): it may decline a platform sync rule
// or a whole setting type. Declined changes do not reach it; it keeps the platform's value from
// its last sync and the resolver reports each field where it now differs from the platform.

#include "ConfigSettingType.h"
#include "ConfigSyncRule.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace wedsync {

struct ConfigOptOuts
{
    QStringList ruleIds;
    QList<ConfigSettingType> settingTypes;

    bool declines(ConfigSettingType type, const std::optional<ConfigSyncRule> &rule) const
    {
        return settingTypes.contains(type) || (rule && ruleIds.contains(rule->id));
    }
    bool isEmpty() const { return ruleIds.isEmpty() && settingTypes.isEmpty(); }
    friend bool operator==(const ConfigOptOuts &, const ConfigOptOuts &) = default;
};

// JSON: {"ruleIds": ["auth_sso"], "settingTypes": ["notifications"]}.
QJsonObject configOptOutsToJson(const ConfigOptOuts &optOuts);
// Errors (code "validation_failed") name "ruleIds[i]" (not an identifier, or repeated) and
// "settingTypes[i]" (unknown type, or repeated).
Result<ConfigOptOuts> configOptOutsFromJson(const QJsonObject &object);

} // namespace wedsync
