#include "api/CalendarAccountsApi.h"

#include "api/ApiErrors.h"
#include "api/ApiReplies.h"
#include "api/Authenticator.h"
#include "api/Operator.h"
#include "api/Preconditions.h"
#include "auth/SecretBox.h"
#include "calendar/CalendarAccountJson.h"
#include "calendar/CalendarCredentials.h"
#include "calendar/CalendarSyncRunner.h"
#include "common/Ids.h"
#include "http/PendingAnswer.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/CalendarSyncStore.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Collection = u"/api/v1/calendar/accounts"_s;
const QString One = Collection + u"/{account:uuid}"_s;

Route route(const QString &method, const QString &path, const QString &summary,
            const QString &request, const QString &response, int status, RouteHandler handler)
{
    return calendarRoute(method, path, summary, request, response, status, std::move(handler));
}

ApiResponse accountResponse(const CalendarAccount &a, int status = 200)
{
    return calendarAccountResponse(a, status);
}

ApiResponse missing()
{
    return notFound(u"The calendar account"_s);
}

Error validation(const QList<FieldError> &fields)
{
    return Error {u"validation_failed"_s, u"Some fields need fixing."_s, fields};
}

} // namespace

Route calendarRoute(const QString &method, const QString &path, const QString &summary,
                    const QString &request, const QString &response, int status,
                    RouteHandler handler)
{
    return consoleRoute(u"calendar"_s, method, path, summary, request, response, status,
                        std::move(handler));
}

ApiResponse calendarAccountResponse(const CalendarAccount &account, int status)
{
    ApiResponse response = ApiResponse::json(calendarjson::toJson(account), status);
    response.withHeader("ETag", etagFor(account.version));
    return response;
}

std::optional<ApiResponse> locateCalendarAccount(Database &db, const Clock &clock,
                                                 const ApiRequest &request, CalendarAccount *found)
{
    const Operator *caller = callerOf(request);
    auto read = CalendarAccountRepository(db, clock).findById(request.param(u"account"_s));
    if (!read)
        return errorResponse(request, read.error());
    if (!caller || !read->has_value() || read->value().userId != caller->userId()
        || !caller->canRead(read->value().organizationId))
        return missing();
    *found = read->value();
    return std::nullopt;
}

CalendarAccountsApi::CalendarAccountsApi(Database &db, const Clock &clock, const SecretBox *box,
                                         CalendarSyncRunner *runner)
    : m_db(db)
    , m_clock(clock)
    , m_box(box)
    , m_runner(runner)
{ }

void CalendarAccountsApi::registerRoutes(Router &router)
{
    const auto bind = [this](ApiResponse (CalendarAccountsApi::*handler)(ApiRequest &)) {
        return [this, handler](ApiRequest &r) {
            return (this->*handler)(r);
        };
    };
    router.addOrDie(route(u"GET"_s, Collection,
                          u"The caller's own calendar accounts, oldest first."_s, {},
                          u"CalendarAccountList"_s, 200, bind(&CalendarAccountsApi::list)));
    router.addOrDie(route(u"POST"_s, Collection,
                          u"Connects a calendar (CalDAV: server URL, user name, app password) "
                          "for the caller in one of their organizations. The password is sealed "
                          "at rest and never answered."_s,
                          u"CalendarAccountCreate"_s, u"CalendarAccount"_s, 201,
                          bind(&CalendarAccountsApi::create)));
    router.addOrDie(route(u"GET"_s, One, u"One of the caller's calendar accounts; ETag: version."_s,
                          {}, u"CalendarAccount"_s, 200, bind(&CalendarAccountsApi::get)));
    router.addOrDie(route(u"PATCH"_s, One,
                          u"Changes the account's calendars, direction, strategy, schedule or "
                          "credentials (If-Match: its version)."_s,
                          u"CalendarAccountPatch"_s, u"CalendarAccount"_s, 200,
                          bind(&CalendarAccountsApi::patch)));
    router.addOrDie(route(u"DELETE"_s, One,
                          u"Disconnects the account (If-Match: its version); the appointments "
                          "stay, the calendar's events stay. With removeEvents=true the events "
                          "WedSync created in the calendar are deleted there first (those "
                          "changed in the calendar since the last sync stay) and the answer is "
                          "200 {removedEvents, keptEvents}; 409 sync_running while a sync runs; "
                          "502 events_not_removed when the calendar refused or could not be "
                          "reached (the account stays)."_s,
                          {}, {}, 204, bind(&CalendarAccountsApi::remove)));
    router.addOrDie(route(u"POST"_s, One + u"/test"_s,
                          u"Signs in to the calendar server and lists the calendars it offers "
                          "(current-user-principal, calendar-home-set)."_s,
                          {}, u"CalendarCalendars"_s, 200, bind(&CalendarAccountsApi::test)));
    router.addOrDie(route(u"POST"_s, One + u"/sync"_s,
                          u"Starts a sync now (409 sync_running while one runs); its result "
                          "goes to the sync log."_s,
                          {}, u"CalendarSyncStarted"_s, 202, bind(&CalendarAccountsApi::sync)));
    router.addOrDie(route(u"GET"_s, One + u"/log"_s,
                          u"The account's last 50 sync runs, newest first: pulled, pushed, "
                          "conflicts, errors in words, duration."_s,
                          {}, u"CalendarSyncLogList"_s, 200, bind(&CalendarAccountsApi::log)));
}

