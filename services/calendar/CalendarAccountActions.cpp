#include "calendar/CalendarAccountActions.h"

#include "api/ApiClient.h"
#include "calendar/CalendarAccountsFeed.h"
#include "feeds/FeedReplies.h"
#include "oauth/OAuthSignIn.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString accountPath(const QString &id, const QString &tail = {})
{
    return CalendarAccountsFeed::CollectionPath + u'/' + id + tail;
}

RestRequest getOf(const QString &path)
{
    RestRequest request;
    request.path = path;
    return request;
}

// The POST …/test answer waits for the calendar server: give it longer than a plain call.
constexpr int TestTimeoutMs = 60000;
// Removing the events is one call to the calendar server per event.
constexpr int RemoveEventsTimeoutMs = 120000;

} // namespace

CalendarAccountActions::CalendarAccountActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_signIn(new OAuthSignIn(api, this))
{
    qRegisterMetaType<CalendarAccountInfo>();
    qRegisterMetaType<CalendarSyncRun>();
    qRegisterMetaType<CalendarTestResult>();
    connect(m_signIn, &OAuthSignIn::finished, this, [this](const QJsonObject &answer) {
        auto account = calendarAccountFromJson(answer);
        if (account)
            Q_EMIT linked(account.value());
        else
            Q_EMIT failed(u"link"_s,
                          ApiError::protocol(account.error().code, account.error().message));
    });
}

QString CalendarAccountActions::oauthPath(const QString &accountId)
{
    return accountPath(accountId, u"/oauth"_s);
}

void CalendarAccountActions::run(const RestRequest &request, const QString &what,
                                 std::function<void(const QJsonObject &)> done)
{
    Q_EMIT busyChanged(++m_busy);
    ApiReply *reply = m_api->send(request);
    onReplyFinished(reply, this, [this, what, done = std::move(done)](ApiReply *answer) {
        Q_EMIT busyChanged(--m_busy);
        if (!answer->ok())
            Q_EMIT failed(what, answer->error());
        else
            done(answer->object());
    });
}

void CalendarAccountActions::create(const QString &organizationId, const QString &provider,
                                    const CalendarAccountChange &change)
{
    RestRequest request;
    request.method = "POST";
    request.path = CalendarAccountsFeed::CollectionPath;
    QJsonObject body = calendarAccountChangeToJson(change);
    body.insert(u"organizationId"_s, organizationId);
    body.insert(u"provider"_s, provider);
    request.body = body;
    run(request, u"create"_s, [this](const QJsonObject &answer) {
        if (auto account = calendarAccountFromJson(answer))
            Q_EMIT created(account.value());
    });
}

void CalendarAccountActions::test(const QString &accountId)
{
    RestRequest request;
    request.method = "POST";
    request.path = accountPath(accountId, u"/test"_s);
    request.timeoutMs = TestTimeoutMs;
    run(request, u"test"_s, [this, accountId](const QJsonObject &answer) {
        Q_EMIT tested(accountId, calendarTestResultFromJson(answer));
    });
}

void CalendarAccountActions::update(const CalendarAccountInfo &account,
                                    const CalendarAccountChange &change)
{
    RestRequest request;
    request.method = "PATCH";
    request.path = accountPath(account.id);
    request.body = calendarAccountChangeToJson(change);
    request.ifMatch = QString::number(account.version);
    run(request, u"update"_s, [this](const QJsonObject &answer) {
        if (auto changed = calendarAccountFromJson(answer))
            Q_EMIT updated(changed.value());
    });
}

void CalendarAccountActions::syncNow(const CalendarAccountInfo &account)
{
    if (m_following.contains(account.id))
        return;
    m_following.insert(account.id, true);
    Q_EMIT syncStarted(account);
    RestRequest request;
    request.method = "POST";
    request.path = accountPath(account.id, u"/sync"_s);
    Q_EMIT busyChanged(++m_busy);
    ApiReply *reply = m_api->send(request);
    onReplyFinished(reply, this, [this, id = account.id](ApiReply *answer) {
        Q_EMIT busyChanged(--m_busy);
        // 409: a scheduled sync is running already; its end is the answer too.
        if (answer->ok() || answer->status() == 409) {
            follow(id);
            return;
        }
        m_following.remove(id);
        Q_EMIT failed(u"sync"_s, answer->error());
    });
}

void CalendarAccountActions::follow(const QString &accountId)
{
    ApiReply *reply = m_api->send(getOf(accountPath(accountId)));
    onReplyFinished(reply, this, [this, accountId](ApiReply *answer) {
        auto account = answer->ok() ? calendarAccountFromJson(answer->object())
                                    : Result<CalendarAccountInfo>(Error {});
        if (!account) {
            m_following.remove(accountId);
            Q_EMIT failed(u"sync"_s, answer->error());
            return;
        }
        if (account->syncing) {
            QTimer::singleShot(m_pollMs, this, [this, accountId] { follow(accountId); });
            return;
        }
        readLastRun(account.value());
    });
}

void CalendarAccountActions::readLastRun(const CalendarAccountInfo &account)
{
    ApiReply *reply = m_api->send(getOf(accountPath(account.id, u"/log"_s)));
    onReplyFinished(reply, this, [this, account](ApiReply *answer) {
        m_following.remove(account.id);
        if (!answer->ok()) {
            Q_EMIT failed(u"sync"_s, answer->error());
            return;
        }
        const QJsonArray items = answer->object().value(u"items"_s).toArray();
        auto last = items.isEmpty() ? Result<CalendarSyncRun>(CalendarSyncRun {})
                                    : calendarSyncRunFromJson(items.first().toObject());
        Q_EMIT syncFinished(account, last ? last.value() : CalendarSyncRun {});
    });
}

void CalendarAccountActions::disconnectAccount(const CalendarAccountInfo &account,
                                               bool removeEvents)
{
    RestRequest request;
    request.method = "DELETE";
    request.path = accountPath(account.id);
    request.ifMatch = QString::number(account.version);
    if (removeEvents) {
        request.query.addQueryItem(u"removeEvents"_s, u"true"_s);
        request.timeoutMs = RemoveEventsTimeoutMs;
    }
    run(request, u"disconnect"_s, [this, id = account.id, removeEvents](const QJsonObject &answer) {
        Q_EMIT disconnected(id);
        if (removeEvents)
            Q_EMIT eventsRemoved(id, answer.value(u"removedEvents"_s).toInt(),
                                 answer.value(u"keptEvents"_s).toInt());
    });
}

void CalendarAccountActions::discard(const QString &accountId)
{
    m_signIn->cancel();
    RestRequest request;
    request.method = "DELETE";
    request.path = accountPath(accountId);
    request.ifMatch = u"*"_s;
    run(request, u"disconnect"_s,
        [this, accountId](const QJsonObject &) { Q_EMIT disconnected(accountId); });
}

} // namespace wedsync
