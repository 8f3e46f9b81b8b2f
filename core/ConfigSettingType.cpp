#include "ConfigSettingType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigSettingType", text);
}
} // namespace

const QList<ConfigSettingType> &allConfigSettingTypes()
{
    static const QList<ConfigSettingType> types {
        ConfigSettingType::Rbac, ConfigSettingType::Modules,
        ConfigSettingType::Auth, ConfigSettingType::Notifications,
        ConfigSettingType::Mfa,  ConfigSettingType::BusinessType};
    return types;
}

QString configSettingTypeName(ConfigSettingType type)
{
    switch (type) {
    case ConfigSettingType::Rbac:
        return u"rbac"_s;
    case ConfigSettingType::Modules:
        return u"modules"_s;
    case ConfigSettingType::Auth:
        return u"auth"_s;
    case ConfigSettingType::Notifications:
        return u"notifications"_s;
    case ConfigSettingType::Mfa:
        return u"mfa"_s;
    case ConfigSettingType::BusinessType:
        return u"business_type"_s;
    }
    return u"rbac"_s;
}

std::optional<ConfigSettingType> configSettingTypeFromName(QStringView name)
{
    for (ConfigSettingType type : allConfigSettingTypes()) {
        if (name == configSettingTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString configSettingTypeDisplayName(ConfigSettingType type)
{
    switch (type) {
    case ConfigSettingType::Rbac:
        return tr("Permission templates");
    case ConfigSettingType::Modules:
        return tr("Modules");
    case ConfigSettingType::Auth:
        return tr("Sign-in");
    case ConfigSettingType::Notifications:
        return tr("Notifications");
    case ConfigSettingType::Mfa:
        return tr("Two-step sign-in");
    case ConfigSettingType::BusinessType:
        return tr("Business-type presets");
    }
    return {};
}

const QList<ConfigLayer> &configSettingLayers(ConfigSettingType type)
{
    static const QList<ConfigLayer> toTenant {ConfigLayer::Platform, ConfigLayer::Tenant};
    static const QList<ConfigLayer> toUser {ConfigLayer::Platform, ConfigLayer::Tenant,
                                            ConfigLayer::User};
    static const QList<ConfigLayer> platformOnly {ConfigLayer::Platform};
    switch (type) {
    case ConfigSettingType::Rbac:
    case ConfigSettingType::Modules:
    case ConfigSettingType::Auth:
        return toTenant;
    case ConfigSettingType::Notifications:
    case ConfigSettingType::Mfa:
        return toUser;
    case ConfigSettingType::BusinessType:
        return platformOnly;
    }
    return platformOnly;
}

bool configSettingAllowedAt(ConfigSettingType type, ConfigLayer layer)
{
    return configSettingLayers(type).contains(layer);
}

} // namespace wedsync
