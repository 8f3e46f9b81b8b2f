#include "calendar/CalDavRemote.h"

#include "ical/EventReader.h"
#include "ical/EventWriter.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Result<QList<RemoteCalendar>> CalDavRemote::discoverCalendars()
{
    return m_client.discoverCalendars();
}

Result<RemoteChanges> CalDavRemote::changesSince(const QString &calendar, const QString &token)
{
    return m_client.syncCollection(calendar, token);
}

Result<RemoteChanges> CalDavRemote::listAll(const QString &calendar)
{
    // The token first: a change made while we list is then seen again next time, not lost.
    auto now = m_client.calendarState(calendar);
    if (!now)
        return now.error();
    auto listing = m_client.listEtags(calendar);
    if (!listing)
        return listing.error();
    RemoteChanges all;
    all.changed = listing.value();
    all.syncToken = now->syncToken;
    all.ctag = now->ctag;
    return all;
}

Result<QList<RemoteEvent>> CalDavRemote::fetch(const QString &calendar, const QStringList &hrefs)
{
    return m_client.multiget(calendar, hrefs);
}

Result<ical::CalendarObject> CalDavRemote::read(const RemoteEvent &event,
                                                const QString &defaultTimeZone) const
{
    return ical::readEvent(event.data, defaultTimeZone);
}

Result<RemoteEvent> CalDavRemote::write(const RemoteEvent &existing,
                                        const appointments::Appointment &appointment,
                                        const QString &uid, const QDateTime &now)
{
    const bool exists = !existing.data.isEmpty();
    QByteArray ics;
    if (exists) {
        auto written = ical::writeBack(existing.data, appointment, now);
        if (!written)
            return written.error();
        ics = written.value();
    } else {
        ics = ical::writeNewEvent(appointment, uid, now);
    }
    auto put = m_client.put(existing.href, ics, exists ? existing.etag : QString());
    if (!put)
        return put.error();
    return RemoteEvent {existing.href, put.value(), ics};
}

Result<bool> CalDavRemote::remove(const QString &href, const QString &etag)
{
    return m_client.remove(href, etag);
}

QString CalDavRemote::newEventHref(const QString &calendar, const QString &appointmentId) const
{
    QString collection = calendar;
    if (!collection.endsWith(u'/'))
        collection += u'/';
    return collection + appointmentId + u".ics"_s;
}

} // namespace wedsync::server
