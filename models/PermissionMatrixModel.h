#pragma once
// The permission matrix over a dashboard's sections: one row per section (grouped by type),
// one column per role, each cell three flags (view, edit, hide) as the section's lists grant
// them, next to what the role really gets once the engine's rules apply (a grant inherited
// through the role hierarchy, an admin's edit). Edits go through the LayoutDocument, so they
// are undoable, merged with other people's saves and saved like any section change.

#include "PermissionEngine.h"
#include "Result.h"
#include "Role.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace wedsync {

class LayoutDocument;

enum CellFlag : int { ViewFlag = 1, EditFlag = 2, HideFlag = 4 };

// The flag a CellFlag stands for in the engine's explanations.
PermissionFlag permissionFlagOf(CellFlag flag);

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
    Row rowFor(const SectionConfig &section, const SectionConfig *base) const;

    LayoutDocument *m_document;
    QList<Row> m_rows;
    QList<UserProfile> m_profiles; // one per column: a person holding just that role
    EvaluationScope m_scope;
    mutable CompiledSectionCache m_compiled;
};

// The cell as the section's lists grant it (view: visibility.roles or permissions.canView).
int grantedFlags(const SectionConfig &section, Role role);
// The section with `flag` of `role` set or cleared in its lists (clearing view removes the role
// from both lists; setting it adds it to visibility.roles unless either list has it).
SectionConfig withGrant(SectionConfig section, Role role, CellFlag flag, bool on);

} // namespace wedsync
