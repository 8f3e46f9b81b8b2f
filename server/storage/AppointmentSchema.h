#pragma once
// Migration 13: appointments (consultations, tastings, rehearsals, the wedding day...) of an
// organization, optionally of one of its weddings. starts_at/ends_at are UTC instants in the
// fixed-width text of sql::timestamp (an all-day appointment's are the midnights of its dates in
// its zone), so that text order is time order for ranges and keyset paging. A deleted
// appointment stays as a tombstone (deleted_at) so that an incremental reader (calendar sync)
// learns of the deletion.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration appointmentsMigration();

} // namespace wedsync::server
