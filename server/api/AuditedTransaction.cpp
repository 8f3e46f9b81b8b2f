#include "AuditedTransaction.h"

#include "AuditJson.h"
#include "AuditRepository.h"
#include "Database.h"

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
    AuditEntry entry;
    entry.actorId = m_actor.userId;
    entry.organizationId = organizationId;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    entry.requestId = m_actor.requestId;
    AuditRepository repository(m_db, m_clock);
    auto written = repository.append(entry);
    if (!written)
        return written.error();
    announce(RowChangeNote {
        u"audit_log"_s, u"INSERT"_s, organizationId, json::auditRow(written.value()), {}, true});
    return ok();
}

Status AuditedTransaction::commit()
{
    if (auto committed = m_tx.commit(); !committed)
        return committed;
    if (m_db.transactionDepth() > 0) {
        // Joined an outer transaction: only its owner knows when the data is really stored.
        qWarning("AuditedTransaction nested in another transaction: %lld change(s) not published",
                 static_cast<long long>(m_changes.size()));
        return ok();
    }
    m_notifier.publishCommitted(m_changes);
    m_changes.clear();
    return ok();
}

} // namespace wedsync::server
