#pragma once
// Result of an operation that yields nothing but success or an Error (core has no Result<void>).

#include "Result.h"

#include <variant>

namespace wedsync::server {

using Done = std::monostate;
using Status = Result<Done>;

inline Status ok()
{
    return Done {};
}

} // namespace wedsync::server
