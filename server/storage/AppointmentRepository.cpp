#include "storage/AppointmentRepository.h"

#include "common/Ids.h"
#include "storage/SqlFilter.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using appointments::Appointment;

namespace {

const QString Columns
    = u"id, organization_id, wedding_id, title, kind, all_day, starts_at, ends_at, start_date,"
      " end_date, time_zone, location, notes, attendees, version, created_by, updated_by,"
      " created_at, updated_at, deleted_at"_s;

Appointment readAppointment(const SqlQuery &q)
{
    Appointment a;
    a.id = q.text(0);
    a.organizationId = q.text(1);
    a.weddingId = q.text(2);
    a.title = q.text(3);
    a.kind = q.text(4);
    a.allDay = q.value(5).toBool();
    a.startsAt = sql::toDateTime(q.value(6));
    a.endsAt = sql::toDateTime(q.value(7));
    a.startDate = q.value(8).isNull() ? QDate() : sql::toDate(q.value(8));
    a.endDate = q.value(9).isNull() ? QDate() : sql::toDate(q.value(9));
    a.timeZone = q.text(10);
    a.location = q.text(11);
    a.notes = q.text(12);
    const QJsonArray attendees = QJsonDocument::fromJson(q.text(13).toUtf8()).array();
    for (const QJsonValue &address : attendees)
        a.attendees << address.toString();
    a.version = q.value(14).toLongLong();
    a.createdBy = q.text(15);
    a.updatedBy = q.text(16);
    a.createdAt = sql::toDateTime(q.value(17));
    a.updatedAt = sql::toDateTime(q.value(18));
    a.deletedAt = sql::toDateTime(q.value(19));
    return a;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString attendeesText(const QStringList &attendees)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(attendees)).toJson(QJsonDocument::Compact));
}

// The content columns of an insert or update.
void bindContent(SqlQuery &q, const Appointment &a)
{
    q.bind(u":title"_s, a.title)
        .bind(u":kind"_s, a.kind)
        .bind(u":allDay"_s, a.allDay)
        .bind(u":startsAt"_s, sql::timestamp(a.startsAt))
        .bind(u":endsAt"_s, sql::timestamp(a.endsAt))
        .bind(u":startDate"_s, dateOrNull(a.startDate))
        .bind(u":endDate"_s, dateOrNull(a.endDate))
        .bind(u":zone"_s, a.timeZone)
        .bind(u":location"_s, sql::text(a.location))
        .bind(u":notes"_s, sql::text(a.notes))
        .bind(u":attendees"_s, attendeesText(a.attendees));
}

SqlFilter filterSql(const AppointmentRepository::Filter &filter)
{
    SqlFilter out;
    out.compare(u"organization_id"_s, u"="_s, filter.organizationId);
    out.equalsIfSet(u"wedding_id"_s, filter.weddingId);
    if (filter.from.isValid())
        out.compare(u"ends_at"_s, u">"_s, sql::timestamp(filter.from));
    if (filter.to.isValid())
        out.compare(u"starts_at"_s, u"<"_s, sql::timestamp(filter.to));
    if (filter.changedSince.isValid())
        out.compare(u"updated_at"_s, u">="_s, sql::timestamp(filter.changedSince));
    if (!filter.includeDeleted)
        out.term(u"deleted_at IS NULL"_s);
    if (filter.beforeAt.isValid() && !filter.beforeId.isEmpty())
        out.before(u"starts_at"_s, u"id"_s, sql::timestamp(filter.beforeAt), filter.beforeId);
    return out;
}

// The wedding day of a wedding: all day on its date, in its zone.
Appointment weddingDayOf(const Wedding &wedding)
{
    Appointment a;
    a.id = AppointmentRepository::weddingDayId(wedding.id);
    a.organizationId = wedding.organizationId;
    a.weddingId = wedding.id;
    a.title = u"Wedding day: %1"_s.arg(wedding.coupleName).left(appointments::MaxTitleLength);
    a.kind = appointments::WeddingDay;
    a.allDay = true;
    a.startDate = wedding.weddingDate;
    a.endDate = wedding.weddingDate.addDays(1);
    a.timeZone = wedding.timeZone;
    return appointments::normalized(a);
}

} // namespace

