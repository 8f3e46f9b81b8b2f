#pragma once
// JSON Schemas of the sections, permissions, integrity, audit and sync routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds Section, SectionInput, SectionPatch, SectionList, SectionReorder, PermissionMatrix,
// PermissionMatrixUpdate, EffectivePermissions, IntegrityReport, AuditEntry, AuditPage,
// AuditExport, SyncEvent, SyncEventPage, TenantSyncHealth, SyncHealthReport, ConnectionStats,
// SyncConflict, SyncConflictList, LayoutVersionSummary, LayoutVersion and LayoutVersionPage to
// `schemas`.
void addResourceSchemas(QJsonObject *schemas);

} // namespace wedsync::server
