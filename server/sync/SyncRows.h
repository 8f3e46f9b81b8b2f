#pragma once
// Sync conflicts on the wire: REST JSON (camelCase) and the realtime row form (snake_case).

#include "storage/SyncConflictRepository.h"

#include <QJsonObject>

namespace wedsync::server {

// {id, organizationId, entityType, entityId, label, baseVersion|null, mine, theirs, createdBy,
//  createdAt, status, resolvedAt|null, resolvedBy|null}
QJsonObject syncConflictJson(const SyncConflict &conflict);
QJsonObject syncConflictRow(const SyncConflict &conflict);

} // namespace wedsync::server
