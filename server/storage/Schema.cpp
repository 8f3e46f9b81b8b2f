#include "storage/Schema.h"

#include "storage/AppointmentSchema.h"
#include "storage/AuditSchema.h"
#include "storage/CalendarSchema.h"
#include "storage/ComplianceSchema.h"
#include "storage/ConfigHierarchySchema.h"
#include "storage/CrmTwoWaySchema.h"
#include "storage/IntegrationSchema.h"
#include "storage/JobLeaseSchema.h"
#include "storage/JobLogCodeSchema.h"
#include "storage/LayoutSchema.h"
#include "storage/OAuthSchema.h"
#include "storage/SessionSchema.h"
#include "storage/SyncSchema.h"
#include "storage/WebhookSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// Version 1: tenants, accounts, sessions, weddings, section configurations, audit trail.
Migration accountsAndSections()
{
    Migration m;
    m.version = 1;
    m.name = u"accounts, tenancy, weddings, sections, audit"_s;
    m.statements = {
        u"CREATE TABLE organizations ("
        " id {{uuid}} PRIMARY KEY,"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
        " slug TEXT NOT NULL UNIQUE,"
        " subscription_tier TEXT NOT NULL DEFAULT 'free'"
        "  CHECK (subscription_tier IN ('free', 'starter', 'professional', 'scale', 'enterprise')),"
        " created_at TEXT NOT NULL)"_s,

        // E-mail addresses are unique whatever their case; lookups use lower(email) too.
        u"CREATE TABLE users ("
        " id {{uuid}} PRIMARY KEY,"
        " email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 320),"
        " display_name TEXT NOT NULL,"
        " password_hash TEXT NOT NULL,"
        " disabled {{bool}} NOT NULL DEFAULT FALSE,"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX users_email_lower ON users (lower(email))"_s,

        u"CREATE TABLE memberships ("
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " role TEXT NOT NULL"
        "  CHECK (role IN ('admin', 'coordinator', 'photographer', 'couple', 'vendor', 'guest')),"
        " created_at TEXT NOT NULL,"
        " PRIMARY KEY (user_id, organization_id))"_s,
        u"CREATE INDEX memberships_organization ON memberships (organization_id)"_s,

        u"CREATE TABLE platform_staff ("
        " user_id {{uuid}} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (kind IN ('platform_admin', 'support')),"
        " created_at TEXT NOT NULL)"_s,

        // UNIQUE (id, organization_id) lets tenant tables reference a wedding together with
        // its organization, so that a row can never point at another tenant's wedding.
        u"CREATE TABLE weddings ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " couple_name TEXT NOT NULL CHECK (length(couple_name) BETWEEN 1 AND 200),"
        " wedding_date DATE NOT NULL,"
        " time_zone TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', "
        "'cancelled')),"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (id, organization_id))"_s,
        u"CREATE INDEX weddings_organization_date ON weddings (organization_id, wedding_date)"_s,

        u"CREATE TABLE wedding_access ("
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " wedding_id {{uuid}} NOT NULL REFERENCES weddings (id) ON DELETE CASCADE,"
        " access_level TEXT NOT NULL CHECK (access_level IN ('full', 'limited')),"
        " PRIMARY KEY (user_id, wedding_id))"_s,
        u"CREATE INDEX wedding_access_wedding ON wedding_access (wedding_id)"_s,

        // `config` holds the section's visibility, layout, customization and permissions as
        // core/SectionJson writes them; identity, scope, order and metadata are columns.
        u"CREATE TABLE section_configurations ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " wedding_id {{uuid}},"
        " section_type TEXT NOT NULL CHECK (length(section_type) BETWEEN 1 AND 64),"
        " config {{json}} NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " updated_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " FOREIGN KEY (wedding_id, organization_id)"
        "  REFERENCES weddings (id, organization_id) ON DELETE CASCADE)"_s,
        // One section of a type per scope (organization-wide, or one wedding).
        u"CREATE UNIQUE INDEX section_configurations_org_type ON section_configurations"
        " (organization_id, section_type) WHERE wedding_id IS NULL"_s,
        u"CREATE UNIQUE INDEX section_configurations_wedding_type ON section_configurations"
        " (organization_id, wedding_id, section_type) WHERE wedding_id IS NOT NULL"_s,
        u"CREATE INDEX section_configurations_order ON section_configurations"
        " (organization_id, wedding_id, position)"_s,

        // A login creates a session; its refresh tokens rotate within it. Only hashes are kept.
        u"CREATE TABLE sessions ("
        " id {{uuid}} PRIMARY KEY,"
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " created_at TEXT NOT NULL,"
        " revoked_at TEXT,"
        " revoked_reason TEXT)"_s,
        u"CREATE INDEX sessions_user ON sessions (user_id)"_s,
        u"CREATE TABLE refresh_tokens ("
        " token_hash TEXT PRIMARY KEY,"
        " session_id {{uuid}} NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " issued_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL,"
        " rotated_at TEXT,"
        " revoked_at TEXT)"_s,
        u"CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)"_s,

        // Append-only: no foreign keys (the trail outlives what it describes), and triggers
        // below reject UPDATE and DELETE on both backends.
        u"CREATE TABLE audit_log ("
        " id {{uuid}} PRIMARY KEY,"
        " occurred_at TEXT NOT NULL,"
        " actor_id {{uuid}},"
        " organization_id {{uuid}},"
        " entity_type TEXT NOT NULL,"
        " entity_id TEXT,"
        " action TEXT NOT NULL,"
        " before_json {{json}},"
        " after_json {{json}},"
        " request_id TEXT)"_s,
        u"CREATE INDEX audit_log_organization_time ON audit_log (organization_id, occurred_at)"_s,
        u"CREATE INDEX audit_log_actor_time ON audit_log (actor_id, occurred_at)"_s,
        u"CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)"_s,
        u"CREATE INDEX audit_log_time ON audit_log (occurred_at)"_s,
    };
    m.sqliteOnly = {
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
        u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
    };
    m.postgresqlOnly = {
        u"CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = "
        "'insufficient_privilege';"
        " END $$"_s,
        u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
        " FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()"_s,
        u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
        " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()"_s,
    };
    return m;
}

