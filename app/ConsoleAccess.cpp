#include "ConsoleAccess.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QString roleName(const QString &role)
{
    if (role == u"admin")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Admin");
    if (role == u"coordinator")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Coordinator");
    if (role == u"photographer")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Photographer");
    if (role == u"vendor")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Vendor");
    if (role == u"couple")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Couple");
    if (role == u"guest")
        return QCoreApplication::translate("wedsync::ConsoleAccess", "Guest");
    return role;
}
} // namespace

ConsoleAccess consoleAccessFromMe(const QJsonObject &me)
{
    ConsoleAccess access;
    access.consoleAccess = me.value(u"consoleAccess"_s).toBool();
    const QString staff = me.value(u"platformStaff"_s).toString();
    access.platformStaff = !staff.isEmpty();
    bool admin = false;
    QString firstRole;
    QString firstOrganization;
    for (const QJsonValue &value : me.value(u"memberships"_s).toArray()) {
        const QJsonObject membership = value.toObject();
        access.organizationIds.append(membership.value(u"organizationId"_s).toString());
        const QString role = membership.value(u"role"_s).toString();
        admin = admin || role == u"admin";
        if (firstRole.isEmpty() || role == u"admin") {
            firstRole = role;
            firstOrganization = membership.value(u"organizationName"_s).toString();
        }
    }
    access.dashboard = access.consoleAccess && (access.platformStaff || admin);
    access.audit = access.consoleAccess && (access.platformStaff || admin);
    access.role = access.platformStaff ? staff : firstRole;
    if (staff == u"platform_admin")
        access.roleText = QCoreApplication::translate("wedsync::ConsoleAccess", "Platform admin");
    else if (staff == u"support")
        access.roleText = QCoreApplication::translate("wedsync::ConsoleAccess", "Support");
    else if (!firstRole.isEmpty())
        access.roleText = QCoreApplication::translate("wedsync::ConsoleAccess", "%1, %2")
                              .arg(roleName(firstRole), firstOrganization);
    return access;
}

} // namespace wedsync
