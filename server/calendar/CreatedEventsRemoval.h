#pragma once
// Disconnecting a calendar account with "remove the events WedSync added": each event WedSync
// created in the calendar (the one named after its appointment, CalendarRemote::newEventHref)
// is deleted there, conditionally on the etag of the last sync, so an event changed in the
// calendar since (or one with an open conflict) stays. Events the calendar's owner created are
// never touched, and the appointments stay in WedSync. Each deleted event's mapping goes with
// it at once: a removal stopped half way (the calendar stopped answering) leaves an account
// whose next sync sees nothing missing and puts those appointments back as new events.
// On a sync worker (blocking network, the worker's own database connection).

#include "Clock.h"
#include "calendar/CalendarRemote.h"

#include <optional>

namespace wedsync::server {

class Database;

struct CreatedEventsRemoval
{
    int removed = 0;
    int kept = 0; // changed in the calendar since the last sync, or in conflict: left there
    std::optional<Error> stoppedBy; // set: the calendar refused or was unreachable; the rest stays
};

CreatedEventsRemoval removeCreatedEvents(Database &db, const Clock &clock, CalendarRemote &remote,
                                         const QString &accountId);

} // namespace wedsync::server
