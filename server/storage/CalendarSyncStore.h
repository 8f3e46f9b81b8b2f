#pragma once
// What a calendar sync remembers between runs: the event mappings of an account, each
// calendar's sync-token / ctag, and the sync log (one line per run).

#include "Clock.h"
#include "storage/CalendarRows.h"
#include "storage/Database.h"

namespace wedsync::server {

class CalendarSyncStore
{
public:
    CalendarSyncStore(Database &db, const Clock &clock);

    Result<QList<EventMapping>> mappings(const QString &accountId);
    // Inserts or replaces the mapping of (account, href); a mapping of the same appointment
    // or UID under another href is replaced too (the event moved).
    Status saveMapping(const EventMapping &mapping);
    Status removeMapping(const QString &accountId, const QString &href);

    Result<CalendarSyncState> state(const QString &accountId, const QString &calendarHref);
    Status saveState(const QString &accountId, const QString &calendarHref,
                     const CalendarSyncState &state);

    Result<CalendarSyncLog> startLog(const QString &accountId);
    Status finishLog(const CalendarSyncLog &log);
    // Newest first.
    Result<QList<CalendarSyncLog>> logs(const QString &accountId, int limit);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