AppointmentRepository::AppointmentRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString AppointmentRepository::weddingDayId(const QString &weddingId)
{
    return ids::named(u"wedding-day:"_s + weddingId.toLower());
}

Result<Appointment> AppointmentRepository::create(Appointment a)
{
    const QDateTime now = m_clock.now();
    a.version = 1;
    a.createdAt = now;
    a.updatedAt = now;
    a.updatedBy = a.createdBy;
    a.deletedAt = {};
    SqlQuery q(m_db,
               u"INSERT INTO appointments (id, organization_id, wedding_id, title, kind, all_day,"
               " starts_at, ends_at, start_date, end_date, time_zone, location, notes, attendees,"
               " version, created_by, updated_by, created_at, updated_at)"
               " VALUES (:id, :org, :wedding, :title, :kind, :allDay, :startsAt, :endsAt,"
               " :startDate, :endDate, :zone, :location, :notes, :attendees, 1, :by, :by2,"
               " :now, :now2)"_s);
    q.bind(u":id"_s, a.id)
        .bind(u":org"_s, a.organizationId)
        .bind(u":wedding"_s, sql::nullableText(a.weddingId))
        .bind(u":by"_s, sql::nullableText(a.createdBy))
        .bind(u":by2"_s, sql::nullableText(a.createdBy))
        .bind(u":now"_s, sql::timestamp(now))
        .bind(u":now2"_s, sql::timestamp(now));
    bindContent(q, a);
    if (auto done = q.exec(u"inserting an appointment"_s); !done)
        return done.error();
    return a;
}

