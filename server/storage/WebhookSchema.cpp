#include "storage/WebhookSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration webhooksMigration()
{
    Migration m;
    m.version = 16;
    m.name = u"outgoing webhooks: signed endpoints and durable deliveries"_s;
    m.statements = {
        u"CREATE TABLE webhook_endpoints ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " url TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),"
        " description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 200),"
        " event_types {{json}} NOT NULL,"
        " secret_sealed {{blob}} NOT NULL,"
        " enabled {{bool}} NOT NULL DEFAULT TRUE,"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " UNIQUE (id, organization_id))"_s,
        u"CREATE INDEX webhook_endpoints_org ON webhook_endpoints (organization_id, created_at)"_s,

        u"CREATE TABLE webhook_deliveries ("
        " id {{uuid}} PRIMARY KEY,"
        " endpoint_id {{uuid}} NOT NULL,"
        " organization_id {{uuid}} NOT NULL,"
        " event_id {{uuid}} NOT NULL,"
        " event_type TEXT NOT NULL CHECK (length(event_type) BETWEEN 1 AND 64),"
        " payload TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'pending'"
        "  CHECK (status IN ('pending', 'delivered', 'failed', 'dead')),"
        " attempt_count INTEGER NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),"
        " next_attempt_at TEXT,"
        " last_response_code INTEGER,"
        " latency_ms INTEGER,"
        " last_error TEXT,"
        " created_at TEXT NOT NULL,"
        " delivered_at TEXT,"
        " CHECK ((status IN ('pending', 'failed')) = (next_attempt_at IS NOT NULL)),"
        " FOREIGN KEY (endpoint_id, organization_id)"
        "  REFERENCES webhook_endpoints (id, organization_id) ON DELETE CASCADE)"_s,
        // The worker's scan: what is due, oldest first.
        u"CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)"
        " WHERE next_attempt_at IS NOT NULL"_s,
        // An endpoint's delivery log, newest first.
        u"CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries"
        " (endpoint_id, created_at, id)"_s,
    };
    return m;
}

} // namespace wedsync::server
