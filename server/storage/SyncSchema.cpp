#include "storage/SyncSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration syncAndIdempotencyMigration()
{
    Migration m;
    m.version = 3;
    m.name = u"idempotency keys, configuration versions, sync events and conflicts"_s;
    m.statements = {
        // The stored answer of a write sent with an Idempotency-Key, per user; written in the
        // write's own transaction. `response_headers` holds ETag, Location, Content-Type.
        u"CREATE TABLE idempotency_keys ("
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),"
        " method TEXT NOT NULL,"
        " target TEXT NOT NULL,"
        " request_hash TEXT NOT NULL,"
        " status INTEGER NOT NULL,"
        " response_body TEXT NOT NULL,"
        " response_headers {{json}} NOT NULL,"
        " created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL,"
        " PRIMARY KEY (user_id, idempotency_key))"_s,
        u"CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at)"_s,

        // One counter per tenant, bumped in the transaction of every configuration change.
        u"CREATE TABLE organization_config_versions ("
        " organization_id {{uuid}} PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,"
        " config_version BIGINT NOT NULL CHECK (config_version >= 0),"
        " updated_at TEXT NOT NULL)"_s,

        // Propagations of configuration to a tenant's clients (core SyncEvent).
        u"CREATE TABLE sync_events ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),"
        " status TEXT NOT NULL CHECK (status IN ('success', 'partial', 'failed', 'pending')),"
        " config_version BIGINT NOT NULL DEFAULT 0,"
        " source TEXT NOT NULL,"
        " actor_id {{uuid}},"
        " message TEXT NOT NULL,"
        " details_json {{json}} NOT NULL,"
        " occurred_at TEXT NOT NULL,"
        " duration_ms BIGINT NOT NULL DEFAULT 0,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX sync_events_organization_time ON sync_events (organization_id, occurred_at)"_s,
        u"CREATE INDEX sync_events_time ON sync_events (occurred_at)"_s,
        u"CREATE INDEX sync_events_status ON sync_events (status)"_s,

        // A stale replay of a console's offline write: both sides, for support to resolve.
        u"CREATE TABLE sync_conflicts ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " entity_type TEXT NOT NULL,"
        " entity_id TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " base_version BIGINT,"
        " mine_json {{json}} NOT NULL,"
        " theirs_json {{json}} NOT NULL,"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),"
        " resolved_at TEXT,"
        " resolved_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL)"_s,
        u"CREATE INDEX sync_conflicts_organization_status ON sync_conflicts"
        " (organization_id, status, created_at)"_s,
    };
    return m;
}

// Version 7: a tenant's newest successful sync event by index. The health line read it with
// MAX(CASE ...) over every event of the tenant, once per write: a soak's write rate fell from
// 126/s to 24/s in ten minutes on SQLite as the table grew.
Migration syncHealthIndexMigration()
{
    Migration m;
    m.version = 7;
    m.name = u"sync events: newest success per tenant by index"_s;
    m.statements = {
        u"CREATE INDEX sync_events_organization_status_time ON sync_events"
        " (organization_id, status, occurred_at)"_s,
    };
    return m;
}

