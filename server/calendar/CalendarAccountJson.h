#pragma once
// The wire shape of a calendar account (camelCase; the password is write-only and never
// answered) and the decoding of a create or patch body with one error per field.

#include "Result.h"
#include "storage/CalendarRows.h"

#include <QJsonObject>

namespace wedsync::server::calendarjson {

const QStringList &writableFields();

QJsonObject toJson(const CalendarAccount &account);
QJsonObject toJson(const CalendarSyncLog &log);

// Applies the keys present in `body` to `*account`; a "password" goes to `*password` (null
// QString when absent). Then checks the whole account; errors by field.
QList<FieldError> apply(const QJsonObject &body, CalendarAccount *account, QString *password);
// The same without the checks of the whole account: the type of each key present, and that a
// provider, direction or strategy it names is one of the known ones.
QList<FieldError> applyTypes(const QJsonObject &body, CalendarAccount *account, QString *password);

} // namespace wedsync::server::calendarjson
