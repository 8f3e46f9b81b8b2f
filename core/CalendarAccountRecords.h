#pragma once
// An operator's calendar accounts as the console reads them from /api/v1/calendar/accounts
// (server/README.md, "Calendar accounts"): the account with its status and schedule, one run of
// its sync log, and the calendars a connection test found; plus the body the console sends
// when it creates or changes one. The password goes out once and never comes back.

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync {

struct CalendarAccountInfo
{
    QString id;
    QString organizationId;
    QString provider; // caldav | google | microsoft
    QString name;
    QString serverUrl;
    QString username;
    QStringList calendars; // hrefs chosen; the first receives exported appointments
    QString direction; // import | export | two_way
    QString conflictStrategy; // wedsync_wins | calendar_wins | ask
    int scheduleMinutes = 15;
    QString timeZone;
    QString status; // pending | connected | error | expired | disconnected
    QString statusMessage; // the server's sentence about the last failure
    bool syncing = false;
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    qint64 version = 0;

    // Google and Microsoft link through their own sign-in page in the browser (OAuth); CalDAV
    // with a password.
    bool signsInWithBrowser() const { return provider == u"google" || provider == u"microsoft"; }
    // A wrong or changed password, a Google sign-in revoked or never finished: a new one
    // (relink) keeps the mappings.
    bool needsRelink() const
    {
        return status == u"expired" || status == u"error"
            || (signsInWithBrowser() && status == u"pending");
    }
};

struct CalendarSyncRun
{
    QString id;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // running | completed | failed
    int pulled = 0;
    int pushed = 0;
    int conflicts = 0;
    QStringList errors; // sentences
    qint64 durationMs = -1; // -1: still running
};

struct CalendarFound
{
    QString href;
    QString displayName;
    bool supportsEvents = true;
    bool incremental = false; // the server offers sync-collection
};

// POST …/test: whether the server could sign in, and the calendars it offers.
struct CalendarTestResult
{
    bool ok = false;
    QString code; // "ok", "unauthorized", ...
    QString message; // the server's sentence when not ok
    QList<CalendarFound> calendars;
};

// What the wizard and the edit dialog send; unset members are left out of the body.
struct CalendarAccountChange
{
    std::optional<QString> name;
    std::optional<QString> serverUrl;
    std::optional<QString> username;
    std::optional<QString> password;
    std::optional<QStringList> calendars;
    std::optional<QString> direction;
    std::optional<QString> conflictStrategy;
    std::optional<int> scheduleMinutes;
    std::optional<QString> timeZone;
};

Result<CalendarAccountInfo> calendarAccountFromJson(const QJsonObject &object);
Result<CalendarSyncRun> calendarSyncRunFromJson(const QJsonObject &object);
CalendarTestResult calendarTestResultFromJson(const QJsonObject &object);
QJsonObject calendarAccountChangeToJson(const CalendarAccountChange &change);

} // namespace wedsync
