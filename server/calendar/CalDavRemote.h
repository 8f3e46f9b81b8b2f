#pragma once
// A CalDAV account as a sync run's CalendarRemote: the protocol calls of CalDavClient, with
// events read and written as iCalendar (libical). A write-back changes only what an
// appointment holds in the event the server has, so recurrence, alarms and other clients'
// properties survive.

#include "calendar/CalDavClient.h"
#include "calendar/CalendarRemote.h"

namespace wedsync::server {

class CalDavRemote final : public CalendarRemote
{
public:
    explicit CalDavRemote(CalDavClient &client)
        : m_client(client)
    { }

    Result<QList<RemoteCalendar>> discoverCalendars() override;
    Result<RemoteChanges> changesSince(const QString &calendar, const QString &token) override;
    Result<RemoteChanges> listAll(const QString &calendar) override;
    Result<QList<RemoteEvent>> fetch(const QString &calendar, const QStringList &hrefs) override;
    Result<ical::CalendarObject> read(const RemoteEvent &event,
                                      const QString &defaultTimeZone) const override;
    Result<RemoteEvent> write(const RemoteEvent &existing,
                              const appointments::Appointment &appointment, const QString &uid,
                              const QDateTime &now) override;
    Result<bool> remove(const QString &href, const QString &etag) override;
    QString newEventHref(const QString &calendar, const QString &appointmentId) const override;

private:
    CalDavClient &m_client;
};

} // namespace wedsync::server
