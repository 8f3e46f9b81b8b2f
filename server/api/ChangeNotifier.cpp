#include "api/ChangeNotifier.h"

#include "realtime/RealtimePublisher.h"

#include <QLoggingCategory>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChanges, "wedsync.server.changes")

namespace wedsync::server {

bool ChangeNotifier::publishCommitted(const QList<RowChangeNote> &changes) const
{
    if (!m_publisher)
        return true;
    bool all = true;
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
            all = false;
            qCWarning(lcChanges).noquote() << "could not publish" << change.eventType << "on"
                                           << change.table << ":" << published.error().message;
        }
    }
    return all;
}

void ChangeNotifier::committed(const QList<RowChangeNote> &changes,
                               const QList<ConfigurationWrite> &writes) const
{
    if (m_holdDepth > 0) {
        m_heldChanges.append(changes);
        m_heldWrites.append(writes);
        return;
    }
    const bool published = publishCommitted(changes);
    if (m_observer && !writes.isEmpty())
        m_observer->committed(writes, published);
}

void ChangeNotifier::afterCommit(std::function<void()> action) const
{
    if (m_holdDepth > 0) {
        m_heldActions.append(std::move(action));
        return;
    }
    action();
}

void ChangeNotifier::release(bool committed) const
{
    if (m_holdDepth == 0 || --m_holdDepth > 0)
        return;
    const QList<RowChangeNote> changes = std::exchange(m_heldChanges, {});
    const QList<ConfigurationWrite> writes = std::exchange(m_heldWrites, {});
    const QList<std::function<void()>> actions = std::exchange(m_heldActions, {});
    if (!committed)
        return;
    this->committed(changes, writes);
    for (const auto &action : actions)
        action();
}

} // namespace wedsync::server
