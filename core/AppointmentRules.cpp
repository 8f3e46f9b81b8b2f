#include "AppointmentRules.h"
#include "TimeZoneIds.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::appointments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::appointments", text);
}

QTimeZone zoneOf(const QString &id)
{
    if (!isTimeZoneId(id))
        return {};
    return QTimeZone(id.toUtf8());
}

// The first instant of `date` in `zone` (a day that starts in a DST gap starts at its first
// valid time).
QDateTime midnight(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toUTC();
}

void checkSpan(const Appointment &a, QList<FieldError> *errors)
{
    const bool zoneValid = zoneOf(a.timeZone).isValid();
    if (a.timeZone.isEmpty())
        *errors << FieldError {u"timeZone"_s, tr("Give the time zone, e.g. Europe/Madrid.")};
    else if (!zoneValid)
        *errors << FieldError {u"timeZone"_s,
                               tr("\"%1\" is not a known IANA time zone (e.g. Europe/Madrid).")
                                   .arg(a.timeZone.left(64))};
    if (a.allDay) {
        if (!a.startDate.isValid())
            *errors << FieldError {u"startDate"_s,
                                   tr("An all-day appointment needs its first day (YYYY-MM-DD).")};
        if (!a.endDate.isValid())
            *errors << FieldError {
                u"endDate"_s,
                tr("An all-day appointment needs the day after its last day (YYYY-MM-DD).")};
        if (a.startDate.isValid() && a.endDate.isValid()) {
            if (a.endDate <= a.startDate)
                *errors << FieldError {u"endDate"_s,
                                       tr("The end date is the day after the last day, so it "
                                          "comes after the start date.")};
            else if (a.startDate.daysTo(a.endDate) > MaxSpanDays)
                *errors << FieldError {
                    u"endDate"_s, tr("An appointment lasts at most %1 days.").arg(MaxSpanDays)};
        }
        return;
    }
    if (!a.startsAt.isValid())
        *errors << FieldError {u"startsAt"_s,
                               tr("Give the start as a date and time, e.g. 2027-05-14T15:00:00Z.")};
    if (!a.endsAt.isValid())
        *errors << FieldError {u"endsAt"_s,
                               tr("Give the end as a date and time, e.g. 2027-05-14T16:00:00Z.")};
    if (a.startsAt.isValid() && a.endsAt.isValid()) {
        if (a.endsAt <= a.startsAt)
            *errors << FieldError {u"endsAt"_s, tr("The end must come after the start.")};
        else if (a.startsAt.daysTo(a.endsAt) > MaxSpanDays)
            *errors << FieldError {u"endsAt"_s,
                                   tr("An appointment lasts at most %1 days.").arg(MaxSpanDays)};
    }
}

void checkAttendees(const QStringList &attendees, QList<FieldError> *errors)
{
    if (attendees.size() > MaxAttendees) {
        *errors << FieldError {u"attendees"_s, tooManyAttendeesMessage()};
        return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        const QString field = u"attendees[%1]"_s.arg(i);
        if (!isEmailAddress(attendees.at(i)))
            *errors << FieldError {
                field,
                tr("\"%1\" is not an e-mail address.").arg(attendees.at(i).left(MaxEmailLength))};
        else if (seen.contains(attendees.at(i).toLower()))
            *errors << FieldError {field, tr("%1 is already an attendee.").arg(attendees.at(i))};
        seen.insert(attendees.at(i).toLower());
    }
}

} // namespace

const QStringList &kinds()
{
    static const QStringList list {u"consultation"_s, u"tasting"_s, u"rehearsal"_s,
                                   WeddingDay,        u"meeting"_s, u"other"_s};
    return list;
}

QString tooManyAttendeesMessage()
{
    return tr("At most %1 attendees; invite a mailing list instead.").arg(MaxAttendees);
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[^@\\s\"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return text.size() <= MaxEmailLength && pattern.match(text).hasMatch();
}

Appointment normalized(Appointment a)
{
    a.title = a.title.trimmed();
    a.kind = a.kind.trimmed();
    a.timeZone = a.timeZone.trimmed();
    a.location = a.location.trimmed();
    for (QString &address : a.attendees)
        address = address.trimmed();
    if (a.allDay) {
        const QTimeZone zone = zoneOf(a.timeZone);
        a.startsAt
            = zone.isValid() && a.startDate.isValid() ? midnight(a.startDate, zone) : QDateTime();
        a.endsAt = zone.isValid() && a.endDate.isValid() ? midnight(a.endDate, zone) : QDateTime();
    } else {
        a.startDate = {};
        a.endDate = {};
        if (a.startsAt.isValid())
            a.startsAt = a.startsAt.toUTC();
        if (a.endsAt.isValid())
            a.endsAt = a.endsAt.toUTC();
    }
    return a;
}

QList<FieldError> validate(const Appointment &a)
{
    QList<FieldError> errors;
    if (a.title.isEmpty())
        errors << FieldError {u"title"_s, tr("Give the appointment a title.")};
    else if (a.title.size() > MaxTitleLength)
        errors << FieldError {u"title"_s,
                              tr("The title is at most %1 characters.").arg(MaxTitleLength)};
    if (!kinds().contains(a.kind))
        errors << FieldError {u"kind"_s, tr("The kind is one of: %1.").arg(kinds().join(u", "_s))};
    if (a.kind == WeddingDay && a.weddingId.isEmpty())
        errors << FieldError {u"kind"_s, tr("A wedding day belongs to a wedding.")};
    checkSpan(a, &errors);
    if (a.location.size() > MaxLocationLength)
        errors << FieldError {u"location"_s,
                              tr("The location is at most %1 characters.").arg(MaxLocationLength)};
    if (a.notes.size() > MaxNotesLength)
        errors << FieldError {u"notes"_s,
                              tr("The notes are at most %1 characters.").arg(MaxNotesLength)};
    checkAttendees(a.attendees, &errors);
    return errors;
}

bool sameContent(const Appointment &a, const Appointment &b)
{
    return a.weddingId == b.weddingId && a.title == b.title && a.kind == b.kind
        && a.allDay == b.allDay && a.startsAt == b.startsAt && a.endsAt == b.endsAt
        && a.startDate == b.startDate && a.endDate == b.endDate && a.timeZone == b.timeZone
        && a.location == b.location && a.notes == b.notes && a.attendees == b.attendees;
}

} // namespace wedsync::appointments
