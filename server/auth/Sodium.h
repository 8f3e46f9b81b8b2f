#pragma once
// Initialises libsodium once per process, from any thread, before any of its functions is used.

namespace wedsync::server {

class Sodium
{
public:
    // True when libsodium is ready. Safe to call often and concurrently: the work happens once.
    static bool ensureInitialized();
};

} // namespace wedsync::server
