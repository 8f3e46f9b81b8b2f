#include "calendar/GoogleEventJson.h"

#include "ical/EventReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace wedsync::server::google {

using appointments::Appointment;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::GoogleEvent", text);
}

Error readError(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

struct EventTime
{
    bool isDate = false;
    QDate date;
    QDateTime instant;
    QString timeZone;
};

// An EventDateTime: {"date"} for all-day, or {"dateTime" (RFC 3339), "timeZone"?}.
std::optional<EventTime> readTime(const QJsonValue &value)
{
    const QJsonObject time = value.toObject();
    EventTime result;
    if (time.contains(u"date"_s)) {
        result.isDate = true;
        result.date = QDate::fromString(time.value(u"date"_s).toString(), Qt::ISODate);
        return result.date.isValid() ? std::optional(result) : std::nullopt;
    }
    const QString text = time.value(u"dateTime"_s).toString();
    const QByteArray zone = time.value(u"timeZone"_s).toString().toUtf8();
    const QTimeZone named = zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
    result.instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!result.instant.isValid())
        return std::nullopt;
    // "A time zone offset is required unless a time zone is explicitly specified."
    if (result.instant.timeSpec() == Qt::LocalTime) {
        if (!named.isValid())
            return std::nullopt;
        result.instant = QDateTime(result.instant.date(), result.instant.time(), named);
    }
    if (named.isValid())
        result.timeZone = QString::fromUtf8(zone);
    result.instant = result.instant.toUTC();
    return result;
}

QJsonObject writeTime(const Appointment &a, bool end)
{
    if (a.allDay)
        return {{u"date"_s, (end ? a.endDate : a.startDate).toString(Qt::ISODate)}};
    const QTimeZone zone(a.timeZone.toUtf8());
    const QDateTime instant = end ? a.endsAt : a.startsAt;
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    QJsonObject time {{u"dateTime"_s, local.toString(Qt::ISODate)}};
    if (zone.isValid())
        time.insert(u"timeZone"_s, a.timeZone);
    return time;
}

QStringList attendeesOf(const QJsonObject &event)
{
    QStringList result;
    for (const QJsonValue &value : event.value(u"attendees"_s).toArray()) {
        const QString address = value.toObject().value(u"email"_s).toString().trimmed();
        if (appointments::isEmailAddress(address) && !result.contains(address))
            result << address;
        if (result.size() == appointments::MaxAttendees)
            break;
    }
    return result;
}

} // namespace

Result<ical::CalendarObject> readEvent(const QByteArray &json, const QString &defaultTimeZone)
{
    if (json.size() > ical::MaxObjectBytes)
        return readError(
            u"too_large"_s,
            tr("An event is larger than %1 MB.").arg(ical::MaxObjectBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return readError(u"not_google_event"_s, tr("An event is not a Google Calendar event."));
    const QJsonObject event = document.object();
    ical::CalendarObject object;
    object.uid = event.value(u"iCalUID"_s).toString();
    if (object.uid.trimmed().isEmpty())
        object.uid = event.value(u"id"_s).toString();
    if (object.uid.trimmed().isEmpty())
        return readError(u"missing_uid"_s, tr("An event has no id."));
    const QJsonObject own
        = event.value(u"extendedProperties"_s).toObject().value(u"private"_s).toObject();
    object.wedsyncId = own.value(WedSyncIdProperty).toString();
    object.recurring = !event.value(u"recurrence"_s).toArray().isEmpty()
        || event.contains(u"recurringEventId"_s);
    const std::optional<EventTime> start = readTime(event.value(u"start"_s));
    if (!start)
        return readError(u"missing_start"_s, tr("An event has no start, or an unreadable one."));
    std::optional<EventTime> end = readTime(event.value(u"end"_s));
    if (end && end->isDate != start->isDate)
        return readError(u"invalid_time"_s,
                         tr("An event starts and ends in different forms (date and time)."));
    Appointment &a = object.appointment;
    if (start->isDate) {
        a.allDay = true;
        a.timeZone = defaultTimeZone;
        a.startDate = start->date;
        a.endDate = end && end->date > start->date ? end->date : start->date.addDays(1);
    } else {
        a.timeZone = start->timeZone.isEmpty() ? defaultTimeZone : start->timeZone;
        a.startsAt = start->instant;
        a.endsAt = end && end->instant > start->instant ? end->instant : start->instant.addSecs(60);
    }
    a.title = event.value(u"summary"_s).toString().trimmed().left(appointments::MaxTitleLength);
    if (a.title.isEmpty())
        a.title = tr("Untitled event");
    a.location = event.value(u"location"_s).toString().left(appointments::MaxLocationLength);
    a.notes = event.value(u"description"_s).toString().left(appointments::MaxNotesLength);
    a.attendees = attendeesOf(event);
    const QString kind = own.value(WedSyncKindProperty).toString();
    if (appointments::kinds().contains(kind) && kind != appointments::WeddingDay)
        a.kind = kind;
    a = appointments::normalized(a);
    return object;
}

QJsonObject eventFields(const Appointment &appointment, const QJsonObject &existing)
{
    QJsonObject fields {
        {u"summary"_s, appointment.title},
        {u"location"_s, appointment.location},
        {u"description"_s, appointment.notes},
    };
    const bool recurring = !existing.value(u"recurrence"_s).toArray().isEmpty();
    if (!recurring) {
        fields.insert(u"start"_s, writeTime(appointment, false));
        fields.insert(u"end"_s, writeTime(appointment, true));
    }
    // Attendees already invited keep their objects (and answers); arrays replace on patch.
    QHash<QString, QJsonObject> known;
    for (const QJsonValue &value : existing.value(u"attendees"_s).toArray()) {
        const QJsonObject attendee = value.toObject();
        known.insert(attendee.value(u"email"_s).toString().toLower(), attendee);
    }
    QJsonArray attendees;
    for (const QString &address : appointment.attendees)
        attendees.append(known.value(address.toLower(), QJsonObject {{u"email"_s, address}}));
    fields.insert(u"attendees"_s, attendees);
    // Private properties merge key by key on patch: other keys are kept.
    fields.insert(u"extendedProperties"_s,
                  QJsonObject {{u"private"_s,
                                QJsonObject {{WedSyncIdProperty, appointment.id},
                                             {WedSyncKindProperty, appointment.kind}}}});
    return fields;
}

QString eventIdFor(const QString &appointmentId)
{
    QString id = appointmentId.toLower();
    id.remove(u'-');
    return id;
}

} // namespace wedsync::server::google
