#include "conflicts/ConflictResolutions.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "conflicts/ConflictFeed.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The whole section as the PUT of a local resolution sends it: the entity now with `content`.
QJsonObject wholeWith(const ConflictItem &item, const QJsonObject &content)
{
    QJsonObject whole = item.current.value_or(item.theirs);
    for (auto it = content.constBegin(); it != content.constEnd(); ++it)
        whole.insert(it.key(), it.value());
    return whole;
}

} // namespace

ConflictResolutions::ConflictResolutions(ApiClient *api, ConflictFeed *feed, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_feed(feed)
{
    qRegisterMetaType<ConflictFailure>();
}

ConflictResolutions::~ConflictResolutions()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiReply *ConflictResolutions::send(const ConflictItem &item, const QString &resolution,
                                    const QJsonObject &document)
{
    const std::optional<qint64> version = item.entityVersion();
    if (item.isLocal()) {
        // The server never saw this edit: keeping theirs is only forgetting it; keeping mine
        // or a merge is a write of the section at the version the resolver looked at.
        if (resolution == u"theirs"_s)
            return nullptr;
        const QJsonObject content = resolution == u"mine"_s
            ? mergeTakingSide(mergeOf(item), FieldChoice::Side::Mine)
            : document;
        return m_api->replaceSection(item.entityId, wholeWith(item, content), version.value_or(0),
                                     newKey());
    }
    if (resolution == u"merged"_s)
        return m_api->resolveConflictMerged(item.id, document, version.value_or(0), newKey());
    return m_api->resolveConflict(item.id, resolution,
                                  resolution == u"theirs"_s ? std::nullopt : version, newKey());
}

bool ConflictResolutions::resolve(const ConflictItem &item, const QString &resolution,
                                  const QJsonObject &document)
{
    if (m_busy)
        return false;
    ApiReply *reply = send(item, resolution, document);
    const QString done = resolution == u"mine"_s ? tr("Kept the refused change to %1.")
        : resolution == u"theirs"_s              ? tr("Kept the server's %1.")
                                                 : tr("Saved the merged %1.");
    const QString label = item.label.isEmpty() ? item.entityId : item.label;
    if (!reply) {
        m_feed->forget({item.id});
        Q_EMIT resolved(item.id, done.arg(label));
        return true;
    }
    m_busy = true;
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, item, message = done.arg(label)] {
        reply->deleteLater();
        m_reply = nullptr;
        m_busy = false;
        finishOne(reply, item, message);
    });
    return true;
}

bool ConflictResolutions::dismiss(const ConflictItem &item)
{
    if (m_busy)
        return false;
    const QString label = item.label.isEmpty() ? item.entityId : item.label;
    const QString message = tr("Dismissed the conflict on %1; nothing was changed.").arg(label);
    if (item.isLocal()) {
        m_feed->forget({item.id});
        Q_EMIT resolved(item.id, message);
        return true;
    }
    m_busy = true;
    ApiReply *reply = m_api->dismissConflict(item.id, newKey());
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, item, message] {
        reply->deleteLater();
        m_reply = nullptr;
        m_busy = false;
        finishOne(reply, item, message);
    });
    return true;
}

void ConflictResolutions::finishOne(ApiReply *reply, const ConflictItem &item,
                                    const QString &closedMessage)
{
    if (reply->ok()) {
        m_feed->forget({item.id});
        Q_EMIT resolved(item.id, closedMessage);
        return;
    }
    const ApiError error = reply->error();
    if (error.httpStatus == 412 && error.details.value(u"current"_s).isObject()) {
        ConflictItem moved = item;
        moved.current = error.details.value(u"current"_s).toObject();
        Q_EMIT movedOn(moved);
        return;
    }
    if (error.httpStatus == 409 && error.code == u"conflict_closed"_s) {
        m_feed->forget({item.id});
        Q_EMIT resolved(item.id, tr("Someone else closed this conflict first."));
        return;
    }
    if (error.httpStatus == 404)
        m_feed->forget({item.id});
    Q_EMIT failed(item.id, error);
}

