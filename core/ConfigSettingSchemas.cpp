#include "ConfigSettingSchemas.h"

#include "Role.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigSettingSchemas", text);
}

ConfigField field(const QString &key, ConfigFieldKind kind, QList<ConfigLayer> layers = {})
{
    ConfigField out;
    out.key = key;
    out.kind = kind;
    out.layers = std::move(layers);
    return out;
}

ConfigField yesNo(const QString &key, QList<ConfigLayer> layers = {})
{
    return field(key, ConfigFieldKind::Boolean, std::move(layers));
}

ConfigField text(const QString &key, int maxLength,
                 ConfigTextFormat format = ConfigTextFormat::Plain)
{
    ConfigField out = field(key, ConfigFieldKind::Text);
    out.maxLength = maxLength;
    out.format = format;
    return out;
}

ConfigField secret(const QString &key)
{
    ConfigField out = text(key, 4096);
    out.secret = true;
    return out;
}

ConfigField number(const QString &key, qint64 minimum, qint64 maximum)
{
    ConfigField out = field(key, ConfigFieldKind::Integer);
    out.minimum = minimum;
    out.maximum = maximum;
    return out;
}

ConfigField choice(const QString &key, const QStringList &choices, QList<ConfigLayer> layers = {})
{
    ConfigField out = field(key, ConfigFieldKind::Choice, std::move(layers));
    out.choices = choices;
    return out;
}

ConfigField object(const QString &key, std::vector<ConfigField> fields,
                   QList<ConfigLayer> layers = {})
{
    ConfigField out = field(key, ConfigFieldKind::Object, std::move(layers));
    out.fields = std::move(fields);
    return out;
}

ConfigField map(const QString &key, ConfigField value, int maxEntries,
                QList<ConfigLayer> layers = {}, const QStringList &keys = {})
{
    ConfigField out = field(key, ConfigFieldKind::Map, std::move(layers));
    out.maxEntries = maxEntries;
    out.choices = keys;
    out.fields.push_back(std::move(value));
    return out;
}

QStringList roleNames()
{
    QStringList names;
    for (Role role : allRoles())
        names.append(roleName(role));
    return names;
}

const QList<ConfigLayer> PlatformOnly {ConfigLayer::Platform};
const QList<ConfigLayer> TenantOnly {ConfigLayer::Tenant};
const QList<ConfigLayer> UserOnly {ConfigLayer::User};
const QList<ConfigLayer> AboveUsers {ConfigLayer::Platform, ConfigLayer::Tenant};

std::vector<ConfigField> rbacSchema()
{
    ConfigField cell = object({}, {yesNo(u"view"_s), yesNo(u"edit"_s), yesNo(u"hide"_s)});
    ConfigField byRole = map({}, cell, 6, {}, roleNames());
    ConfigField templ = object(
        {}, {text(u"label"_s, 100), text(u"description"_s, 500), map(u"sections"_s, byRole, 100)});
    return {map(u"templates"_s, templ, 50), [] {
                ConfigField applied = text(u"appliedTemplate"_s, 64, ConfigTextFormat::Identifier);
                applied.layers = TenantOnly;
                return applied;
            }()};
}

std::vector<ConfigField> modulesSchema()
{
    return {map(u"enabled"_s, yesNo({}), 100),
            map(u"byBusinessType"_s, map({}, yesNo({}), 100), 50, PlatformOnly)};
}

std::vector<ConfigField> authSchema()
{
    ConfigField provider
        = object({},
                 {yesNo(u"enabled"_s), text(u"label"_s, 100), text(u"clientId"_s, 500),
                  secret(u"clientSecret"_s), text(u"issuerUrl"_s, 2000, ConfigTextFormat::Url)});
    return {map(u"providers"_s, provider, 20),
            object(u"login"_s,
                   {yesNo(u"password"_s), yesNo(u"magicLink"_s), yesNo(u"sso"_s),
                    number(u"sessionMinutes"_s, 5, 43200)})};
}

std::vector<ConfigField> notificationsSchema()
{
    auto channel = [](const QString &key) {
        return object(key,
                      {text(u"provider"_s, 64, ConfigTextFormat::Identifier), text(u"from"_s, 200),
                       secret(u"apiKey"_s)});
    };
    ConfigField preference
        = object({}, {yesNo(u"email"_s), yesNo(u"sms"_s), yesNo(u"push"_s), yesNo(u"inApp"_s)});
    return {object(u"providers"_s, {channel(u"email"_s), channel(u"sms"_s), channel(u"push"_s)},
                   AboveUsers),
            map(u"preferences"_s, preference, 100),
            object(u"quietHours"_s,
                   {yesNo(u"enabled"_s), text(u"start"_s, 5, ConfigTextFormat::TimeOfDay),
                    text(u"end"_s, 5, ConfigTextFormat::TimeOfDay)}),
            choice(u"digest"_s, {u"off"_s, u"daily"_s, u"weekly"_s})};
}

std::vector<ConfigField> mfaSchema()
{
    ConfigField allowed = field(u"allowedMethods"_s, ConfigFieldKind::ChoiceSet, AboveUsers);
    allowed.choices = mfaMethods();
    allowed.maxEntries = int(mfaMethods().size());
    return {yesNo(u"required"_s, AboveUsers), allowed, yesNo(u"enabled"_s),
            choice(u"preferredMethod"_s, mfaMethods(), UserOnly),
            number(u"rememberDeviceDays"_s, 0, 90)};
}

std::vector<ConfigField> businessTypeSchema()
{
    // A type's modules live in modules.byBusinessType, so that one document says them.
    ConfigField preset
        = object({},
                 {text(u"label"_s, 100), text(u"rbacTemplate"_s, 64, ConfigTextFormat::Identifier),
                  map(u"sections"_s, yesNo({}), 100)});
    return {map(u"presets"_s, preset, 50)};
}

} // namespace

const QStringList &mfaMethods()
{
    static const QStringList methods {u"totp"_s, u"sms"_s, u"webauthn"_s, u"email"_s};
    return methods;
}

const std::vector<ConfigField> &configSchema(ConfigSettingType type)
{
    static const std::vector<ConfigField> rbac = rbacSchema();
    static const std::vector<ConfigField> modules = modulesSchema();
    static const std::vector<ConfigField> auth = authSchema();
    static const std::vector<ConfigField> notifications = notificationsSchema();
    static const std::vector<ConfigField> mfa = mfaSchema();
    static const std::vector<ConfigField> businessType = businessTypeSchema();
    switch (type) {
    case ConfigSettingType::Rbac:
        return rbac;
    case ConfigSettingType::Modules:
        return modules;
    case ConfigSettingType::Auth:
        return auth;
    case ConfigSettingType::Notifications:
        return notifications;
    case ConfigSettingType::Mfa:
        return mfa;
    case ConfigSettingType::BusinessType:
        return businessType;
    }
    return rbac;
}

QList<FieldError> validateConfigDocument(ConfigSettingType type, ConfigLayer layer,
                                         const QJsonObject &document)
{
    if (!configSettingAllowedAt(type, layer)) {
        return {{QString(),
                 tr("%1 cannot be set by %2.")
                     .arg(configSettingTypeDisplayName(type), configLayerPhrase(layer))}};
    }
    if (QJsonDocument(document).toJson(QJsonDocument::Compact).size() > MaxConfigDocumentBytes) {
        return {{QString(),
                 tr("The settings are larger than %1 KiB; remove some entries.")
                     .arg(MaxConfigDocumentBytes / 1024)}};
    }
    return validateConfigFields(configSchema(type), document, layer);
}

} // namespace wedsync
