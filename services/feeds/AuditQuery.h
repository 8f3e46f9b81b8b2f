#pragma once
// The audit page's filters: what GET /api/v1/audit is asked for, and whether a live row
// belongs on the page under them.

#include "AuditRecord.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace wedsync {

struct AuditQuery
{
    QString organizationId;
    QString actorId;
    QString entityType;
    QString entityId;
    QString action;
    QDateTime from; // inclusive
    QDateTime to; // exclusive

    // The server's filter parameters (no paging).
    QUrlQuery toUrlQuery() const;
    bool matches(const AuditRecord &record) const;
    friend bool operator==(const AuditQuery &, const AuditQuery &) = default;
};

} // namespace wedsync
