#pragma once
// The writes of a calendar sync run, each committed with its mapping: importing an event,
// taking their change over, pushing ours with a conditional write, and deciding a change on
// both sides by the account's strategy (with `ask`, an open sync_conflicts row).

#include "AppointmentRules.h"
#include "Clock.h"
#include "calendar/CalendarRemote.h"
#include "ical/CalendarObject.h"
#include "storage/AppointmentRepository.h"
#include "storage/CalendarRows.h"
#include "storage/CalendarSyncStore.h"
#include "storage/SyncConflictRepository.h"

#include <QHash>

#include <functional>
#include <optional>

namespace wedsync::server {

// What one run works on.
struct SyncContext
{
    SyncContext(Database &database, const Clock &clk, CalendarRemote &provider,
                const CalendarAccount &calendarAccount)
        : db(database)
        , clock(clk)
        , remote(provider)
        , account(calendarAccount)
        , appointments(database, clk)
        , store(database, clk)
        , conflicts(database, clk)
    { }

    Database &db;
    const Clock &clock;
    CalendarRemote &remote;
    const CalendarAccount &account;
    std::function<void(const QString &href)> beforeWrite;
    AppointmentRepository appointments;
    CalendarSyncStore store;
    SyncConflictRepository conflicts;
    QHash<QString, appointments::Appointment> local; // by id, tombstones too
    QHash<QString, EventMapping> byHref;
    CalendarSyncLog log;
    bool pull = true; // the account imports (import, two_way)
    bool push = true; // the account exports (export, two_way)
};

class SyncActions
{
public:
    using Appointment = appointments::Appointment;

    explicit SyncActions(SyncContext &context)
        : c(context)
    { }

    // A sentence for the sync log.
    void error(const QString &sentence);

    // A mapping for `appointment` and the event as the server now holds it.
    bool remember(EventMapping m, const Appointment &appointment, const QString &etag,
                  const QByteArray &ics);

    // The etag a write answered, or the provider's current one when it did not say.
    QString etagAfterWrite(const QString &calendarHref, const RemoteEvent &written);

    // The event as the server now holds it (no data: gone); nullopt after an error.
    std::optional<RemoteEvent> fetch(const QString &calendarHref, const QString &href);

    void beforeWrite(const QString &href);

    // Imports an event nobody mapped yet (or adopts one we wrote before a crash).
    void importNew(const QString &calendarHref, const RemoteEvent &event,
                   const ical::CalendarObject &object);

    // Their content (or their deletion, `theirs` null) replaces ours.
    void applyTheirs(EventMapping m, const Appointment &ours, const Appointment *theirs,
                     const RemoteEvent &event);

    // Ours (or our deletion) replaces the event whose etag is `event.etag`.
    void pushOurs(EventMapping m, const Appointment &ours, const RemoteEvent &event, int depth = 0);

    // The server refused a conditional write (412): someone changed the event between our
    // read and our write. Never retried blindly: read it again and decide as a conflict.
    void raced(const EventMapping &m, const Appointment &ours);

    // A change on both sides: the account's strategy decides.
    void bothChanged(EventMapping m, const Appointment &ours, const RemoteEvent &event,
                     bool racing = false);

    // With `ask`: an open sync_conflicts row, and the pair left alone until it is resolved.
    void fileConflict(EventMapping m, const Appointment &ours, const Appointment *theirs);

    // A mapping whose open conflict was resolved or dismissed: our side (the resolution) is
    // now the one to carry over.
    bool stillInConflict(EventMapping *m);

    bool oursChanged(const EventMapping &m, const Appointment *ours) const;

private:
    SyncContext &c;
};

} // namespace wedsync::server
