#pragma once
// The one logging category of the realtime hub.

#include <QLoggingCategory>

namespace wedsync::server {
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)
} // namespace wedsync::server
