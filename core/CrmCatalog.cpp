#include "CrmCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::crm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::crm", text);
}

// A capability sentence is kept in English (the API's words) and translated when shown.
QString english(const char *text)
{
    return QString::fromUtf8(text);
}

ProviderInfo fileProvider(const QString &id, const QString &displayName, const QString &capability)
{
    return ProviderInfo {id,
                         displayName,
                         ConnectKind::File,
                         {AuthType::None},
                         {u"file_import"_s},
                         capability,
                         std::nullopt,
                         {u"csv"_s, u"vcard"_s},
                         {}};
}

QList<ProviderInfo> buildProviders()
{
    // Táve publishes no rate limit (providers.md §4): we keep to one request a second and
    // honour Retry-After, which is what the limiter enforces.
    return {
        ProviderInfo {
            u"tave"_s,
            u"Táve / VSCO Workspace"_s,
            ConnectKind::Api,
            {AuthType::ApiKey},
            {u"import"_s, u"export"_s},
            english(QT_TRANSLATE_NOOP(
                "wedsync::crm",
                "Connects to the VSCO Workspace Public API v2 with an API key (X-API-KEY): "
                "contacts are imported and changes can be written back.")),
            RateLimit {1, 1},
            {},
            u"https://workspace.vsco.co/api/v2"_s},
        ProviderInfo {u"lightblue"_s,
                      u"Light Blue"_s,
                      ConnectKind::Inbound,
                      {AuthType::ApiKey},
                      {u"inbound_leads"_s},
                      english(QT_TRANSLATE_NOOP(
                          "wedsync::crm",
                          "Light Blue only accepts new enquiries pushed into its Inbox with an API "
                          "key; it has no API to read your clients, so nothing is imported.")),
                      std::nullopt,
                      {},
                      u"https://online.lightbluesoftware.com/api.php"_s},
        fileProvider(u"honeybook"_s, u"HoneyBook"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "HoneyBook has no public API: export your clients as CSV from its Clients "
                         "panel and import the file."))),
        fileProvider(u"seventeen"_s, u"17hats"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "17hats has no public API: import a CSV export or a vCard file of your "
                         "contacts."))),
        fileProvider(u"shootq"_s, u"ShootQ"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "ShootQ documents no public API: import a CSV export or a vCard file of "
                         "your contacts."))),
        fileProvider(u"pixieset"_s, u"Pixieset"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "Pixieset has no official public API: download the clients CSV from "
                         "Pixieset Studio and import the file."))),
        fileProvider(u"iris_works"_s, u"Iris Works"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "Iris Works has no public API: import a CSV export or a vCard file of "
                         "your contacts."))),
        fileProvider(u"dubsado"_s, u"Dubsado"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "Dubsado has no public API (only Zapier): export your contact list as CSV "
                         "and import the file."))),
        fileProvider(u"studio_ninja"_s, u"Studio Ninja"_s,
                     english(QT_TRANSLATE_NOOP(
                         "wedsync::crm",
                         "Studio Ninja has no public API: import a CSV export or a vCard file of "
                         "your contacts."))),
        ProviderInfo {u"custom"_s,
                      tr("Other CRM or file"),
                      ConnectKind::Custom,
                      {AuthType::None, AuthType::ApiKey, AuthType::Basic, AuthType::OAuth2},
                      {u"import"_s, u"file_import"_s},
                      english(QT_TRANSLATE_NOOP(
                          "wedsync::crm",
                          "Import a CSV or vCard file from any system, or read a REST endpoint "
                          "that returns JSON pages with an API key, basic auth or OAuth 2.0.")),
                      std::nullopt,
                      {u"csv"_s, u"vcard"_s},
                      {}},
    };
}

} // namespace

const QList<ProviderInfo> &providers()
{
    static const QList<ProviderInfo> all = buildProviders();
    return all;
}

QString capabilityText(const ProviderInfo &provider)
{
    return QCoreApplication::translate("wedsync::crm", provider.capability.toUtf8().constData());
}

const ProviderInfo *findProvider(const QString &id)
{
    for (const ProviderInfo &provider : providers()) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

QStringList providerIds()
{
    QStringList out;
    for (const ProviderInfo &provider : providers())
        out << provider.id;
    return out;
}

QString connectKindName(ConnectKind kind)
{
    switch (kind) {
    case ConnectKind::Api:
        return u"api"_s;
    case ConnectKind::Inbound:
        return u"inbound"_s;
    case ConnectKind::File:
        return u"file"_s;
    case ConnectKind::Custom:
        return u"custom"_s;
    }
    return {};
}

QString authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::None:
        return u"none"_s;
    case AuthType::ApiKey:
        return u"api_key"_s;
    case AuthType::Basic:
        return u"basic"_s;
    case AuthType::OAuth2:
        return u"oauth2"_s;
    }
    return {};
}

std::optional<AuthType> authTypeFromName(const QString &name)
{
    for (AuthType type : {AuthType::None, AuthType::ApiKey, AuthType::Basic, AuthType::OAuth2}) {
        if (authTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QStringList authTypeNames()
{
    return {u"none"_s, u"api_key"_s, u"basic"_s, u"oauth2"_s};
}

QJsonObject providerToJson(const ProviderInfo &provider)
{
    QJsonArray authTypes;
    for (AuthType type : provider.authTypes)
        authTypes.append(authTypeName(type));
    QJsonValue rateLimit = QJsonValue::Null;
    if (provider.rateLimit)
        rateLimit = QJsonObject {{u"requests"_s, provider.rateLimit->requests},
                                 {u"perSeconds"_s, provider.rateLimit->perSeconds}};
    return QJsonObject {
        {u"id"_s, provider.id},
        {u"displayName"_s, provider.displayName},
        {u"connect"_s, connectKindName(provider.connect)},
        {u"authTypes"_s, authTypes},
        {u"features"_s, QJsonArray::fromStringList(provider.features)},
        {u"capability"_s, provider.capability},
        {u"rateLimit"_s, rateLimit},
        {u"fileFormats"_s, QJsonArray::fromStringList(provider.fileFormats)},
    };
}

} // namespace wedsync::crm
