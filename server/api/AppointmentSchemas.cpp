#include "api/AppointmentSchemas.h"

#include "AppointmentRules.h"
#include "api/SchemaBuilders.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QJsonObject date()
{
    return QJsonObject {{u"type"_s, u"string"_s}, {u"format"_s, u"date"_s}};
}

QJsonObject attendees()
{
    QJsonObject out = arrayOf(QJsonObject {{u"type"_s, u"string"_s},
                                           {u"format"_s, u"email"_s},
                                           {u"maxLength"_s, appointments::MaxEmailLength}});
    out.insert(u"maxItems"_s, appointments::MaxAttendees);
    return out;
}

// What a create or patch may hold; `withWedding` for a create.
QJsonObject writable(bool withWedding)
{
    QJsonObject properties {
        {u"title"_s, boundedText(appointments::MaxTitleLength, 1)},
        {u"kind"_s, enumOf(appointments::kinds())},
        {u"allDay"_s, type(u"boolean"_s)},
        {u"startsAt"_s, nullable(dateTime())},
        {u"endsAt"_s, nullable(dateTime())},
        {u"startDate"_s, nullable(date())},
        {u"endDate"_s, nullable(date())},
        {u"timeZone"_s, boundedText(64, 1)},
        {u"location"_s, nullable(boundedText(appointments::MaxLocationLength))},
        {u"notes"_s, nullable(boundedText(appointments::MaxNotesLength))},
        {u"attendees"_s, attendees()},
    };
    if (withWedding)
        properties.insert(u"weddingId"_s, nullable(uuid()));
    return object(properties,
                  withWedding ? QStringList {u"title"_s, u"timeZone"_s} : QStringList {});
}

} // namespace

void addAppointmentSchemas(QJsonObject *s)
{
    s->insert(u"Appointment"_s,
              object({{u"id"_s, uuid()},
                      {u"organizationId"_s, uuid()},
                      {u"weddingId"_s, nullable(uuid())},
                      {u"title"_s, boundedText(appointments::MaxTitleLength, 1)},
                      {u"kind"_s, enumOf(appointments::kinds())},
                      {u"allDay"_s, type(u"boolean"_s)},
                      {u"startsAt"_s, dateTime()},
                      {u"endsAt"_s, dateTime()},
                      {u"startDate"_s, nullable(date())},
                      {u"endDate"_s, nullable(date())},
                      {u"timeZone"_s, type(u"string"_s)},
                      {u"location"_s, type(u"string"_s)},
                      {u"notes"_s, type(u"string"_s)},
                      {u"attendees"_s, attendees()},
                      {u"version"_s, type(u"integer"_s)},
                      {u"createdBy"_s, nullable(uuid())},
                      {u"updatedBy"_s, nullable(uuid())},
                      {u"createdAt"_s, dateTime()},
                      {u"updatedAt"_s, dateTime()},
                      {u"deletedAt"_s, nullable(dateTime())}},
                     {u"id"_s, u"organizationId"_s, u"title"_s, u"kind"_s, u"allDay"_s,
                      u"startsAt"_s, u"endsAt"_s, u"timeZone"_s, u"attendees"_s, u"version"_s}));
    s->insert(u"AppointmentPage"_s, keysetPageOf(u"Appointment"_s));
    s->insert(u"AppointmentCreate"_s, writable(true));
    s->insert(u"AppointmentPatch"_s, writable(false));
}

} // namespace wedsync::server
