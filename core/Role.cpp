// Role names on the wire and for display.
#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

const QList<Role> &allRoles()
{
    static const QList<Role> roles {Role::Guest,        Role::Vendor,      Role::Couple,
                                    Role::Photographer, Role::Coordinator, Role::Admin};
    return roles;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Guest:
        return u"guest"_s;
    case Role::Vendor:
        return u"vendor"_s;
    case Role::Couple:
        return u"couple"_s;
    case Role::Photographer:
        return u"photographer"_s;
    case Role::Coordinator:
        return u"coordinator"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"guest"_s;
}

std::optional<Role> roleFromName(QStringView name)
{
    // Wire names are exact and lower-case; "Admin" is a typo the validator should report,
    // not a role we silently accept.
    if (name == u"guest")
        return Role::Guest;
    if (name == u"vendor")
        return Role::Vendor;
    if (name == u"couple")
        return Role::Couple;
    if (name == u"photographer")
        return Role::Photographer;
    if (name == u"coordinator")
        return Role::Coordinator;
    if (name == u"admin")
        return Role::Admin;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Guest:
        return QCoreApplication::translate("wedsync::Role", "Guest");
    case Role::Vendor:
        return QCoreApplication::translate("wedsync::Role", "Vendor");
    case Role::Couple:
        return QCoreApplication::translate("wedsync::Role", "Couple");
    case Role::Photographer:
        return QCoreApplication::translate("wedsync::Role", "Photographer");
    case Role::Coordinator:
        return QCoreApplication::translate("wedsync::Role", "Coordinator");
    case Role::Admin:
        return QCoreApplication::translate("wedsync::Role", "Admin");
    }
    return QCoreApplication::translate("wedsync::Role", "Guest");
}

} // namespace wedsync
