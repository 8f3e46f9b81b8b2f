#pragma once
// Which screens an account may open, decided from GET /auth/me: platform staff see the sync
// dashboard and the audit trail of every tenant; an organization's admins see both for their
// organizations; coordinators and everyone else see neither (the server answers them 403).
// A 403 from a screen's first request takes the screen away too (see ConsoleApp).

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wedsync {

struct ConsoleAccess
{
    bool consoleAccess = false;
    bool platformStaff = false;
    bool dashboard = false;
    bool audit = false;
    QStringList organizationIds; // memberships (platform staff: none needed)
    QString role; // "platform_admin", "support", "admin", "coordinator", ...
    QString roleText; // translated: "Platform admin", "Admin of Evergreen", ...
};

ConsoleAccess consoleAccessFromMe(const QJsonObject &me);

} // namespace wedsync
