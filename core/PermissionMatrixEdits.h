#pragma once
// Edits of a whole permission matrix: set or clear a flag on many cells, copy one role's cells
// onto another, the difference between two matrices, and the matrix written back onto the
// sections it came from. Pure functions on values; the screen's undo stack and the server's
// bulk route both call them.

#include "PermissionMatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync {

// One cell: a section's row, a role's column.
struct MatrixCellRef
{
    QString sectionId;
    Role role = Role::Guest;
    friend bool operator==(const MatrixCellRef &, const MatrixCellRef &) = default;
};

// Every cell of a role's column, of a section's row, or of the whole matrix.
QList<MatrixCellRef> columnCells(const PermissionMatrix &matrix, Role role);
QList<MatrixCellRef> rowCells(const PermissionMatrix &matrix, const QString &sectionId);
QList<MatrixCellRef> allCells(const PermissionMatrix &matrix);

// Sets `flag` to `value` on each of `cells` (cells of unknown sections are skipped). Returns the
// number of cells whose flag changed.
qsizetype setMatrixFlag(PermissionMatrix *matrix, const QList<MatrixCellRef> &cells,
                        MatrixFlag flag, bool value);

// Makes every row's `to` cell equal to its `from` cell (all three flags). Returns the number of
// rows that changed. Copying a role onto itself changes nothing.
qsizetype copyMatrixRole(PermissionMatrix *matrix, Role from, Role to);

// One flag of one cell that differs.
struct MatrixFlagChange
{
    Role role = Role::Guest;
    MatrixFlag flag = MatrixFlag::View;
    bool before = false;
    bool after = false;
    friend bool operator==(const MatrixFlagChange &, const MatrixFlagChange &) = default;
};

// The changes of one section's row, roles in column order (admin first), flags view, edit, hide.
struct MatrixRowDiff
{
    QString sectionId;
    QString sectionType;
    QString title;
    QString weddingId;
    qint64 version = 0; // the version of the row before the change
    QList<MatrixFlagChange> changes;

    // The roles whose cell changed, in column order.
    QList<Role> roles() const;
    friend bool operator==(const MatrixRowDiff &, const MatrixRowDiff &) = default;
};

struct MatrixDiff
{
    QList<MatrixRowDiff> rows; // only rows that changed, in the order of `after`

    bool isEmpty() const { return rows.isEmpty(); }
    qsizetype changeCount() const;
    QStringList sectionIds() const;
    const MatrixRowDiff *row(const QString &sectionId) const;
    friend bool operator==(const MatrixDiff &, const MatrixDiff &) = default;
};

// Rows are matched by section id; a row in only one of the matrices is not a change of cells
// and is left out.
MatrixDiff diffMatrices(const PermissionMatrix &before, const PermissionMatrix &after);

// `sections` with the cells of their rows in `matrix` written into their lists; sections
// without a row are returned as they are. `changedIds` (if given) gets the ids of the sections
// whose lists changed, in the order of `sections`.
QList<SectionConfig> applyMatrix(const PermissionMatrix &matrix, QList<SectionConfig> sections,
                                 QStringList *changedIds = nullptr);

} // namespace wedsync
