#include "cache/Outbox.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"

using namespace Qt::StringLiterals;

namespace wedsync {

Outbox::Outbox(LocalCache *cache, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(cache)
    , m_api(api)
{ }

Outbox::~Outbox()
{
    if (m_reply) {
        // The entry stays pending; its key makes the next replay safe whatever the server did.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

OutboxEntry Outbox::enqueue(OutboxEntry entry)
{
    entry.id = 0;
    if (!m_store.insert(&entry)) {
        qCWarning(lcOutbox) << "could not store" << entry.method << entry.path;
        entry.id = 0;
        return entry;
    }
    qCDebug(lcOutbox) << "queued" << entry.id << entry.method << entry.path << entry.idempotencyKey;
    Q_EMIT pendingCountChanged(pendingCount());
    return entry;
}

QList<OutboxEntry> Outbox::pending() const
{
    return m_store.pending();
}

int Outbox::pendingCount() const
{
    return m_store.pendingCount();
}

QList<OutboxEntry> Outbox::rejected() const
{
    return m_store.rejected();
}

QList<ConflictRecord> Outbox::conflicts(const QString &status) const
{
    return m_store.conflicts(status);
}

bool Outbox::resolveConflict(qint64 id)
{
    return m_store.resolveConflict(id);
}

void Outbox::replay()
{
    if (m_replaying)
        return;
    m_replaying = true;
    m_applied = m_conflicts = m_rejected = 0;
    m_lastSentId = 0;
    sendNext();
}

void Outbox::sendNext()
{
    // Read from the file each time: entries queued during the replay go out in the same one.
    const std::optional<OutboxEntry> next = m_store.nextPending(m_lastSentId);
    if (!next || !m_api) {
        finishReplay();
        return;
    }
    m_current = *next;
    m_lastSentId = m_current.id;

    ApiClient::Request request;
    // An edit queued on top of one the server refused was made on a state the server never
    // had: sent as is, its If-Match could match someone else's version by chance and
    // overwrite it. It becomes a conflict against what the server has now.
    m_fetchingTheirs = m_store.dependsOnRefused(m_current);
    if (m_fetchingTheirs) {
        request.path = m_current.path;
        send(request);
        return;
    }
    send(requestOf(m_current));
}

RestRequest Outbox::requestOf(const OutboxEntry &entry)
{
    RestRequest request;
    request.method = entry.method;
    request.path = entry.path;
    if (!entry.body.isEmpty())
        request.body = QJsonValue(entry.body);
    if (entry.baseVersion >= 0)
        request.ifMatch = QString::number(entry.baseVersion);
    request.idempotencyKey = entry.idempotencyKey;
    return request;
}

void Outbox::send(const RestRequest &request)
{
    ApiReply *reply = m_api->send(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onReplyFinished();
    });
}

bool Outbox::isRefusal(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http || error.httpStatus < 400 || error.httpStatus >= 500)
        return false;
    // Not the request's fault: a token to refresh, a slow or busy server. Try again later.
    return error.httpStatus != 401 && error.httpStatus != 408 && error.httpStatus != 429;
}

ConflictRecord Outbox::conflictFor(const OutboxEntry &entry, const QJsonObject &theirs)
{
    ConflictRecord conflict;
    conflict.entityType = entry.entityType;
    conflict.entityId = entry.entityId;
    conflict.organizationId = entry.organizationId;
    conflict.label = entry.label;
    conflict.base = entry.base;
    conflict.mine = entry.body;
    conflict.theirs = theirs;
    conflict.mineBy = entry.createdBy;
    conflict.mineAt = entry.createdAt;
    const QJsonObject metadata = conflict.theirs.value(u"metadata"_s).toObject();
    conflict.theirsBy = metadata.value(u"updatedBy"_s).toString();
    for (const QJsonValue &at :
         {conflict.theirs.value(u"updatedAt"_s), metadata.value(u"updatedAt"_s)}) {
        const QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (when.isValid()) {
            conflict.theirsAt = when.toUTC();
            break;
        }
    }
    conflict.status = u"open"_s;
    return conflict;
}

void Outbox::onReplyFinished()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const OutboxEntry entry = m_current;
    const ApiError &error = reply->error();

    if (m_fetchingTheirs) {
        // The entity now (or gone): the other side of a dependent entry's conflict.
        if (reply->ok() || isRefusal(error)) {
            if (!recordConflict(entry, reply->ok() ? reply->object() : QJsonObject()))
                return;
        } else {
            qCInfo(lcOutbox) << "replay stopped at entry" << entry.id << error.code
                             << error.message;
            finishReplay();
            return;
        }
    } else if (reply->ok()) {
        if (reply->header("Idempotency-Replayed") == "true")
            qCInfo(lcOutbox) << "entry" << entry.id << "had already been applied; answer replayed";
        m_store.remove(entry.id);
        ++m_applied;
        Q_EMIT entryApplied(entry, reply->object());
        Q_EMIT pendingCountChanged(pendingCount());
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 412) {
        if (!recordConflict(entry, error.details.value(u"current"_s).toObject()))
            return;
    } else if (isRefusal(error)) {
        m_store.reject(entry.id,
                       QJsonObject {{u"status"_s, error.httpStatus},
                                    {u"code"_s, error.code},
                                    {u"message"_s, error.message},
                                    {u"details"_s, error.details}});
        ++m_rejected;
        qCWarning(lcOutbox) << "entry" << entry.id << "rejected:" << error.httpStatus << error.code;
        Q_EMIT entryRejected(entry, error);
        Q_EMIT pendingCountChanged(pendingCount());
    } else {
        qCInfo(lcOutbox) << "replay stopped at entry" << entry.id << error.code << error.message;
        finishReplay();
        return;
    }
    if (m_replaying)
        sendNext();
}

bool Outbox::recordConflict(const OutboxEntry &entry, const QJsonObject &theirs)
{
    const std::optional<ConflictRecord> stored
        = m_store.recordConflict(entry, conflictFor(entry, theirs));
    if (!stored) {
        qCWarning(lcOutbox) << "could not record the conflict of entry" << entry.id;
        finishReplay();
        return false;
    }
    ++m_conflicts;
    Q_EMIT conflictRecorded(*stored);
    Q_EMIT pendingCountChanged(pendingCount());
    return true;
}

void Outbox::finishReplay()
{
    m_replaying = false;
    Q_EMIT replayFinished(m_applied, m_conflicts, m_rejected, pendingCount());
}

} // namespace wedsync
