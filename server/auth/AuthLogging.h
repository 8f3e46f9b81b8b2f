#pragma once
// The one logging category of the server's authentication primitives.

#include <QLoggingCategory>

namespace wedsync::server {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace wedsync::server
