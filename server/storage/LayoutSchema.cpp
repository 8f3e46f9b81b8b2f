#include "storage/LayoutSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration layoutVersionsMigration()
{
    Migration m;
    m.version = 5;
    m.name = u"layout versions"_s;
    m.statements = {
        // The newest version number of each dashboard: `scope_key` is 'organization' for
        // the organization's default layout, else the wedding id. Bumped with an upsert whose row
        // lock orders concurrent writers of one dashboard.
        u"CREATE TABLE layout_heads ("
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " scope_key TEXT NOT NULL,"
        " current_version BIGINT NOT NULL CHECK (current_version >= 1),"
        " PRIMARY KEY (organization_id, scope_key))"_s,

        // `snapshot` is the JSON array of the dashboard's sections after the change, as the
        // API shows them; `summary` one English line.
        u"CREATE TABLE layout_versions ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " wedding_id {{uuid}},"
        " scope_key TEXT NOT NULL,"
        " version BIGINT NOT NULL CHECK (version >= 1),"
        " author_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " summary TEXT NOT NULL,"
        " snapshot {{json}} NOT NULL,"
        " UNIQUE (organization_id, scope_key, version),"
        " FOREIGN KEY (wedding_id, organization_id)"
        "  REFERENCES weddings (id, organization_id) ON DELETE CASCADE)"_s,
    };
    return m;
}

Migration layoutSnapshotCompressionMigration()
{
    Migration m;
    m.version = 22;
    m.name = u"layout snapshots compressed with lz4 (PostgreSQL)"_s;
    // Each write stores its dashboard's snapshot, inside the dashboard's lock (the layout head's
    // row lock is held until the commit). pglz_compress was about 8 % of PostgreSQL's CPU in a
    // PATCH run (perf); lz4 compresses several times faster. New rows only: the stored ones stay
    // as they are, and both read alike. A PostgreSQL built without lz4 keeps pglz.
    m.postgresqlOnly = {
        u"DO $$ BEGIN"
        " ALTER TABLE layout_versions ALTER COLUMN snapshot SET COMPRESSION lz4;"
        " EXCEPTION WHEN feature_not_supported THEN NULL;"
        " END $$"_s,
    };
    return m;
}

Migration layoutChangeSnapshotsMigration()
{
    Migration m;
    m.version = 23;
    m.name = u"layout versions that hold only their changes"_s;
    // 'full': `snapshot` is the dashboard's sections (a JSON array), as every stored row is.
    // 'changes': {"changed": [sections as they became], "removed": [ids]}, what the version's write
    // did to the version before it. Writing a whole dashboard inside its lock was most of a
    // PATCH's locked time; a version is read as the newest 'full' one at or below it with the
    // changes after it applied in order.
    m.statements = {
        u"ALTER TABLE layout_versions ADD COLUMN snapshot_kind TEXT NOT NULL DEFAULT 'full'"
        " CHECK (snapshot_kind IN ('full', 'changes'))"_s,
    };
    return m;
}

} // namespace wedsync::server
