#include "CalendarTestData.h"

#include "common/Ids.h"
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::test {

using appointments::Appointment;
using namespace wedsync::server;

CalendarOwner createCalendarOwner(Database &db, const Clock &clock)
{
    CalendarOwner owner;
    owner.tag = QString::number(QRandomGenerator::global()->generate64(), 16);
    Organization org;
    org.id = ids::create();
    org.name = u"Olivar Weddings "_s + owner.tag;
    org.slug = u"olivar-"_s + owner.tag;
    org.subscriptionTier = u"professional"_s;
    User user;
    user.id = ids::create();
    user.email = u"planner-"_s + owner.tag + u"@example.com"_s;
    user.displayName = u"Planner"_s;
    user.passwordHash = u"x"_s;
    if (!OrganizationRepository(db, clock).create(org).ok()
        || !UserRepository(db, clock).create(user).ok()) {
        qWarning() << "could not create the calendar's owner";
        return owner;
    }
    owner.organizationId = org.id;
    owner.userId = user.id;
    return owner;
}

Appointment createAppointment(Database &db, const Clock &clock, const CalendarOwner &owner,
                              const QString &title)
{
    Appointment a;
    a.id = ids::create();
    a.organizationId = owner.organizationId;
    a.title = title;
    a.kind = u"tasting"_s;
    a.timeZone = u"Europe/Madrid"_s;
    a.startsAt = QDateTime(QDate(2027, 3, 28), QTime(9, 0), QTimeZone::utc());
    a.endsAt = QDateTime(QDate(2027, 3, 28), QTime(10, 30), QTimeZone::utc());
    a.location = u"Finca El Olivar"_s;
    a.attendees = {u"ana@example.com"_s};
    a.createdBy = a.updatedBy = owner.userId;
    auto created = AppointmentRepository(db, clock).create(appointments::normalized(a));
    if (!created)
        qWarning() << created.error().message;
    return created.ok() ? created.value() : Appointment();
}

QList<Appointment> liveAppointments(Database &db, const Clock &clock, const QString &organizationId)
{
    AppointmentRepository::Filter filter;
    filter.organizationId = organizationId;
    filter.limit = 1000;
    auto found = AppointmentRepository(db, clock).query(filter);
    return found.ok() ? found.value() : QList<Appointment>();
}

QList<SyncConflict> openCalendarConflicts(Database &db, const Clock &clock,
                                          const QString &organizationId)
{
    SyncConflictRepository::Filter filter;
    filter.organizationId = organizationId;
    filter.status = u"open"_s;
    filter.source = u"calendar_sync"_s;
    auto found = SyncConflictRepository(db, clock).query(filter);
    return found.ok() ? found.value() : QList<SyncConflict>();
}

} // namespace wedsync::test
