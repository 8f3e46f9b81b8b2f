#pragma once
// The demo's appointments: for each wedding of an organization (besides its wedding day, which
// the wedding brings) a consultation, a tasting and the rehearsal the evening before, at local
// times in the wedding's zone; and one organization-wide team meeting. Dates follow the
// weddings', so each phase has past and upcoming appointments.

#include "Clock.h"
#include "common/Status.h"

namespace wedsync::server {

class Database;

class DemoAppointments
{
public:
    DemoAppointments(Database &db, const Clock &clock);
    // Inside the demo seed's transaction, after the weddings exist. `plannerId` creates them.
    Status seed(const QString &organizationId, const QString &plannerId,
                const QString &teamTimeZone);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
