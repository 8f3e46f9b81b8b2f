#include "storage/CrmTwoWaySchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration crmTwoWayMigration()
{
    Migration m;
    m.version = 12;
    m.name = u"CRM hub: two-way sync (agreed version, WedSync editor, last push)"_s;
    m.statements = {
        u"ALTER TABLE crm_clients ADD COLUMN synced_fields {{json}}"_s,
        u"ALTER TABLE crm_clients ADD COLUMN wedsync_changed_by {{uuid}}"_s,
        u"ALTER TABLE crm_clients ADD COLUMN pushed_hash TEXT"_s,
        u"ALTER TABLE crm_clients ADD COLUMN pushed_at TEXT"_s,
        // What was imported so far is what both sides agree on.
        u"UPDATE crm_clients SET synced_fields = fields"_s,
        u"CREATE INDEX crm_clients_export ON crm_clients (integration_id, changed_by_wedsync_at)"_s,
        // What an inbound-only provider (Light Blue) was sent: each client once per connection.
        u"CREATE TABLE crm_client_pushes ("
        " integration_id {{uuid}} NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,"
        " client_id {{uuid}} NOT NULL REFERENCES crm_clients (id) ON DELETE CASCADE,"
        " pushed_at TEXT NOT NULL,"
        " result TEXT NOT NULL,"
        " PRIMARY KEY (integration_id, client_id))"_s,
    };
    return m;
}

} // namespace wedsync::server
