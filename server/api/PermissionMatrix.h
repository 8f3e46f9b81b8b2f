#pragma once
// The permission matrix routes' side of core/PermissionMatrix: rows of stored sections as JSON,
// and the decoding of a PUT body into cell edits. The cell rule itself (what view, edit and hide
// mean in a section's lists) is core's, shared with the console.

// core/PermissionMatrix.h (a quoted "PermissionMatrix.h" would find this file).
#include "PermissionMatrixEdits.h"
#include "Result.h"
#include "Role.h"
#include "storage/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace wedsync::server {

struct MatrixRowEdit
{
    QString sectionId;
    qint64 version = 0; // 0: not sent (the write is refused with 428)
    QHash<Role, MatrixCellEdit> cells;
    QString fieldPrefix; // "rows[2]"
};

namespace matrix {

QJsonObject rowJson(const SectionRecord &record);
QJsonArray rowsJson(const QList<SectionRecord> &records);
// {organizationId, roles, rows}
QJsonObject matrixJson(const QString &organizationId, const QList<SectionRecord> &records);

// Decodes a PUT body {rows: [{sectionId, version, cells: {role: {view, edit, hide}}}]}.
// Errors: validation_failed with a field per problem; rows without a version are returned
// with version 0 (the caller answers 428).
Result<QList<MatrixRowEdit>> decodeUpdate(const QJsonObject &body);

// The section with the row's cells written into its role lists (writeMatrixCell, roles in rank
// order, so that the lists come out the same whatever order the client sent).
SectionConfig applyRow(SectionConfig section, const MatrixRowEdit &row);

} // namespace matrix

} // namespace wedsync::server
