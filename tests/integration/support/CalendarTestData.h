#pragma once
// What the calendar sync tests start from and read back, on a migrated test database: a
// fresh organization with one planner (their calendar's owner), appointments made as WedSync
// would, the live appointments and the open calendar conflicts.

#include "AppointmentRules.h"
#include "Clock.h"
#include "storage/SyncConflictRepository.h"

#include <QList>
#include <QString>

namespace wedsync::server {
class Database;
}

namespace wedsync::test {

struct CalendarOwner
{
    QString organizationId;
    QString userId;
    QString tag; // random, unique to this owner
};

// An organization and a planner in it; empty ids (and a warning) on failure.
CalendarOwner createCalendarOwner(server::Database &db, const Clock &clock);

// A 90-minute tasting in Madrid on 2027-03-28 at 11:00 with one attendee.
appointments::Appointment createAppointment(server::Database &db, const Clock &clock,
                                            const CalendarOwner &owner, const QString &title);

QList<appointments::Appointment> liveAppointments(server::Database &db, const Clock &clock,
                                                  const QString &organizationId);

QList<server::SyncConflict> openCalendarConflicts(server::Database &db, const Clock &clock,
                                                  const QString &organizationId);

} // namespace wedsync::test
