#include "calendar/CalendarAccountsFeed.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

CalendarAccountsFeed::CalendarAccountsFeed(ApiClient *api, RealtimeClient *realtime,
                                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CalendarAccountsFeed::reload);
}

void CalendarAccountsFeed::watch(const QString &userId)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_channel)
        m_channel->leave();
    m_channel = nullptr;
    if (!m_realtime || userId.isEmpty())
        return;
    m_channel = m_realtime->channel(u"user:%1:calendars"_s.arg(userId));
    m_connections << connect(m_channel, &RealtimeChannel::serverBroadcastReceived, this,
                             [this](const QString &event, const QJsonObject &payload) {
                                 if (event != AccountEvent)
                                     return;
                                 reload();
                                 // A deleted account has no log left to read.
                                 if (!payload.value(u"removed"_s).toBool())
                                     Q_EMIT accountChanged(payload.value(u"id"_s).toString());
                             })
                  // Caught up after a reconnect: what happened meanwhile is read again.
                  << connect(m_channel, &RealtimeChannel::refetchRequired, this,
                             &CalendarAccountsFeed::reload)
                  << connect(m_channel, &RealtimeChannel::joined, this,
                             &CalendarAccountsFeed::reload);
    m_channel->join();
}

bool CalendarAccountsFeed::isLive() const
{
    return m_channel && m_channel->isJoined();
}

void CalendarAccountsFeed::reload()
{
    if (m_pending)
        m_pending->abort();
    RestRequest request;
    request.path = CollectionPath;
    ApiReply *reply = m_api->send(request);
    m_pending = reply;
    onReplyFinished(reply, this, [this](ApiReply *answer) {
        if (answer->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!answer->ok()) {
            Q_EMIT failed(u"accounts"_s, answer->error());
            return;
        }
        m_accounts = decodeItems(replyItems(*answer), &calendarAccountFromJson, "calendar account");
        Q_EMIT loaded(m_accounts);
        // Live, the server says when a sync ends; otherwise look again in a moment.
        if (!isLive()
            && std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                           [](const CalendarAccountInfo &a) { return a.syncing; }))
            m_poll.start();
    });
}

void CalendarAccountsFeed::loadLog(const QString &accountId)
{
    if (m_pendingLog)
        m_pendingLog->abort();
    RestRequest request;
    request.path = CollectionPath + u'/' + accountId + u"/log"_s;
    ApiReply *reply = m_api->send(request);
    m_pendingLog = reply;
    onReplyFinished(reply, this, [this, accountId](ApiReply *answer) {
        if (answer->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!answer->ok()) {
            Q_EMIT failed(u"log"_s, answer->error());
            return;
        }
        Q_EMIT logLoaded(
            accountId,
            decodeItems(replyItems(*answer), &calendarSyncRunFromJson, "calendar sync run"));
    });
}

} // namespace wedsync
