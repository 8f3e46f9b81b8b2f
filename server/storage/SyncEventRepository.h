#pragma once
// The sync_events table: propagations of configuration to a tenant's clients (core SyncEvent).

#include "Clock.h"
#include "SyncHealth.h"
#include "storage/Database.h"

#include <QStringList>

namespace wedsync::server {

class SyncEventRepository
{
public:
    SyncEventRepository(Database &db, const Clock &clock);

    struct Filter
    {
        QString organizationId;
        QStringList organizationIds; // non-empty: only these tenants (an org admin's)
        QString kind;
        QString status;
        QDateTime from; // inclusive
        QDateTime to; // exclusive
        QDateTime beforeAt; // keyset paging, with beforeId
        QString beforeId;
        int limit = 100;
        int offset = 0;
    };

    // Fills id and occurredAt when empty; returns the stored event.
    Result<SyncEvent> insert(SyncEvent event);
    // The same for many events in a few statements; returns them stored, in the same order.
    Result<QList<SyncEvent>> insertAll(QList<SyncEvent> events);
    // Writes status, message, details and duration of an existing event.
    Status update(const SyncEvent &event);
    Result<std::optional<SyncEvent>> find(const QString &id);
    // Newest first.
    Result<QList<SyncEvent>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);
    // The tenant's events of `kinds` with `status`, oldest first (e.g. pending propagations).
    Result<QList<SyncEvent>> withStatus(const QString &organizationId, const QStringList &kinds,
                                        SyncStatus status);

    // What health needs per tenant: the newest propagation, the newest success and event.
    struct TenantSummary
    {
        std::optional<SyncEvent> lastPropagation; // newest config_change or resync
        std::optional<QDateTime> lastSuccessAt;
        std::optional<QDateTime> lastEventAt;
    };
    Result<TenantSummary> summary(const QString &organizationId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
