#include "calendar/SyncContent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::server::calendarsync {

QString contentHash(const appointments::Appointment &a)
{
    const QJsonObject content {
        {u"title"_s, a.title},
        {u"allDay"_s, a.allDay},
        {u"startsAt"_s, a.startsAt.toUTC().toString(Qt::ISODate)},
        {u"endsAt"_s, a.endsAt.toUTC().toString(Qt::ISODate)},
        {u"startDate"_s, a.startDate.toString(Qt::ISODate)},
        {u"endDate"_s, a.endDate.toString(Qt::ISODate)},
        {u"timeZone"_s, a.timeZone},
        {u"location"_s, a.location},
        {u"notes"_s, a.notes},
        {u"attendees"_s, QJsonArray::fromStringList(a.attendees)},
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

appointments::Appointment takeOver(appointments::Appointment target,
                                   const appointments::Appointment &from)
{
    // Dates carry no zone: an event all-day on both sides keeps the appointment's (a wedding day
    // stays in the wedding's); only one that becomes all-day takes the zone it was read in.
    if (!(from.allDay && target.allDay))
        target.timeZone = from.timeZone;
    target.title = from.title;
    target.allDay = from.allDay;
    target.startsAt = from.startsAt;
    target.endsAt = from.endsAt;
    target.startDate = from.startDate;
    target.endDate = from.endDate;
    target.location = from.location;
    target.notes = from.notes;
    target.attendees = from.attendees;
    return appointments::normalized(target);
}

} // namespace wedsync::server::calendarsync
