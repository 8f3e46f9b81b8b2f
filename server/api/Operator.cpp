#include "api/Operator.h"

#include "SectionEditRule.h"

namespace wedsync::server {

namespace {
bool isConsoleRole(Role role)
{
    return role == Role::Admin || role == Role::Coordinator;
}
} // namespace

Operator::Operator(User user, QString sessionId, std::optional<StaffKind> staff,
                   QList<Membership> memberships)
    : m_user(std::move(user))
    , m_sessionId(std::move(sessionId))
    , m_staff(staff)
    , m_memberships(std::move(memberships))
{
    m_user.passwordHash.clear(); // nothing downstream needs it
}

bool Operator::hasConsoleAccess() const
{
    return m_staff.has_value() || !consoleOrganizationIds().isEmpty();
}

std::optional<Role> Operator::roleIn(const QString &organizationId) const
{
    for (const Membership &membership : m_memberships) {
        if (membership.organizationId == organizationId)
            return membership.role;
    }
    return std::nullopt;
}

bool Operator::canRead(const QString &organizationId) const
{
    if (m_staff)
        return true;
    const auto role = roleIn(organizationId);
    return role && isConsoleRole(*role);
}

bool Operator::canEditSections(const QString &organizationId) const
{
    if (isPlatformAdmin())
        return true;
    const auto role = roleIn(organizationId);
    return role && isConsoleRole(*role);
}

bool Operator::canAdminister(const QString &organizationId) const
{
    return isPlatformAdmin() || roleIn(organizationId) == Role::Admin;
}

bool Operator::canEditSection(const SectionConfig &section) const
{
    if (canAdminister(section.organizationId))
        return true;
    if (roleIn(section.organizationId) != Role::Coordinator)
        return false;
    return coordinatorEditsSectionType(section.sectionType)
        || section.permissions.canEdit.contains(wedsync::roleName(Role::Coordinator));
}

bool Operator::canReadOperations(const QString &organizationId) const
{
    return m_staff.has_value() || roleIn(organizationId) == Role::Admin;
}

QStringList Operator::operationsOrganizationIds() const
{
    QStringList ids;
    for (const Membership &membership : m_memberships) {
        if (membership.role == Role::Admin)
            ids << membership.organizationId;
    }
    return ids;
}

QString Operator::roleName(const QString &organizationId) const
{
    if (m_staff)
        return staffKindName(*m_staff);
    if (const auto role = roleIn(organizationId))
        return wedsync::roleName(*role);
    return {};
}

QStringList Operator::consoleOrganizationIds() const
{
    QStringList ids;
    for (const Membership &membership : m_memberships) {
        if (isConsoleRole(membership.role))
            ids << membership.organizationId;
    }
    return ids;
}

} // namespace wedsync::server
