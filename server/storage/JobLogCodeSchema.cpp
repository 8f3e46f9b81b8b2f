#include "storage/JobLogCodeSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration jobLogCodeMigration()
{
    Migration m;
    m.version = 19;
    m.name = u"CRM hub: codes and arguments of job log lines"_s;
    m.statements = {
        u"ALTER TABLE sync_job_log ADD COLUMN code TEXT"_s,
        u"ALTER TABLE sync_job_log ADD COLUMN args {{json}}"_s,
    };
    return m;
}

} // namespace wedsync::server
