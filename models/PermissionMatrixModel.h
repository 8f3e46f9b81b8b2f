#pragma once
// The permission matrix over a dashboard's sections: one row per section (grouped by type),
// one column per role, each cell three flags (view, edit, hide) as the section's lists grant
// them, next to what the role really gets once the engine's rules apply (a grant inherited
// through the role hierarchy, an admin's edit). Edits go through the LayoutDocument, so they
// are undoable, merged with other people's saves and saved like any section change.

#include "PermissionEngine.h"
#include "PermissionMatrix.h"
#include "Result.h"
#include "Role.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace wedsync {

class LayoutDocument;

enum CellFlag : int { ViewFlag = 1, EditFlag = 2, HideFlag = 4 };

// The matrix flag a CellFlag stands for, and a cell as CellFlag bits.
MatrixFlag matrixFlagOf(CellFlag flag);
int cellFlags(const MatrixCell &cell);

class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SectionColumn = 0;

    explicit PermissionMatrixModel(LayoutDocument *document, QObject *parent = nullptr);

    // The role columns, in the screen's order: admin, coordinator, …, guest.
    static const QList<Role> &columnRoles();
    static int columnOf(Role role);
    std::optional<Role> roleAt(int column) const;
    QString sectionIdAt(int row) const;
    int rowOf(const QString &sectionId) const;
    LayoutDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The engine's words for one flag of one cell, in its order ("photographer may view
    // timeline: inherited from vendor's visibility").
    QStringList explanation(const QModelIndex &cell, CellFlag flag) const;

    // Edits, each one undo step: a flag set or cleared on these cells (a section-column index
    // stands for its whole row), one flag toggled, one role's grants copied onto another.
    Result<bool> setFlag(const QModelIndexList &cells, CellFlag flag, bool on);
    Result<bool> toggle(const QModelIndex &cell, CellFlag flag);
    Result<bool> copyRole(Role from, Role to);

private:
    struct Row
    {
        QString sectionId;
        int grant[RoleCount] = {};
        int effective[RoleCount] = {};
        int changed[RoleCount] = {};
        int conflict[RoleCount] = {};
    };
    void rebuild();
    // The sections with `matrix`'s cells written in, as one step named `text`.
    Result<bool> writeBack(const PermissionMatrix &matrix, const QString &text);
    Row rowFor(const SectionConfig &section, const SectionConfig *base) const;

    LayoutDocument *m_document;
    QList<Row> m_rows;
    mutable CompiledSectionCache m_compiled;
};

} // namespace wedsync