// Version 2: realtime streams shared by the server instances on one PostgreSQL database
// (PostgresFanOut): one sequence per topic and the messages, for peers and for replay after
// a restart. A single SQLite instance numbers and keeps its messages in memory instead.
Migration sharedRealtimeStreams()
{
    Migration m;
    m.version = 2;
    m.name = u"shared realtime streams"_s;
    m.statements = {
        u"CREATE TABLE realtime_topic_seq ("
        " topic TEXT PRIMARY KEY,"
        " last_seq BIGINT NOT NULL)"_s,
        // `message` is TopicMessageJson's compact text, read back byte for byte.
        u"CREATE TABLE realtime_messages ("
        " topic TEXT NOT NULL,"
        " seq BIGINT NOT NULL,"
        " message TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " PRIMARY KEY (topic, seq))"_s,
        u"CREATE INDEX realtime_messages_created ON realtime_messages (created_at)"_s,
    };
    return m;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations {
        accountsAndSections(),           sharedRealtimeStreams(),
        syncAndIdempotencyMigration(),   sessionSafetyMigration(),
        layoutVersionsMigration(),       syncConflictCenterMigration(),
        syncHealthIndexMigration(),      complianceMigration(),
        auditWeddingMigration(),         integrationMigration(),
        oauthSessionsMigration(),        crmTwoWayMigration(),
        appointmentsMigration(),         jobLeaseMigration(),
        configHierarchyMigration(),      webhooksMigration(),
        calendarSyncMigration(),         calendarOAuthSessionsMigration(),
        jobLogCodeMigration(),           crmClientEmailOrderMigration(),
        configSecretsSealedMigration(),  layoutSnapshotCompressionMigration(),
        layoutChangeSnapshotsMigration()};
    return migrations;
}

} // namespace wedsync::server
