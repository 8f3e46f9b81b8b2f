#include "calendar/GraphEventJson.h"

#include "TimeZoneIds.h"
#include "ical/EventReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace wedsync::server::graph {

using appointments::Appointment;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::GraphEvent", text);
}

const QString TransactionPrefix = u"wedsync-"_s;

Error readError(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

// An IANA id for a zone Graph names: IANA already, or a Windows name ("Romance Standard
// Time"), read as `preferred` when that is one of its zones (a planner in Madrid), else as
// CLDR's default for it (Europe/Paris); empty when neither.
QString ianaZone(const QString &name, const QString &preferred = {})
{
    if (name.isEmpty() || name.size() > 100)
        return QString();
    if (isTimeZoneId(name))
        return name;
    const QByteArray windows = name.toUtf8();
    if (!preferred.isEmpty() && QTimeZone::windowsIdToIanaIds(windows).contains(preferred.toUtf8()))
        return preferred;
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windows);
    return iana.isEmpty() ? QString() : QString::fromUtf8(iana);
}

struct EventTime
{
    QDateTime local; // as written, in `zone`
    QTimeZone zone;
};

// A dateTimeTimeZone: {"dateTime": "2027-04-01T08:00:00.0000000", "timeZone": "UTC"}.
std::optional<EventTime> readTime(const QJsonValue &value)
{
    const QJsonObject time = value.toObject();
    QString text = time.value(u"dateTime"_s).toString();
    // Seven fractional digits: Qt reads at most milliseconds.
    if (const qsizetype dot = text.indexOf(u'.'); dot > 0)
        text.truncate(dot);
    if (text.endsWith(u'Z'))
        text.chop(1);
    const QDateTime written = QDateTime::fromString(text, Qt::ISODate);
    if (!written.isValid() || written.timeSpec() != Qt::LocalTime)
        return std::nullopt;
    const QString zoneName = time.value(u"timeZone"_s).toString(u"UTC"_s);
    const QString iana = zoneName == u"UTC"_s ? u"UTC"_s : ianaZone(zoneName);
    if (iana.isEmpty())
        return std::nullopt;
    const QTimeZone zone(iana.toUtf8());
    return EventTime {QDateTime(written.date(), written.time(), zone), zone};
}

QJsonObject writeTime(const Appointment &a, bool end)
{
    if (a.allDay) {
        const QDate date = end ? a.endDate : a.startDate;
        return {{u"dateTime"_s, date.startOfDay().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                {u"timeZone"_s, a.timeZone.isEmpty() ? u"UTC"_s : a.timeZone}};
    }
    const QTimeZone zone(a.timeZone.toUtf8());
    const QDateTime instant = end ? a.endsAt : a.startsAt;
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return {{u"dateTime"_s, local.toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
            {u"timeZone"_s, zone.isValid() ? a.timeZone : u"UTC"_s}};
}

QString addressOf(const QJsonValue &attendee)
{
    return attendee.toObject()
        .value(u"emailAddress"_s)
        .toObject()
        .value(u"address"_s)
        .toString()
        .trimmed();
}

QStringList attendeesOf(const QJsonObject &event)
{
    QStringList result;
    for (const QJsonValue &value : event.value(u"attendees"_s).toArray()) {
        const QString address = addressOf(value);
        if (appointments::isEmailAddress(address) && !result.contains(address))
            result << address;
        if (result.size() == appointments::MaxAttendees)
            break;
    }
    return result;
}

// A body Outlook keeps as HTML (we ask for text with Prefer: outlook.body-content-type, but
// an event read elsewhere may hold HTML): its text, tags dropped, a few entities decoded.
QString plainText(const QJsonObject &body)
{
    QString content = body.value(u"content"_s).toString();
    if (body.value(u"contentType"_s).toString().compare(u"html"_s, Qt::CaseInsensitive) != 0)
        return content;
    content.replace(u"<br>"_s, u"\n"_s, Qt::CaseInsensitive);
    content.replace(u"</p>"_s, u"\n"_s, Qt::CaseInsensitive);
    QString text;
    text.reserve(content.size());
    bool inTag = false;
    for (const QChar c : std::as_const(content)) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        else if (!inTag)
            text += c;
    }
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text.trimmed();
}

} // namespace

QString transactionIdFor(const QString &appointmentId)
{
    return TransactionPrefix + appointmentId;
}

QString appointmentOf(const QString &transactionId)
{
    return transactionId.startsWith(TransactionPrefix) ? transactionId.mid(TransactionPrefix.size())
                                                       : QString();
}

