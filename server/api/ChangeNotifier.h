#pragma once
// The seam between committed writes and the realtime hub: row changes are handed to an
// injected RealtimePublisher (none in tests that do not care) only after their commit.

#include "common/Status.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace wedsync::server {
class Database;
class Mailbox;
class RealtimePublisher;

// One committed row change, as `postgres_changes` carries it: the table's row with its
// column names (snake_case), so that filters such as organization_id=eq.<id> apply.
struct RowChangeNote
{
    QString table; // e.g. "section_configurations", "audit_log"
    QString eventType; // INSERT | UPDATE | DELETE
    QString organizationId; // empty for platform-level rows
    QJsonObject newRow; // empty for DELETE
    QJsonObject oldRow; // empty for INSERT
    // Only for the tenant's admins and platform staff (e.g. audit rows), not for every member.
    bool adminsOnly = false;
    // Weddings an admins-only row also belongs to beyond its own wedding_id (a supplier's
    // compliance row: each wedding of the supplier), whose wedding:<id> topics get it too.
    QStringList weddingIds = {};
};

// A change of a tenant's configuration (sections, permission matrix) within one transaction.
struct ConfigurationWrite
{
    QString organizationId;
    QString source; // "sections" | "permissions"
    QStringList actions; // audit actions, e.g. "update", "reorder", "permissions_update"
    QStringList entityIds;
    QString actorId;
    QString requestId;
    // Filled by the observer inside the transaction: the new version and its sync event.
    qint64 configVersion = 0;
    QString eventId;
};

// Told about configuration writes: inside their transaction (to bump the tenant's version and
// record the propagation) and after the commit (to follow the propagation to clients).
class ConfigurationObserver
{
public:
    virtual ~ConfigurationObserver() = default;
    // Before the commit, on the transaction's connection `db` (a writer thread's or the event
    // loop's); a failure rolls the write back. Row changes in `announce` are published with the
    // write's own. Must be safe to call from any thread.
    virtual Status recordInTransaction(Database &db, ConfigurationWrite &write,
                                       QList<RowChangeNote> *announce)
        = 0;
    // After the commit, on the event loop, just before the writes' row changes are published:
    // row changes added to `changes` (e.g. what the observer settled) go out with them, in the
    // same batch (on PostgreSQL one round trip). Nothing by default.
    virtual void aboutToPublish(const QList<ConfigurationWrite> & /*writes*/,
                                QList<RowChangeNote> * /*changes*/)
    { }
    // After the commit, for one write or several published together; `published` is false
    // when a row change of theirs could not be published.
    virtual void committed(const QList<ConfigurationWrite> &writes, bool published) = 0;
};

class ChangeNotifier
{
public:
    ChangeNotifier();
    ~ChangeNotifier();
    // A writer thread's notifier: what commits through it joins `root`'s queue (which must be
    // deferred, see deferTo()), in commit order with the event loop's own writes. The observer
    // is root's. Not for hold()/release(): a writer runs no outer transaction.
    struct ForwardTo
    {
        const ChangeNotifier &root;
    };
    explicit ChangeNotifier(ForwardTo forward);
    ChangeNotifier(const ChangeNotifier &) = delete;
    ChangeNotifier &operator=(const ChangeNotifier &) = delete;

    // Held from just before a transaction's COMMIT until what it committed is queued, on every
    // thread that commits through this notifier (or its forwarders): the queue then has the
    // writes in commit order. Two writes of one topic commit one after the other (the second
    // waits for the first's row locks), so their changes are published in that order.
    // Nothing is locked when publishing is not deferred (in-process tests: one thread).
    [[nodiscard]] std::unique_lock<std::mutex> commitsInOrder() const;
    // May be null (no realtime hub); not owned, must outlive this or be reset first.
    void setPublisher(RealtimePublisher *publisher) { m_publisher = publisher; }

    // From now on what commits is published from `context`'s event loop, in a queued call,
    // instead of before the write answers: the answer is written first (and flushed), then the
    // fan-out and NOTIFY run, before the event loop takes the next request. Order is kept:
    // changes, observer calls and afterCommit() actions run in the order they committed.
    // Writes waiting together (between two actions) are published as one batch, and the
    // observer hears of them in one call, after all their changes.
    // Null (the default, in-process tests): at once. Only `context`'s thread is kept.
    // The queued call reaches `context`'s thread through a Mailbox (common/Mailbox), which writer
    // threads post to as well: a hand-off ThreadSanitizer can see.
    void deferTo(QObject *context);
    // Publishes what waits for the queued call now (e.g. before shutting down).
    void publishWaiting() const;
    RealtimePublisher *publisher() const { return m_publisher; }

    // Publishes changes whose transaction has committed. A failure to publish is logged and
    // does not undo anything: the data is stored, clients that missed it refetch.
    // Returns false when at least one change could not be published.
    bool publishCommitted(const QList<RowChangeNote> &changes) const;

    // May be null; not owned.
    void setConfigurationObserver(ConfigurationObserver *observer) { m_observer = observer; }
    ConfigurationObserver *configurationObserver() const { return m_observer; }

    // A transaction committed: publishes its changes and tells the observer about its
    // configuration writes, or queues both while held.
    void committed(const QList<RowChangeNote> &changes,
                   const QList<ConfigurationWrite> &writes) const;

    // Runs `action` (a broadcast that must not precede the data it announces) once what has
    // committed is really stored: now, or after the outer transaction's commit while held;
    // dropped when that one rolls back.
    void afterCommit(std::function<void()> action) const;

    // While held, what nested transactions commit is queued: an outer transaction (the
    // idempotency layer's) owns the real commit and calls release() after it, with
    // `committed` false after a rollback (the queue is dropped then).
    void hold() const { ++m_holdDepth; }
    bool isHolding() const { return m_holdDepth > 0; }
    void release(bool committed) const;

private:
    RealtimePublisher *m_publisher = nullptr;
    ConfigurationObserver *m_observer = nullptr;
    mutable int m_holdDepth = 0;
    mutable QList<RowChangeNote> m_heldChanges;
    mutable QList<ConfigurationWrite> m_heldWrites;
    mutable QList<std::function<void()>> m_heldActions;

    // Committed, waiting for the queued call (deferTo()): a change set or an action.
    struct Waiting
    {
        QList<RowChangeNote> changes;
        QList<ConfigurationWrite> writes;
        std::function<void()> action;
    };
    void enqueue(Waiting waiting) const;
    // The observer's aboutToPublish, the publish, then the observer's committed.
    void publishObserved(QList<RowChangeNote> changes,
                         const QList<ConfigurationWrite> &writes) const;
    const ChangeNotifier &root() const { return m_root ? *m_root : *this; }
    // Set by deferTo(), on the context's thread: runs the queued call. Null: not deferred.
    std::unique_ptr<Mailbox> m_mailbox;
    const ChangeNotifier *m_root = nullptr; // a writer's notifier forwards to it
    mutable std::mutex m_commitOrder; // see commitsInOrder()
    // The queue is filled from the event loop and the writer threads, drained on the loop.
    mutable std::mutex m_waitingLock;
    mutable QList<Waiting> m_waiting;
    mutable bool m_drainQueued = false;
};

} // namespace wedsync::server
