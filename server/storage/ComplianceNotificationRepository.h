#pragma once
// Compliance notifications: what a tenant's reviewers and a supplier are told (a submission to
// review, an approval, a revision asked for, a tier within reach). Append-only.

#include "Clock.h"
#include "storage/ComplianceRows.h"
#include "storage/Database.h"

namespace wedsync::server {

class ComplianceNotificationRepository
{
public:
    ComplianceNotificationRepository(Database &db, const Clock &clock);

    struct Filter
    {
        QString organizationId;
        QString supplierId;
        QString kind;
        QDateTime beforeAt;
        QString beforeId;
        int limit = 100;
        int offset = 0;
    };

    // Fills id and occurredAt.
    Result<ComplianceNotificationRow> append(ComplianceNotificationRow notification);
    // Newest first.
    Result<QList<ComplianceNotificationRow>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
