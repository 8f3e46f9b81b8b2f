#pragma once
// Migration 9: the wedding an audit row belongs to, filled for the section rows already there.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration auditWeddingMigration();

} // namespace wedsync::server
