// The one logging category of the server's authentication primitives.
#include "AuthLogging.h"

namespace wedsync {
Q_LOGGING_CATEGORY(lcAuth, "wedsync.server.auth")
} // namespace wedsync
