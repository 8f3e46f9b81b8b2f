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
    // One wedding's timeline: the server adds its suppliers' compliance rows, which name no
    // wedding of their own.
    QString weddingId;
    QDateTime from; // inclusive
    QDateTime to; // exclusive

    // The server's filter parameters (no paging).
    QUrlQuery toUrlQuery() const;
    // Whether a live row belongs on the page; `ofTheWedding`: it came on the wedding's own topic
    // (so belongs to weddingId whatever wedding it names).
    bool matches(const AuditRecord &record, bool ofTheWedding = false) const;
    friend bool operator==(const AuditQuery &, const AuditQuery &) = default;
};

} // namespace wedsync
