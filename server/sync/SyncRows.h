#pragma once
// Sync conflicts on the wire: REST JSON (camelCase) and the realtime row form (snake_case).

#include "storage/SyncConflictRepository.h"

#include <QJsonObject>

namespace wedsync::server {

// REST: {id, organizationId, source, entity {type, id, label}, entityType, entityId, label,
//  baseVersion|null, baseKnown, base|null, mine, mineBy|null, mineAt|null, theirs,
//  theirsBy|null, theirsAt|null, createdBy|null, createdAt, ageSeconds, status,
//  resolution|null, resolvedAt|null, resolvedBy|null, result|null, resultVersion|null,
//  conflictFields [paths], changedFields {mine, theirs, both, conflict}}, plus `fields`
// [{path, kind, base?, mine?, theirs?}] with `withFields` (one conflict's detail).
QJsonObject syncConflictJson(const SyncConflict &conflict, const QDateTime &now,
                             bool withFields = false);
// The table's columns.
QJsonObject syncConflictRow(const SyncConflict &conflict);

} // namespace wedsync::server
