#pragma once
// Migration 14: a running sync job's lease. The server running a job (its runner's instance)
// renews `lease_until` while it works; a job whose lease ran out belongs to a server that died,
// and another server on the same PostgreSQL (or the same one restarted) resumes it from its
// checkpoint. A server starting no longer takes back every running job, only expired ones.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration jobLeaseMigration();

} // namespace wedsync::server
