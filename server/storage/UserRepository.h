#pragma once
// Accounts and what they are: users, their organization memberships and platform staff roles.

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class UserRepository
{
public:
    UserRepository(Database &db, const Clock &clock);

    // Fails with "unique_violation" when the e-mail is taken (whatever its case).
    Result<User> create(User user);
    Result<std::optional<User>> find(const QString &id);
    Result<std::optional<User>> findByEmail(const QString &email); // case-insensitive

    // After a login found the stored hash weaker than today's cost.
    Status updatePasswordHash(const QString &userId, const QString &passwordHash);

    Status addMembership(const Membership &membership);
    // With organization names, ordered by organization name.
    Result<QList<Membership>> memberships(const QString &userId);
    // The caller's organization id scopes the read: members of that tenant only.
    Result<QList<Member>> membersOf(const QString &organizationId);
    Result<std::optional<Membership>> membership(const QString &userId,
                                                 const QString &organizationId);

    // A member's role in one organization; not_found when they are not a member.
    Status setMembershipRole(const QString &userId, const QString &organizationId, Role role);
    Status setStaffKind(const QString &userId, StaffKind kind);
    Result<std::optional<StaffKind>> staffKind(const QString &userId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
