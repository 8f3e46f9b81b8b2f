#pragma once
// Idempotency-Key on POST, PATCH, PUT and DELETE: the first answer is stored with the write, in
// the same transaction, and a repeat of the same request gets it again instead of a second
// write (with Idempotency-Replayed: true); the same key on a different request is 422.
//
// The layer runs every keyed write in an outer transaction: the handler's own (audited)
// transaction joins it, and its row changes are held by the ChangeNotifier until the outer
// commit, so "applied but not remembered" cannot happen. Answers 5xx, 401 and 429 are not
// stored (the write is rolled back and the client may retry with the same key).

#include "Clock.h"
#include "common/Status.h"
#include "http/Route.h"

#include <QObject>
#include <QTimer>

namespace wedsync::server {

class ChangeNotifier;
class ConflictRecorder;
class Database;

class IdempotencyLayer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RetentionSecs = 24 * 60 * 60;
    static constexpr int MaxKeyLength = 255;

    IdempotencyLayer(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                     QObject *parent = nullptr);

    // Records a conflict when a keyed write (an offline replay) is refused as stale.
    void setConflictRecorder(ConflictRecorder *recorder) { m_conflicts = recorder; }

    // Router::Runner.
    ApiResponse run(const Route &route, ApiRequest &request);

    // Deletes answers older than RetentionSecs (also done on a timer).
    void purgeExpired();

    // 1..255 visible ASCII characters (0x21-0x7E).
    static bool isValidKey(const QByteArray &key);

private:
    struct Keyed
    {
        QString userId;
        QString key;
        QString method;
        QString target;
        QString hash;
    };
    ApiResponse runKeyed(const Keyed &keyed, const Route &route, ApiRequest &request);
    // The stored answer again, or 422 when it was for a different request; nullopt if none.
    std::optional<ApiResponse> answerStored(const Keyed &keyed, const ApiRequest &request,
                                            bool *failed);
    Status store(const Keyed &keyed, const ApiResponse &response);
    // Stores a refused write's answer (a 412 also files its conflict) in a transaction of its
    // own; unique_violation when the key's first request committed meanwhile.
    Status storeRefusal(const Keyed &keyed, const ApiRequest &request, const ApiResponse &response);

    Database &m_db;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    ConflictRecorder *m_conflicts = nullptr;
    QTimer m_purgeTimer;
};

} // namespace wedsync::server
