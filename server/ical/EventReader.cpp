#include "EventReader.h"

#include "IcalHandle.h"
#include "IcalTime.h"

#include <QCoreApplication>

#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace wedsync::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ical", text);
}

Error readError(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

QString textOf(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (!value || icalvalue_isa(value) != ICAL_TEXT_VALUE)
        return {};
    return QString::fromUtf8(icalvalue_get_text(value));
}

QString xProperty(icalcomponent *event, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p)).trimmed();
    }
    return {};
}

QStringList attendees(icalcomponent *event)
{
    QStringList result;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
        QString address = QString::fromUtf8(icalproperty_get_attendee(p)).trimmed();
        if (address.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
            address = address.mid(7);
        if (appointments::isEmailAddress(address) && !result.contains(address))
            result << address;
        if (result.size() == appointments::MaxAttendees)
            break;
    }
    return result;
}

bool hasAny(icalcomponent *event, std::initializer_list<icalproperty_kind> kinds)
{
    for (icalproperty_kind kind : kinds) {
        if (icalcomponent_get_first_property(event, kind))
            return true;
    }
    return false;
}

// Sets the appointment's span from DTSTART and DTEND (or DURATION); all-day ends exclusive.
std::optional<Error> readSpan(icalcomponent *calendar, icalcomponent *event,
                              const QString &defaultTimeZone, appointments::Appointment *a)
{
    icalproperty *startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!startProperty)
        return readError(u"missing_start"_s, tr("An event has no start (DTSTART)."));
    const Result<EventTime> start = readTime(calendar, startProperty);
    if (!start)
        return start.error();
    std::optional<EventTime> end;
    if (icalproperty *endProperty = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        Result<EventTime> read = readTime(calendar, endProperty);
        if (!read)
            return read.error();
        if (read->isDate != start->isDate)
            return readError(u"invalid_time"_s,
                             tr("An event starts and ends in different forms (date and time)."));
        end = read.value();
    }
    qint64 durationSeconds = -1;
    if (icalproperty *d = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY))
        durationSeconds = icaldurationtype_as_int(icalproperty_get_duration(d));
    if (start->isDate) {
        a->allDay = true;
        a->timeZone = defaultTimeZone;
        a->startDate = start->date;
        const qint64 days = durationSeconds > 0 ? qMax<qint64>(1, durationSeconds / 86400) : 1;
        a->endDate = end ? end->date : start->date.addDays(days);
        if (a->endDate <= a->startDate)
            a->endDate = a->startDate.addDays(1);
        return std::nullopt;
    }
    a->allDay = false;
    a->timeZone = start->timeZone;
    a->startsAt = start->instant;
    a->endsAt = end ? end->instant : start->instant.addSecs(qMax<qint64>(0, durationSeconds));
    // A zero-length event (RFC 5545 allows it) becomes a minute: appointments end after they
    // start.
    if (a->endsAt <= a->startsAt)
        a->endsAt = a->startsAt.addSecs(60);
    return std::nullopt;
}

} // namespace

Result<CalendarObject> readEvent(const QByteArray &text, const QString &defaultTimeZone)
{
    if (text.size() > MaxObjectBytes)
        return readError(u"too_large"_s,
                         tr("An event is larger than %1 MB.").arg(MaxObjectBytes / (1024 * 1024)));
    if (text.contains('\0'))
        return readError(u"not_icalendar"_s, tr("An event is not iCalendar text."));
    ComponentPtr root = parseComponent(text);
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return readError(u"not_icalendar"_s, tr("An event is not an iCalendar VCALENDAR."));
    icalcomponent *calendar = root.get();
    icalcomponent *master = nullptr;
    bool overrides = false;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY))
            overrides = true;
        else if (!master)
            master = event;
    }
    if (!master)
        return readError(u"no_event"_s, tr("The calendar object holds no event (VEVENT)."));
    CalendarObject object;
    object.uid = QString::fromUtf8(icalcomponent_get_uid(master));
    if (object.uid.trimmed().isEmpty())
        return readError(u"missing_uid"_s, tr("An event has no UID."));
    object.wedsyncId = xProperty(master, "X-WEDSYNC-ID");
    object.recurring = overrides
        || hasAny(master, {ICAL_RRULE_PROPERTY, ICAL_RDATE_PROPERTY, ICAL_EXDATE_PROPERTY});
    appointments::Appointment &a = object.appointment;
    if (const std::optional<Error> spanError = readSpan(calendar, master, defaultTimeZone, &a))
        return *spanError;
    a.title = textOf(master, ICAL_SUMMARY_PROPERTY).trimmed().left(appointments::MaxTitleLength);
    if (a.title.isEmpty())
        a.title = tr("Untitled event");
    a.location = textOf(master, ICAL_LOCATION_PROPERTY).left(appointments::MaxLocationLength);
    a.notes = textOf(master, ICAL_DESCRIPTION_PROPERTY).left(appointments::MaxNotesLength);
    a.attendees = attendees(master);
    const QString kind = xProperty(master, "X-WEDSYNC-KIND");
    if (appointments::kinds().contains(kind) && kind != appointments::WeddingDay)
        a.kind = kind;
    a = appointments::normalized(a);
    return object;
}

} // namespace wedsync::ical
