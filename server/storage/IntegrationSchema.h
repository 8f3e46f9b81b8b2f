#pragma once
// Migration 10: the CRM hub — integrations, their sealed credentials, field mappings, sync
// jobs with their log, and the clients imported from a CRM or a file.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration integrationMigration();
// Migration 20: clients matched by e-mail through an index that also holds the match's order.
Migration crmClientEmailOrderMigration();

} // namespace wedsync::server