// Version 6: the conflict center. A conflict carries its base content (null: unknown), its
// source, who made each side and when, a status with dismissed, and the resolution applied.
// SQLite cannot change a CHECK constraint, so the table is rebuilt the same way on both.
Migration syncConflictCenterMigration()
{
    Migration m;
    m.version = 6;
    m.name = u"conflict center: base content, sources, sides, resolutions"_s;
    m.statements = {
        u"CREATE TABLE sync_conflicts_v6 ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " source TEXT NOT NULL DEFAULT 'offline_edit' CHECK (length(source) BETWEEN 1 AND 64),"
        " entity_type TEXT NOT NULL,"
        " entity_id TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " base_version BIGINT,"
        " base_json {{json}},"
        " mine_json {{json}} NOT NULL,"
        " mine_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " mine_at TEXT,"
        " theirs_json {{json}} NOT NULL,"
        " theirs_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " theirs_at TEXT,"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'open'"
        "   CHECK (status IN ('open', 'resolved', 'dismissed')),"
        " resolution TEXT CHECK (resolution IS NULL OR resolution IN ('mine', 'theirs', 'merged')),"
        " resolved_at TEXT,"
        " resolved_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " result_json {{json}},"
        " result_version BIGINT)"_s,
        // The offline edit was made by whoever replayed it; when is only known as the replay's.
        u"INSERT INTO sync_conflicts_v6 (id, organization_id, entity_type, entity_id, label,"
        " base_version, mine_json, mine_by, mine_at, theirs_json, created_by, created_at, status,"
        " resolved_at, resolved_by)"
        " SELECT id, organization_id, entity_type, entity_id, label, base_version, mine_json,"
        " created_by, created_at, theirs_json, created_by, created_at, status, resolved_at,"
        " resolved_by FROM sync_conflicts"_s,
        u"DROP TABLE sync_conflicts"_s,
        u"ALTER TABLE sync_conflicts_v6 RENAME TO sync_conflicts"_s,
        u"CREATE INDEX sync_conflicts_organization_status ON sync_conflicts"
        " (organization_id, status, created_at)"_s,
        u"CREATE INDEX sync_conflicts_status_time ON sync_conflicts (status, created_at, id)"_s,
        u"CREATE INDEX sync_conflicts_entity ON sync_conflicts (entity_type, entity_id)"_s,
    };
    // The base of existing rows: the audit trail's "after" of the base version (or "before" of
    // the change that followed it), and who wrote
    // the other side and when from its metadata. Rows without them keep null (unknown).
    m.sqliteOnly = {
        u"UPDATE sync_conflicts SET base_json = COALESCE("
        " (SELECT a.after_json FROM audit_log a"
        "  WHERE a.entity_type = sync_conflicts.entity_type"
        "  AND a.entity_id = sync_conflicts.entity_id AND json_valid(a.after_json)"
        "  AND json_extract(a.after_json, '$.version') = sync_conflicts.base_version"
        "  ORDER BY a.occurred_at DESC LIMIT 1),"
        " (SELECT a.before_json FROM audit_log a"
        "  WHERE a.entity_type = sync_conflicts.entity_type"
        "  AND a.entity_id = sync_conflicts.entity_id AND json_valid(a.before_json)"
        "  AND json_extract(a.before_json, '$.version') = sync_conflicts.base_version"
        "  ORDER BY a.occurred_at DESC LIMIT 1))"
        " WHERE base_version IS NOT NULL"_s,
        u"UPDATE sync_conflicts SET"
        " theirs_by = (SELECT u.id FROM users u"
        "   WHERE u.id = json_extract(sync_conflicts.theirs_json, '$.metadata.updatedBy')),"
        " theirs_at = json_extract(sync_conflicts.theirs_json, '$.updatedAt')"
        " WHERE json_valid(theirs_json)"_s,
    };
    m.postgresqlOnly = {
        u"UPDATE sync_conflicts SET base_json = COALESCE("
        " (SELECT a.after_json FROM audit_log a"
        "  WHERE a.entity_type = sync_conflicts.entity_type"
        "  AND a.entity_id = sync_conflicts.entity_id"
        "  AND a.after_json ->> 'version' = sync_conflicts.base_version::text"
        "  ORDER BY a.occurred_at DESC LIMIT 1),"
        " (SELECT a.before_json FROM audit_log a"
        "  WHERE a.entity_type = sync_conflicts.entity_type"
        "  AND a.entity_id = sync_conflicts.entity_id"
        "  AND a.before_json ->> 'version' = sync_conflicts.base_version::text"
        "  ORDER BY a.occurred_at DESC LIMIT 1))"
        " WHERE base_version IS NOT NULL"_s,
        u"UPDATE sync_conflicts SET"
        " theirs_by = (SELECT u.id FROM users u"
        "   WHERE u.id::text = sync_conflicts.theirs_json -> 'metadata' ->> 'updatedBy'),"
        " theirs_at = sync_conflicts.theirs_json ->> 'updatedAt'"_s,
    };
    return m;
}

} // namespace wedsync::server
