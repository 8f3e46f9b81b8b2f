#pragma once
// Stored answers of writes sent with an Idempotency-Key, one per (user, key), kept 24 hours.

#include "Clock.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace wedsync::server {

struct IdempotentAnswer
{
    QString userId;
    QString key;
    QString method;
    QString target; // path and query
    QString requestHash; // SHA-256 of the body, hex
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // ETag, Location, Content-Type
    QDateTime createdAt;
    QDateTime expiresAt;
};

class IdempotencyRepository
{
public:
    IdempotencyRepository(Database &db, const Clock &clock);

    // The unexpired answer stored for the user's key, if any.
    Result<std::optional<IdempotentAnswer>> find(const QString &userId, const QString &key);
    // Fails with unique_violation when another request stored the same key first.
    Status insert(const IdempotentAnswer &answer);
    // Deletes expired answers; returns how many.
    Result<int> purgeExpired();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
