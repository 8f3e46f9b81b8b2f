#pragma once
// What an operator does to their own calendar accounts (server/README.md, "Calendar
// accounts"): connect one, link a Google or Outlook one in the browser, test it (the calendars
// the server found), change it, sync it now and follow that sync until its result is in the
// sync log, disconnect it. Each answer is one signal; the screen and the wizard turn them into
// words. A password passes through to the server and is never kept here; a Google or Microsoft
// sign-in's tokens never reach this computer (OAuthSignIn).

#include "CalendarAccountRecords.h"
#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace wedsync {

class ApiClient;
class OAuthSignIn;

class CalendarAccountActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPollMs = 1000;
    // failed("disconnect") when the events could not all be removed from the calendar: the
    // account is still connected; details.removedEvents says how many went before it stopped.
    static constexpr QStringView EventsNotRemovedCode = u"events_not_removed";
    // failed("disconnect") while a sync of the account runs: it may be tried when that ends.
    static constexpr QStringView SyncRunningCode = u"sync_running";

    explicit CalendarAccountActions(ApiClient *api, QObject *parent = nullptr);

    // How often a running sync is looked at (tests make it short).
    void setPollIntervalMs(int ms) { m_pollMs = ms; }

    // Where a Google or Outlook account's browser sign-in lives (OAuthSignIn::start).
    static QString oauthPath(const QString &accountId);

    void create(const QString &organizationId, const QString &provider,
                const CalendarAccountChange &change);
    // The browser sign-in of a Google or Outlook account: the wizard's and the Relink dialog's
    // OAuthSignInPanel drive it; its success is linked().
    OAuthSignIn *signIn() const { return m_signIn; }
    void test(const QString &accountId);
    // On the version shown: a change made elsewhere meanwhile is refused (412), not overwritten.
    void update(const CalendarAccountInfo &account, const CalendarAccountChange &change);
    // Starts a sync (or follows the one already running) until it ends.
    void syncNow(const CalendarAccountInfo &account);
    // With removeEvents, the server first deletes from the calendar the events WedSync created
    // there (not those changed in the calendar since the last sync): disconnected(), then
    // eventsRemoved() with the counts.
    void disconnectAccount(const CalendarAccountInfo &account, bool removeEvents);
    // Deletes the account a cancelled wizard made, whatever a sign-in, a test or a scheduled
    // sync did to its version meanwhile: it was never the person's to keep.
    void discard(const QString &accountId);
    bool isSyncing(const QString &accountId) const { return m_following.contains(accountId); }
    int busyCount() const { return m_busy; }

Q_SIGNALS:
    void created(const wedsync::CalendarAccountInfo &account);
    // The browser sign-in ended well: the account as the server has it now (connected).
    void linked(const wedsync::CalendarAccountInfo &account);
    void tested(const QString &accountId, const wedsync::CalendarTestResult &result);
    void updated(const wedsync::CalendarAccountInfo &account);
    void syncStarted(const wedsync::CalendarAccountInfo &account);
    // The account as it is after the sync, and the run the sync log keeps of it.
    void syncFinished(const wedsync::CalendarAccountInfo &account,
                      const wedsync::CalendarSyncRun &run);
    void disconnected(const QString &accountId);
    // After disconnected() of a disconnection that removed the events: how many were deleted
    // from the calendar, and how many were left there because they changed there since.
    void eventsRemoved(const QString &accountId, int removed, int kept);
    // `what`: "create" | "link" | "test" | "update" | "sync" | "disconnect". A sign-in's own
    // failures are OAuthSignIn::failed, said by its panel.
    void failed(const QString &what, const wedsync::ApiError &error);
    void busyChanged(int busy);

private:
    void run(const RestRequest &request, const QString &what,
             std::function<void(const QJsonObject &)> done);
    void follow(const QString &accountId);
    void readLastRun(const CalendarAccountInfo &account);

    ApiClient *m_api;
    OAuthSignIn *m_signIn;
    int m_pollMs = DefaultPollMs;
    int m_busy = 0;
    QHash<QString, bool> m_following; // account id -> a sync is being followed
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::CalendarAccountInfo)
Q_DECLARE_METATYPE(wedsync::CalendarSyncRun)
Q_DECLARE_METATYPE(wedsync::CalendarTestResult)
