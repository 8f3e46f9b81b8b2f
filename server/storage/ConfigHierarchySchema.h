#pragma once
// Migration 15: the configuration hierarchy (issue 19). One sparse document per scope (platform,
// tenant, user) and setting type with its version and the parent's document it last accepted
// (the merge baseline); every version's snapshot with who, when and a summary; the sync rules
// (the seed's three as defaults); a tenant's opt-outs; change requests waiting for a second
// admin. scope_key is core's ConfigScope::key(), so that one unique index covers every layer.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration configHierarchyMigration();
// Migration 21: config_secrets_sealed, the mark that no secret is left in plain text
// (storage/ConfigPlainSecrets).
Migration configSecretsSealedMigration();

} // namespace wedsync::server
