#pragma once
// Offline edits, stored durably in the local cache and replayed to the server in order, once
// each (Idempotency-Key); a stale one becomes a ConflictRecord instead of overwriting anything.

#include "api/ApiError.h"
#include "api/RestRequest.h"
#include "cache/ConflictRecord.h"
#include "cache/OutboxEntry.h"
#include "cache/OutboxStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;

class Outbox : public QObject
{
    Q_OBJECT
public:
    // `cache` must be open and outlive the outbox; `api` carries base URL and token.
    Outbox(LocalCache *cache, ApiClient *api, QObject *parent = nullptr);
    ~Outbox() override;

    // Assigns id, an idempotency key (an entry re-queued with its key keeps it) and createdAt;
    // committed to disk (synchronous=FULL) before it returns. id == 0: it could not be stored.
    OutboxEntry enqueue(OutboxEntry entry);
    QList<OutboxEntry> pending() const;
    int pendingCount() const;
    // Entries the server refused (4xx other than 412), kept aside rather than dropped.
    QList<OutboxEntry> rejected() const;

    // Sends the pending entries in order, one at a time; stops at the first network failure,
    // timeout, 5xx, 401, 408 or 429 (the entry stays for the next replay()). An entry made on
    // top of an earlier one the server refused (same entity, higher baseVersion) is not sent:
    // it becomes a conflict against the entity as the server has it now (GET entry.path).
    void replay();
    bool isReplaying() const { return m_replaying; }
    // The request an entry stands for (If-Match from baseVersion, its idempotency key).
    static RestRequest requestOf(const OutboxEntry &entry);

    // status "open" or "resolved"; empty: all.
    QList<ConflictRecord> conflicts(const QString &status = QStringLiteral("open")) const;
    bool resolveConflict(qint64 id);

Q_SIGNALS:
    void entryApplied(const wedsync::OutboxEntry &entry, const QJsonObject &serverState);
    void conflictRecorded(const wedsync::ConflictRecord &conflict); // 412 on replay
    void entryRejected(const wedsync::OutboxEntry &entry,
                       const wedsync::ApiError &error); // other 4xx
    void replayFinished(int applied, int conflicts, int rejected, int remaining);
    void pendingCountChanged(int count);

private:
    void sendNext();
    void send(const RestRequest &request);
    void onReplyFinished();
    // Stores it, drops the entry and tells; false (replay finished) if it could not be stored.
    bool recordConflict(const OutboxEntry &entry, const QJsonObject &theirs);
    void finishReplay();
    static bool isRefusal(const ApiError &error); // the server will never accept this request
    static ConflictRecord conflictFor(const OutboxEntry &entry, const QJsonObject &theirs);

    OutboxStore m_store;
    QPointer<ApiClient> m_api;
    QPointer<ApiReply> m_reply;
    OutboxEntry m_current;
    qint64 m_lastSentId = 0;
    bool m_replaying = false;
    bool m_fetchingTheirs = false; // m_current depends on a refused entry: reading the entity
    int m_applied = 0;
    int m_conflicts = 0;
    int m_rejected = 0;
};

} // namespace wedsync
