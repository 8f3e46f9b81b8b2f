#pragma once
// Optimistic concurrency on the wire: every versioned resource's ETag is "<version>", and a
// write names the version it was based on in If-Match (RFC 9110 §13.1.1).
//
// A write without If-Match is refused with 428 precondition_required: silently overwriting
// someone else's change is what versions exist to prevent. `If-Match: *` is accepted as an
// explicit "whatever the current version" (the resource must exist). Weak tags (W/"3") never
// match, as If-Match compares strongly.

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QList>

#include <optional>

namespace wedsync::server {

struct IfMatch
{
    bool any = false; // "*"
    QList<qint64> versions; // strong tags that are versions
    bool matches(qint64 version) const { return any || versions.contains(version); }
};

// "\"3\""
QByteArray etagFor(qint64 version);

// The If-Match of a write; a response (428, or 400 invalid_if_match) when it is missing or
// not a list of entity tags.
std::optional<ApiResponse> readIfMatch(const ApiRequest &request, IfMatch *ifMatch);

// True when a GET's If-None-Match names `version` (or "*"): answer 304 Not Modified.
bool ifNoneMatchHits(const ApiRequest &request, qint64 version);

// 304 with the ETag.
ApiResponse notModified(qint64 version);

} // namespace wedsync::server
