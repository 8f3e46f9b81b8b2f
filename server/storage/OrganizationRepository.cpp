#include "storage/OrganizationRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Columns = u"o.id, o.name, o.slug, o.subscription_tier, o.created_at"_s;

Organization readOrganization(const SqlQuery &q)
{
    return Organization {q.text(0), q.text(1), q.text(2), q.text(3), sql::toDateTime(q.value(4))};
}

Result<QList<Organization>> readAll(SqlQuery &q, const QString &doing)
{
    if (auto done = q.exec(doing); !done)
        return done.error();
    QList<Organization> out;
    while (q.next())
        out << readOrganization(q);
    return out;
}

} // namespace

OrganizationRepository::OrganizationRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<Organization> OrganizationRepository::create(Organization organization)
{
    if (!organization.createdAt.isValid())
        organization.createdAt = m_clock.now();
    SqlQuery q(m_db,
               u"INSERT INTO organizations (id, name, slug, subscription_tier, created_at) "
               "VALUES (:id, :name, :slug, :tier, :at)"_s);
    q.bind(u":id"_s, organization.id)
        .bind(u":name"_s, organization.name)
        .bind(u":slug"_s, organization.slug)
        .bind(u":tier"_s, organization.subscriptionTier)
        .bind(u":at"_s, sql::timestamp(organization.createdAt));
    if (auto done = q.exec(u"inserting an organization"_s); !done)
        return done.error();
    return organization;
}

Result<std::optional<Organization>> OrganizationRepository::find(const QString &id)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM organizations o WHERE o.id = :id"_s);
    q.bind(u":id"_s, id);
    if (auto done = q.exec(u"reading an organization"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Organization>();
    return std::optional<Organization>(readOrganization(q));
}

Result<QList<Organization>> OrganizationRepository::list()
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM organizations o ORDER BY o.name, o.id"_s);
    return readAll(q, u"listing organizations"_s);
}

Result<QList<Organization>> OrganizationRepository::listForUser(const QString &userId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM organizations o JOIN memberships m ON m.organization_id = o.id"
                     " WHERE m.user_id = :user ORDER BY o.name, o.id"_s);
    q.bind(u":user"_s, userId);
    return readAll(q, u"listing a user's organizations"_s);
}

Result<qint64> OrganizationRepository::count()
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM organizations"_s);
    if (auto done = q.exec(u"counting organizations"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace wedsync::server
