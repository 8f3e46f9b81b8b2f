#pragma once
// When a failed webhook delivery is tried again: 30 s, 2 min, 10 min, 1 h, then every 3 h,
// for 24 hours after the event; after that the delivery is dead (a person may redeliver it).

#include <QDateTime>

#include <optional>

namespace wedsync::webhooks {

inline constexpr qint64 RetryWindowSecs = 24 * 3600;

// Seconds to wait after the `attempts`-th failed attempt (1 for the first failure).
qint64 retryDelaySecs(int attempts);

// The next attempt after `attempts` failures of a delivery created at `createdAt`, the last of
// which ended at `failedAt`; nothing when that would fall past the retry window (dead).
// `scale` shrinks every delay and the window alike (tests run the schedule in milliseconds).
std::optional<QDateTime> nextAttemptAt(const QDateTime &createdAt, int attempts,
                                       const QDateTime &failedAt, double scale = 1.0);

} // namespace wedsync::webhooks
