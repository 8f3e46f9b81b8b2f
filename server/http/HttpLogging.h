#pragma once
// Logging category of the HTTP layer.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
