#include "WebhookBackoff.h"

#include <array>
#include <cmath>

namespace wedsync::webhooks {

qint64 retryDelaySecs(int attempts)
{
    static constexpr std::array<qint64, 4> Steps {30, 120, 600, 3600};
    static constexpr qint64 Cap = 3 * 3600;
    if (attempts < 1)
        return Steps.front();
    if (attempts <= static_cast<int>(Steps.size()))
        return Steps[static_cast<size_t>(attempts - 1)];
    return Cap;
}

std::optional<QDateTime> nextAttemptAt(const QDateTime &createdAt, int attempts,
                                       const QDateTime &failedAt, double scale)
{
    const auto scaled = [scale](qint64 secs) {
        return static_cast<qint64>(std::llround(static_cast<double>(secs) * 1000.0 * scale));
    };
    const QDateTime next = failedAt.addMSecs(scaled(retryDelaySecs(attempts)));
    if (next > createdAt.addMSecs(scaled(RetryWindowSecs)))
        return std::nullopt;
    return next;
}

} // namespace wedsync::webhooks
