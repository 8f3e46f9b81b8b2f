#pragma once
// One two-way sync run of a calendar account (CalDAV or Google, through CalendarRemote), on a
// sync worker (blocking network and its own database connection). For each chosen calendar:
// the changes since the last run (sync-collection or Google's syncToken with the stored token,
// else a full listing compared with the mappings), read when the listing lacked them, and
// carried over to the appointments; then our changes since the last run carried to the
// calendar with conditional writes; then appointments never exported go to the first
// calendar. A change on both sides (also a deletion on one and a change on the other, and a
// 412 from the provider) is decided by the account's strategy; with `ask` it becomes an open
// sync_conflicts row (source calendar_sync) and the pair is left alone until it is resolved.
// Every local write commits with its mapping, so an interrupted run resumes without creating
// anything twice (and our events carry X-WEDSYNC-ID, or Google's private extended property, so one
// written just before a crash is recognised, not duplicated).

#include "Clock.h"
#include "calendar/CalendarRemote.h"
#include "storage/CalendarRows.h"

#include <functional>

namespace wedsync::server {

class Database;
struct SyncContext;

class CalendarSync
{
public:
    CalendarSync(Database &db, const Clock &clock, CalendarRemote &remote, CalendarAccount account);

    // Test seam: called just before each write to the calendar server (href).
    std::function<void(const QString &href)> beforeWrite;

    // Runs to the end; the returned line is already stored in the sync log.
    CalendarSyncLog run();

private:
    bool loadAppointments(SyncContext &context);
    void syncCalendar(const QString &calendarHref, SyncContext &context);
    void exportNew(SyncContext &context);

    Database &m_db;
    const Clock &m_clock;
    CalendarRemote &m_remote;
    CalendarAccount m_account;
};

} // namespace wedsync::server
