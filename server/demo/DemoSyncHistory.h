#pragma once
// The demo's sync history: a few days of configuration propagations per tenant, so that the
// sync dashboard shows every kind of line — Evergreen partial (open conflicts, and one slow
// propagation), Lakeside failed (its newest propagation could not be sent, and open
// conflicts), Harbor Light success — and the configuration versions to match; the conflict
// center has a queue with base, mine and theirs.

#include "Clock.h"
#include "SectionConfig.h"
#include "common/Status.h"

#include <functional>

#include <QStringList>

namespace wedsync::server {

class Database;

class DemoSyncHistory
{
public:
    DemoSyncHistory(Database &db, const Clock &clock);
    // Inside the demo seed's transaction, after sections and accounts exist.
    Status seed(const QString &evergreenId, const QString &lakesideId, const QString &harborId,
                const QString &plannerId, const QStringList &adminIds);

private:
    Result<qint64> propagations(const QString &organizationId, const QString &actorId, int count,
                                int firstHoursAgo);
    // An open conflict on the organization's `sectionType` section: theirs is the section as
    // stored, the base is it with `undoTheirs`, mine the base with `editMine`.
    struct DemoConflict
    {
        QString organizationId;
        QString sectionType;
        QString source;
        QString mineBy;
        QString theirsBy;
        qint64 configVersion;
        int minutesAgo;
        std::function<void(SectionConfig &)> undoTheirs;
        std::function<void(SectionConfig &)> editMine;
    };
    Status conflict(const DemoConflict &demo);
    // The demo's open conflicts: two in Evergreen, two in Lakeside, of both sources, with a
    // true field conflict and one-side-only changes.
    Status conflicts(const QString &evergreenId, const QString &lakesideId,
                     const QString &plannerId, const QStringList &admins, qint64 evergreenVersion,
                     qint64 lakesideVersion);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
