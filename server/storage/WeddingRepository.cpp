#include "storage/WeddingRepository.h"

#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
Result<QList<WeddingAccess>> readAccess(SqlQuery &q)
{
    if (auto done = q.exec(u"reading wedding access"_s); !done)
        return done.error();
    QList<WeddingAccess> out;
    while (q.next())
        out << WeddingAccess {q.text(0), q.text(1), q.text(2)};
    return out;
}

const QString Columns
    = u"id, organization_id, couple_name, wedding_date, time_zone, status, version,"
      " created_at, updated_at"_s;

Wedding readWedding(const SqlQuery &q)
{
    return Wedding {q.text(0),
                    q.text(1),
                    q.text(2),
                    sql::toDate(q.value(3)),
                    q.text(4),
                    q.text(5),
                    q.value(6).toLongLong(),
                    sql::toDateTime(q.value(7)),
                    sql::toDateTime(q.value(8))};
}

} // namespace

WeddingRepository::WeddingRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<Wedding> WeddingRepository::create(Wedding wedding)
{
    const QDateTime now = m_clock.now();
    if (!wedding.createdAt.isValid())
        wedding.createdAt = now;
    if (!wedding.updatedAt.isValid())
        wedding.updatedAt = wedding.createdAt;
    SqlQuery q(
        m_db,
        u"INSERT INTO weddings (id, organization_id, couple_name, wedding_date, time_zone,"
        " status, version, created_at, updated_at)"
        " VALUES (:id, :org, :couple, :date, :zone, :status, :version, :created, :updated)"_s);
    q.bind(u":id"_s, wedding.id)
        .bind(u":org"_s, wedding.organizationId)
        .bind(u":couple"_s, wedding.coupleName)
        .bind(u":date"_s, wedding.weddingDate.toString(Qt::ISODate))
        .bind(u":zone"_s, wedding.timeZone)
        .bind(u":status"_s, wedding.status)
        .bind(u":version"_s, wedding.version)
        .bind(u":created"_s, sql::timestamp(wedding.createdAt))
        .bind(u":updated"_s, sql::timestamp(wedding.updatedAt));
    if (auto done = q.exec(u"inserting a wedding"_s); !done)
        return done.error();
    // The wedding's date is on the calendar as its wedding-day appointment.
    if (auto day = AppointmentRepository(m_db, m_clock).ensureWeddingDay(wedding); !day)
        return day.error();
    return wedding;
}

Result<std::optional<Wedding>> WeddingRepository::find(const QString &organizationId,
                                                       const QString &weddingId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM weddings WHERE organization_id = :org AND id = :id"_s);
    q.bind(u":org"_s, organizationId).bind(u":id"_s, weddingId);
    if (auto done = q.exec(u"reading a wedding"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Wedding>();
    return std::optional<Wedding>(readWedding(q));
}

Result<QList<Wedding>> WeddingRepository::list(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM weddings WHERE organization_id = :org ORDER BY wedding_date, id"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"listing weddings"_s); !done)
        return done.error();
    QList<Wedding> out;
    while (q.next())
        out << readWedding(q);
    return out;
}

Status WeddingRepository::grantAccess(const QString &organizationId, const WeddingAccess &access)
{
    // INSERT ... SELECT writes nothing when the wedding is another tenant's.
    SqlQuery q(
        m_db,
        u"INSERT INTO wedding_access (user_id, wedding_id, access_level)"
        " SELECT :user, id, :level FROM weddings WHERE id = :wedding AND organization_id = :org"
        " ON CONFLICT (user_id, wedding_id) DO UPDATE SET access_level = excluded.access_level"_s);
    q.bind(u":user"_s, access.userId)
        .bind(u":level"_s, access.accessLevel)
        .bind(u":wedding"_s, access.weddingId)
        .bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"granting wedding access"_s); !done)
        return done;
    if (q.rowsAffected() == 0)
        return Error {u"not_found"_s, u"The wedding does not exist in this organization."_s, {}};
    return ok();
}

Result<QList<WeddingAccess>> WeddingRepository::accessOf(const QString &organizationId,
                                                         const QString &userId)
{
    SqlQuery q(
        m_db,
        u"SELECT a.user_id, a.wedding_id, a.access_level FROM wedding_access a"
        " JOIN weddings w ON w.id = a.wedding_id"
        " WHERE w.organization_id = :org AND a.user_id = :user ORDER BY w.wedding_date, w.id"_s);
    q.bind(u":org"_s, organizationId).bind(u":user"_s, userId);
    return readAccess(q);
}

Result<QList<WeddingAccess>> WeddingRepository::accessIn(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT a.user_id, a.wedding_id, a.access_level FROM wedding_access a"
               " JOIN weddings w ON w.id = a.wedding_id"
               " WHERE w.organization_id = :org ORDER BY a.user_id, w.wedding_date, w.id"_s);
    q.bind(u":org"_s, organizationId);
    return readAccess(q);
}

Result<QString> WeddingRepository::organizationOf(const QString &weddingId)
{
    // A malformed id cannot name a wedding (and PostgreSQL would refuse to compare it).
    if (!ids::isUuid(weddingId))
        return QString();
    SqlQuery q(m_db, u"SELECT organization_id FROM weddings WHERE id = :id"_s);
    q.bind(u":id"_s, ids::normalized(weddingId));
    if (auto done = q.exec(u"finding a wedding's organization"_s); !done)
        return done.error();
    return q.next() ? q.text(0) : QString();
}

Result<QList<WeddingAccess>> WeddingRepository::revokeAccess(const QString &organizationId,
                                                             const QString &userId)
{
    auto granted = accessOf(organizationId, userId);
    if (!granted)
        return granted.error();
    for (const WeddingAccess &access : granted.value()) {
        SqlQuery q(m_db,
                   u"DELETE FROM wedding_access WHERE user_id = :user AND wedding_id = :wedding"_s);
        q.bind(u":user"_s, userId).bind(u":wedding"_s, access.weddingId);
        if (auto done = q.exec(u"revoking wedding access"_s); !done)
            return done.error();
    }
    return granted;
}

} // namespace wedsync::server
