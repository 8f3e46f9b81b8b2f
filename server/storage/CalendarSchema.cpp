#include "storage/CalendarSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration calendarSyncMigration()
{
    Migration m;
    m.version = 17;
    m.name = u"calendar sync: accounts, credentials, event mappings, sync state, sync log"_s;
    m.statements = {
        // Belongs to one operator in one organization: no one else lists or syncs it.
        u"CREATE TABLE calendar_accounts ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " user_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " provider TEXT NOT NULL CHECK (provider IN ('caldav', 'google', 'microsoft')),"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
        " server_url TEXT NOT NULL DEFAULT '' CHECK (length(server_url) <= 2000),"
        " username TEXT NOT NULL DEFAULT '' CHECK (length(username) <= 200),"
        " calendars {{json}} NOT NULL,"
        " direction TEXT NOT NULL DEFAULT 'two_way' CHECK (direction IN ('import', 'export',"
        " 'two_way')),"
        " conflict_strategy TEXT NOT NULL DEFAULT 'ask' CHECK (conflict_strategy IN"
        " ('wedsync_wins', 'calendar_wins', 'ask')),"
        " schedule_minutes INTEGER NOT NULL DEFAULT 15 CHECK (schedule_minutes BETWEEN 5 AND 1440),"
        " time_zone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),"
        " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'connected',"
        " 'error', 'expired', 'disconnected')),"
        " status_message TEXT NOT NULL DEFAULT '',"
        " running_since TEXT,"
        " last_sync_at TEXT,"
        " next_sync_at TEXT,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (id, organization_id))"_s,
        u"CREATE INDEX calendar_accounts_owner ON calendar_accounts"
        " (organization_id, user_id, created_at)"_s,
        u"CREATE INDEX calendar_accounts_schedule ON calendar_accounts (next_sync_at)"_s,

        // SecretBox::seal(JSON, "calendar_account:<id>:credentials").
        u"CREATE TABLE calendar_account_credentials ("
        " account_id {{uuid}} PRIMARY KEY REFERENCES calendar_accounts (id) ON DELETE CASCADE,"
        " sealed {{blob}} NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,

        // One synced appointment <-> one event. `synced_json` is the appointment as both sides
        // agreed at the last sync (the base of a conflict); `synced_ics` the event's text then
        // (what a write-back starts from, so that what we do not map is kept).
        u"CREATE TABLE calendar_event_mappings ("
        " account_id {{uuid}} NOT NULL REFERENCES calendar_accounts (id) ON DELETE CASCADE,"
        " calendar_href TEXT NOT NULL,"
        " appointment_id {{uuid}} NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
        " href TEXT NOT NULL,"
        " etag TEXT NOT NULL DEFAULT '',"
        " uid TEXT NOT NULL,"
        " synced_hash TEXT NOT NULL,"
        " synced_json {{json}} NOT NULL,"
        " synced_ics TEXT NOT NULL,"
        " synced_at TEXT NOT NULL,"
        // An open sync_conflicts row about this pair: the sync leaves both sides alone.
        " conflict_id {{uuid}},"
        " PRIMARY KEY (account_id, href),"
        " UNIQUE (account_id, appointment_id),"
        " UNIQUE (account_id, calendar_href, uid))"_s,

        u"CREATE TABLE calendar_sync_state ("
        " account_id {{uuid}} NOT NULL REFERENCES calendar_accounts (id) ON DELETE CASCADE,"
        " calendar_href TEXT NOT NULL,"
        " sync_token TEXT,"
        " ctag TEXT,"
        " updated_at TEXT NOT NULL,"
        " PRIMARY KEY (account_id, calendar_href))"_s,

        // `errors` is a JSON array of sentences a person can act on.
        u"CREATE TABLE calendar_sync_log ("
        " id {{uuid}} PRIMARY KEY,"
        " account_id {{uuid}} NOT NULL REFERENCES calendar_accounts (id) ON DELETE CASCADE,"
        " started_at TEXT NOT NULL,"
        " finished_at TEXT,"
        " status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),"
        " pulled INTEGER NOT NULL DEFAULT 0,"
        " pushed INTEGER NOT NULL DEFAULT 0,"
        " conflicts INTEGER NOT NULL DEFAULT 0,"
        " errors {{json}} NOT NULL,"
        " duration_ms BIGINT)"_s,
        u"CREATE INDEX calendar_sync_log_account ON calendar_sync_log (account_id, started_at)"_s,
    };
    return m;
}

} // namespace wedsync::server
