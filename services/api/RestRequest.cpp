#include "api/RestRequest.h"

namespace wedsync {

bool RestRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || !idempotencyKey.isEmpty();
}

} // namespace wedsync
