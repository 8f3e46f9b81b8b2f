#pragma once
// The suppliers of a tenant with their tier, standing and figures, and their tier history.

#include "Clock.h"
#include "storage/ComplianceRows.h"
#include "storage/Database.h"

namespace wedsync::server {

class SupplierComplianceRepository
{
public:
    SupplierComplianceRepository(Database &db, const Clock &clock);

    struct Filter
    {
        QString organizationId; // empty: every tenant (platform staff; callers decide)
        QString tierId;
        QString status; // active | inactive
        QString role;
        std::optional<bool> eligible;
        QString supplierId;
        // Keyset paging in newest-first initialization order.
        QDateTime beforeAt;
        QString beforeId;
        int limit = 100;
        int offset = 0;
    };

    Result<std::optional<SupplierComplianceRow>> find(const QString &organizationId,
                                                      const QString &supplierId);
    Result<QList<SupplierComplianceRow>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

    // Fills initializedAt and updatedAt.
    Result<SupplierComplianceRow> insert(SupplierComplianceRow row);
    // Writes tier, role, standing and figures when the row is still at `expectedVersion`, and
    // bumps the version; version_conflict or not_found otherwise.
    Result<SupplierComplianceRow> update(const SupplierComplianceRow &row, qint64 expectedVersion);

    Result<QList<TierHistoryRow>> tierHistory(const QString &organizationId,
                                              const QString &supplierId);
    Result<TierHistoryRow> appendTierHistory(const QString &organizationId,
                                             const QString &supplierId, TierHistoryRow entry);

private:
    Database &m_db;
    const Clock &m_clock;
};

// The paging key of the supplier list (api/KeysetPage).
inline QDateTime keysetTime(const SupplierComplianceRow &row)
{
    return row.initializedAt;
}

} // namespace wedsync::server
