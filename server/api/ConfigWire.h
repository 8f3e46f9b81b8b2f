#pragma once
// Wire shapes of the configuration routes and their realtime messages. Every document and
// delta leaves with its secrets redacted (core's redactConfigSecrets).

#include "ConfigDiff.h"
#include "ConfigResolver.h"
#include "storage/ConfigChangeRequestRepository.h"
#include "storage/ConfigSettingRepository.h"

#include <QJsonObject>

namespace wedsync::server {

// {layer, organizationId?, userId?}
QJsonObject configScopeToJson(const ConfigScope &scope);
// {scope, settingType, version, document, updatedBy, updatedAt, effective, fields, declined},
// and unreadableSecrets (paths) when secrets of the document do not open: they are left out.
QJsonObject configViewToJson(const StoredConfig &own, const ResolvedConfig &resolved);
// {id, version, summary, changedBy, occurredAt, snapshot}
QJsonObject configHistoryEntryToJson(const ConfigHistoryEntry &entry);
QJsonObject configChangeRequestToJson(const ConfigChangeRequest &request);
// The changed fields between two documents of `type`, secrets redacted on both sides.
QList<ConfigChange> redactedConfigDiff(ConfigSettingType type, const QJsonObject &before,
                                       const QJsonObject &after);
// The realtime message of a change: {settingType, scope, version, changes: [delta]}.
QJsonObject configDeltaMessage(const ConfigScope &scope, ConfigSettingType type, qint64 version,
                               const QList<ConfigChange> &changes);

// The audit trail's entity type and id of one scope's document of one type.
QString configEntityType();
QString configEntityId(const ConfigScope &scope, ConfigSettingType type);

} // namespace wedsync::server
