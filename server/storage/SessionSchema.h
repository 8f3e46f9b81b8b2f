#pragma once
// Migration 4: the login throttle's shared counters, and the triggers that tell live channels
// at once when a user's access changes (PostgreSQL: NOTIFY on the realtime channel; SQLite: the
// access_changes log that AccessChangeWatcher reads).

#include "storage/Migrations.h"

namespace wedsync::server {

Migration sessionSafetyMigration();

} // namespace wedsync::server
