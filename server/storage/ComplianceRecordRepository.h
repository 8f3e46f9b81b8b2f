#pragma once
// A supplier's compliance records (one per requirement) and the status history of each.

#include "Clock.h"
#include "storage/ComplianceRows.h"
#include "storage/Database.h"

namespace wedsync::server {

class ComplianceRecordRepository
{
public:
    ComplianceRecordRepository(Database &db, const Clock &clock);

    // In requirement title order; with each record's history when `withHistory`.
    Result<QList<ComplianceRecordRow>> forSupplier(const QString &organizationId,
                                                   const QString &supplierId, bool withHistory);
    // The organization's submissions waiting for a review (status submitted), oldest first, at
    // most `limit`, each with its supplier's name; `total` gets how many wait in all.
    Result<QList<ComplianceRecordRow>> awaitingReview(const QString &organizationId, int limit,
                                                      int *total);
    Result<std::optional<ComplianceRecordRow>>
    find(const QString &organizationId, const QString &supplierId, const QString &requirementId);

    // A new record (id, version 1, timestamps filled) with its first history entry.
    Result<ComplianceRecordRow> insert(ComplianceRecordRow record, const QString &source,
                                       const QString &actorId, const QString &note);
    // Writes the status, review and evidence fields when the record is still at
    // `expectedVersion` (version_conflict otherwise), bumps the version and appends the
    // history entry from → record.status.
    Result<ComplianceRecordRow> update(const ComplianceRecordRow &record, qint64 expectedVersion,
                                       RequirementStatus from, const QString &source,
                                       const QString &actorId, const QString &note);

private:
    Status appendHistory(const QString &recordId, const QString &from, const QString &to,
                         const QString &source, const QString &actorId, const QString &note,
                         const QDateTime &at);
    Result<QList<RecordHistoryRow>> history(const QString &organizationId,
                                            const QString &supplierId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
