#pragma once
// The UI's logging category ("wedsync.ui").

#include <QLoggingCategory>

namespace wedsync {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace wedsync
