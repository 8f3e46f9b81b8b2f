#pragma once
// Which roles' visibility a role inherits (the seed's roleHierarchy table), as lists and bitmasks.

#include "Role.h"

#include <QList>

#include <optional>

namespace wedsync {

// A set of roles as a bitmask: bit roleRank(role) is set for each member.
using RoleMask = quint8;

constexpr RoleMask roleBit(Role role)
{
    return static_cast<RoleMask>(1u << roleRank(role));
}
inline constexpr RoleMask AllRolesMask = static_cast<RoleMask>((1u << RoleCount) - 1u);

// The roles whose visibility `role` also gets, in the seed's order, not including `role` itself:
// admin -> coordinator, photographer, couple, vendor, guest; coordinator -> photographer, vendor;
// photographer -> vendor; couple, vendor, guest -> none.
// Deliberately not transitive beyond the table and not the same as the minimum-role rank:
// a coordinator does not inherit what the couple sees, even though it ranks higher.
const QList<Role> &inheritedRoles(Role role);
RoleMask inheritedRoleMask(Role role);

// True when `user` inherits the visibility of `other` (never for user == other).
bool inheritsFrom(Role user, Role other);

// The first role of inheritedRoles(role) that is in `mask`: the one a planner is told `role`
// inherits from (admin: coordinator before photographer). None when nothing in `mask` is
// inherited.
std::optional<Role> closestInheritedRole(Role role, RoleMask mask);

// Members of `mask`, lowest rank first.
QList<Role> rolesInMask(RoleMask mask);

// Parses wire names into a mask; unknown names are skipped and counted in `unknown` if given.
RoleMask roleMaskFromNames(const QStringList &names, int *unknown = nullptr);

} // namespace wedsync
