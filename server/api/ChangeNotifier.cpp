#include "api/ChangeNotifier.h"

#include "common/Mailbox.h"
#include "realtime/RealtimePublisher.h"

#include <QLoggingCategory>
#include <QObject>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChanges, "wedsync.server.changes")

namespace wedsync::server {

namespace {

// An admins-only row (an audit row) goes to the tenant's admins and platform staff, and to its
// wedding's topic when it belongs to one: whoever may join wedding:<id> may read that wedding's
// timeline (GET /audit?weddingId=).
QList<RealtimeTopic> adminTopicsOf(const RowChangeNote &change)
{
    QList<RealtimeTopic> topics;
    if (!change.organizationId.isEmpty())
        topics << RealtimeTopic::tenantAdmins(change.organizationId);
    topics << RealtimeTopic::platformAdmins();
    QStringList weddings = change.weddingIds;
    const QString own = change.newRow.value(u"wedding_id"_s).toString();
    if (!own.isEmpty() && !weddings.contains(own))
        weddings.prepend(own);
    for (const QString &wedding : std::as_const(weddings)) {
        if (auto topic = RealtimeTopic::fromName(u"wedding:"_s + wedding))
            topics << topic.value();
    }
    return topics;
}

} // namespace

bool ChangeNotifier::publishCommitted(const QList<RowChangeNote> &changes) const
{
    if (!m_publisher || changes.isEmpty())
        return true;
    bool all = true;
    // One write's changes go out together (with several instances: one transaction).
    m_publisher->beginBatch();
    for (const RowChangeNote &change : changes) {
        Result<int> published = change.adminsOnly
            ? m_publisher->publishChangeTo(adminTopicsOf(change), change.table, change.eventType,
                                           change.newRow, change.oldRow)
            : m_publisher->publishChange(change.table, change.eventType, change.organizationId,
                                         change.newRow, change.oldRow);
        if (!published) {
            all = false;
            qCWarning(lcChanges).noquote() << "could not publish" << change.eventType << "on"
                                           << change.table << ":" << published.error().message;
        }
    }
    if (auto flushed = m_publisher->endBatch(); !flushed) {
        all = false;
        qCWarning(lcChanges).noquote()
            << "could not publish" << changes.size() << "changes:" << flushed.error().message;
    }
    return all;
}

ChangeNotifier::ChangeNotifier() = default;

ChangeNotifier::ChangeNotifier(ForwardTo forward)
    : m_observer(forward.root.m_observer)
    , m_root(&forward.root)
{ }

ChangeNotifier::~ChangeNotifier() = default;

void ChangeNotifier::deferTo(QObject *context)
{
    m_mailbox.reset();
    if (context) {
        m_mailbox = std::make_unique<Mailbox>();
        m_mailbox->moveToThread(context->thread());
    }
}

std::unique_lock<std::mutex> ChangeNotifier::commitsInOrder() const
{
    const ChangeNotifier &queue = root();
    if (!queue.m_mailbox)
        return {};
    return std::unique_lock<std::mutex>(queue.m_commitOrder);
}

void ChangeNotifier::committed(const QList<RowChangeNote> &changes,
                               const QList<ConfigurationWrite> &writes) const
{
    if (m_root) {
        m_root->enqueue({changes, writes, {}});
        return;
    }
    if (m_holdDepth > 0) {
        m_heldChanges.append(changes);
        m_heldWrites.append(writes);
        return;
    }
    if (m_mailbox) {
        enqueue({changes, writes, {}});
        return;
    }
    publishObserved(changes, writes);
}

void ChangeNotifier::publishObserved(QList<RowChangeNote> changes,
                                     const QList<ConfigurationWrite> &writes) const
{
    const bool observed = m_observer && !writes.isEmpty();
    if (observed)
        m_observer->aboutToPublish(writes, &changes);
    const bool published = publishCommitted(changes);
    if (observed)
        m_observer->committed(writes, published);
}

void ChangeNotifier::enqueue(Waiting waiting) const
{
    Q_ASSERT(m_mailbox); // a writer's notifier forwards only to a deferred one
    {
        const std::lock_guard lock(m_waitingLock);
        m_waiting.append(std::move(waiting));
        if (std::exchange(m_drainQueued, true))
            return;
    }
    m_mailbox->post([this] { publishWaiting(); });
}

void ChangeNotifier::publishWaiting() const
{
    // What these publish in turn (an observer's own change) joins the end of the line.
    for (;;) {
        // The changes of the writes waiting in a row (up to the next action) go out together:
        // with several instances one transaction for all of them instead of one each, and the
        // observer hears of those writes once (a tenant's health is read once for all).
        std::function<void()> action;
        QList<RowChangeNote> changes;
        QList<ConfigurationWrite> writes;
        {
            const std::lock_guard lock(m_waitingLock);
            if (m_waiting.isEmpty()) {
                m_drainQueued = false;
                return;
            }
            if (m_waiting.first().action) {
                action = m_waiting.takeFirst().action;
            } else {
                while (!m_waiting.isEmpty() && !m_waiting.first().action) {
                    Waiting next = m_waiting.takeFirst();
                    changes.append(std::move(next.changes));
                    writes.append(std::move(next.writes));
                }
            }
        }
        if (action) {
            action();
            continue;
        }
        publishObserved(std::move(changes), writes);
    }
}

void ChangeNotifier::afterCommit(std::function<void()> action) const
{
    if (m_root) {
        m_root->enqueue({{}, {}, std::move(action)});
        return;
    }
    if (m_holdDepth > 0) {
        m_heldActions.append(std::move(action));
        return;
    }
    if (m_mailbox) {
        enqueue({{}, {}, std::move(action)});
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
        afterCommit(action);
}

} // namespace wedsync::server
