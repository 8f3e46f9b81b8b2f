#pragma once
// The append-only audit trail: one row per mutation, written in the mutation's transaction.
// There is deliberately no update or delete here (and triggers reject them in the database).

#include "Clock.h"
#include "Database.h"
#include "Records.h"

namespace wedsync::server {

class AuditRepository
{
public:
    AuditRepository(Database &db, const Clock &clock);

    struct Filter
    {
        QString organizationId; // empty: every tenant (platform staff only; callers decide)
        QString actorId;
        QString entityType;
        QString entityId;
        QString action;
        QDateTime from;         // inclusive; invalid = open
        QDateTime to;           // exclusive; invalid = open
        int limit = 100;
        int offset = 0;
    };

    // Fills id and occurredAt when empty; returns the stored entry.
    Result<AuditEntry> append(AuditEntry entry);
    // Newest first.
    Result<QList<AuditEntry>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
