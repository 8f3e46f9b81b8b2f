#pragma once
// Where each cell of the permission matrix comes from: whether a role may view, edit or hide a
// section because the section names it (direct), only because the role hierarchy passes another
// role's visibility down (inherited, with that role), or by a role rule (admins and coordinators
// edit), in the permission engine's own words ("photographer may view timeline: inherited from
// vendor's visibility").
//
// Role rules only: wedding access, the wedding phase and visibility conditions depend on the
// person and the day (Evaluate shows those, with PermissionEngine).

#include "PermissionEngine.h"
#include "PermissionMatrix.h"

#include <QList>

#include <array>
#include <optional>

namespace wedsync {

enum class GrantSource : quint8 {
    None, // not granted
    Direct, // the section names the role (visibility.roles, canView, canEdit, canHide)
    Inherited, // view only: through the visibility of a role the hierarchy passes down
    RoleRule, // edit only: admins edit every section, coordinators all but billing and admin
};

struct FlagGrant
{
    bool granted = false;
    GrantSource source = GrantSource::None;
    std::optional<Role> from; // Inherited: the role whose visibility is inherited
    QList<PermissionReason> reasons; // the engine's reasons for this flag, in its order
    // The reason that decides the cell, as the engine says it (empty when not explained).
    QString text;

    bool isInheritedOnly() const { return granted && source == GrantSource::Inherited; }
    friend bool operator==(const FlagGrant &, const FlagGrant &) = default;
};

struct CellGrants
{
    FlagGrant view;
    FlagGrant edit; // needs view, as in the engine
    FlagGrant hide;

    const FlagGrant &flag(MatrixFlag f) const;
    friend bool operator==(const CellGrants &, const CellGrants &) = default;
};

struct RowGrants
{
    QString sectionId;
    std::array<CellGrants, RoleCount> cells; // by roleRank()

    const CellGrants &cell(Role role) const { return cells[static_cast<size_t>(roleRank(role))]; }
};

// The grants of every role on `section` from role rules alone. Without `explain` the reasons
// stay empty (sources and `from` are still set): the cheap form for painting a whole matrix.
std::array<CellGrants, RoleCount> roleGrants(const CompiledSection &section, bool explain = true);
// One cell, e.g. for a tooltip.
CellGrants roleGrants(const CompiledSection &section, Role role, bool explain = true);

// Every row of `sections` (in their order).
QList<RowGrants> matrixGrants(const QList<SectionConfig> &sections, bool explain = false);
// The edited matrix written onto `sections` first (rows the matrix lacks are left as they are).
QList<RowGrants> matrixGrants(const PermissionMatrix &matrix, const QList<SectionConfig> &sections,
                              bool explain = false);

} // namespace wedsync
