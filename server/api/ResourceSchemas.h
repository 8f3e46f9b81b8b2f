#pragma once
// JSON Schemas of the sections, permissions, integrity, audit and sync routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds Section, SectionInput, SectionPatch, SectionList, SectionReorder, PermissionMatrix,
// PermissionMatrixUpdate, EffectivePermissions, IntegrityReport, AuditEntry, AuditPage,
// AuditExport, SyncEvent, SyncEventPage, TenantSyncHealth, SyncHealthReport, ConnectionStats,
// SyncConflict and SyncConflictList to `schemas`.
void addResourceSchemas(QJsonObject *schemas);

} // namespace wedsync::server
