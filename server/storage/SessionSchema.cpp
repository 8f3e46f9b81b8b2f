#include "storage/SessionSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration sessionSafetyMigration()
{
    Migration m;
    m.version = 4;
    m.name = u"shared login throttle, access changes reach live channels"_s;
    m.statements = {
        // LoginThrottle's counters, shared by every instance (LoginThrottleRepository).
        u"CREATE TABLE login_throttle ("
        " scope TEXT NOT NULL,"
        " throttle_key TEXT NOT NULL,"
        " failures INTEGER NOT NULL,"
        " last_failure_ms BIGINT NOT NULL,"
        " locked_until_ms BIGINT NOT NULL,"
        " PRIMARY KEY (scope, throttle_key))"_s,
    };
    m.sqliteOnly = {
        u"CREATE TABLE access_changes ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " user_id TEXT NOT NULL)"_s,
        u"CREATE TRIGGER sessions_access AFTER UPDATE OF revoked_at ON sessions"
        " WHEN NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (NEW.user_id); END"_s,
        u"CREATE TRIGGER users_access AFTER UPDATE OF disabled ON users"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (NEW.id); END"_s,
        u"CREATE TRIGGER memberships_changed_access AFTER UPDATE ON memberships"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (OLD.user_id); END"_s,
        u"CREATE TRIGGER memberships_removed_access AFTER DELETE ON memberships"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (OLD.user_id); END"_s,
        u"CREATE TRIGGER staff_changed_access AFTER UPDATE ON platform_staff"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (OLD.user_id); END"_s,
        u"CREATE TRIGGER staff_removed_access AFTER DELETE ON platform_staff"
        " BEGIN INSERT INTO access_changes (user_id) VALUES (OLD.user_id); END"_s,
    };
    // The NOTIFY channel is PostgresFanOut::Channel; delivered when the change commits.
    m.postgresqlOnly = {
        u"CREATE FUNCTION wedsync_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE changed jsonb;"
        " BEGIN"
        " IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;"
        " PERFORM pg_notify('wedsync_realtime',"
        " CAST(json_build_object('revoke', changed ->> TG_ARGV[0]) AS text));"
        " RETURN NULL;"
        " END $$"_s,
        u"CREATE TRIGGER sessions_access AFTER UPDATE OF revoked_at ON sessions FOR EACH ROW"
        " WHEN (NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL)"
        " EXECUTE FUNCTION wedsync_access_changed('user_id')"_s,
        u"CREATE TRIGGER users_access AFTER UPDATE OF disabled ON users FOR EACH ROW"
        " EXECUTE FUNCTION wedsync_access_changed('id')"_s,
        u"CREATE TRIGGER memberships_access AFTER UPDATE OR DELETE ON memberships FOR EACH ROW"
        " EXECUTE FUNCTION wedsync_access_changed('user_id')"_s,
        u"CREATE TRIGGER platform_staff_access AFTER UPDATE OR DELETE ON platform_staff"
        " FOR EACH ROW EXECUTE FUNCTION wedsync_access_changed('user_id')"_s,
    };
    return m;
}

} // namespace wedsync::server
