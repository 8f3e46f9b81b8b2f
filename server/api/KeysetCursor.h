#pragma once
// The opaque paging cursor of newest-first lists (audit trail, sync events): base64url of
// "<occurredAt>|<id>" of the last row a client saw.

#include <QDateTime>
#include <QString>

namespace wedsync::server {

struct KeysetCursor
{
    QDateTime at; // UTC
    QString id; // a lower-case UUID

    QString encode() const;
    // False for anything the server did not give out (the id must be a UUID: PostgreSQL
    // compares it as one).
    static bool decode(const QString &text, KeysetCursor *cursor);
};

} // namespace wedsync::server
