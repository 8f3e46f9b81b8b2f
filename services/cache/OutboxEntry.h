#pragma once
// One offline edit waiting in the outbox: the request to replay and what it was based on.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace wedsync {

struct OutboxEntry
{
    qint64 id = 0; // replay order
    QString idempotencyKey; // a UUID; the server applies one key once
    QByteArray method; // "PATCH", "PUT", "POST", "DELETE"
    QString path; // "/api/v1/sections/<id>"
    QJsonObject body; // empty: no body
    qint64 baseVersion = -1; // sent as If-Match: "<baseVersion>"; -1: no If-Match
    QJsonObject base; // the entity the edit was made on (for a conflict's "base")
    QString entityType;
    QString entityId;
    QString organizationId;
    QString label;
    QString createdBy;
    QDateTime createdAt;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::OutboxEntry)
