#pragma once
// JSON Schemas of the sections, permissions, integrity and audit routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds Section, SectionInput, SectionPatch, SectionList, SectionReorder, PermissionMatrix,
// PermissionMatrixUpdate, EffectivePermissions, IntegrityReport, AuditEntry, AuditPage and
// AuditExport to `schemas`.
void addResourceSchemas(QJsonObject *schemas);

} // namespace wedsync::server
