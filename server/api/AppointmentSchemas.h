#pragma once
// JSON Schemas of the appointment routes, for apiSchemas().

#include <QJsonObject>

namespace wedsync::server {

// Adds Appointment, AppointmentPage, AppointmentCreate and AppointmentPatch to `schemas`.
void addAppointmentSchemas(QJsonObject *schemas);

} // namespace wedsync::server
