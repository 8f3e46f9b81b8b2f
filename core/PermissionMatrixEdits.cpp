// Bulk edits, role copy, diff and write-back of the permission matrix.
#include "PermissionMatrixEdits.h"

#include <QHash>

namespace wedsync {

QList<MatrixCellRef> columnCells(const PermissionMatrix &matrix, Role role)
{
    QList<MatrixCellRef> out;
    out.reserve(matrix.rows.size());
    for (const MatrixRow &row : matrix.rows)
        out.append({row.sectionId, role});
    return out;
}

QList<MatrixCellRef> rowCells(const PermissionMatrix &matrix, const QString &sectionId)
{
    QList<MatrixCellRef> out;
    if (!matrix.row(sectionId))
        return out;
    for (Role role : matrixColumnRoles())
        out.append({sectionId, role});
    return out;
}

QList<MatrixCellRef> allCells(const PermissionMatrix &matrix)
{
    QList<MatrixCellRef> out;
    out.reserve(matrix.rows.size() * RoleCount);
    for (const MatrixRow &row : matrix.rows) {
        for (Role role : matrixColumnRoles())
            out.append({row.sectionId, role});
    }
    return out;
}

qsizetype setMatrixFlag(PermissionMatrix *matrix, const QList<MatrixCellRef> &cells,
                        MatrixFlag flag, bool value)
{
    // A selection is often a whole column: look rows up by id once, not once per cell.
    QHash<QString, qsizetype> index;
    index.reserve(matrix->rows.size());
    for (qsizetype i = 0; i < matrix->rows.size(); ++i)
        index.insert(matrix->rows.at(i).sectionId, i);
    qsizetype changed = 0;
    for (const MatrixCellRef &ref : cells) {
        const auto it = index.constFind(ref.sectionId);
        if (it == index.cend())
            continue;
        MatrixCell &cell = matrix->rows[*it].cell(ref.role);
        if (cell.flag(flag) != value) {
            cell.setFlag(flag, value);
            ++changed;
        }
    }
    return changed;
}

qsizetype copyMatrixRole(PermissionMatrix *matrix, Role from, Role to)
{
    qsizetype changed = 0;
    if (from == to)
        return changed;
    for (MatrixRow &row : matrix->rows) {
        if (row.cell(to) != row.cell(from)) {
            row.cell(to) = row.cell(from);
            ++changed;
        }
    }
    return changed;
}

QList<Role> MatrixRowDiff::roles() const
{
    QList<Role> out;
    for (const MatrixFlagChange &change : changes) {
        if (!out.contains(change.role))
            out.append(change.role);
    }
    return out;
}

qsizetype MatrixDiff::changeCount() const
{
    qsizetype count = 0;
    for (const MatrixRowDiff &row : rows)
        count += row.changes.size();
    return count;
}

QStringList MatrixDiff::sectionIds() const
{
    QStringList out;
    out.reserve(rows.size());
    for (const MatrixRowDiff &row : rows)
        out.append(row.sectionId);
    return out;
}

const MatrixRowDiff *MatrixDiff::row(const QString &sectionId) const
{
    for (const MatrixRowDiff &r : rows) {
        if (r.sectionId == sectionId)
            return &r;
    }
    return nullptr;
}

MatrixDiff diffMatrices(const PermissionMatrix &before, const PermissionMatrix &after)
{
    QHash<QString, const MatrixRow *> old;
    old.reserve(before.rows.size());
    for (const MatrixRow &row : before.rows)
        old.insert(row.sectionId, &row);
    MatrixDiff diff;
    for (const MatrixRow &row : after.rows) {
        const MatrixRow *previous = old.value(row.sectionId);
        if (!previous || previous->cells == row.cells)
            continue;
        MatrixRowDiff rowDiff {row.sectionId, row.sectionType,   row.title,
                               row.weddingId, previous->version, {}};
        for (Role role : matrixColumnRoles()) {
            for (MatrixFlag flag : AllMatrixFlags) {
                const bool was = previous->cell(role).flag(flag);
                const bool is = row.cell(role).flag(flag);
                if (was != is)
                    rowDiff.changes.append({role, flag, was, is});
            }
        }
        diff.rows.append(std::move(rowDiff));
    }
    return diff;
}

QList<SectionConfig> applyMatrix(const PermissionMatrix &matrix, QList<SectionConfig> sections,
                                 QStringList *changedIds)
{
    QHash<QString, const MatrixRow *> rows;
    rows.reserve(matrix.rows.size());
    for (const MatrixRow &row : matrix.rows)
        rows.insert(row.sectionId, &row);
    for (SectionConfig &section : sections) {
        const MatrixRow *row = rows.value(section.id);
        if (!row)
            continue;
        SectionConfig written = withMatrixRow(section, *row);
        if (written == section)
            continue;
        section = std::move(written);
        if (changedIds)
            changedIds->append(section.id);
    }
    return sections;
}

} // namespace wedsync
