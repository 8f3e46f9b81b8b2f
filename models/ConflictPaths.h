#pragma once
// A conflicting field's path as a person reads it, by the kind of record in conflict: a
// section's "layout.width" is "Width", a CRM client's "fields.wedding_date" is "Wedding date";
// other kinds show the path as it is.

#include <QString>

namespace wedsync {

QString conflictPathDisplayName(const QString &entityType, const QString &path);

} // namespace wedsync
