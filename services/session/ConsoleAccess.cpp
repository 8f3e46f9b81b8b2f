#include "session/ConsoleAccess.h"

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

OperatorKind kindOf(bool consoleAccess, const QString &staff, bool admin, bool coordinator)
{
    if (!consoleAccess)
        return OperatorKind::NoAccess;
    if (staff == u"platform_admin")
        return OperatorKind::PlatformAdmin;
    if (staff == u"support")
        return OperatorKind::Support;
    if (admin)
        return OperatorKind::OrganizationAdmin;
    if (coordinator)
        return OperatorKind::Coordinator;
    return OperatorKind::NoAccess;
}
} // namespace

QList<ConsoleScreen> allConsoleScreens()
{
    return {
        ConsoleScreen::SyncHealth,   ConsoleScreen::Audit,          ConsoleScreen::LayoutEditor,
        ConsoleScreen::Permissions,  ConsoleScreen::ConflictCenter, ConsoleScreen::Suppliers,
        ConsoleScreen::Integrations, ConsoleScreen::Calendars,      ConsoleScreen::Configuration};
}

QString consoleScreenPageId(ConsoleScreen screen)
{
    switch (screen) {
    case ConsoleScreen::SyncHealth:
        return u"dashboard"_s;
    case ConsoleScreen::Audit:
        return u"audit"_s;
    case ConsoleScreen::LayoutEditor:
        return u"layout"_s;
    case ConsoleScreen::Permissions:
        return u"permissions"_s;
    case ConsoleScreen::ConflictCenter:
        return u"conflicts"_s;
    case ConsoleScreen::Suppliers:
        return u"suppliers"_s;
    case ConsoleScreen::Integrations:
        return u"integrations"_s;
    case ConsoleScreen::Calendars:
        return u"calendars"_s;
    case ConsoleScreen::Configuration:
        return u"configuration"_s;
    }
    return {};
}

bool mayOpen(OperatorKind kind, ConsoleScreen screen)
{
    // The server's rules (server/README.md): sync health, audit and conflicts are read by
    // platform staff and an organization's admins; sections and the permission matrix by
    // editors (platform admins, admins, coordinators); support changes no configuration, but
    // reads layouts and permissions (both open read-only for them, and the matrix for
    // coordinators too: only admins change grants).
    switch (screen) {
    case ConsoleScreen::SyncHealth:
    case ConsoleScreen::Audit:
    case ConsoleScreen::ConflictCenter:
    // Settings: platform admins write every level, an organization's admins their own and read
    // their members'; support reads; coordinators keep their own settings elsewhere.
    case ConsoleScreen::Configuration:
        return kind == OperatorKind::PlatformAdmin || kind == OperatorKind::Support
            || kind == OperatorKind::OrganizationAdmin;
    case ConsoleScreen::LayoutEditor:
        return kind == OperatorKind::PlatformAdmin || kind == OperatorKind::OrganizationAdmin
            || kind == OperatorKind::Coordinator || kind == OperatorKind::Support;
    case ConsoleScreen::Permissions:
    case ConsoleScreen::Suppliers: // coordinators review, admins decide tiers, support reads
    case ConsoleScreen::Integrations: // admins connect CRMs; coordinators read, support retries
    case ConsoleScreen::Calendars: // appointments: whoever sees the organization reads them
        return kind == OperatorKind::PlatformAdmin || kind == OperatorKind::OrganizationAdmin
            || kind == OperatorKind::Coordinator || kind == OperatorKind::Support;
    }
    return false;
}

QList<ConsoleScreen> ConsoleAccess::screens() const
{
    QList<ConsoleScreen> open;
    for (ConsoleScreen screen : allConsoleScreens()) {
        if (mayOpen(screen))
            open.append(screen);
    }
    return open;
}

ConsoleAccess consoleAccessFromMe(const QJsonObject &me)
{
    ConsoleAccess access;
    access.userId = me.value(u"user"_s).toObject().value(u"id"_s).toString();
    access.consoleAccess = me.value(u"consoleAccess"_s).toBool();
    const QString staff = me.value(u"platformStaff"_s).toString();
    access.platformStaff = !staff.isEmpty();
    bool admin = false;
    bool coordinator = false;
    QString firstRole;
    QString firstOrganization;
    for (const QJsonValue &value : me.value(u"memberships"_s).toArray()) {
        const QJsonObject membership = value.toObject();
        access.organizationIds.append(membership.value(u"organizationId"_s).toString());
        const QString role = membership.value(u"role"_s).toString();
        admin = admin || role == u"admin";
        coordinator = coordinator || role == u"coordinator";
        if (firstRole.isEmpty() || role == u"admin") {
            firstRole = role;
            firstOrganization = membership.value(u"organizationName"_s).toString();
        }
    }
    access.kind = kindOf(access.consoleAccess, staff, admin, coordinator);
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