bool ConflictResolutions::resolveMany(const QList<ConflictItem> &items, const QString &side)
{
    if (m_busy || items.isEmpty())
        return false;
    m_busy = true;
    m_side = side;
    m_pending = items;
    m_retry.clear();
    m_failures.clear();
    m_total = int(items.size());
    m_done = 0;
    m_resolved = 0;
    Q_EMIT bulkProgress(0, m_total);
    nextBulkStep();
    return true;
}

void ConflictResolutions::nextBulkStep()
{
    if (m_retry.isEmpty() && m_pending.isEmpty()) {
        m_busy = false;
        Q_EMIT bulkFinished(m_resolved, m_failures);
        return;
    }
    // This console's own conflicts one by one; the server's in chunks.
    if (m_retry.isEmpty() && m_pending.first().isLocal()) {
        const ConflictItem item = m_pending.takeFirst();
        ApiReply *reply = send(item, m_side, {});
        if (!reply) {
            m_feed->forget({item.id});
            ++m_resolved;
            Q_EMIT bulkProgress(++m_done, m_total);
            nextBulkStep();
            return;
        }
        m_reply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, item] {
            reply->deleteLater();
            m_reply = nullptr;
            bulkLocalDone(reply, item);
        });
        return;
    }
    QList<ConflictItem> chunk = m_retry;
    m_retry.clear();
    while (chunk.isEmpty()
           || (chunk.size() < ChunkSize && !m_pending.isEmpty() && !m_pending.first().isLocal()))
        chunk.append(m_pending.takeFirst());
    QStringList ids;
    for (const ConflictItem &item : std::as_const(chunk))
        ids.append(item.id);
    ApiReply *reply = m_api->resolveConflicts(ids, m_side, newKey());
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, chunk] {
        reply->deleteLater();
        m_reply = nullptr;
        bulkChunkDone(reply, chunk);
    });
}

void ConflictResolutions::bulkLocalDone(ApiReply *reply, const ConflictItem &item)
{
    if (reply->ok()) {
        m_feed->forget({item.id});
        ++m_resolved;
    } else {
        m_failures.append({item.id, item.label, reply->error().userMessage()});
    }
    Q_EMIT bulkProgress(++m_done, m_total);
    nextBulkStep();
}

void ConflictResolutions::bulkChunkDone(ApiReply *reply, QList<ConflictItem> chunk)
{
    if (reply->ok()) {
        QStringList ids;
        for (const ConflictItem &item : std::as_const(chunk))
            ids.append(item.id);
        m_feed->forget(ids);
        m_resolved += int(chunk.size());
        m_done += int(chunk.size());
        Q_EMIT bulkProgress(m_done, m_total);
        nextBulkStep();
        return;
    }
    const ApiError error = reply->error();
    const QJsonArray failedItems = error.details.value(u"failed"_s).toArray();
    const QString failedId = failedItems.isEmpty()
        ? QString()
        : failedItems.first().toObject().value(u"id"_s).toString();
    const auto stopper = std::find_if(chunk.begin(), chunk.end(), [&](const ConflictItem &item) {
        return item.id.compare(failedId, Qt::CaseInsensitive) == 0;
    });
    if (stopper == chunk.end()) {
        // Nothing names one conflict (offline, refused as a whole): none of the chunk applied.
        for (const ConflictItem &item : std::as_const(chunk))
            m_failures.append({item.id, item.label, error.userMessage()});
        m_done += int(chunk.size());
        Q_EMIT bulkProgress(m_done, m_total);
        if (error.kind != ApiError::Kind::Http) { // the rest would fail alike
            for (const ConflictItem &item : std::as_const(m_pending))
                m_failures.append({item.id, item.label, error.userMessage()});
            m_pending.clear();
        }
        nextBulkStep();
        return;
    }
    const QString reason
        = failedItems.first().toObject().value(u"message"_s).toString(error.userMessage());
    m_failures.append({stopper->id, stopper->label, reason});
    const QString code = failedItems.first().toObject().value(u"code"_s).toString();
    if (code == u"conflict_closed"_s || code == u"not_found"_s)
        m_feed->forget({stopper->id}); // closed or gone: it leaves the list either way
    chunk.erase(stopper);
    Q_EMIT bulkProgress(++m_done, m_total);
    m_retry = chunk; // the others again, without it
    nextBulkStep();
}

} // namespace wedsync
