#include "EventWriter.h"

#include "EventReader.h"
#include "IcalHandle.h"
#include "IcalTime.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace wedsync::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ical", text);
}

icaltimetype utcStamp(const QDateTime &now)
{
    return icaltime_from_timet_with_zone(time_t(now.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

void removeAll(icalcomponent *event, icalproperty_kind kind)
{
    while (icalproperty *p = icalcomponent_get_first_property(event, kind)) {
        icalcomponent_remove_property(event, p);
        icalproperty_free(p);
    }
}

void setText(icalcomponent *event, icalproperty_kind kind, const QString &value)
{
    removeAll(event, kind);
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new(kind);
    icalproperty_set_value(p, icalvalue_new_text(value.toUtf8().constData()));
    icalcomponent_add_property(event, p);
}

void setX(icalcomponent *event, const char *name, const QString &value)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;) {
        icalproperty *next = icalcomponent_get_next_property(event, ICAL_X_PROPERTY);
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0) {
            icalcomponent_remove_property(event, p);
            icalproperty_free(p);
        }
        p = next;
    }
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(event, p);
}

// Keeps the ATTENDEE lines (with their CN, PARTSTAT...) of addresses still invited, drops the
// others and adds the new ones.
void setAttendees(icalcomponent *event, const QStringList &addresses)
{
    QStringList missing = addresses;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;) {
        icalproperty *next = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY);
        QString address = QString::fromUtf8(icalproperty_get_attendee(p)).trimmed();
        if (address.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
            address = address.mid(7);
        const qsizetype kept = missing.indexOf(address);
        if (kept >= 0) {
            missing.removeAt(kept);
        } else {
            icalcomponent_remove_property(event, p);
            icalproperty_free(p);
        }
        p = next;
    }
    for (const QString &address : std::as_const(missing))
        icalcomponent_add_property(
            event, icalproperty_new_attendee(("mailto:"_ba + address.toUtf8()).constData()));
}

// Adds the VTIMEZONE of an IANA zone unless the calendar already defines it.
void addZone(icalcomponent *calendar, const QString &timeZone)
{
    if (timeZone == u"UTC"_s || icalcomponent_get_timezone(calendar, timeZone.toUtf8().constData()))
        return;
    icaltimezone *zone = icaltimezone_get_builtin_timezone(timeZone.toUtf8().constData());
    icalcomponent *definition = zone ? icaltimezone_get_component(zone) : nullptr;
    if (!definition)
        return;
    icalcomponent *copy = icalcomponent_new_clone(definition);
    // libical names its zones "/freeassociation.sourceforge.net/Europe/Madrid"; our DTSTART
    // says TZID=Europe/Madrid, so the definition must carry that name.
    if (icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, timeZone.toUtf8().constData());
    icalcomponent_add_component(calendar, copy);
}

void setTimes(icalcomponent *calendar, icalcomponent *event, const appointments::Appointment &a)
{
    removeAll(event, ICAL_DTSTART_PROPERTY);
    removeAll(event, ICAL_DTEND_PROPERTY);
    removeAll(event, ICAL_DURATION_PROPERTY);
    icalproperty *start = icalproperty_new(ICAL_DTSTART_PROPERTY);
    icalproperty *end = icalproperty_new(ICAL_DTEND_PROPERTY);
    if (a.allDay) {
        writeDate(start, a.startDate);
        writeDate(end, a.endDate);
    } else {
        writeInstant(start, a.startsAt, a.timeZone);
        writeInstant(end, a.endsAt, a.timeZone);
        if (icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER))
            addZone(calendar, a.timeZone);
    }
    icalcomponent_add_property(event, start);
    icalcomponent_add_property(event, end);
}

void setContent(icalcomponent *event, const appointments::Appointment &a, const QDateTime &now)
{
    setText(event, ICAL_SUMMARY_PROPERTY, a.title);
    setText(event, ICAL_LOCATION_PROPERTY, a.location);
    setText(event, ICAL_DESCRIPTION_PROPERTY, a.notes);
    setAttendees(event, a.attendees);
    if (!a.id.isEmpty())
        setX(event, "X-WEDSYNC-ID", a.id);
    setX(event, "X-WEDSYNC-KIND", a.kind);
    removeAll(event, ICAL_DTSTAMP_PROPERTY);
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcStamp(now)));
    removeAll(event, ICAL_LASTMODIFIED_PROPERTY);
    icalcomponent_add_property(event, icalproperty_new_lastmodified(utcStamp(now)));
}

} // namespace

QByteArray writeNewEvent(const appointments::Appointment &appointment, const QString &uid,
                         const QDateTime &now)
{
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//WedSync//Admin//EN"));
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(0));
    setTimes(calendar.get(), event, appointment);
    setContent(event, appointment, now);
    icalcomponent_add_component(calendar.get(), event);
    return serialize(calendar.get());
}

Result<QByteArray> writeBack(const QByteArray &original,
                             const appointments::Appointment &appointment, const QDateTime &now)
{
    // The same checks as reading: a write-back never starts from text we could not read.
    const Result<CalendarObject> read = readEvent(original, appointment.timeZone);
    if (!read)
        return read.error();
    ComponentPtr calendar = parseComponent(original);
    icalcomponent *master = nullptr;
    for (icalcomponent *event
         = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event && !master;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        if (!icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY))
            master = event;
    }
    if (!master)
        return Error {u"no_event"_s, tr("The calendar object holds no event (VEVENT)."), {}};
    if (!read->recurring)
        setTimes(calendar.get(), master, appointment);
    setContent(master, appointment, now);
    icalproperty *sequence = icalcomponent_get_first_property(master, ICAL_SEQUENCE_PROPERTY);
    const int next = sequence ? icalproperty_get_sequence(sequence) + 1 : 1;
    removeAll(master, ICAL_SEQUENCE_PROPERTY);
    icalcomponent_add_property(master, icalproperty_new_sequence(next));
    return serialize(calendar.get());
}

} // namespace wedsync::ical
