#pragma once
// Rows of calendar sync (migration 17): an operator's calendar account, the mapping of an
// appointment to its event, a calendar's incremental state and a sync run's log line.

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace wedsync::server {

struct CalendarAccount
{
    QString id;
    QString organizationId;
    QString userId; // the operator it belongs to; no one else sees it
    QString provider = QStringLiteral("caldav"); // caldav | google | microsoft
    QString name;
    QString serverUrl;
    QString username;
    QStringList calendars; // hrefs chosen to sync; the first receives exported appointments
    QString direction = QStringLiteral("two_way"); // import | export | two_way
    QString conflictStrategy = QStringLiteral("ask"); // wedsync_wins | calendar_wins | ask
    int scheduleMinutes = 15;
    QString timeZone = QStringLiteral("UTC"); // of all-day and floating events
    QString status
        = QStringLiteral("pending"); // pending | connected | error | expired | disconnected
    QString statusMessage;
    QDateTime runningSince;
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct EventMapping
{
    QString accountId;
    QString calendarHref;
    QString appointmentId;
    QString href;
    QString etag;
    QString uid;
    QString syncedHash; // of the appointment's synced content when both sides agreed
    QJsonObject syncedJson; // that appointment (the base of a conflict)
    QByteArray syncedIcs; // the event's text then (what a write-back starts from)
    QDateTime syncedAt;
    QString conflictId; // an open conflict about this pair: left alone until resolved
};

struct CalendarSyncState
{
    QString syncToken;
    QString ctag;
};

struct CalendarSyncLog
{
    QString id;
    QString accountId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status = QStringLiteral("running"); // running | completed | failed
    int pulled = 0;
    int pushed = 0;
    int conflicts = 0;
    QStringList errors; // sentences a person can act on
    qint64 durationMs = -1;
    bool unauthorized = false; // the server refused the credentials (not stored)
};

} // namespace wedsync::server
