#pragma once
// The outbox and conflict tables of a LocalCache: SQL only, every write committed before return.

#include "cache/ConflictRecord.h"
#include "cache/OutboxEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace wedsync {

class LocalCache;

class OutboxStore
{
public:
    explicit OutboxStore(LocalCache *cache);

    // Assigns id, a UUID key (unless the entry carries one) and createdAt (unless set).
    bool insert(OutboxEntry *entry);
    QList<OutboxEntry> pending() const;
    QList<OutboxEntry> rejected() const;
    int pendingCount() const;
    // The first pending entry after `afterId`, in replay order.
    std::optional<OutboxEntry> nextPending(qint64 afterId) const;
    bool remove(qint64 entryId);
    // Kept aside with the server's refusal ({status, code, message, details}).
    bool reject(qint64 entryId, const QJsonObject &error);
    // An earlier entry of the same entity, on an older base version, was rejected or became a
    // conflict: this one was made on top of a change the server never took.
    bool dependsOnRefused(const OutboxEntry &entry) const;
    // Records the conflict and drops the entry in one transaction; the stored record (the one
    // recorded before if this entry's key already has one).
    std::optional<ConflictRecord> recordConflict(const OutboxEntry &entry, ConflictRecord conflict);
    QList<ConflictRecord> conflicts(const QString &status) const;
    bool resolveConflict(qint64 conflictId);

private:
    QList<OutboxEntry> entries(const QString &sql, qint64 afterId = -1) const;
    static OutboxEntry entryFrom(const QSqlQuery &query);
    std::optional<ConflictRecord> conflictFor(const QString &idempotencyKey) const;

    LocalCache *m_cache;
};

} // namespace wedsync
