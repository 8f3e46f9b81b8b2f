#include "calendar/CalendarAccountsFeed.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

CalendarAccountsFeed::CalendarAccountsFeed(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &CalendarAccountsFeed::reload);
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
        if (std::any_of(m_accounts.cbegin(), m_accounts.cend(),
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
