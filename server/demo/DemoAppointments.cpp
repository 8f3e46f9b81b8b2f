#include "demo/DemoAppointments.h"

#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/WeddingRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using appointments::Appointment;

namespace {

struct DemoSlot
{
    QString key;
    QString kind;
    QString title; // %1: the couple
    int daysBefore; // the wedding's date minus this
    QTime start; // local time in the wedding's zone
    int minutes;
    QString location;
};

const QList<DemoSlot> &slots()
{
    static const QList<DemoSlot> list {
        {u"consultation"_s, u"consultation"_s, u"First consultation with %1"_s, 180, QTime(10, 0),
         60, u"Studio"_s},
        {u"tasting"_s, u"tasting"_s, u"Menu tasting: %1"_s, 45, QTime(18, 30), 120,
         u"The caterer's kitchen"_s},
        {u"rehearsal"_s, u"rehearsal"_s, u"Rehearsal: %1"_s, 1, QTime(17, 0), 90,
         u"Ceremony venue"_s},
    };
    return list;
}

Appointment timed(const QString &organizationId, const QString &weddingId, const QString &key,
                  const QDate &day, const QTime &start, int minutes, const QString &zone)
{
    Appointment a;
    a.id = ids::named(u"appointment:"_s + organizationId + u':' + weddingId + u':' + key);
    a.organizationId = organizationId;
    a.weddingId = weddingId;
    a.timeZone = zone;
    const QDateTime local(day, start, QTimeZone(zone.toUtf8()));
    a.startsAt = local.toUTC();
    a.endsAt = local.addSecs(qint64(minutes) * 60).toUTC();
    return a;
}

} // namespace

DemoAppointments::DemoAppointments(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status DemoAppointments::seed(const QString &organizationId, const QString &plannerId,
                              const QString &teamTimeZone)
{
    AppointmentRepository repository(m_db, m_clock);
    auto weddings = WeddingRepository(m_db, m_clock).list(organizationId);
    if (!weddings)
        return weddings.error();
    QList<Appointment> list;
    for (const Wedding &wedding : weddings.value()) {
        for (const DemoSlot &slot : slots()) {
            Appointment a = timed(organizationId, wedding.id, slot.key,
                                  wedding.weddingDate.addDays(-slot.daysBefore), slot.start,
                                  slot.minutes, wedding.timeZone);
            a.kind = slot.kind;
            a.title = slot.title.arg(wedding.coupleName);
            a.location = slot.location;
            a.attendees = {u"couple.%1@example.com"_s.arg(wedding.id.left(8))};
            list << a;
        }
    }
    const QDate today = m_clock.now().toTimeZone(QTimeZone(teamTimeZone.toUtf8())).date();
    Appointment meeting = timed(organizationId, {}, u"team-meeting"_s, today.addDays(3),
                                QTime(9, 0), 45, teamTimeZone);
    meeting.kind = u"meeting"_s;
    meeting.title = u"Team planning meeting"_s;
    meeting.notes = u"Walk through the coming month's weddings and who covers which."_s;
    list << meeting;
    for (Appointment a : std::as_const(list)) {
        a.createdBy = plannerId;
        a = appointments::normalized(std::move(a));
        if (const QList<FieldError> problems = appointments::validate(a); !problems.isEmpty())
            return Error {u"invalid_demo_appointment"_s,
                          a.title + u": "_s + problems.constFirst().message,
                          {}};
        if (auto created = repository.create(a); !created)
            return created.error();
    }
    return ok();
}

} // namespace wedsync::server
