#pragma once
// Which screens an account may open, decided from GET /auth/me. One table, operator kind ×
// screen, holds the rule for the screens there are and the ones still to come, so a new screen
// only adds a row. The server has the last word: a 403 from a screen's first request takes the
// screen away too (Workspace::probeAccess).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync {

// Every screen of the console, built or planned, in sidebar order.
enum class ConsoleScreen {
    SyncHealth, // the sync health dashboard
    Audit, // the audit trail
    LayoutEditor, // sections: where, for whom, in which phase (support: read-only)
    Permissions, // the role × section matrix (support and coordinators: read-only)
    ConflictCenter, // sync conflicts, both sides, resolve
    Suppliers, // supplier compliance: the review queue, tiers (support: read-only)
    Integrations, // CRM connections, their sync jobs and imports (admins; others read)
    Calendars, // the agenda of an organization or wedding (everyone who sees the organization)
    Configuration, // the settings hierarchy: platform, organization, members (admins; support
                   // reads)
};

// What decides the screens: the strongest role an account holds.
enum class OperatorKind {
    PlatformAdmin, // platform staff: every tenant
    Support, // platform staff: reads every tenant, resolves conflicts, changes no permissions
    OrganizationAdmin, // admin of one or more organizations
    Coordinator, // a planner of an organization
    NoAccess, // vendors, couples, guests, photographers: not the console
};

QList<ConsoleScreen> allConsoleScreens();
// The page id of a screen ("dashboard", "audit", "layout", "permissions", "conflicts",
// "suppliers", "integrations", "calendars", "configuration").
QString consoleScreenPageId(ConsoleScreen screen);
// The rule: who may open what (whether or not the screen is built yet).
bool mayOpen(OperatorKind kind, ConsoleScreen screen);

struct ConsoleAccess
{
    QString userId; // the signed-in account's own id
    bool consoleAccess = false;
    bool platformStaff = false;
    OperatorKind kind = OperatorKind::NoAccess;
    QStringList organizationIds; // memberships (platform staff: none needed)
    QString role; // "platform_admin", "support", "admin", "coordinator", ...
    QString roleText; // translated: "Platform admin", "Admin of Evergreen", ...

    bool mayOpen(ConsoleScreen screen) const { return wedsync::mayOpen(kind, screen); }
    // The screens this account may open, in sidebar order.
    QList<ConsoleScreen> screens() const;
};

ConsoleAccess consoleAccessFromMe(const QJsonObject &me);

} // namespace wedsync
