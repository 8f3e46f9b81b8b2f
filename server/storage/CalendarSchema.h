#pragma once
// Migration 17: calendar sync. An operator's own calendar accounts (CalDAV, Google,
// Microsoft) in one organization, their sealed credentials, the mapping of each synced
// appointment to its event (href, etag, UID, the hash and text last synced), each calendar's
// incremental state (sync-token, ctag) and a log line per sync run.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration calendarSyncMigration();

} // namespace wedsync::server
