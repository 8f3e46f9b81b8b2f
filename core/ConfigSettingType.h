#pragma once
// The kinds of configuration that flow down the hierarchy (seed 002): permission templates,
// modules, sign-in, notifications, MFA and business-type presets, and where each may be set.

#include "ConfigScope.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

enum class ConfigSettingType : quint8 { Rbac, Modules, Auth, Notifications, Mfa, BusinessType };

const QList<ConfigSettingType> &allConfigSettingTypes();
// Wire name, also the first segment of its trigger events and the `config:<type>` topic:
// "rbac", "modules", "auth", "notifications", "mfa", "business_type".
QString configSettingTypeName(ConfigSettingType type);
std::optional<ConfigSettingType> configSettingTypeFromName(QStringView name);
// Translated: "Permission templates", "Modules", "Sign-in", "Notifications", "Two-step sign-in",
// "Business-type presets".
QString configSettingTypeDisplayName(ConfigSettingType type);

// The layers that hold a document of this type: permission templates, modules and sign-in
// stop at the organization; presets are the platform's alone; notifications and MFA reach
// each user.
const QList<ConfigLayer> &configSettingLayers(ConfigSettingType type);
bool configSettingAllowedAt(ConfigSettingType type, ConfigLayer layer);

} // namespace wedsync
