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

} // namespace wedsync::server
