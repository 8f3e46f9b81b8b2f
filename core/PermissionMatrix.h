#pragma once
// The role × section matrix that the permissions screen edits and the server stores: one row per
// section, one column per role, each cell {view, edit, hide} read from and written back to the
// section's role lists. The console and the server share this one definition of a cell.
//
// view = the role is in visibility.roles or permissions.canView; edit = permissions.canEdit;
// hide = permissions.canHide. These are the stored grants, not the effective permissions
// (inheritance, phases and conditions: PermissionInheritance.h and PermissionEngine.h). Writing
// view = true adds the role to visibility.roles unless either list already has it; writing
// view = false removes it from both. A matrix read and written back unchanged changes nothing.

#include "Role.h"
#include "SectionConfig.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace wedsync {

enum class MatrixFlag : quint8 { View, Edit, Hide };
inline constexpr std::array<MatrixFlag, 3> AllMatrixFlags {MatrixFlag::View, MatrixFlag::Edit,
                                                           MatrixFlag::Hide};
// "view" | "edit" | "hide"
QString matrixFlagName(MatrixFlag flag);
std::optional<MatrixFlag> matrixFlagFromName(QStringView name);

struct MatrixCell
{
    bool view = false;
    bool edit = false;
    bool hide = false;

    bool flag(MatrixFlag f) const;
    void setFlag(MatrixFlag f, bool value);
    friend bool operator==(const MatrixCell &, const MatrixCell &) = default;
};

// What one write sets for one role; an absent flag keeps its value.
struct MatrixCellEdit
{
    std::optional<bool> view;
    std::optional<bool> edit;
    std::optional<bool> hide;

    static MatrixCellEdit all(const MatrixCell &cell) { return {cell.view, cell.edit, cell.hide}; }
    bool isEmpty() const { return !view && !edit && !hide; }
    friend bool operator==(const MatrixCellEdit &, const MatrixCellEdit &) = default;
};

// The cell of `role` as the section's lists grant it.
MatrixCell matrixCellOf(const SectionConfig &section, Role role);
// Writes `edit` into the section's lists by the rule above (the only writer of cells).
void writeMatrixCell(SectionConfig *section, Role role, const MatrixCellEdit &edit);

struct MatrixRow
{
    QString sectionId;
    QString sectionType;
    QString title; // customization.title, may be empty
    QString weddingId; // empty for an organization-wide section
    qint64 version = 0; // the section's version the cells were read at
    std::array<MatrixCell, RoleCount> cells; // by roleRank()

    const MatrixCell &cell(Role role) const { return cells[static_cast<size_t>(roleRank(role))]; }
    MatrixCell &cell(Role role) { return cells[static_cast<size_t>(roleRank(role))]; }
    friend bool operator==(const MatrixRow &, const MatrixRow &) = default;
};

MatrixRow matrixRowOf(const SectionConfig &section);
// `section` with every cell of `row` written into its lists (roles in rank order, so that the
// lists come out the same whatever order the cells were edited in).
SectionConfig withMatrixRow(SectionConfig section, const MatrixRow &row);

struct PermissionMatrix
{
    QString organizationId;
    QList<MatrixRow> rows; // in the order of the sections it was built from

    static PermissionMatrix fromSections(const QString &organizationId,
                                         const QList<SectionConfig> &sections);
    // -1 when no row has that section id.
    qsizetype indexOf(const QString &sectionId) const;
    const MatrixRow *row(const QString &sectionId) const;
    MatrixRow *row(const QString &sectionId);
    friend bool operator==(const PermissionMatrix &, const PermissionMatrix &) = default;
};

// The roles in the order the screen and the API list them: admin, coordinator, photographer,
// couple, vendor, guest.
QList<Role> matrixColumnRoles();

} // namespace wedsync
