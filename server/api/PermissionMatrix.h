#pragma once
// The role × section matrix the permissions screen edits: one row per section, one column per
// role, each cell {view, edit, hide} read from and written back to the section's lists.
//
// view = the role is in visibility.roles or permissions.canView; edit = permissions.canEdit;
// hide = permissions.canHide. These are the stored grants, not the effective permissions
// (inheritance, phases and conditions are /permissions/effective's business). Writing
// view = true adds the role to visibility.roles unless either list already has it; writing
// view = false removes it from both. A matrix read and written back unchanged changes nothing.

#include "Result.h"
#include "Role.h"
#include "storage/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace wedsync::server {

// What one write sets for one role; an absent flag keeps its value.
struct MatrixCellEdit
{
    std::optional<bool> view;
    std::optional<bool> edit;
    std::optional<bool> hide;
};

struct MatrixRowEdit
{
    QString sectionId;
    qint64 version = 0; // 0: not sent (the write is refused with 428)
    QHash<Role, MatrixCellEdit> cells;
    QString fieldPrefix; // "rows[2]"
};

namespace matrix {

// The roles in column order: admin, coordinator, photographer, couple, vendor, guest.
QList<Role> columnRoles();

QJsonObject rowJson(const SectionRecord &record);
QJsonArray rowsJson(const QList<SectionRecord> &records);
// {organizationId, roles, rows}
QJsonObject matrixJson(const QString &organizationId, const QList<SectionRecord> &records);

// Decodes a PUT body {rows: [{sectionId, version, cells: {role: {view, edit, hide}}}]}.
// Errors: validation_failed with a field per problem; rows without a version are returned
// with version 0 (the caller answers 428).
Result<QList<MatrixRowEdit>> decodeUpdate(const QJsonObject &body);

// The section with the row's cells written into its role lists.
SectionConfig applyRow(SectionConfig section, const MatrixRowEdit &row);

} // namespace matrix

} // namespace wedsync::server
