#pragma once
// The CRMs a supplier can connect, and what is really possible with each: Táve / VSCO
// Workspace has a public API (read and write), Light Blue only takes leads pushed into its
// inbox, the others have no public API and are imported from their CSV export or a vCard file,
// and `custom` is a file or any REST endpoint returning JSON pages
// (shared/reference/providers.md §4–§5). The wire format of GET /api/v1/crm/providers.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync::crm {

enum class ConnectKind { Api, Inbound, File, Custom };
enum class AuthType { None, ApiKey, Basic, OAuth2 };

// A provider's documented limit, or the polite ceiling we keep to where it publishes none.
struct RateLimit
{
    int requests = 0;
    int perSeconds = 0;
};

struct ProviderInfo
{
    QString id; // "tave"
    QString displayName; // "Táve / VSCO Workspace"
    ConnectKind connect = ConnectKind::File;
    QList<AuthType> authTypes;
    QStringList features; // import, export, inbound_leads, file_import
    QString capability; // one honest sentence for the wizard
    std::optional<RateLimit> rateLimit;
    QStringList fileFormats; // csv, vcard
    QString defaultBaseUrl; // where its API lives; empty without one
};

// The ten providers, in the order the wizard lists them.
const QList<ProviderInfo> &providers();
const ProviderInfo *findProvider(const QString &id);
// The capability sentence in the language shown now (the catalog keeps it in English).
QString capabilityText(const ProviderInfo &provider);
QStringList providerIds();

QString connectKindName(ConnectKind kind); // api | inbound | file | custom
QString authTypeName(AuthType type); // none | api_key | basic | oauth2
std::optional<AuthType> authTypeFromName(const QString &name);
QStringList authTypeNames();

QJsonObject providerToJson(const ProviderInfo &provider);

} // namespace wedsync::crm
