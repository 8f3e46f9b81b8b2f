#pragma once
// What an operator does to their own calendar accounts (server/README.md, "Calendar
// accounts"): connect one, test it (the calendars the server found), change it, sync it now and
// follow that sync until its result is in the sync log, disconnect it. Each answer is one
// signal; the screen and the wizard turn them into words. A password passes through to the
// server and is never kept here.

#include "CalendarAccountRecords.h"
#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace wedsync {

class ApiClient;

class CalendarAccountActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPollMs = 1000;

    explicit CalendarAccountActions(ApiClient *api, QObject *parent = nullptr);

    // How often a running sync is looked at (tests make it short).
    void setPollIntervalMs(int ms) { m_pollMs = ms; }

    void create(const QString &organizationId, const QString &provider,
                const CalendarAccountChange &change);
    void test(const QString &accountId);
    // On the version shown: a change made elsewhere meanwhile is refused (412), not overwritten.
    void update(const CalendarAccountInfo &account, const CalendarAccountChange &change);
    // Starts a sync (or follows the one already running) until it ends.
    void syncNow(const CalendarAccountInfo &account);
    void disconnectAccount(const CalendarAccountInfo &account);
    bool isSyncing(const QString &accountId) const { return m_following.contains(accountId); }
    int busyCount() const { return m_busy; }

Q_SIGNALS:
    void created(const wedsync::CalendarAccountInfo &account);
    void tested(const QString &accountId, const wedsync::CalendarTestResult &result);
    void updated(const wedsync::CalendarAccountInfo &account);
    void syncStarted(const wedsync::CalendarAccountInfo &account);
    // The account as it is after the sync, and the run the sync log keeps of it.
    void syncFinished(const wedsync::CalendarAccountInfo &account,
                      const wedsync::CalendarSyncRun &run);
    void disconnected(const QString &accountId);
    // `what`: "create" | "test" | "update" | "sync" | "disconnect".
    void failed(const QString &what, const wedsync::ApiError &error);
    void busyChanged(int busy);

private:
    void run(const RestRequest &request, const QString &what,
             std::function<void(const QJsonObject &)> done);
    void follow(const QString &accountId);
    void readLastRun(const CalendarAccountInfo &account);

    ApiClient *m_api;
    int m_pollMs = DefaultPollMs;
    int m_busy = 0;
    QHash<QString, bool> m_following; // account id -> a sync is being followed
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::CalendarAccountInfo)
Q_DECLARE_METATYPE(wedsync::CalendarSyncRun)
Q_DECLARE_METATYPE(wedsync::CalendarTestResult)
