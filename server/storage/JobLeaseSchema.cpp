#include "storage/JobLeaseSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration jobLeaseMigration()
{
    Migration m;
    m.version = 14;
    m.name = u"CRM hub: leases of running sync jobs"_s;
    m.statements = {
        u"ALTER TABLE sync_jobs ADD COLUMN lease_owner TEXT"_s,
        u"ALTER TABLE sync_jobs ADD COLUMN lease_until TEXT"_s,
    };
    return m;
}

} // namespace wedsync::server
