#pragma once
// Instants between libical's times and Qt's: a DATE-TIME in UTC, floating or with a TZID
// (an IANA name, or a VTIMEZONE defined in the same calendar), and a DATE (all day).

#include "Result.h"

#include <QDateTime>

struct icalcomponent_impl;
struct icalproperty_impl;

namespace wedsync::ical {

struct EventTime
{
    bool isDate = false;
    QDate date; // isDate
    QDateTime instant; // !isDate: UTC
    QString timeZone; // IANA id when the TZID named one (or UTC), else "UTC"
};

// Reads a DTSTART/DTEND-like property; `calendar` holds the VTIMEZONEs a TZID may name.
Result<EventTime> readTime(icalcomponent_impl *calendar, icalproperty_impl *property);

// Sets `property` (a new DTSTART or DTEND) to `instant` in the IANA zone `timeZone`: a TZID
// with local time when libical knows the zone (the caller adds its VTIMEZONE), else UTC.
void writeInstant(icalproperty_impl *property, const QDateTime &instant, const QString &timeZone);
void writeDate(icalproperty_impl *property, const QDate &date);

} // namespace wedsync::ical