Result<std::optional<Appointment>>
AppointmentRepository::find(const QString &organizationId, const QString &id, bool includeDeleted)
{
    SqlQuery q(m_db,
               u"SELECT "_s + Columns
                   + u" FROM appointments WHERE organization_id = :org AND id = :id"_s
                   + (includeDeleted ? QString() : u" AND deleted_at IS NULL"_s));
    q.bind(u":org"_s, organizationId).bind(u":id"_s, id);
    if (auto done = q.exec(u"reading an appointment"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(readAppointment(q));
}

Result<Appointment> AppointmentRepository::update(const Appointment &a, qint64 expectedVersion)
{
    SqlQuery q(m_db,
               u"UPDATE appointments SET title = :title, kind = :kind, all_day = :allDay,"
               " starts_at = :startsAt, ends_at = :endsAt, start_date = :startDate,"
               " end_date = :endDate, time_zone = :zone, location = :location, notes = :notes,"
               " attendees = :attendees, version = version + 1, updated_by = :by,"
               " updated_at = :now"
               " WHERE organization_id = :org AND id = :id AND version = :expected"
               " AND deleted_at IS NULL"_s);
    bindContent(q, a);
    q.bind(u":by"_s, sql::nullableText(a.updatedBy))
        .bind(u":now"_s, sql::timestamp(m_clock.now()))
        .bind(u":org"_s, a.organizationId)
        .bind(u":id"_s, a.id)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"updating an appointment"_s); !done)
        return done.error();
    if (q.rowsAffected() == 0)
        return explainMiss(a.organizationId, a.id).error();
    auto stored = find(a.organizationId, a.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error {u"not_found"_s, u"The appointment no longer exists."_s, {}};
    return stored->value();
}

Result<Appointment> AppointmentRepository::markDeleted(const QString &organizationId,
                                                       const QString &id, qint64 expectedVersion,
                                                       const QString &userId)
{
    const QString now = sql::timestamp(m_clock.now());
    SqlQuery q(m_db,
               u"UPDATE appointments SET deleted_at = :now, updated_at = :now2,"
               " version = version + 1, updated_by = :by"
               " WHERE organization_id = :org AND id = :id AND version = :expected"
               " AND deleted_at IS NULL"_s);
    q.bind(u":now"_s, now)
        .bind(u":now2"_s, now)
        .bind(u":by"_s, sql::nullableText(userId))
        .bind(u":org"_s, organizationId)
        .bind(u":id"_s, id)
        .bind(u":expected"_s, expectedVersion);
    if (auto done = q.exec(u"deleting an appointment"_s); !done)
        return done.error();
    if (q.rowsAffected() == 0)
        return explainMiss(organizationId, id).error();
    auto stored = find(organizationId, id, true);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error {u"not_found"_s, u"The appointment no longer exists."_s, {}};
    return stored->value();
}

Result<qint64> AppointmentRepository::count(const Filter &filter)
{
    return filterSql(filter).count(m_db, u"appointments"_s, u"counting appointments"_s);
}

Result<QList<Appointment>> AppointmentRepository::query(const Filter &filter)
{
    return filterSql(filter).newestFirstBy(m_db, u"SELECT "_s + Columns + u" FROM appointments"_s,
                                           u"starts_at"_s, filter.limit, filter.offset,
                                           u"listing appointments"_s, readAppointment);
}

Status AppointmentRepository::ensureWeddingDay(const Wedding &wedding)
{
    const Appointment a = weddingDayOf(wedding);
    if (!appointments::validate(a).isEmpty())
        return Error {u"invalid_wedding"_s,
                      u"The wedding %1 has no valid date and time zone for its wedding day."_s.arg(
                          wedding.id),
                      {}};
    const QString now = sql::timestamp(m_clock.now());
    SqlQuery q(m_db,
               u"INSERT INTO appointments (id, organization_id, wedding_id, title, kind, all_day,"
               " starts_at, ends_at, start_date, end_date, time_zone, location, notes, attendees,"
               " version, created_at, updated_at)"
               " VALUES (:id, :org, :wedding, :title, :kind, :allDay, :startsAt, :endsAt,"
               " :startDate, :endDate, :zone, :location, :notes, :attendees, 1, :now, :now2)"
               " ON CONFLICT DO NOTHING"_s);
    q.bind(u":id"_s, a.id)
        .bind(u":org"_s, a.organizationId)
        .bind(u":wedding"_s, a.weddingId)
        .bind(u":now"_s, now)
        .bind(u":now2"_s, now);
    bindContent(q, a);
    return q.exec(u"adding a wedding day"_s);
}

Result<int> AppointmentRepository::ensureWeddingDays()
{
    SqlQuery q(m_db,
               u"SELECT w.id, w.organization_id, w.couple_name, w.wedding_date, w.time_zone"
               " FROM weddings w WHERE NOT EXISTS (SELECT 1 FROM appointments a"
               " WHERE a.wedding_id = w.id AND a.kind = 'wedding_day')"_s);
    if (auto done = q.exec(u"finding weddings without a wedding day"_s); !done)
        return done.error();
    QList<Wedding> missing;
    while (q.next()) {
        Wedding w;
        w.id = q.text(0);
        w.organizationId = q.text(1);
        w.coupleName = q.text(2);
        w.weddingDate = sql::toDate(q.value(3));
        w.timeZone = q.text(4);
        missing << w;
    }
    int added = 0;
    for (const Wedding &wedding : std::as_const(missing)) {
        if (auto made = ensureWeddingDay(wedding); !made)
            return made.error();
        ++added;
    }
    return added;
}

Status AppointmentRepository::explainMiss(const QString &organizationId, const QString &id)
{
    auto current = find(organizationId, id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {u"not_found"_s, u"The appointment was not found."_s, {}};
    return Error {u"version_conflict"_s,
                  u"Someone else changed this appointment; reload it and apply your change "
                  "again."_s,
                  {}};
}

} // namespace wedsync::server
