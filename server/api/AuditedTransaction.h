#pragma once
// One mutation as the API promises it: a single transaction that also writes its audit rows,
// and whose row changes reach realtime clients only once it has committed.

#include "Clock.h"
#include "api/ChangeNotifier.h"
#include "api/LayoutVersionRecorder.h"
#include "common/Status.h"
#include "storage/Records.h"
#include "storage/Transaction.h"

#include <optional>

namespace wedsync::server {

class Database;

// Who is writing, for the audit trail.
struct MutationActor
{
    QString userId; // empty for the system
    QString requestId; // the X-Request-Id of the request
};

class AuditedTransaction
{
public:
    AuditedTransaction(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                       MutationActor actor);

    bool isActive() const { return m_tx.isActive(); }
    const Error &error() const { return m_tx.error(); }
    const Clock &clock() const { return m_clock; }

    // Writes one audit row in this transaction (and queues it for the admins' live feed).
    Status audit(const QString &organizationId, const QString &entityType, const QString &entityId,
                 const QString &action, const std::optional<QJsonObject> &before,
                 const std::optional<QJsonObject> &after);
    // What the layout versions this transaction records say beyond its section changes (a
    // restore's summary and the version it was based on).
    void setLayoutNote(LayoutVersionNote note) { m_layoutNote = std::move(note); }
    // The layout versions recorded by commit(), one per dashboard whose sections changed.
    const QList<LayoutVersionRecord> &layoutVersions() const { return m_layoutVersions; }
    // Queues a row change to publish after the commit.
    void announce(RowChangeNote change) { m_changes.append(std::move(change)); }

    // Commits, then publishes what was announced. Without commit() everything is rolled back
    // and nothing is published.
    Status commit();

private:
    // Writes a delivery for each of the organization's webhooks subscribed to the change.
    Status queueWebhooks(const QString &organizationId, const QString &entityType,
                         const QString &action, const std::optional<QJsonObject> &before,
                         const std::optional<QJsonObject> &after);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    MutationActor m_actor;
    Transaction m_tx;
    QList<RowChangeNote> m_changes;
    QList<ConfigurationWrite> m_writes; // one per organization whose configuration changed
    QList<LayoutTouch> m_layoutTouches; // the section changes, for the layout versions
    LayoutVersionNote m_layoutNote;
    QList<LayoutVersionRecord> m_layoutVersions;
};

} // namespace wedsync::server
