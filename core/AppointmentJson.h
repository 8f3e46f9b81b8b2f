#pragma once
// The wire shape of an appointment, shared by server and console: camelCase JSON with UTC
// instants ("2027-05-14T15:00:00.000Z") and dates ("2027-05-14"), and the decoding of a
// create or patch body onto an appointment with one error per field.

#include "AppointmentRules.h"

#include <QJsonObject>

namespace wedsync::appointments {

// Every key a create or patch may hold.
const QStringList &writableFields();

QJsonObject toJson(const Appointment &appointment);

// Applies the keys of `body` that are present to `*target` (a patch; for a create, a fresh
// Appointment); type errors go to `*errors` by field. Nothing is validated beyond types: call
// normalized() and validate() after. Without `allowWedding` a weddingId other than the
// target's is an error (the same one is accepted).
void applyJson(const QJsonObject &body, bool allowWedding, Appointment *target,
               QList<FieldError> *errors);

// Reads what toJson() wrote (e.g. the console's cache); false when it is not an appointment.
bool fromJson(const QJsonObject &object, Appointment *appointment);

} // namespace wedsync::appointments
