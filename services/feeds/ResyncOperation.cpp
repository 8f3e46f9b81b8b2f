#include "feeds/ResyncOperation.h"

#include "ServicesLogging.h"
#include "SyncJson.h"
#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wedsync {

ResyncOperation::ResyncOperation(ApiClient *api, const QString &organizationId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_organizationId(organizationId)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false,
               tr("The server accepted the resync but reported no outcome within %1 seconds; "
                  "watch the event history for it.")
                   .arg(m_timeout.interval() / 1000));
    });
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ResyncOperation::poll);
}

void ResyncOperation::start()
{
    m_requestedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    Q_EMIT progress(tr("Asking the server to resync…"));
    onReplyFinished(m_api->resyncTenant(m_organizationId), this, [this](ApiReply *reply) {
        if (!reply->ok()) {
            finish(false, reply->error().userMessage());
            return;
        }
        onAccepted(reply->object());
    });
}

void ResyncOperation::onAccepted(const QJsonObject &answer)
{
    m_accepted = true;
    // The answer is the resync event, or wraps it as {"event": ...}.
    const QJsonObject eventJson
        = answer.contains(u"event"_s) ? answer.value(u"event"_s).toObject() : answer;
    Result<SyncEvent> event = syncEventFromJson(eventJson);
    if (event) {
        m_eventId = event->id;
        if (event->occurredAt.isValid())
            m_requestedAt = event->occurredAt;
        if (event->status != SyncStatus::Pending) {
            conclude(event.value());
            return;
        }
    } else {
        qCDebug(lcFeeds) << "resync answer without an event:" << event.error().message;
    }
    Q_EMIT progress(tr("Resync started; waiting for the tenant's clients…"));
    m_timeout.start();
    m_poll.start();
}

bool ResyncOperation::isOurs(const SyncEvent &event) const
{
    if (!m_eventId.isEmpty())
        return event.id == m_eventId;
    return event.organizationId == m_organizationId && event.kind == SyncEventKind::Resync
        && event.occurredAt >= m_requestedAt;
}

void ResyncOperation::noteEvents(const QList<SyncEvent> &events)
{
    if (!m_accepted || m_finished)
        return;
    for (const SyncEvent &event : events) {
        if (isOurs(event) && event.status != SyncStatus::Pending) {
            conclude(event);
            return;
        }
    }
}

void ResyncOperation::poll()
{
    QUrlQuery query;
    query.addQueryItem(u"organizationId"_s, m_organizationId);
    query.addQueryItem(u"kind"_s, SyncEventKind::Resync.toString());
    query.addQueryItem(u"limit"_s, u"10"_s);
    onReplyFinished(m_api->syncEvents(query), this, [this](ApiReply *reply) {
        if (!reply->ok())
            return; // the next poll, or the timeout, will tell
        noteEvents(decodeItems(replyItems(*reply), &syncEventFromJson, "a sync event:"));
    });
}

void ResyncOperation::conclude(const SyncEvent &event)
{
    if (event.kind == SyncEventKind::ResyncUnheard) {
        m_reachedNobody = true;
        finish(true,
               tr("no client of the tenant was connected, so there was nothing to "
                  "deliver. Clients load version %1 when they connect.")
                   .arg(event.configVersion));
        return;
    }
    const bool ok = event.status == SyncStatus::Success;
    QString message = event.message;
    if (message.isEmpty()) {
        message = ok
            ? tr("Resync finished: every connected client has version %1.").arg(event.configVersion)
            : tr("Resync ended %1.").arg(syncStatusDisplayName(event.status).toLower());
    }
    finish(ok, message);
}

void ResyncOperation::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_poll.stop();
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace wedsync
