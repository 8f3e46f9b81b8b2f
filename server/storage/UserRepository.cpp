#include "storage/UserRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString UserColumns = u"id, email, display_name, password_hash, disabled, created_at"_s;

User readUser(const SqlQuery &q)
{
    return User {q.text(0), q.text(1),           q.text(2),
                 q.text(3), q.value(4).toBool(), sql::toDateTime(q.value(5))};
}

Result<std::optional<User>> readOne(SqlQuery &q, const QString &doing)
{
    if (auto done = q.exec(doing); !done)
        return done.error();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

// Rows of (user_id, organization_id, organization name, role).
Result<QList<Membership>> readMemberships(SqlQuery &q, const QString &doing)
{
    if (auto done = q.exec(doing); !done)
        return done.error();
    QList<Membership> out;
    while (q.next()) {
        const auto role = roleFromName(q.text(3));
        if (!role) // the CHECK constraint makes this unreachable unless the schema drifts
            return Error {
                u"storage_error"_s, u"Unknown role \"%1\" in memberships."_s.arg(q.text(3)), {}};
        out << Membership {q.text(0), q.text(1), q.text(2), *role};
    }
    return out;
}

} // namespace

UserRepository::UserRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<User> UserRepository::create(User user)
{
    if (!user.createdAt.isValid())
        user.createdAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO users (id, email, display_name, password_hash, disabled, created_at) "
               "VALUES (:id, :email, :name, :hash, :disabled, :at)"_s);
    q.bind(u":id"_s, user.id)
        .bind(u":email"_s, user.email)
        .bind(u":name"_s, user.displayName)
        .bind(u":hash"_s, user.passwordHash)
        .bind(u":disabled"_s, user.disabled)
        .bind(u":at"_s, sql::timestamp(user.createdAt));
    if (auto done = q.exec(u"inserting a user"_s); !done)
        return done.error();
    return user;
}

Result<std::optional<User>> UserRepository::find(const QString &id)
{
    SqlQuery q(m_db, u"SELECT "_s + UserColumns + u" FROM users WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return readOne(q, u"reading a user"_s);
}

Result<std::optional<User>> UserRepository::findByEmail(const QString &email)
{
    SqlQuery q(m_db,
               u"SELECT "_s + UserColumns + u" FROM users WHERE lower(email) = lower(:email)"_s);
    q.bind(u":email"_s, email.trimmed());
    return readOne(q, u"looking up a user by e-mail"_s);
}

Status UserRepository::updatePasswordHash(const QString &userId, const QString &passwordHash)
{
    SqlQuery q(m_db, u"UPDATE users SET password_hash = :hash WHERE id = :id"_s);
    q.bind(u":hash"_s, passwordHash).bind(u":id"_s, userId);
    return q.exec(u"updating a password hash"_s);
}

Status UserRepository::addMembership(const Membership &membership)
{
    SqlQuery q(m_db,
               u"INSERT INTO memberships (user_id, organization_id, role, created_at) "
               "VALUES (:user, :org, :role, :at)"_s);
    q.bind(u":user"_s, membership.userId)
        .bind(u":org"_s, membership.organizationId)
        .bind(u":role"_s, roleName(membership.role))
        .bind(u":at"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"inserting a membership"_s);
}

Result<QList<Membership>> UserRepository::memberships(const QString &userId)
{
    SqlQuery q(m_db,
               u"SELECT m.user_id, m.organization_id, o.name, m.role FROM memberships m"
               " JOIN organizations o ON o.id = m.organization_id"
               " WHERE m.user_id = :user ORDER BY o.name, o.id"_s);
    q.bind(u":user"_s, userId);
    return readMemberships(q, u"reading a user's memberships"_s);
}

Result<QList<Member>> UserRepository::membersOf(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT u.id, u.email, u.display_name, m.role FROM memberships m"
               " JOIN users u ON u.id = m.user_id"
               " WHERE m.organization_id = :org ORDER BY lower(u.email), u.id"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading an organization's members"_s); !done)
        return done.error();
    QList<Member> out;
    while (q.next()) {
        const auto role = roleFromName(q.text(3));
        if (!role)
            return Error {
                u"storage_error"_s, u"Unknown role \"%1\" in memberships."_s.arg(q.text(3)), {}};
        out << Member {q.text(0), q.text(1), q.text(2), *role};
    }
    return out;
}

Status UserRepository::setMembershipRole(const QString &userId, const QString &organizationId,
                                         Role role)
{
    SqlQuery q(
        m_db,
        u"UPDATE memberships SET role = :role WHERE user_id = :user AND organization_id = :org"_s);
    q.bind(u":role"_s, roleName(role)).bind(u":user"_s, userId).bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"changing a member's role"_s); !done)
        return done;
    if (q.rowsAffected() == 0)
        return Error {u"not_found"_s, u"The member was not found."_s, {}};
    return ok();
}

Result<std::optional<Membership>> UserRepository::membership(const QString &userId,
                                                             const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT m.user_id, m.organization_id, o.name, m.role FROM memberships m"
               " JOIN organizations o ON o.id = m.organization_id"
               " WHERE m.user_id = :user AND m.organization_id = :org"_s);
    q.bind(u":user"_s, userId).bind(u":org"_s, organizationId);
    auto rows = readMemberships(q, u"reading a membership"_s);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Membership>();
    return std::optional<Membership>(rows->constFirst());
}

Status UserRepository::setStaffKind(const QString &userId, StaffKind kind)
{
    SqlQuery q(m_db,
               u"INSERT INTO platform_staff (user_id, kind, created_at) VALUES (:user, :kind, :at)"
               " ON CONFLICT (user_id) DO UPDATE SET kind = excluded.kind"_s);
    q.bind(u":user"_s, userId)
        .bind(u":kind"_s, staffKindName(kind))
        .bind(u":at"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"recording platform staff"_s);
}

Result<std::optional<StaffKind>> UserRepository::staffKind(const QString &userId)
{
    SqlQuery q(m_db, u"SELECT kind FROM platform_staff WHERE user_id = :user"_s);
    q.bind(u":user"_s, userId);
    if (auto done = q.exec(u"reading platform staff"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<StaffKind>();
    return staffKindFromName(q.text(0));
}

} // namespace wedsync::server
