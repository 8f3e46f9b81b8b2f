#pragma once
// Who is calling and what the console lets them do: the authorization and tenancy context
// every route handler asks before it reads or writes.
//
// Console access (issue 3): platform admins do everything; support staff read every tenant,
// resolve conflicts and trigger syncs but never change permissions; an organization's admin
// does everything inside it; its coordinators (planners) edit sections and layouts and read
// permissions, but neither resync nor resolve conflicts (seesAllOrganizations() or
// canAdminister()). Other roles (photographer, couple, vendor, guest) have no console access.

#include "storage/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {

class Operator
{
public:
    Operator(User user, QString sessionId, std::optional<StaffKind> staff,
             QList<Membership> memberships);

    const User &user() const { return m_user; }
    const QString &userId() const { return m_user.id; }
    const QString &sessionId() const { return m_sessionId; }
    std::optional<StaffKind> staffKind() const { return m_staff; }
    const QList<Membership> &memberships() const { return m_memberships; }

    bool isPlatformAdmin() const { return m_staff == StaffKind::PlatformAdmin; }
    bool isSupport() const { return m_staff == StaffKind::Support; }
    // Platform staff, or admin/coordinator of at least one organization.
    bool hasConsoleAccess() const;

    std::optional<Role> roleIn(const QString &organizationId) const;
    // May see this organization and what is inside it (other tenants are "not found").
    bool canRead(const QString &organizationId) const;
    // May edit sections and layouts in it (platform admin, org admin, org coordinator).
    bool canEditSections(const QString &organizationId) const;
    // May change permissions and settings in it (platform admin, org admin).
    bool canAdminister(const QString &organizationId) const;
    // May change this section apart from its grants (visibility.roles, permissions.*, which
    // need canAdminister): admins every section, coordinators by the seed's edit rule
    // (coordinatorEditsSectionType, or the section's canEdit names them).
    bool canEditSection(const SectionConfig &section) const;
    // May read its operations: audit trail, sync events, conflicts, health, connections
    // (platform staff, org admin). REST and the tenant:<id>:admins topic both ask this.
    bool canReadOperations(const QString &organizationId) const;
    // The organizations whose operations a member reads (where they are admin); platform
    // staff read every one (seesAllOrganizations()).
    QStringList operationsOrganizationIds() const;
    // The caller's role as presence shows it: the staff kind, else the role in that
    // organization ("admin", "coordinator"); empty without either.
    QString roleName(const QString &organizationId) const;

    // Empty for platform staff (they see every tenant); otherwise the organizations where the
    // caller is admin or coordinator.
    bool seesAllOrganizations() const { return m_staff.has_value(); }
    QStringList consoleOrganizationIds() const;

private:
    User m_user;
    QString m_sessionId;
    std::optional<StaffKind> m_staff;
    QList<Membership> m_memberships;
};

} // namespace wedsync::server
