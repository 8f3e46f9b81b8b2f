#pragma once
// The demo's layout history: Evergreen's wedding-day dashboard built up over the last week, so
// that the versions pane has something true to list, compare and restore ("last week",
// "yesterday", today). Each step writes the sections and then records its layout version
// through the same recorder the API uses, with a clock set back to when the step happened.

#include "Clock.h"
#include "SectionConfig.h"
#include "common/Status.h"

namespace wedsync::server {

class Database;

class DemoLayoutHistory
{
public:
    DemoLayoutHistory(Database &db, const Clock &clock);

    // Stores `runSheet` and `gallery` (one wedding's dashboard) as they are after three saves:
    // last week the planner adds an early run sheet, yesterday the admin adds the gallery, and
    // today the planner gives the run sheet its final shape.
    Status seed(const SectionConfig &runSheet, const SectionConfig &gallery,
                const QString &plannerId, const QString &adminId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
