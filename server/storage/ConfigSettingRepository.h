#pragma once
// The config_settings and config_history tables: each scope's sparse document of a setting
// type with its version and merge baseline, and every version's snapshot. A scope without a
// row reads as an empty document at version 0. Secret fields are sealed here on the way in and
// opened on the way out (auth/ConfigSecrets): callers only see opened values.

#include "Clock.h"
#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace wedsync::server {

class ConfigSecrets;
class SqlQuery;

struct StoredConfig
{
    ConfigScope scope;
    ConfigSettingType type = ConfigSettingType::Rbac;
    QJsonObject document;
    std::optional<QJsonObject> parentBaseline;
    qint64 version = 0; // 0: nothing written at this scope
    QString updatedBy;
    QDateTime updatedAt;
    QString summary; // of the change that made this version
    // Secrets of `document` that did not open (ConfigSecrets::Opened): left out of it.
    QStringList unreadableSecrets;
};

struct ConfigHistoryEntry
{
    QString id;
    QString scopeKey;
    QString organizationId;
    QString settingType;
    qint64 version = 0;
    QJsonObject snapshot;
    QString summary;
    QString changedBy;
    QDateTime occurredAt;
    QStringList unreadableSecrets; // of `snapshot`, left out of it
};

class ConfigSettingRepository
{
public:
    // A page of a scope's history (newest first, see KeysetPage).
    struct Filter
    {
        QString scopeKey;
        QString settingType;
        int limit = 50;
        int offset = 0;
        QDateTime beforeAt;
        QString beforeId;
    };

    ConfigSettingRepository(Database &db, const Clock &clock, const ConfigSecrets &secrets);

    Result<StoredConfig> find(const ConfigScope &scope, ConfigSettingType type);
    // Writes `config.document` if the stored version is `expectedVersion` (0: none written
    // yet), bumps the version and records the snapshot with `summary`; returns it with its
    // values as given (opened). Errors: version_conflict, config_secrets_unavailable.
    Result<StoredConfig> write(const StoredConfig &config, qint64 expectedVersion,
                               const QString &userId, const QString &summary);
    // Records what the scope accepted from its parent, without a new version of its own.
    Status setBaseline(const ConfigScope &scope, ConfigSettingType type,
                       const QJsonObject &baseline);
    // The same for many scopes of `type` in a few statements; a scope appears at most once.
    // Errors: config_secrets_unavailable.
    Status setBaselines(ConfigSettingType type,
                        const QList<std::pair<ConfigScope, QJsonObject>> &baselines);

    // Every stored tenant document of `type`, by organization id.
    Result<QHash<QString, StoredConfig>> tenants(ConfigSettingType type);
    // Every stored user document of `type`, by organization id.
    Result<QHash<QString, QList<StoredConfig>>> users(ConfigSettingType type);
    // Every organization with its members' user ids (empty list: no members).
    Result<QHash<QString, QStringList>> audience();

    Result<qint64> count(const Filter &filter);
    Result<QList<ConfigHistoryEntry>> query(const Filter &filter);
    Result<std::optional<ConfigHistoryEntry>> historyAt(const ConfigScope &scope,
                                                        ConfigSettingType type, qint64 version);

private:
    Status appendHistory(const StoredConfig &config, const QString &sealedDocument,
                         const QString &summary);
    StoredConfig readConfig(const SqlQuery &q) const;
    ConfigHistoryEntry readEntry(const SqlQuery &q) const;

    Database &m_db;
    const Clock &m_clock;
    const ConfigSecrets &m_secrets;
};

} // namespace wedsync::server
