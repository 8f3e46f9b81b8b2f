#pragma once
// One calendar object resource as the sync sees it: the VEVENT's UID, our X-WEDSYNC-ID tag
// when we wrote it, and the appointment its master event maps to.

#include "AppointmentRules.h"

namespace wedsync::ical {

struct CalendarObject
{
    QString uid;
    QString wedsyncId; // X-WEDSYNC-ID: the appointment that created it, empty when not ours
    // The master VEVENT mapped onto an appointment (identity and organization left empty).
    appointments::Appointment appointment;
    // RRULE, RDATE, EXDATE or RECURRENCE-ID overrides: a write-back keeps them and the
    // master's times untouched (our appointments are single).
    bool recurring = false;
};

} // namespace wedsync::ical
