#pragma once
// The append-only audit trail: one row per mutation, written in the mutation's transaction.
// There is deliberately no update or delete here (and triggers reject them in the database).

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

namespace wedsync::server {

class AuditRepository
{
public:
    AuditRepository(Database &db, const Clock &clock);

    // The entity types of a supplier's compliance (api/ComplianceService writes them): rows of
    // these belong to the weddings their supplier has access to (wedding_access).
    static constexpr QStringView SupplierEntity = u"supplier_compliance";
    static constexpr QStringView ComplianceRecordEntity = u"compliance_record";

    struct Filter
    {
        QString organizationId; // empty: every tenant (platform staff only; callers decide)
        QStringList organizationIds; // non-empty: only rows of these tenants (an org admin's)
        QString actorId;
        QString entityType;
        QString entityId;
        QString action;
        // One wedding's timeline: rows stamped with it, and the compliance rows of the
        // suppliers with access to it.
        QString weddingId;
        QDateTime from; // inclusive; invalid = open
        QDateTime to; // exclusive; invalid = open
        // Keyset paging: only rows older than this one in the newest-first order (both set
        // or neither); unlike an offset it does not shift while new rows arrive.
        QDateTime beforeAt;
        QString beforeId;
        int limit = 100;
        int offset = 0;
    };

    // Fills id and occurredAt when empty; returns the stored entry.
    Result<AuditRecord> append(AuditRecord entry);
    // Newest first.
    Result<QList<AuditRecord>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);
    // The weddings a supplier compliance row (supplier or record) belongs to, through the
    // supplier's wedding access; empty for every other entity.
    Result<QStringList> suppliersWeddings(const QString &entityType, const QString &entityId);
    // The entity at `version` as the trail shows it: the "after" of the row that wrote it, or
    // the "before" of the next change; nothing when the trail does not have it.
    Result<std::optional<QJsonObject>> snapshotAt(const QString &entityType,
                                                  const QString &entityId, qint64 version);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