Result<ical::CalendarObject> readEvent(const QByteArray &json, const QString &defaultTimeZone)
{
    if (json.size() > ical::MaxObjectBytes)
        return readError(
            u"too_large"_s,
            tr("An event is larger than %1 MB.").arg(ical::MaxObjectBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return readError(u"not_graph_event"_s, tr("An event is not an Outlook calendar event."));
    const QJsonObject event = document.object();
    ical::CalendarObject object;
    object.uid = event.value(u"iCalUId"_s).toString();
    if (object.uid.trimmed().isEmpty())
        object.uid = event.value(u"id"_s).toString();
    if (object.uid.trimmed().isEmpty())
        return readError(u"missing_uid"_s, tr("An event has no id."));
    object.wedsyncId = appointmentOf(event.value(u"transactionId"_s).toString());
    const QString type = event.value(u"type"_s).toString();
    object.recurring = type == u"seriesMaster"_s || type == u"occurrence"_s
        || type == u"exception"_s || event.value(u"recurrence"_s).isObject();
    const std::optional<EventTime> start = readTime(event.value(u"start"_s));
    if (!start)
        return readError(u"missing_start"_s, tr("An event has no start, or an unreadable one."));
    const std::optional<EventTime> end = readTime(event.value(u"end"_s));
    // The zone the event was written in: the appointment's, so 10:00 in Madrid stays so.
    QString zone = ianaZone(event.value(u"originalStartTimeZone"_s).toString(), defaultTimeZone);
    if (zone.isEmpty())
        zone = start->zone.id() == "UTC" ? defaultTimeZone : QString::fromUtf8(start->zone.id());
    Appointment &a = object.appointment;
    if (event.value(u"isAllDay"_s).toBool()) {
        // All-day events are midnight to midnight in the zone they are answered in.
        a.allDay = true;
        a.timeZone = zone;
        a.startDate = start->local.date();
        const QDate endDate = end ? end->local.date() : QDate();
        a.endDate = endDate > a.startDate ? endDate : a.startDate.addDays(1);
    } else {
        a.timeZone = zone;
        a.startsAt = start->local.toUTC();
        const QDateTime endsAt = end ? end->local.toUTC() : QDateTime();
        a.endsAt = endsAt.isValid() && endsAt > a.startsAt ? endsAt : a.startsAt.addSecs(60);
    }
    a.title = event.value(u"subject"_s).toString().trimmed().left(appointments::MaxTitleLength);
    if (a.title.isEmpty())
        a.title = tr("Untitled event");
    a.location = event.value(u"location"_s)
                     .toObject()
                     .value(u"displayName"_s)
                     .toString()
                     .left(appointments::MaxLocationLength);
    a.notes = plainText(event.value(u"body"_s).toObject()).left(appointments::MaxNotesLength);
    a.attendees = attendeesOf(event);
    a = appointments::normalized(a);
    return object;
}

QJsonObject eventFields(const Appointment &appointment, const QJsonObject &existing)
{
    QJsonObject fields {
        {u"subject"_s, appointment.title},
        {u"location"_s, QJsonObject {{u"displayName"_s, appointment.location}}},
        {u"body"_s, QJsonObject {{u"contentType"_s, u"text"_s}, {u"content"_s, appointment.notes}}},
    };
    const QString type = existing.value(u"type"_s).toString();
    const bool recurring = type == u"seriesMaster"_s || existing.value(u"recurrence"_s).isObject();
    if (!recurring) {
        fields.insert(u"isAllDay"_s, appointment.allDay);
        fields.insert(u"start"_s, writeTime(appointment, false));
        fields.insert(u"end"_s, writeTime(appointment, true));
    }
    // Attendees already there keep their objects (and answers); the array replaces.
    QHash<QString, QJsonObject> known;
    for (const QJsonValue &value : existing.value(u"attendees"_s).toArray())
        known.insert(addressOf(value).toLower(), value.toObject());
    QJsonArray attendees;
    for (const QString &address : appointment.attendees)
        attendees.append(
            known.value(address.toLower(),
                        QJsonObject {{u"type"_s, u"required"_s},
                                     {u"emailAddress"_s, QJsonObject {{u"address"_s, address}}}}));
    fields.insert(u"attendees"_s, attendees);
    if (existing.isEmpty())
        fields.insert(u"transactionId"_s, transactionIdFor(appointment.id));
    return fields;
}

} // namespace wedsync::server::graph
