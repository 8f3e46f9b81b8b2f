#pragma once
// Where a configuration document lives: the platform, one organization (tenant) or one user of
// an organization. Configuration flows down platform → tenant → user.

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

// Declared top first: a layer's parent is the one before it.
enum class ConfigLayer : quint8 { Platform, Tenant, User };

const QList<ConfigLayer> &allConfigLayers();
// Wire name: "platform", "tenant", "user".
QString configLayerName(ConfigLayer layer);
std::optional<ConfigLayer> configLayerFromName(QStringView name);
// Translated, as it reads inside a sentence: "the platform", "the organization", "the user".
QString configLayerPhrase(ConfigLayer layer);
// Translated label for a column or a badge: "Platform", "Organization", "User".
QString configLayerDisplayName(ConfigLayer layer);

struct ConfigScope
{
    ConfigLayer layer = ConfigLayer::Platform;
    QString organizationId; // tenant and user scopes
    QString userId; // user scope

    static ConfigScope platform() { return {}; }
    static ConfigScope tenant(const QString &organizationId)
    {
        return {ConfigLayer::Tenant, organizationId, {}};
    }
    static ConfigScope user(const QString &organizationId, const QString &userId)
    {
        return {ConfigLayer::User, organizationId, userId};
    }

    // The scope one layer up (the platform's parent is itself).
    ConfigScope parent() const;
    // A stable key for storage and topics: "platform", "tenant:<org>", "user:<org>:<user>".
    QString key() const;
    friend bool operator==(const ConfigScope &, const ConfigScope &) = default;
};

// The keys and names configuration uses (rule ids, map keys, event segments): a-z first, then
// a-z, 0-9 and _, at most `maxLength`; no dots, so that a dotted field path stays unambiguous.
bool isConfigIdentifier(QStringView text, int maxLength = 64);

// Ids are UUIDs; a platform scope carries none, a tenant one the organization only. Errors name
// "organizationId" and "userId".
QList<FieldError> validateConfigScope(const ConfigScope &scope);
// The scope of a key() (nothing when the key is not one).
std::optional<ConfigScope> configScopeFromKey(QStringView key);

} // namespace wedsync
