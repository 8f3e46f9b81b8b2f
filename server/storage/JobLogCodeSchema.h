#pragma once
// Migration 19: a CRM job's log line keeps a stable code and its arguments (JSON) beside the
// English message, so that each reader gets it in their own language (core/CrmJobLog). Lines
// written before have neither.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration jobLogCodeMigration();

} // namespace wedsync::server
