#include "ServicesLogging.h"

namespace wedsync {
Q_LOGGING_CATEGORY(lcApi, "wedsync.api")
Q_LOGGING_CATEGORY(lcSession, "wedsync.session")
Q_LOGGING_CATEGORY(lcRealtimeClient, "wedsync.realtime.client")
Q_LOGGING_CATEGORY(lcCache, "wedsync.cache")
Q_LOGGING_CATEGORY(lcOutbox, "wedsync.outbox")
Q_LOGGING_CATEGORY(lcBackend, "wedsync.backend")
Q_LOGGING_CATEGORY(lcFeeds, "wedsync.feeds")
} // namespace wedsync
