#pragma once
// Reads one calendar object resource (a VCALENDAR holding one event, its VTIMEZONEs and any
// RECURRENCE-ID overrides) into a CalendarObject. Hostile or malformed text ends in an Error
// a person can read, never a crash; over-long texts are clipped to the appointment's bounds.

#include "CalendarObject.h"
#include "Result.h"

#include <QByteArray>

namespace wedsync::ical {

constexpr qsizetype MaxObjectBytes = 2 * 1024 * 1024;

// `defaultTimeZone` is the zone of all-day and floating events (an IANA id).
Result<CalendarObject> readEvent(const QByteArray &text, const QString &defaultTimeZone);

} // namespace wedsync::ical
