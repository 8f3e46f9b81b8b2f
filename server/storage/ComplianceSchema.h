#pragma once
// Migration 8: supplier compliance — tiers, requirements, role → tier mappings, each
// supplier's tier, figures and records with their status and tier histories, notifications.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration complianceMigration();

} // namespace wedsync::server
