#pragma once
// The part of an appointment that calendar sync carries (title, span, zone, location, notes,
// attendees), its hash, and taking it over from an event. Pure.

#include "AppointmentRules.h"

namespace wedsync::server::calendarsync {

// Hex SHA-256 of the synced content; equal for appointments sameContent() calls equal.
QString contentHash(const appointments::Appointment &a);

// `target` with the synced content of `from` (identity, kind, wedding and version kept).
appointments::Appointment takeOver(appointments::Appointment target,
                                   const appointments::Appointment &from);

} // namespace wedsync::server::calendarsync
