#pragma once
// One mapping from Error codes to HTTP statuses for every handler, so that the same failure
// always gets the same answer; storage failures become a logged 500 that leaks nothing.

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

namespace wedsync::server {

// The status an error code is answered with (500 for anything unknown).
int statusForError(const QString &code);
ApiResponse errorResponse(const ApiRequest &request, const Error &error);
// 404 in the words used for every object a caller may not see (never "forbidden").
ApiResponse notFound(const QString &what);

} // namespace wedsync::server
