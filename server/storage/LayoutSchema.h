#pragma once
// Migration 5: layout versions. Every write that changes a dashboard's sections (an
// organization's default layout, or one wedding's) stores the dashboard as it is afterwards,
// numbered per dashboard, in the write's own transaction.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration layoutVersionsMigration();
// Migration 22: on PostgreSQL the snapshots are compressed with lz4 instead of pglz.
Migration layoutSnapshotCompressionMigration();
// Migration 23: a version holds the dashboard's sections, or only what its write changed.
Migration layoutChangeSnapshotsMigration();

} // namespace wedsync::server
