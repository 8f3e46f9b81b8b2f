#include "AppointmentJson.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync::appointments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::appointments", text);
}

QJsonValue instant(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// An ISO-8601 instant with a zone designator (Z or an offset); a local time is ambiguous.
QDateTime readInstant(JsonReader &reader, const QJsonObject &body, const QString &key)
{
    if (body.value(key).isNull())
        return {};
    const QString text = reader.string(key);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool zoned = text.endsWith(u'Z') || text.endsWith(u'z')
        || QStringView(text).right(6).contains(u'+') || QStringView(text).right(6).contains(u'-');
    if (!text.isEmpty() && (!at.isValid() || !zoned)) {
        reader.addError(key,
                        tr("Give a date and time in UTC or with an offset, e.g. "
                           "2027-05-14T15:00:00Z."));
        return {};
    }
    return at.toUTC();
}

QDate readDate(JsonReader &reader, const QJsonObject &body, const QString &key)
{
    if (body.value(key).isNull())
        return {};
    const QString text = reader.string(key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && (!date.isValid() || text.size() != 10)) {
        reader.addError(key, tr("Give a date as YYYY-MM-DD."));
        return {};
    }
    return date;
}

} // namespace

const QStringList &writableFields()
{
    static const QStringList fields {u"weddingId"_s, u"title"_s,    u"kind"_s,      u"allDay"_s,
                                     u"startsAt"_s,  u"endsAt"_s,   u"startDate"_s, u"endDate"_s,
                                     u"timeZone"_s,  u"location"_s, u"notes"_s,     u"attendees"_s};
    return fields;
}

QJsonObject toJson(const Appointment &a)
{
    return {
        {u"id"_s, a.id},
        {u"organizationId"_s, a.organizationId},
        {u"weddingId"_s, textOrNull(a.weddingId)},
        {u"title"_s, a.title},
        {u"kind"_s, a.kind},
        {u"allDay"_s, a.allDay},
        {u"startsAt"_s, instant(a.startsAt)},
        {u"endsAt"_s, instant(a.endsAt)},
        {u"startDate"_s, dateOrNull(a.startDate)},
        {u"endDate"_s, dateOrNull(a.endDate)},
        {u"timeZone"_s, a.timeZone},
        {u"location"_s, a.location},
        {u"notes"_s, a.notes},
        {u"attendees"_s, QJsonArray::fromStringList(a.attendees)},
        {u"version"_s, a.version},
        {u"createdBy"_s, textOrNull(a.createdBy)},
        {u"updatedBy"_s, textOrNull(a.updatedBy)},
        {u"createdAt"_s, instant(a.createdAt)},
        {u"updatedAt"_s, instant(a.updatedAt)},
        {u"deletedAt"_s, instant(a.deletedAt)},
    };
}

void applyJson(const QJsonObject &body, bool allowWedding, Appointment *target,
               QList<FieldError> *errors)
{
    JsonReader reader(body, {}, errors);
    if (body.contains(u"weddingId"_s)) {
        const QString wedding
            = body.value(u"weddingId"_s).isNull() ? QString() : reader.string(u"weddingId"_s);
        // A patch may repeat the wedding it has (a client sending the whole appointment back).
        if (allowWedding)
            target->weddingId = wedding;
        else if (wedding.compare(target->weddingId, Qt::CaseInsensitive) != 0)
            reader.addError(u"weddingId"_s,
                            tr("An appointment cannot move to another wedding; create it there "
                               "and delete this one."));
    }
    for (auto [key, field] :
         {std::pair {u"title"_s, &target->title}, std::pair {u"kind"_s, &target->kind},
          std::pair {u"timeZone"_s, &target->timeZone},
          std::pair {u"location"_s, &target->location}, std::pair {u"notes"_s, &target->notes}}) {
        if (body.contains(key))
            *field = body.value(key).isNull() && key != u"title"_s ? QString() : reader.string(key);
    }
    if (body.contains(u"allDay"_s))
        target->allDay = reader.boolean(u"allDay"_s).value_or(target->allDay);
    if (body.contains(u"startsAt"_s))
        target->startsAt = readInstant(reader, body, u"startsAt"_s);
    if (body.contains(u"endsAt"_s))
        target->endsAt = readInstant(reader, body, u"endsAt"_s);
    if (body.contains(u"startDate"_s))
        target->startDate = readDate(reader, body, u"startDate"_s);
    if (body.contains(u"endDate"_s))
        target->endDate = readDate(reader, body, u"endDate"_s);
    if (body.contains(u"attendees"_s)) {
        const QJsonArray items = reader.array(u"attendees"_s);
        if (items.size() > MaxAttendees) {
            reader.addError(u"attendees"_s, tooManyAttendeesMessage());
        } else {
            QStringList addresses;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items.at(i).isString())
                    reader.addError(u"attendees[%1]"_s.arg(i), tr("Give an e-mail address."));
                else
                    addresses << items.at(i).toString();
            }
            target->attendees = addresses;
        }
    }
}

bool fromJson(const QJsonObject &object, Appointment *a)
{
    QList<FieldError> errors;
    Appointment read;
    applyJson(object, true, &read, &errors);
    read.id = object.value(u"id"_s).toString();
    read.organizationId = object.value(u"organizationId"_s).toString();
    read.version = object.value(u"version"_s).toInteger(1);
    read.createdBy = object.value(u"createdBy"_s).toString();
    read.updatedBy = object.value(u"updatedBy"_s).toString();
    const auto at = [&object](const QString &key) {
        return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs).toUTC();
    };
    read.createdAt = at(u"createdAt"_s);
    read.updatedAt = at(u"updatedAt"_s);
    read.deletedAt = object.value(u"deletedAt"_s).isString() ? at(u"deletedAt"_s) : QDateTime();
    if (!errors.isEmpty() || read.id.isEmpty())
        return false;
    *a = read;
    return true;
}

} // namespace wedsync::appointments
