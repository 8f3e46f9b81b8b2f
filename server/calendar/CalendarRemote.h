#pragma once
// A calendar provider as one sync run speaks to it, from a sync worker (blocking, never on the
// request path): CalDAV (RFC 4791), Google Calendar or Microsoft Graph. The run (CalendarSync)
// only knows this interface: listing what changed since a token, reading an event into an
// appointment, and writing ours back conditionally, so that a concurrent change is reported,
// never overwritten.
//
// An event is named by its href: a CalDAV resource's path, or "<calendarId>/<eventId>" for
// Google and Microsoft Graph. Its `data` is the provider's own text of the event (iCalendar, or
// Google's JSON): what the run stores after each sync and what a later write-back starts from.

#include "Result.h"
#include "ical/CalendarObject.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync::server {

struct RemoteCalendar
{
    QString href; // a CalDAV collection's path, or a Google calendar id
    QString displayName;
    QString ctag;
    QString syncToken; // empty: the provider offers no incremental listing here
    bool supportsEvents = true;
};

struct RemoteEvent
{
    QString href;
    QString etag;
    QByteArray data; // empty when only the etag is known (or the event is gone)
};

struct RemoteChanges
{
    QList<RemoteEvent> changed; // href + etag, with data when the listing carried it
    QStringList removed; // hrefs
    QString syncToken; // the token to present next time
    QString ctag;
    // The provider also names events that only left what it lists (Graph's calendarView
    // window): a removal is real only if fetch() no longer finds the event.
    bool removalsNeedConfirming = false;
};

class CalendarRemote
{
public:
    virtual ~CalendarRemote() = default;

    // Error codes of every call: <provider>_unauthorized (the credentials are refused or
    // revoked: the account must be relinked), <provider>_unreachable, <provider>_refused,
    // and a malformed answer's code. isUnauthorized() tells the first kind.
    static bool isUnauthorized(const Error &error)
    {
        return error.code.endsWith(QLatin1StringView("_unauthorized"));
    }

    virtual Result<QList<RemoteCalendar>> discoverCalendars() = 0;

    // The changes since `token`. Error code invalid_sync_token when the provider no longer
    // knows it (CalDAV 403/409 valid-sync-token, Google 410): the caller lists everything.
    virtual Result<RemoteChanges> changesSince(const QString &calendar, const QString &token) = 0;

    // Every event's href and etag now, and the token that follows this listing (a change made
    // while listing is seen again next time, never lost). `removed` stays empty: the caller
    // compares with what it mapped.
    virtual Result<RemoteChanges> listAll(const QString &calendar) = 0;

    // The named events with their data; events the provider no longer has are left out.
    virtual Result<QList<RemoteEvent>> fetch(const QString &calendar, const QStringList &hrefs) = 0;

    // The event's master read as an appointment (`defaultTimeZone`: of all-day events).
    virtual Result<ical::CalendarObject> read(const RemoteEvent &event,
                                              const QString &defaultTimeZone) const = 0;

    // Writes `appointment` as the event `existing` (no data: a new event named existing.href,
    // created only if no event has that name; else a conditional replace of what an
    // appointment holds, keeping the rest of the event: recurrence, alarms, other fields).
    // Returns the event as now stored (its new etag; data may be empty when the provider did
    // not answer with it). Error code precondition_failed when the event changed meanwhile.
    virtual Result<RemoteEvent> write(const RemoteEvent &existing,
                                      const appointments::Appointment &appointment,
                                      const QString &uid, const QDateTime &now)
        = 0;

    // Conditional delete; precondition_failed when it changed meanwhile; already gone is done.
    virtual Result<bool> remove(const QString &href, const QString &etag) = 0;

    // The name a new event for `appointmentId` takes in `calendar`. A provider that names
    // events itself (Graph) answers a provisional name: write() returns the real one.
    virtual QString newEventHref(const QString &calendar, const QString &appointmentId) const = 0;

    // Whether WedSync created `event` (href, and its data as last synced) for `appointmentId`,
    // rather than the calendar's owner: only those are ours to remove on disconnect.
    virtual bool createdHere(const QString &calendar, const RemoteEvent &event,
                             const QString &appointmentId) const
    {
        return event.href == newEventHref(calendar, appointmentId);
    }
};

} // namespace wedsync::server
