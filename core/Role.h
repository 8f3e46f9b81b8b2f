#pragma once
// The six roles a person can hold in an organization, their names on the wire and their order.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

// Declared in minimum-role order (the seed's `minimumRole` ranking):
// guest < vendor < couple < photographer < coordinator < admin.
enum class Role : quint8 { Guest, Vendor, Couple, Photographer, Coordinator, Admin };

inline constexpr int RoleCount = 6;

// All roles, lowest rank first.
const QList<Role> &allRoles();

// Wire name: "guest", "vendor", "couple", "photographer", "coordinator", "admin".
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// Translated name for display ("Coordinator").
QString roleDisplayName(Role role);

// Position in the minimum-role order (guest = 0 ... admin = 5).
constexpr int roleRank(Role role)
{
    return static_cast<int>(role);
}
constexpr bool meetsMinimumRole(Role user, Role minimum)
{
    return roleRank(user) >= roleRank(minimum);
}

} // namespace wedsync
