#pragma once
// /api/v1/calendar/accounts...: an operator's own calendar accounts (no one else's, not even
// a platform admin's: each is one person's calendar). List, connect (create), read, change
// with If-Match, disconnect (optionally deleting the events WedSync created in the calendar
// first); test the connection (discovers the calendars), start a sync
// (409 while one runs) and read the sync log. Another person's account is 404.

#include "Clock.h"
#include "http/Router.h"
#include "storage/CalendarRows.h"

#include <optional>

namespace wedsync::server {

class CalendarSyncRunner;
class Database;
class SecretBox;

class CalendarAccountsApi
{
public:
    // `box` may be null (passwords cannot be stored: creating with one answers 503).
    CalendarAccountsApi(Database &db, const Clock &clock, const SecretBox *box,
                        CalendarSyncRunner *runner);
    void registerRoutes(Router &router);

private:
    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse patch(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);
    // remove() with removeEvents=true: the events go first, on the sync worker, then the account.
    ApiResponse removeWithEvents(ApiRequest &request, const CalendarAccount &found);
    // The account deleted and said so on its owner's topic.
    Status forget(const CalendarAccount &account);
    ApiResponse test(ApiRequest &request);
    ApiResponse sync(ApiRequest &request);
    ApiResponse log(ApiRequest &request);

    // 404 unless {account} is the caller's own in an organization they still belong to.
    std::optional<ApiResponse> locate(const ApiRequest &request, CalendarAccount *found);
    // locate(), and 503 when this server runs no calendar sync.
    std::optional<ApiResponse> locateForRunner(const ApiRequest &request, CalendarAccount *found);
    Status storePassword(const QString &accountId, const QString &password);

    Database &m_db;
    const Clock &m_clock;
    const SecretBox *m_box;
    CalendarSyncRunner *m_runner;
};

// 404 unless {account} is the caller's own in an organization they still belong to.
std::optional<ApiResponse> locateCalendarAccount(Database &db, const Clock &clock,
                                                 const ApiRequest &request, CalendarAccount *found);
// A calendar account's answer, its version as the ETag.
ApiResponse calendarAccountResponse(const CalendarAccount &account, int status = 200);
// A route of the calendar tag (the console's).
Route calendarRoute(const QString &method, const QString &path, const QString &summary,
                    const QString &request, const QString &response, int status,
                    RouteHandler handler);

// CalendarAccount, CalendarAccountList, CalendarAccountCreate, CalendarAccountPatch,
// CalendarCalendars, CalendarSyncStarted and CalendarSyncLogList for apiSchemas().
void addCalendarSchemas(QJsonObject *schemas);

} // namespace wedsync::server
