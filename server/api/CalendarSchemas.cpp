#include "api/CalendarAccountsApi.h"

#include "api/SchemaBuilders.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::server {

using namespace schema;

namespace {

QJsonObject minutes()
{
    QJsonObject out = type(u"integer"_s);
    out.insert(u"minimum"_s, 5);
    out.insert(u"maximum"_s, 1440);
    return out;
}

QJsonObject settings(bool create)
{
    QJsonObject calendars = arrayOf(boundedText(1000, 1));
    calendars.insert(u"maxItems"_s, 50);
    QJsonObject properties {
        {u"name"_s, boundedText(100, 1)},
        {u"serverUrl"_s, boundedText(2000, 1)},
        {u"username"_s, boundedText(200)},
        {u"password"_s, boundedText(1000)},
        {u"calendars"_s, calendars},
        {u"direction"_s, enumOf({u"import"_s, u"export"_s, u"two_way"_s})},
        {u"conflictStrategy"_s, enumOf({u"wedsync_wins"_s, u"calendar_wins"_s, u"ask"_s})},
        {u"scheduleMinutes"_s, minutes()},
        {u"timeZone"_s, boundedText(64, 1)},
        {u"provider"_s, enumOf({u"caldav"_s, u"google"_s, u"microsoft"_s})},
    };
    if (create)
        properties.insert(u"organizationId"_s, uuid());
    return object(properties,
                  create ? QStringList {u"organizationId"_s, u"provider"_s, u"name"_s}
                         : QStringList {});
}

} // namespace

void addCalendarSchemas(QJsonObject *s)
{
    s->insert(
        u"CalendarAccount"_s,
        object(
            {{u"id"_s, uuid()},
             {u"organizationId"_s, uuid()},
             {u"userId"_s, uuid()},
             {u"provider"_s, enumOf({u"caldav"_s, u"google"_s, u"microsoft"_s})},
             {u"name"_s, type(u"string"_s)},
             {u"serverUrl"_s, type(u"string"_s)},
             {u"username"_s, type(u"string"_s)},
             {u"calendars"_s, arrayOf(type(u"string"_s))},
             {u"direction"_s, enumOf({u"import"_s, u"export"_s, u"two_way"_s})},
             {u"conflictStrategy"_s, enumOf({u"wedsync_wins"_s, u"calendar_wins"_s, u"ask"_s})},
             {u"scheduleMinutes"_s, minutes()},
             {u"timeZone"_s, type(u"string"_s)},
             {u"status"_s,
              enumOf({u"pending"_s, u"connected"_s, u"error"_s, u"expired"_s, u"disconnected"_s})},
             {u"statusMessage"_s, type(u"string"_s)},
             {u"syncing"_s, type(u"boolean"_s)},
             {u"lastSyncAt"_s, nullable(dateTime())},
             {u"nextSyncAt"_s, nullable(dateTime())},
             {u"version"_s, type(u"integer"_s)},
             {u"createdAt"_s, dateTime()},
             {u"updatedAt"_s, dateTime()}},
            {u"id"_s, u"organizationId"_s, u"provider"_s, u"name"_s, u"status"_s, u"version"_s}));
    s->insert(u"CalendarAccountList"_s, listOf(u"CalendarAccount"_s));
    s->insert(u"CalendarAccountCreate"_s, settings(true));
    s->insert(u"CalendarAccountPatch"_s, settings(false));
    s->insert(u"CalendarCalendars"_s,
              object({{u"ok"_s, type(u"boolean"_s)},
                      {u"code"_s, type(u"string"_s)},
                      {u"message"_s, type(u"string"_s)},
                      {u"calendars"_s,
                       arrayOf(object({{u"href"_s, type(u"string"_s)},
                                       {u"displayName"_s, type(u"string"_s)},
                                       {u"supportsEvents"_s, type(u"boolean"_s)},
                                       {u"incremental"_s, type(u"boolean"_s)}},
                                      {u"href"_s}))}},
                     {u"ok"_s, u"calendars"_s}));
    s->insert(u"CalendarSyncStarted"_s,
              object({{u"accountId"_s, uuid()}, {u"started"_s, type(u"boolean"_s)}},
                     {u"accountId"_s, u"started"_s}));
    s->insert(u"CalendarSyncLog"_s,
              object({{u"id"_s, uuid()},
                      {u"startedAt"_s, dateTime()},
                      {u"finishedAt"_s, nullable(dateTime())},
                      {u"status"_s, enumOf({u"running"_s, u"completed"_s, u"failed"_s})},
                      {u"pulled"_s, type(u"integer"_s)},
                      {u"pushed"_s, type(u"integer"_s)},
                      {u"conflicts"_s, type(u"integer"_s)},
                      {u"errors"_s, arrayOf(type(u"string"_s))},
                      {u"durationMs"_s, nullable(type(u"integer"_s))}},
                     {u"id"_s, u"startedAt"_s, u"status"_s}));
    s->insert(u"CalendarSyncLogList"_s, listOf(u"CalendarSyncLog"_s));
}

} // namespace wedsync::server