std::optional<ApiResponse> CalendarAccountsApi::locate(const ApiRequest &request,
                                                       CalendarAccount *found)
{
    return locateCalendarAccount(m_db, m_clock, request, found);
}

std::optional<ApiResponse> CalendarAccountsApi::locateForRunner(const ApiRequest &request,
                                                                CalendarAccount *found)
{
    if (auto stop = locate(request, found))
        return stop;
    if (!m_runner)
        return ApiResponse::error(503, u"unavailable"_s,
                                  u"Calendar sync is not running on this server."_s);
    return std::nullopt;
}

Status CalendarAccountsApi::storePassword(const QString &accountId, const QString &password)
{
    return calendarcredentials::store(m_db, m_clock, m_box, accountId,
                                      QJsonObject {{u"password"_s, password}});
}

ApiResponse CalendarAccountsApi::list(ApiRequest &request)
{
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    const Operator *caller = callerOf(request);
    QJsonArray items;
    if (caller) {
        auto accounts = CalendarAccountRepository(m_db, m_clock).list({}, caller->userId());
        if (!accounts)
            return errorResponse(request, accounts.error());
        for (const CalendarAccount &a : accounts.value()) {
            if (caller->canRead(a.organizationId)) // a membership that ended hides it
                items.append(calendarjson::toJson(a));
        }
    }
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

ApiResponse CalendarAccountsApi::create(ApiRequest &request)
{
    QStringList allowed = calendarjson::writableFields();
    allowed << u"organizationId"_s;
    auto body = readBodyWithFields(request, allowed);
    if (!body)
        return writeFailure(request, body.error());
    const Operator *caller = callerOf(request);
    const QJsonValue org = body->value(u"organizationId"_s);
    if (!org.isString() || !ids::isUuid(org.toString()))
        return writeFailure(
            request,
            validation({FieldError {u"organizationId"_s,
                                    u"Name the organization the calendar is synced with."_s}}));
    const QString organizationId = ids::normalized(org.toString());
    if (!caller || !caller->canRead(organizationId))
        return notFound(u"The organization"_s);
    CalendarAccount account;
    account.organizationId = organizationId;
    account.userId = caller->userId();
    QString password;
    if (const QList<FieldError> errors = calendarjson::apply(body.value(), &account, &password);
        !errors.isEmpty())
        return writeFailure(request, validation(errors));
    Transaction tx(m_db);
    auto created = CalendarAccountRepository(m_db, m_clock).create(account);
    if (!created)
        return writeFailure(request, created.error());
    if (!password.isNull()) {
        if (auto stored = storePassword(created->id, password); !stored)
            return writeFailure(request, stored.error());
    }
    if (auto done = tx.commit(); !done)
        return writeFailure(request, done.error());
    if (m_runner)
        m_runner->publish(created->id);
    ApiResponse response = accountResponse(created.value(), 201);
    response.withHeader("Location", (Collection + u'/' + created->id).toUtf8());
    return response;
}

ApiResponse CalendarAccountsApi::get(ApiRequest &request)
{
    CalendarAccount found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (ifNoneMatchHits(request, found.version))
        return notModified(found.version);
    return accountResponse(found);
}

ApiResponse CalendarAccountsApi::patch(ApiRequest &request)
{
    // A body that cannot be right is refused before anything is looked up.
    auto body = readBodyWithFields(request, calendarjson::writableFields());
    if (!body)
        return writeFailure(request, body.error());
    CalendarAccount scratch;
    QString scratchPassword;
    if (const QList<FieldError> errors
        = calendarjson::applyTypes(body.value(), &scratch, &scratchPassword);
        !errors.isEmpty())
        return writeFailure(request, validation(errors));
    CalendarAccount found;
    if (auto stop = locate(request, &found))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    if (!ifMatch.matches(found.version))
        return writeFailure(
            request,
            Error {u"version_conflict"_s, u"The calendar account was changed meanwhile."_s, {}},
            calendarjson::toJson(found));
    CalendarAccount changed = found;
    QString password;
    if (body->contains(u"provider"_s) && body->value(u"provider"_s).toString() != found.provider)
        return writeFailure(
            request,
            validation({FieldError {u"provider"_s,
                                    u"An account keeps its provider; connect another."_s}}));
    if (const QList<FieldError> errors = calendarjson::apply(body.value(), &changed, &password);
        !errors.isEmpty())
        return writeFailure(request, validation(errors));
    Transaction tx(m_db);
    auto updated = CalendarAccountRepository(m_db, m_clock).update(changed, found.version);
    if (!updated)
        return writeFailure(request, updated.error(), calendarjson::toJson(found));
    if (!password.isNull()) {
        if (auto stored = storePassword(found.id, password); !stored)
            return writeFailure(request, stored.error());
    }
    if (auto done = tx.commit(); !done)
        return writeFailure(request, done.error());
    if (m_runner)
        m_runner->publish(found.id);
    return accountResponse(updated.value());
}

ApiResponse CalendarAccountsApi::remove(ApiRequest &request)
{
    CalendarAccount found;
    if (auto stop = locate(request, &found))
        return *stop;
    bool removeEvents = false;
    if (auto stop = rejectUnknownQuery(request, {u"removeEvents"_s}))
        return *stop;
    if (auto stop = readBoolQuery(request, u"removeEvents"_s, &removeEvents))
        return *stop;
    IfMatch ifMatch;
    if (auto stop = readIfMatch(request, &ifMatch))
        return *stop;
    if (!ifMatch.matches(found.version))
        return writeFailure(
            request,
            Error {u"version_conflict"_s, u"The calendar account was changed meanwhile."_s, {}},
            calendarjson::toJson(found));
    if (removeEvents)
        return removeWithEvents(request, found);
    if (auto done = forget(found); !done)
        return writeFailure(request, done.error());
    return ApiResponse::noContent();
}

Status CalendarAccountsApi::forget(const CalendarAccount &account)
{
    auto removed = CalendarAccountRepository(m_db, m_clock)
                       .remove(account.organizationId, account.userId, account.id);
    if (!removed)
        return removed.error();
    if (m_runner)
        m_runner->publishRemoved(account);
    return ok();
}

ApiResponse CalendarAccountsApi::removeWithEvents(ApiRequest &request, const CalendarAccount &found)
{
    if (!m_runner)
        return ApiResponse::error(503, u"unavailable"_s,
                                  u"Calendar sync is not running on this server, so the events "
                                  "cannot be removed; disconnect leaving them, or try later."_s);
    // The claim keeps a sync from starting while the events go (and the other way round).
    auto claimed = CalendarAccountRepository(m_db, m_clock).claimRun(found.id);
    if (!claimed)
        return errorResponse(request, claimed.error());
    if (!claimed.value())
        return ApiResponse::error(409, u"sync_running"_s,
                                  u"This calendar is being synced; disconnect it when the sync "
                                  "has ended."_s);
    auto later = request.answerLater();
    if (!later) {
        (void)CalendarAccountRepository(m_db, m_clock).releaseRun(found.id);
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    }
    m_runner->removeCreatedEvents(
        found.id,
        [this, later, found, requestId = request.requestId](const CreatedEventsRemoval &outcome) {
            if (outcome.stoppedBy) {
                (void)CalendarAccountRepository(m_db, m_clock).releaseRun(found.id);
                QString why = outcome.stoppedBy->message;
                if (!why.endsWith(u'.'))
                    why += u'.';
                later->answer(ApiResponse::error(
                    502, u"events_not_removed"_s,
                    u"The events WedSync added could not all be removed from the calendar: %1 "
                    "%2 were removed before it stopped. The account is still connected; try again, "
                    "or disconnect it leaving the events."_s.arg(why,
                                                                 QString::number(outcome.removed)),
                    QJsonObject {{u"removedEvents"_s, outcome.removed},
                                 {u"cause"_s, outcome.stoppedBy->code}}));
                return;
            }
            if (auto done = forget(found); !done) {
                (void)CalendarAccountRepository(m_db, m_clock).releaseRun(found.id);
                later->answer(ApiResponse::internalError(requestId, done.error().message));
                return;
            }
            later->answer(ApiResponse::json(QJsonObject {{u"removedEvents"_s, outcome.removed},
                                                         {u"keptEvents"_s, outcome.kept}}));
        });
    return ApiResponse::later();
}

ApiResponse CalendarAccountsApi::test(ApiRequest &request)
{
    CalendarAccount found;
    if (auto stop = locateForRunner(request, &found))
        return *stop;
    auto later = request.answerLater();
    if (!later)
        return ApiResponse::internalError(request.requestId, u"no deferred answer"_s);
    m_runner->testConnection(found.id, [later](const Result<QList<RemoteCalendar>> &result) {
        if (!result) {
            later->answer(ApiResponse::json(QJsonObject {{u"ok"_s, false},
                                                         {u"code"_s, result.error().code},
                                                         {u"message"_s, result.error().message},
                                                         {u"calendars"_s, QJsonArray()}}));
            return;
        }
        QJsonArray calendars;
        for (const RemoteCalendar &c : result.value()) {
            calendars.append(QJsonObject {{u"href"_s, c.href},
                                          {u"displayName"_s, c.displayName},
                                          {u"supportsEvents"_s, c.supportsEvents},
                                          {u"incremental"_s, !c.syncToken.isEmpty()}});
        }
        later->answer(ApiResponse::json(QJsonObject {{u"ok"_s, true},
                                                     {u"code"_s, u"ok"_s},
                                                     {u"message"_s, QString()},
                                                     {u"calendars"_s, calendars}}));
    });
    return ApiResponse::later();
}

ApiResponse CalendarAccountsApi::sync(ApiRequest &request)
{
    CalendarAccount found;
    if (auto stop = locateForRunner(request, &found))
        return *stop;
    auto started = m_runner->startSync(found.id);
    if (!started)
        return errorResponse(request, started.error());
    if (!started.value())
        return ApiResponse::error(409, u"sync_running"_s,
                                  u"This calendar is being synced already; wait for it to end."_s);
    return ApiResponse::json(QJsonObject {{u"accountId"_s, found.id}, {u"started"_s, true}}, 202);
}

ApiResponse CalendarAccountsApi::log(ApiRequest &request)
{
    CalendarAccount found;
    if (auto stop = locate(request, &found))
        return *stop;
    if (auto stop = rejectUnknownQuery(request, {}))
        return *stop;
    auto lines = CalendarSyncStore(m_db, m_clock).logs(found.id, 50);
    if (!lines)
        return errorResponse(request, lines.error());
    QJsonArray items;
    for (const CalendarSyncLog &line : lines.value())
        items.append(calendarjson::toJson(line));
    return ApiResponse::json(QJsonObject {{u"items"_s, items}});
}

} // namespace wedsync::server
