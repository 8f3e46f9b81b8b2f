#include "storage/AppointmentSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration appointmentsMigration()
{
    Migration m;
    m.version = 13;
    m.name = u"appointments with time zones, all-day dates, attendees and tombstones"_s;
    m.statements = {
        u"CREATE TABLE appointments ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " wedding_id {{uuid}},"
        " title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),"
        " kind TEXT NOT NULL CHECK (kind IN ('consultation', 'tasting', 'rehearsal',"
        " 'wedding_day', 'meeting', 'other')),"
        " all_day {{bool}} NOT NULL DEFAULT FALSE,"
        " starts_at TEXT NOT NULL,"
        " ends_at TEXT NOT NULL,"
        " start_date DATE,"
        " end_date DATE,"
        " time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),"
        " location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 500),"
        " notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),"
        " attendees {{json}} NOT NULL,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " updated_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " deleted_at TEXT,"
        " CHECK (ends_at > starts_at),"
        " CHECK ((all_day AND start_date IS NOT NULL AND end_date IS NOT NULL"
        "  AND end_date > start_date)"
        "  OR (NOT all_day AND start_date IS NULL AND end_date IS NULL)),"
        " CHECK (kind <> 'wedding_day' OR wedding_id IS NOT NULL),"
        " FOREIGN KEY (wedding_id, organization_id)"
        "  REFERENCES weddings (id, organization_id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX appointments_org_start ON appointments (organization_id, starts_at, id)"_s,
        u"CREATE INDEX appointments_wedding_start ON appointments"
        " (organization_id, wedding_id, starts_at, id)"_s,
        u"CREATE INDEX appointments_org_changed ON appointments (organization_id, updated_at)"_s,
        // A wedding has one wedding day, kept by the server from the wedding's date.
        u"CREATE UNIQUE INDEX appointments_wedding_day ON appointments (wedding_id)"
        " WHERE kind = 'wedding_day'"_s,
    };
    return m;
}

} // namespace wedsync::server
