#include "storage/IntegrationSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration integrationMigration()
{
    Migration m;
    m.version = 10;
    m.name = u"CRM hub: integrations, credentials, field mappings, sync jobs, clients"_s;
    m.statements = {
        // One connection of a tenant to a CRM (or a file source). UNIQUE (id, organization_id)
        // lets jobs reference an integration together with its tenant.
        u"CREATE TABLE integrations ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " provider TEXT NOT NULL CHECK (provider IN ('tave', 'lightblue', 'honeybook',"
        " 'seventeen', 'shootq', 'pixieset', 'iris_works', 'dubsado', 'studio_ninja', 'custom')),"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
        " auth_type TEXT NOT NULL CHECK (auth_type IN ('none', 'api_key', 'basic', 'oauth2')),"
        " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'connected',"
        " 'error', 'disconnected', 'expired')),"
        " paused {{bool}} NOT NULL DEFAULT FALSE,"
        " schedule_minutes INTEGER CHECK (schedule_minutes IS NULL"
        "  OR schedule_minutes BETWEEN 15 AND 1440),"
        " direction TEXT NOT NULL DEFAULT 'import_only' CHECK (direction IN ('import_only',"
        " 'export_only', 'bidirectional')),"
        " conflict_strategy TEXT NOT NULL DEFAULT 'wedsync_wins' CHECK (conflict_strategy IN"
        " ('wedsync_wins', 'crm_wins', 'newest_wins', 'manual_review')),"
        " base_url TEXT NOT NULL DEFAULT '',"
        " last_sync_status TEXT,"
        " last_sync_at TEXT,"
        " next_sync_at TEXT,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (organization_id, provider, name),"
        " UNIQUE (id, organization_id))"_s,
        u"CREATE INDEX integrations_schedule ON integrations (next_sync_at)"_s,

        // SecretBox::seal(JSON, "integration:<id>:credentials"): never readable without the
        // key file, never movable to another row.
        u"CREATE TABLE integration_credentials ("
        " integration_id {{uuid}} PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,"
        " sealed {{blob}} NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,

        u"CREATE TABLE field_mappings ("
        " integration_id {{uuid}} NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL CHECK (position >= 0),"
        " source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 200),"
        " target TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 60),"
        " transform TEXT NOT NULL DEFAULT 'none' CHECK (transform IN ('none', 'trim', 'lower',"
        " 'upper', 'title', 'date_iso', 'phone_e164', 'split_name', 'join_name')),"
        " argument TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (integration_id, position))"_s,

        // `checkpoint` is opaque to all but the adapter (a page number, a file offset).
        u"CREATE TABLE sync_jobs ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL,"
        " integration_id {{uuid}} NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('full_import', 'incremental_sync', 'export_to_crm',"
        " 'field_mapping_update', 'file_import')),"
        " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running',"
        " 'completed', 'failed', 'cancelled')),"
        " partial {{bool}} NOT NULL DEFAULT FALSE,"
        " processed INTEGER NOT NULL DEFAULT 0 CHECK (processed >= 0),"
        " total INTEGER CHECK (total IS NULL OR total >= 0),"
        " created_count INTEGER NOT NULL DEFAULT 0,"
        " updated_count INTEGER NOT NULL DEFAULT 0,"
        " skipped_count INTEGER NOT NULL DEFAULT 0,"
        " checkpoint TEXT,"
        " error TEXT,"
        " cancel_requested {{bool}} NOT NULL DEFAULT FALSE,"
        " attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),"
        " not_before TEXT,"
        " requested_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " started_at TEXT,"
        " finished_at TEXT,"
        " FOREIGN KEY (integration_id, organization_id)"
        "  REFERENCES integrations (id, organization_id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX sync_jobs_integration_time ON sync_jobs (integration_id, created_at, id)"_s,
        u"CREATE INDEX sync_jobs_status ON sync_jobs (status, not_before)"_s,
        // At most one pending or running job per integration, whatever the race.
        u"CREATE UNIQUE INDEX sync_jobs_one_active ON sync_jobs (integration_id)"
        " WHERE status IN ('pending', 'running')"_s,

        u"CREATE TABLE sync_job_log ("
        " id {{uuid}} PRIMARY KEY,"
        " job_id {{uuid}} NOT NULL REFERENCES sync_jobs (id) ON DELETE CASCADE,"
        " at TEXT NOT NULL,"
        " level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),"
        " message TEXT NOT NULL)"_s,
        u"CREATE INDEX sync_job_log_job_time ON sync_job_log (job_id, at, id)"_s,

        // A supplier's client as imported; kept when its integration is removed.
        u"CREATE TABLE crm_clients ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " integration_id {{uuid}} REFERENCES integrations (id) ON DELETE SET NULL,"
        " external_id TEXT,"
        " fields {{json}} NOT NULL,"
        " email_key TEXT NOT NULL DEFAULT '',"
        " content_hash TEXT NOT NULL DEFAULT '',"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " changed_by_wedsync_at TEXT,"
        " changed_by_crm_at TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (integration_id, external_id))"_s,
        u"CREATE INDEX crm_clients_email ON crm_clients (organization_id, email_key)"_s,
        u"CREATE INDEX crm_clients_list ON crm_clients (organization_id, created_at, id)"_s,
    };
    return m;
}

Migration crmClientEmailOrderMigration()
{
    Migration m;
    m.version = 20;
    m.name = u"CRM hub: clients matched by e-mail in their order"_s;
    // A file import matches every row by e-mail, oldest client first. With (organization_id,
    // email_key) alone SQLite answered the ORDER BY from crm_clients_list and read every
    // client of the organization for each new address: importing 50,000 rows read 10^9.
    m.statements = {
        u"DROP INDEX crm_clients_email"_s,
        u"CREATE INDEX crm_clients_email ON crm_clients (organization_id, email_key, created_at, id)"_s,
    };
    return m;
}

} // namespace wedsync::server
