#include "sync/IdempotencyLayer.h"

#include "api/ApiErrors.h"
#include "api/Authenticator.h"
#include "api/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/IdempotencyRepository.h"
#include "storage/Transaction.h"
#include "sync/ConflictRecorder.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdempotency, "wedsync.server.idempotency")

namespace wedsync::server {

namespace {

constexpr int PurgeIntervalMs = 15 * 60 * 1000;

// Holds the notifier's publications for the life of the outer transaction.
struct HeldPublications
{
    explicit HeldPublications(const ChangeNotifier &held)
        : notifier(held)
    {
        notifier.hold();
    }
    ~HeldPublications() { notifier.release(committed); }
    HeldPublications(const HeldPublications &) = delete;
    HeldPublications &operator=(const HeldPublications &) = delete;

    const ChangeNotifier &notifier;
    bool committed = false;
};

bool isWrite(const QString &method)
{
    return method == u"POST"_s || method == u"PATCH"_s || method == u"PUT"_s
        || method == u"DELETE"_s;
}

// Answers that say "try again" or "not you" are not remembered.
bool isStorable(int status)
{
    return status < 500 && status != 401 && status != 429;
}

const QList<QPair<QByteArray, QByteArray>> *keyHeader(const ApiRequest &request, QByteArray *value)
{
    for (const auto &[name, headerValue] : request.headers) {
        if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0) {
            *value = headerValue;
            return &request.headers;
        }
    }
    return nullptr;
}

} // namespace

IdempotencyLayer::IdempotencyLayer(Database &db, const Clock &clock, const ChangeNotifier &notifier,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
{
    m_purgeTimer.setInterval(PurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &IdempotencyLayer::purgeExpired);
    m_purgeTimer.start();
}

bool IdempotencyLayer::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > MaxKeyLength)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

ApiResponse IdempotencyLayer::run(const Route &route, ApiRequest &request)
{
    QByteArray key;
    if (!isWrite(route.method) || !keyHeader(request, &key))
        return route.handler(request);
    if (!isValidKey(key)) {
        return ApiResponse::error(
            400, u"invalid_idempotency_key"_s,
            u"The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID "
            "is a good choice)."_s,
            QJsonObject {{u"header"_s, u"Idempotency-Key"_s}});
    }
    const Operator *caller = callerOf(request);
    if (!caller) // public routes (login, refresh) keep no answers
        return route.handler(request);
    Keyed keyed;
    keyed.userId = caller->userId();
    keyed.key = QString::fromLatin1(key);
    keyed.method = route.method;
    keyed.target = request.path;
    if (!request.query.isEmpty())
        keyed.target += u'?' + request.query.toString(QUrl::FullyEncoded);
    keyed.hash = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    return runKeyed(keyed, route, request);
}

std::optional<ApiResponse> IdempotencyLayer::answerStored(const Keyed &keyed,
                                                          const ApiRequest &request, bool *failed)
{
    *failed = false;
    auto stored = IdempotencyRepository(m_db, m_clock).find(keyed.userId, keyed.key);
    if (!stored) {
        *failed = true;
        return errorResponse(request, stored.error());
    }
    if (!stored->has_value())
        return std::nullopt;
    const IdempotentAnswer &answer = stored->value();
    if (answer.method != keyed.method || answer.target != keyed.target
        || answer.requestHash != keyed.hash) {
        return ApiResponse::error(
            422, u"idempotency_key_reused"_s,
            u"This Idempotency-Key was already used for a different request (%1 %2); send a "
            "new key with a new request."_s.arg(answer.method, answer.target.left(200)),
            QJsonObject {{u"method"_s, answer.method}, {u"path"_s, answer.target.left(200)}});
    }
    ApiResponse replay;
    replay.status = answer.status;
    replay.body = answer.body;
    for (const auto &[name, value] : answer.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            replay.contentType = value;
        else
            replay.headers.append({name, value});
    }
    replay.withHeader("Idempotency-Replayed", "true");
    return replay;
}

