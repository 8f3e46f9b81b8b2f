#pragma once
// What the two sides of a conflict are as documents: the entity's content that a merge
// compares (a section's visibility, layout, customization and permissions; the server's
// bookkeeping such as version and timestamps is left out), the document a refused write would
// have produced, and the core three-way merge of a conflict.

#include "ConflictItem.h"
#include "ThreeWayMerge.h"
#include "storage/SyncConflictRepository.h"

#include <QJsonObject>

namespace wedsync::server {

// conflictContent() (the mergeable content of an entity document) is core's, shared with the
// console's conflict center.

// The section document a refused write (its request body) would have made of `start` (the
// base when known, else the current section): a PATCH body, a PUT body, a reorder item or a
// permission-matrix row naming `sectionId`. The body itself when it is none of those.
QJsonObject sectionAsWritten(const QJsonObject &start, const QString &method,
                             const QJsonObject &body, const QString &sectionId);

// base / mine / theirs merged (base absent when unknown). `theirs` defaults to the conflict's;
// a resolver passes the entity as it is now.
MergeResult mergeConflict(const SyncConflict &conflict,
                          const std::optional<QJsonObject> &theirsNow = std::nullopt);

// [{path, kind, base, mine, theirs}]; a side without the field has no key for it.
QJsonArray mergeFieldsJson(const QList<MergeField> &fields);

} // namespace wedsync::server
