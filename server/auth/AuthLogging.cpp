// The one logging category of the server's authentication primitives.
#include "auth/AuthLogging.h"

namespace wedsync::server {
Q_LOGGING_CATEGORY(lcAuth, "wedsync.server.auth")
} // namespace wedsync::server
