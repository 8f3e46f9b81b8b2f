// Initialises libsodium once per process.
#include "auth/Sodium.h"

#include "auth/AuthLogging.h"

#include <sodium.h>

namespace wedsync::server {

bool Sodium::ensureInitialized()
{
    // A function-local static is initialised exactly once even under concurrent first calls
    // (C++11 "magic statics"), so no lock of our own is needed. sodium_init() returns 1 when
    // someone else already initialised it, which is just as good.
    static const bool ready = [] {
        const int rc = sodium_init();
        if (rc < 0)
            qCCritical(lcAuth, "libsodium could not be initialised; cryptography is unavailable");
        return rc >= 0;
    }();
    return ready;
}

} // namespace wedsync::server
