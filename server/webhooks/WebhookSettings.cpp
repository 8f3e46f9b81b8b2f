#include "webhooks/WebhookSettings.h"

#include <QString>

namespace wedsync::server {

WebhookSettings WebhookSettings::fromEnvironment(bool allowPrivateTargets)
{
    WebhookSettings out;
    out.allowPrivateTargets = allowPrivateTargets;
    bool isNumber = false;
    const double scale
        = qEnvironmentVariable("WEDSYNC_WEBHOOK_TEST_TIME_SCALE").toDouble(&isNumber);
    if (isNumber && scale > 0 && scale <= 1) {
        out.timeScale = scale;
        out.pollMs = qBound(20, static_cast<int>(out.pollMs * scale * 50), out.pollMs);
    }
    const int timeout = qEnvironmentVariableIntValue("WEDSYNC_WEBHOOK_TEST_TIMEOUT_MS", &isNumber);
    if (isNumber && timeout > 0)
        out.timeoutMs = timeout;
    return out;
}

} // namespace wedsync::server
