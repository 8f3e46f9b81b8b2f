#pragma once
// Timings of sync health; the defaults are the product's, tests shorten the grace.

#include "SyncHealth.h"

namespace wedsync::server {

struct SyncSettings
{
    // How long a connected client may lag behind its tenant's version before the tenant is
    // partial instead of pending (core SyncStaleGraceSecs; --sync-grace overrides it).
    qint64 staleGraceSecs = SyncStaleGraceSecs;
    // Connection statistics: one sample per bucket over the window.
    int bucketSeconds = 10;
    int windowSeconds = 600;
    // How often lagging tenants are looked at again (the grace running out changes them).
    int recheckIntervalMs = 1000;
    // After a write, a tenant's health line is read again this much later (its events settle at
    // once), once for all the writes of the meantime: a burst of writes to one tenant costs one
    // read of the line, not one each.
    int refreshDelayMs = 25;
};

} // namespace wedsync::server
