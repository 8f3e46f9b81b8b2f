#pragma once
// Migration 12: two-way CRM sync. A client keeps the version both sides last agreed on (the
// base of a three-way comparison), who in WedSync changed it last, and what was last pushed to
// the CRM and when (export picks the clients changed in WedSync since their last push).

#include "storage/Migrations.h"

namespace wedsync::server {

Migration crmTwoWayMigration();

} // namespace wedsync::server
