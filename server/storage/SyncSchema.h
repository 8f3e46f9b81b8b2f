#pragma once
// Migration 3: idempotency keys, the tenants' configuration versions, sync events and conflicts.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration syncAndIdempotencyMigration();
Migration syncConflictCenterMigration();
Migration syncHealthIndexMigration();

} // namespace wedsync::server