Status IdempotencyLayer::store(const Keyed &keyed, const ApiResponse &response)
{
    IdempotentAnswer answer;
    answer.userId = keyed.userId;
    answer.key = keyed.key;
    answer.method = keyed.method;
    answer.target = keyed.target;
    answer.requestHash = keyed.hash;
    answer.status = response.status;
    answer.body = response.body;
    if (!response.body.isEmpty())
        answer.headers.append({"Content-Type", response.contentType});
    for (const QByteArray &name : {QByteArrayLiteral("ETag"), QByteArrayLiteral("Location")}) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            answer.headers.append({name, value});
    }
    answer.createdAt = m_clock.now();
    answer.expiresAt = answer.createdAt.addSecs(RetentionSecs);
    return IdempotencyRepository(m_db, m_clock).insert(answer);
}

ApiResponse IdempotencyLayer::runKeyed(const Keyed &keyed, const Route &route, ApiRequest &request)
{
    if (m_db.transactionDepth() > 0) // cannot happen between requests; never nest silently
        return ApiResponse::internalError(request.requestId,
                                          u"a keyed request began inside a transaction"_s);
    bool failed = false;
    bool raced = false;
    ApiResponse response;
    {
        Transaction outer(m_db);
        if (!outer.isActive())
            return errorResponse(request, outer.error());
        // Inside the transaction: on SQLite its write lock orders concurrent servers.
        if (auto stored = answerStored(keyed, request, &failed))
            return *stored;
        // Taken just before the commit and let go after the release below: the release
        // queues the publications in commit order (ChangeNotifier::commitsInOrder()).
        std::unique_lock<std::mutex> inOrder;
        // Publications wait for the outer commit; released (or dropped) however this block
        // ends, an exception from the handler included.
        HeldPublications held(m_notifier);
        response = route.handler(request);
        if (!isStorable(response.status))
            return response; // rolled back: nothing applied, nothing remembered
        if (!m_db.rollbackOnly() && response.status != 412) {
            // The write and its answer commit together.
            Status stored = store(keyed, response);
            if (stored)
                inOrder = m_notifier.commitsInOrder();
            Status committed = stored ? outer.commit() : stored;
            held.committed = bool(committed);
            if (committed)
                return response;
            if (committed.error().code != u"unique_violation"_s)
                return errorResponse(request, committed.error());
            raced = true; // another server answered the same key first; ours rolls back
        }
        // Otherwise the handler's write failed and rolled back; its answer is stored below.
    }
    if (!raced) {
        // A refused write: remember the refusal (and a stale offline replay as a conflict).
        auto remembered = storeRefusal(keyed, request, response);
        if (remembered)
            return response;
        if (remembered.error().code != u"unique_violation"_s)
            return errorResponse(request, remembered.error());
        // The key's first request committed meanwhile on another connection (its write is
        // why this one was refused).
    }
    // Another server answered the same key first: that answer is this request's, too.
    if (auto winner = answerStored(keyed, request, &failed))
        return *winner;
    return ApiResponse::internalError(request.requestId,
                                      u"idempotency key vanished after a race"_s);
}

Status IdempotencyLayer::storeRefusal(const Keyed &keyed, const ApiRequest &request,
                                      const ApiResponse &response)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QList<RowChangeNote> notes;
    QStringList organizations;
    if (response.status == 412 && m_conflicts) {
        if (auto recorded
            = m_conflicts->record(request, response, keyed.userId, &notes, &organizations);
            !recorded)
            return recorded.error();
    }
    // A unique violation (from the insert or, on SQLite, the commit) rolls all of it back.
    if (auto stored = store(keyed, response); !stored)
        return stored;
    if (auto committed = tx.commit(); !committed)
        return committed;
    m_notifier.publishCommitted(notes);
    if (m_conflicts && !organizations.isEmpty())
        m_conflicts->committed(organizations);
    return ok();
}

void IdempotencyLayer::purgeExpired()
{
    if (m_db.transactionDepth() > 0)
        return;
    auto purged = IdempotencyRepository(m_db, m_clock).purgeExpired();
    if (!purged)
        qCWarning(lcIdempotency).noquote() << "purging idempotency keys:" << purged.error().message;
    else if (purged.value() > 0)
        qCDebug(lcIdempotency) << "purged" << purged.value() << "expired idempotency keys";
}

} // namespace wedsync::server
