#pragma once
// The phase a wedding is in, computed from calendar dates in the wedding's own time zone.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace wedsync {

enum class WeddingPhase : quint8 { Planning, PreWedding, WeddingDay, PostWedding };

inline constexpr int WeddingPhaseCount = 4;

const QList<WeddingPhase> &allWeddingPhases();

// Wire name: "planning", "pre_wedding", "wedding_day", "post_wedding".
QString weddingPhaseName(WeddingPhase phase);
std::optional<WeddingPhase> weddingPhaseFromName(QStringView name);
QString weddingPhaseDisplayName(WeddingPhase phase);

// Days from `now` (taken as a calendar date in `zone`) to `weddingDate`:
// more than 30 -> planning, 1..30 -> pre_wedding, 0 -> wedding_day, negative -> post_wedding.
// The seed computed ceil((date - now) / 24h) in UTC, which puts a Sydney wedding
// "tomorrow" when it is already the wedding day there; we compare local calendar dates.
WeddingPhase weddingPhaseAt(QDate weddingDate, const QTimeZone &zone, const QDateTime &now);
qint64 daysUntilWedding(QDate weddingDate, const QTimeZone &zone, const QDateTime &now);

} // namespace wedsync
