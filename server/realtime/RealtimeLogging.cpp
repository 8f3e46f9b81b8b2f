#include "realtime/RealtimeLogging.h"

namespace wedsync::server {
Q_LOGGING_CATEGORY(lcRealtime, "wedsync.server.realtime")
} // namespace wedsync::server
