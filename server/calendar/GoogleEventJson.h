#pragma once
// Google Calendar's Event resource (API v3) and appointments, both ways. Pure: no network.
// Reading takes the master event as the sync sees it (an instance of a recurring series,
// which names its recurringEventId, is not read); writing gives the fields a patch or an
// insert sends, so everything else on Google's side (reminders, conference data, the
// recurrence and the series' times, attendees' answers) is kept.

#include "AppointmentRules.h"
#include "Result.h"
#include "ical/CalendarObject.h"

#include <QByteArray>
#include <QJsonObject>

namespace wedsync::server::google {

// The private extended properties our events carry: the appointment's id and kind.
inline constexpr QLatin1StringView WedSyncIdProperty("wedsyncId");
inline constexpr QLatin1StringView WedSyncKindProperty("wedsyncKind");

// `json` is one Event; `defaultTimeZone` (IANA) is the zone of all-day events. Hostile or
// malformed text ends in an Error a person can read; over-long texts are clipped.
Result<ical::CalendarObject> readEvent(const QByteArray &json, const QString &defaultTimeZone);

// The fields that carry `appointment` onto the event `existing` (empty: a new event). A
// recurring event keeps its times; attendees already there keep their answers.
QJsonObject eventFields(const appointments::Appointment &appointment,
                        const QJsonObject &existing = {});

// A Google event id for an appointment id: base32hex (0-9, a-v), so a UUID without dashes.
QString eventIdFor(const QString &appointmentId);

} // namespace wedsync::server::google
