#pragma once
// One way to write a moment everywhere in the console: the locale's short date and its time
// with seconds, in the computer's time zone; the zone is said once (in a header or a caption),
// not in every cell.

#include <QDateTime>
#include <QString>

namespace wedsync {

// "04/12/2026 07:10:05" (Spanish) or "12/4/26 7:10:05 AM" (English, US), local time.
QString timeText(const QDateTime &at);
// The local zone as people read it: "UTC", "CET", or "UTC+01:00" where there is no short name.
QString timeZoneText(const QDateTime &at = QDateTime::currentDateTime());
// The time format of the locale with seconds added where it has none.
QString timeFormatWithSeconds();

} // namespace wedsync
