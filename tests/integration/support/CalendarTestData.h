#pragma once
// What the calendar sync tests start from and read back, on a migrated test database: a
// fresh organization with one planner (their calendar's owner), their calendar account,
// appointments made as WedSync would, a sync run, the live appointments and the open calendar
// conflicts.

#include "AppointmentRules.h"
#include "Clock.h"
#include "calendar/CalendarSync.h"
#include "storage/CalendarRows.h"
#include "storage/SyncConflictRepository.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace wedsync::server {
class CalendarRemote;
class Database;
} // namespace wedsync::server

namespace wedsync::test {

struct CalendarOwner
{
    QString organizationId;
    QString userId;
    QString tag; // random, unique to this owner
};

// The test database at `url` opened and migrated; null (and *error said) on failure.
std::unique_ptr<server::Database> openMigratedDatabase(const QString &url, QString *error);

// An organization and a planner in it; empty ids (and a warning) on failure.
CalendarOwner createCalendarOwner(server::Database &db, const Clock &clock);

// The owner's account at `provider` syncing `calendars` two ways in Madrid's zone, conflicts
// asked; an empty id (and a warning) on failure.
server::CalendarAccount createCalendarAccount(server::Database &db, const Clock &clock,
                                              const CalendarOwner &owner, const QString &provider,
                                              const QStringList &calendars);
void setConflictStrategy(server::Database &db, const Clock &clock, const QString &accountId,
                         const QString &strategy);

// One sync run of the account as now stored, a minute after the last (errors are warned).
server::CalendarSyncLog runCalendarSync(server::Database &db, FixedClock &clock,
                                        server::CalendarRemote &remote, const QString &accountId,
                                        const std::function<void(const QString &)> &beforeWrite);

// A 90-minute tasting in Madrid on 2027-03-28 at 11:00 with one attendee.
appointments::Appointment createAppointment(server::Database &db, const Clock &clock,
                                            const CalendarOwner &owner, const QString &title);

QList<appointments::Appointment> liveAppointments(server::Database &db, const Clock &clock,
                                                  const QString &organizationId);

QList<server::SyncConflict> openCalendarConflicts(server::Database &db, const Clock &clock,
                                                  const QString &organizationId);

} // namespace wedsync::test
