#pragma once
// The effective configuration at a scope (platform → tenant → user) under the sync rules, with
// the provenance of every field.
//
// Each step down weighs the layer above's effective document against the scope's own sparse
// document under the rule that targets that scope for the type:
//   - a "wins" rule: the winning layer's value, where it sets one; else the closest layer's
//     (platform wins at a user: platform > user > organization; organization wins: organization
//     > user > platform; user wins: user > organization > platform);
//   - merge: a three-way merge (core's ThreeWayMerge) of the layer above as the scope last
//     synced it (the baseline), the scope's view (baseline + own values) and the layer above
//     now: a customization stays unless the layer above changed the same field, which then
//     wins;
//   - no rule: the closest layer's value.
// An organization's opt-out (of the rule or the type) and a rule that does not apply by itself
// hold the step at its baseline: newer values from above are listed as declined and reported
// per field. Without a baseline the hold starts from the layer above as it is now.

#include "ConfigDiff.h"
#include "ConfigOptOut.h"
#include "ConfigProvenance.h"
#include "ConfigSettingType.h"
#include "ConfigSyncRule.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace wedsync {

struct ConfigLayerInput
{
    QJsonObject document; // what this scope sets itself (sparse)
    // The layer above's effective document when this scope last accepted it; nothing: unknown.
    std::optional<QJsonObject> parentBaseline;
};

struct ConfigResolveRequest
{
    ConfigSettingType type = ConfigSettingType::Rbac;
    ConfigLayer at = ConfigLayer::Platform;
    QJsonObject platform;
    ConfigLayerInput tenant; // used at the tenant and user scopes
    ConfigLayerInput user; // used at the user scope
    ConfigOptOuts optOuts; // the organization's
    QList<ConfigSyncRule> rules = defaultConfigSyncRules();
};

struct ResolvedConfig
{
    QJsonObject effective;
    QList<FieldProvenance> fields; // one per leaf of `effective`, in document order
    QList<ConfigChange> declined; // changes from above that a hold kept out

    const FieldProvenance *field(const QString &path) const;
};

ResolvedConfig resolveConfig(const ConfigResolveRequest &request);
// One step from an already resolved layer down to `request.at` (tenant or user; the platform
// gives `above` back), with that layer's input from the request: an organization resolved once
// serves each of its users. resolveConfigBelow(resolveConfig(r at tenant), r at user) ==
// resolveConfig(r at user).
ResolvedConfig resolveConfigBelow(const ResolvedConfig &above, const ConfigResolveRequest &request);

// Wire shape of a read of effective settings: {settingType, effective, fields: [provenance],
// declined: [delta]}, with every secret value redacted (effective and declined show
// SealedSecretText).
QJsonObject resolvedConfigToJson(const ResolvedConfig &resolved, ConfigSettingType type);
// Errors (code "validation_failed") name "settingType", "effective", "fields[i].<field>" and
// "declined[i].<field>".
Result<ResolvedConfig> resolvedConfigFromJson(const QJsonObject &object);

} // namespace wedsync
