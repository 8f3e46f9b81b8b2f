#include "ChangeNotifier.h"

#include "RealtimePublisher.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChanges, "wedsync.server.changes")

namespace wedsync::server {

void ChangeNotifier::publishCommitted(const QList<RowChangeNote> &changes) const
{
    if (!m_publisher)
        return;
    for (const RowChangeNote &change : changes) {
        Result<int> published = change.adminsOnly
            ? m_publisher->publishChangeTo(
                change.organizationId.isEmpty()
                    ? QList<RealtimeTopic> {RealtimeTopic::platformAdmins()}
                    : QList<RealtimeTopic> {RealtimeTopic::tenantAdmins(change.organizationId),
                                            RealtimeTopic::platformAdmins()},
                change.table, change.eventType, change.newRow, change.oldRow)
            : m_publisher->publishChange(change.table, change.eventType, change.organizationId,
                                         change.newRow, change.oldRow);
        if (!published) {
            qCWarning(lcChanges).noquote() << "could not publish" << change.eventType << "on"
                                           << change.table << ":" << published.error().message;
        }
    }
}

} // namespace wedsync::server
