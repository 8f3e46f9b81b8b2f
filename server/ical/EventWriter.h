#pragma once
// Writes appointments as iCalendar: a new calendar object for an appointment we export, and
// a write-back onto an existing object that changes only what an appointment holds and keeps
// everything else (RRULE, EXDATE, RECURRENCE-ID overrides, alarms, X- properties) intact.

#include "AppointmentRules.h"
#include "Result.h"

#include <QByteArray>

namespace wedsync::ical {

// A VCALENDAR with one VEVENT (UID `uid`, X-WEDSYNC-ID the appointment's id) and the
// VTIMEZONE of its zone. `now` is its DTSTAMP.
QByteArray writeNewEvent(const appointments::Appointment &appointment, const QString &uid,
                         const QDateTime &now);

// `original` with its master VEVENT's title, location, notes and attendees set from
// `appointment`, and its times too unless the event recurs (a recurring series keeps its
// times: our appointment is one occurrence). SEQUENCE goes up by one.
Result<QByteArray> writeBack(const QByteArray &original,
                             const appointments::Appointment &appointment, const QDateTime &now);

} // namespace wedsync::ical
