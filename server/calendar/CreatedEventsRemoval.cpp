#include "calendar/CreatedEventsRemoval.h"

#include "storage/CalendarSyncStore.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

CreatedEventsRemoval removeCreatedEvents(Database &db, const Clock &clock, CalendarRemote &remote,
                                         const QString &accountId)
{
    CreatedEventsRemoval outcome;
    CalendarSyncStore store(db, clock);
    auto mappings = store.mappings(accountId);
    if (!mappings) {
        outcome.stoppedBy = mappings.error();
        return outcome;
    }
    for (const EventMapping &mapping : mappings.value()) {
        if (!remote.createdHere(mapping.calendarHref,
                                RemoteEvent {mapping.href, mapping.etag, mapping.syncedIcs},
                                mapping.appointmentId))
            continue; // the calendar's owner made it: never ours to remove
        if (!mapping.conflictId.isEmpty()) {
            ++outcome.kept;
            continue;
        }
        auto removed = remote.remove(mapping.href, mapping.etag);
        if (!removed) {
            if (removed.error().code == u"precondition_failed"_s) {
                ++outcome.kept;
                continue;
            }
            outcome.stoppedBy = removed.error();
            return outcome;
        }
        if (auto forgotten = store.removeMapping(accountId, mapping.href); !forgotten) {
            outcome.stoppedBy = forgotten.error();
            return outcome;
        }
        ++outcome.removed;
    }
    return outcome;
}

} // namespace wedsync::server
