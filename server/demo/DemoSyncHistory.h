#pragma once
// The demo's sync history: a few days of configuration propagations per tenant, so that the
// sync dashboard shows every kind of line — Evergreen partial (an open conflict from an
// offline edit, and one slow propagation), Lakeside failed (its newest propagation could not
// be sent, and an open conflict), Harbor Light success — and the configuration versions to match.

#include "Clock.h"
#include "common/Status.h"

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
    // An offline edit of the organization's `sectionType` section that lost: open conflict.
    Status offlineConflict(const QString &organizationId, const QString &userId,
                           const QString &sectionType, const QString &offlineTitle, qint64 version,
                           int hoursAgo);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
