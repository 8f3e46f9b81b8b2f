#include "http/HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "wedsync.server.http")
