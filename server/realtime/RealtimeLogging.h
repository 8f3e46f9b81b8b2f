#pragma once
// The one logging category of the realtime hub.

#include <QLoggingCategory>

namespace wedsync {
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)
} // namespace wedsync
