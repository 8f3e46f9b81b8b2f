#include "storage/AuditSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration auditWeddingMigration()
{
    Migration m;
    m.version = 9;
    m.name = u"audit trail: the wedding of each row"_s;
    m.statements = {
        u"ALTER TABLE audit_log ADD COLUMN wedding_id {{uuid}}"_s,
        u"CREATE INDEX audit_log_wedding_time ON audit_log (wedding_id, occurred_at)"_s,
    };
    // The trail is append-only; its guard is lifted for this one backfill, in the migration's
    // own transaction, and put back before it commits. A section row names its wedding in the
    // API's JSON (weddingId; null for an organization's default layout).
    m.sqliteOnly = {
        u"DROP TRIGGER audit_log_no_update"_s,
        u"UPDATE audit_log SET wedding_id = COALESCE(json_extract(after_json, '$.weddingId'),"
        " json_extract(before_json, '$.weddingId'))"
        " WHERE entity_type = 'section_configuration'"_s,
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
    };
    m.postgresqlOnly = {
        u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"_s,
        u"UPDATE audit_log SET wedding_id = CAST(COALESCE(after_json ->> 'weddingId',"
        " before_json ->> 'weddingId') AS UUID)"
        " WHERE entity_type = 'section_configuration'"_s,
        u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"_s,
    };
    return m;
}

} // namespace wedsync::server
