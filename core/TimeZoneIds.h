#pragma once
// Whether a text names a time zone of the tz database ("Europe/Madrid", "Etc/UTC"). Qt 6.4's
// QTimeZone::isTimeZoneIdAvailable() lists only the zones of zone1970.tab and so refuses
// valid ids such as "Etc/UTC" (the system zone of many servers and containers), "Etc/GMT+2"
// or "US/Eastern"; here an Area/Location id is also known when QTimeZone opens it (a single
// word is not: Qt would read it as a POSIX TZ rule). Pure; the characters are
// checked first, so a text such as "../../etc/passwd" never reaches the tz files.

#include <QString>

namespace wedsync {

inline constexpr int MaxTimeZoneIdLength = 64;

bool isTimeZoneId(const QString &id);

} // namespace wedsync
