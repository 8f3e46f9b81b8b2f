// The seed's role inheritance table.
#include "RoleHierarchy.h"

#include <QStringList>

#include <array>

namespace wedsync {

namespace {

struct Table
{
    std::array<QList<Role>, RoleCount> lists;
    std::array<RoleMask, RoleCount> masks {};

    Table()
    {
        lists[roleRank(Role::Admin)]
            = {Role::Coordinator, Role::Photographer, Role::Couple, Role::Vendor, Role::Guest};
        lists[roleRank(Role::Coordinator)] = {Role::Photographer, Role::Vendor};
        lists[roleRank(Role::Photographer)] = {Role::Vendor};
        for (int i = 0; i < RoleCount; ++i) {
            for (Role inherited : std::as_const(lists[static_cast<size_t>(i)]))
                masks[static_cast<size_t>(i)] |= roleBit(inherited);
        }
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

const QList<Role> &inheritedRoles(Role role)
{
    return table().lists[static_cast<size_t>(roleRank(role))];
}

RoleMask inheritedRoleMask(Role role)
{
    return table().masks[static_cast<size_t>(roleRank(role))];
}

bool inheritsFrom(Role user, Role other)
{
    return (inheritedRoleMask(user) & roleBit(other)) != 0;
}

std::optional<Role> closestInheritedRole(Role role, RoleMask mask)
{
    if ((inheritedRoleMask(role) & mask) == 0)
        return std::nullopt;
    for (Role inherited : inheritedRoles(role)) {
        if (mask & roleBit(inherited))
            return inherited;
    }
    return std::nullopt;
}

QList<Role> rolesInMask(RoleMask mask)
{
    QList<Role> out;
    for (Role role : allRoles()) {
        if (mask & roleBit(role))
            out.append(role);
    }
    return out;
}

RoleMask roleMaskFromNames(const QStringList &names, int *unknown)
{
    RoleMask mask = 0;
    int bad = 0;
    for (const QString &name : names) {
        if (const auto role = roleFromName(name))
            mask |= roleBit(*role);
        else
            ++bad;
    }
    if (unknown)
        *unknown = bad;
    return mask;
}

} // namespace wedsync
