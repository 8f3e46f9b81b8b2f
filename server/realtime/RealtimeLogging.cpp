#include "realtime/RealtimeLogging.h"

namespace wedsync {
Q_LOGGING_CATEGORY(lcRealtime, "wedsync.server.realtime")
} // namespace wedsync
