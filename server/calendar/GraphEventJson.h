#pragma once
// Microsoft Graph's event resource (v1.0) and appointments, both ways. Pure: no network.
// Reading takes an event as calendarView delta or GET answers it (start and end in the zone
// the request's Prefer: outlook.timezone names, UTC by default; originalStartTimeZone, IANA or
// Windows, the zone it was written in); writing gives the fields a PATCH or a POST sends, so
// everything else on Outlook's side (reminders, categories, the series' pattern) is kept.
//
// Our events carry a transactionId, "wedsync-<appointment id>": Graph keeps it on the event,
// answers it in every read (unlike an extended property, which calendarView delta cannot
// expand), and refuses to create a second event with it, so a create repeated after a crash
// adds nothing.

#include "AppointmentRules.h"
#include "Result.h"
#include "ical/CalendarObject.h"

#include <QByteArray>
#include <QJsonObject>

namespace wedsync::server::graph {

// The transactionId of the event WedSync creates for `appointmentId`, and back (empty when
// the transactionId is not one of ours).
QString transactionIdFor(const QString &appointmentId);
QString appointmentOf(const QString &transactionId);

// `json` is one event; `defaultTimeZone` (IANA, the account's) when the event names none Qt
// knows, and for a Windows zone name it is one of ("Romance Standard Time": Madrid). Hostile
// or malformed text ends in an Error a person can read; over-long texts are clipped.
Result<ical::CalendarObject> readEvent(const QByteArray &json, const QString &defaultTimeZone);

// The fields that carry `appointment` onto the event `existing` (empty: a new event, which
// also gets our transactionId). A series master keeps its times; attendees already there keep
// their answers.
QJsonObject eventFields(const appointments::Appointment &appointment,
                        const QJsonObject &existing = {});

} // namespace wedsync::server::graph
