#include "ConfigScope.h"

#include "SectionValidator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigScope", text);
}
} // namespace

const QList<ConfigLayer> &allConfigLayers()
{
    static const QList<ConfigLayer> layers {ConfigLayer::Platform, ConfigLayer::Tenant,
                                            ConfigLayer::User};
    return layers;
}

QString configLayerName(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::Platform:
        return u"platform"_s;
    case ConfigLayer::Tenant:
        return u"tenant"_s;
    case ConfigLayer::User:
        return u"user"_s;
    }
    return u"platform"_s;
}

std::optional<ConfigLayer> configLayerFromName(QStringView name)
{
    for (ConfigLayer layer : allConfigLayers()) {
        if (name == configLayerName(layer))
            return layer;
    }
    return std::nullopt;
}

QString configLayerPhrase(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::Platform:
        return tr("the platform");
    case ConfigLayer::Tenant:
        return tr("the organization");
    case ConfigLayer::User:
        return tr("the user");
    }
    return tr("the platform");
}

QString configLayerDisplayName(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::Platform:
        return tr("Platform");
    case ConfigLayer::Tenant:
        return tr("Organization");
    case ConfigLayer::User:
        return tr("User");
    }
    return tr("Platform");
}

ConfigScope ConfigScope::parent() const
{
    switch (layer) {
    case ConfigLayer::Platform:
    case ConfigLayer::Tenant:
        return platform();
    case ConfigLayer::User:
        return tenant(organizationId);
    }
    return platform();
}

QString ConfigScope::key() const
{
    switch (layer) {
    case ConfigLayer::Platform:
        return u"platform"_s;
    case ConfigLayer::Tenant:
        return u"tenant:"_s + organizationId;
    case ConfigLayer::User:
        return u"user:"_s + organizationId + u':' + userId;
    }
    return u"platform"_s;
}

bool isConfigIdentifier(QStringView text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength || text.front() < u'a' || text.front() > u'z')
        return false;
    for (QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

QList<FieldError> validateConfigScope(const ConfigScope &scope)
{
    QList<FieldError> errors;
    const bool needsOrganization = scope.layer != ConfigLayer::Platform;
    const bool needsUser = scope.layer == ConfigLayer::User;
    if (needsOrganization && !isUuid(scope.organizationId))
        errors.append({u"organizationId"_s, tr("Choose the organization (a UUID).")});
    if (!needsOrganization && !scope.organizationId.isEmpty())
        errors.append({u"organizationId"_s, tr("The platform scope has no organization.")});
    if (needsUser && !isUuid(scope.userId))
        errors.append({u"userId"_s, tr("Choose the user (a UUID).")});
    if (!needsUser && !scope.userId.isEmpty())
        errors.append({u"userId"_s, tr("Only the user scope names a user.")});
    return errors;
}

std::optional<ConfigScope> configScopeFromKey(QStringView key)
{
    if (key == u"platform")
        return ConfigScope::platform();
    const QList<QStringView> parts = key.split(u':');
    ConfigScope scope;
    if (parts.size() == 2 && parts.at(0) == u"tenant")
        scope = ConfigScope::tenant(parts.at(1).toString());
    else if (parts.size() == 3 && parts.at(0) == u"user")
        scope = ConfigScope::user(parts.at(1).toString(), parts.at(2).toString());
    else
        return std::nullopt;
    if (!validateConfigScope(scope).isEmpty())
        return std::nullopt;
    return scope;
}

} // namespace wedsync
