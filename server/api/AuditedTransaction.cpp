#include "api/AuditedTransaction.h"

#include "AuditRecord.h"
#include "JsonValues.h"
#include "WebhookEvents.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/WebhookDeliveryRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

AuditedTransaction::AuditedTransaction(Database &db, const Clock &clock,
                                       const ChangeNotifier &notifier, MutationActor actor)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_actor(std::move(actor))
    , m_tx(db)
{ }

Status AuditedTransaction::audit(const QString &organizationId, const QString &entityType,
                                 const QString &entityId, const QString &action,
                                 const std::optional<QJsonObject> &before,
                                 const std::optional<QJsonObject> &after)
{
    AuditRecord entry;
    entry.actorId = m_actor.userId;
    entry.organizationId = organizationId;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    entry.requestId = m_actor.requestId;
    // A change inside one wedding (a wedding's section, its permissions) names it in its JSON.
    for (const auto &side : {after, before}) {
        if (side && side->value(u"weddingId"_s).isString()) {
            entry.weddingId = side->value(u"weddingId"_s).toString();
            break;
        }
    }
    AuditRepository repository(m_db, m_clock);
    auto written = repository.append(entry);
    if (!written)
        return written.error();
    // A supplier's compliance row reaches the live timeline of each of the supplier's weddings.
    auto weddings = repository.suppliersWeddings(entityType, entityId);
    if (!weddings)
        return weddings.error();
    // The organization's webhooks learn of the change through deliveries written in this very
    // transaction: they commit with it or not at all, and a crash after the commit loses none.
    if (auto queued = queueWebhooks(organizationId, entityType, action, before, after); !queued)
        return queued;
    announce(RowChangeNote {u"audit_log"_s,
                            u"INSERT"_s,
                            organizationId,
                            auditRecordToRow(written.value()),
                            {},
                            true,
                            weddings.value()});
    // Section configurations (and the permissions inside them) are a tenant's configuration:
    // each transaction that changes them is one new configuration version.
    if (entityType == u"section_configuration"_s && !organizationId.isEmpty()) {
        auto it = std::find_if(m_writes.begin(), m_writes.end(), [&](const ConfigurationWrite &w) {
            return w.organizationId == organizationId;
        });
        if (it == m_writes.end()) {
            m_writes.append({organizationId, {}, {}, {}, m_actor.userId, m_actor.requestId, 0, {}});
            it = std::prev(m_writes.end());
        }
        if (!it->actions.contains(action))
            it->actions.append(action);
        it->entityIds.append(entityId);
        it->source
            = it->actions.contains(u"permissions_update"_s) ? u"permissions"_s : u"sections"_s;
        m_layoutTouches.append(layoutTouch(organizationId, before, after));
    }
    return ok();
}

Status AuditedTransaction::queueWebhooks(const QString &organizationId, const QString &entityType,
                                         const QString &action,
                                         const std::optional<QJsonObject> &before,
                                         const std::optional<QJsonObject> &after)
{
    const QString eventType = webhooks::eventTypeFor(entityType, action);
    if (eventType.isEmpty() || organizationId.isEmpty())
        return ok();
    QJsonObject data {{u"object"_s, objectOrNull(after ? after : before)}};
    if (before && after)
        data.insert(u"previous"_s, *before);
    auto queued
        = WebhookDeliveryRepository(m_db, m_clock).enqueueEvent(organizationId, eventType, data);
    if (!queued)
        return queued.error();
    return ok();
}

Status AuditedTransaction::commit()
{
    if (!m_layoutTouches.isEmpty()) {
        auto recorded
            = recordLayoutVersions(m_db, m_clock, m_actor.userId, m_layoutTouches, m_layoutNote);
        if (!recorded)
            return recorded.error();
        m_layoutVersions = std::move(recorded).value();
        m_layoutTouches.clear();
    }
    if (ConfigurationObserver *observer = m_notifier.configurationObserver()) {
        for (ConfigurationWrite &write : m_writes) {
            if (auto recorded = observer->recordInTransaction(m_db, write, &m_changes); !recorded)
                return recorded;
        }
    }
    // The outermost commit and its queuing happen in commit order (see commitsInOrder()).
    std::unique_lock<std::mutex> inOrder;
    if (m_db.transactionDepth() == 1)
        inOrder = m_notifier.commitsInOrder();
    if (auto committed = m_tx.commit(); !committed)
        return committed;
    if (m_db.transactionDepth() > 0 && m_notifier.isHolding()) {
        // The outer transaction's owner publishes once it has committed.
        m_notifier.committed(m_changes, m_writes);
        m_changes.clear();
        m_writes.clear();
        return ok();
    }
    if (m_db.transactionDepth() > 0) {
        // Joined an outer transaction: only its owner knows when the data is really stored.
        qWarning("AuditedTransaction nested in another transaction: %lld change(s) not published",
                 static_cast<long long>(m_changes.size()));
        return ok();
    }
    m_notifier.committed(m_changes, m_writes);
    m_changes.clear();
    m_writes.clear();
    return ok();
}

} // namespace wedsync::server
