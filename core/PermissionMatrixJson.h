#pragma once
// The permission matrix and its diff on the wire, one codec for the server's routes and the
// console:
//   matrix  {organizationId, roles: [admin..guest], rows: [{sectionId, sectionType, weddingId,
//            title, version, cells: {role: {view, edit, hide}}}]}
//   diff    {changeCount, rows: [{sectionId, sectionType, weddingId, title, version,
//            changes: [{role, flag, before, after}]}]}
//   update  {rows: [{sectionId, version, cells}]}  (PUT …/permissions/matrix)

#include "PermissionMatrixEdits.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wedsync {

QJsonObject matrixCellToJson(const MatrixCell &cell);
QJsonObject matrixRowToJson(const MatrixRow &row);
QJsonObject permissionMatrixToJson(const PermissionMatrix &matrix);
// Errors name the path ("rows[2].cells.vendor.view").
Result<PermissionMatrix> permissionMatrixFromJson(const QJsonObject &object);

QJsonObject matrixDiffToJson(const MatrixDiff &diff);
Result<MatrixDiff> matrixDiffFromJson(const QJsonObject &object);

// A PUT body that writes every cell of `rows`, each at the version it was read at.
QJsonObject matrixUpdateToJson(const QList<MatrixRow> &rows);

} // namespace wedsync
