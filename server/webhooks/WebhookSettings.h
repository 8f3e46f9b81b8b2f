#pragma once
// How the delivery worker behaves. Production uses the defaults; tests shrink the time scale
// (WEDSYNC_WEBHOOK_TEST_TIME_SCALE) so that the 24-hour retry schedule runs in seconds.

#include <QtGlobal>

namespace wedsync::server {

struct WebhookSettings
{
    // Send to loopback, private and link-local addresses too (--allow-private-webhooks).
    bool allowPrivateTargets = false;
    // Multiplies every delay of the retry schedule (1: 30 s, 2 min, 10 min, 1 h, ... for 24 h).
    double timeScale = 1.0;
    // One attempt: connecting, sending and reading the answer.
    int timeoutMs = 10000;
    // How often the worker looks for due deliveries.
    int pollMs = 1000;
    // Attempts in flight at once.
    int maxInFlight = 8;

    // The defaults, with the test-only environment applied (WEDSYNC_WEBHOOK_TEST_TIME_SCALE: a
    // factor such as 0.001; WEDSYNC_WEBHOOK_TEST_TIMEOUT_MS).
    static WebhookSettings fromEnvironment(bool allowPrivateTargets);
};

} // namespace wedsync::server
