#include "UiLogging.h"

namespace wedsync {
Q_LOGGING_CATEGORY(lcUi, "wedsync.ui")
} // namespace wedsync
