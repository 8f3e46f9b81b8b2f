#include "CalendarAccountRecords.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    const QDateTime at = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

template<typename T> Result<T> finish(T value, const QList<FieldError> &errors, const QString &what)
{
    if (!errors.isEmpty())
        return Error {u"invalid_calendar_record"_s, u"The %1 is not valid."_s.arg(what), errors};
    return value;
}

template<typename T> void put(QJsonObject &body, const QString &key, const std::optional<T> &value)
{
    if (value)
        body.insert(key, *value);
}

} // namespace

Result<CalendarAccountInfo> calendarAccountFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CalendarAccountInfo a;
    a.id = reader.string(u"id"_s, {}, true);
    a.organizationId = reader.string(u"organizationId"_s, {}, true);
    a.provider = reader.string(u"provider"_s, u"caldav"_s);
    a.name = reader.string(u"name"_s, {}, true);
    a.serverUrl = reader.string(u"serverUrl"_s);
    a.username = reader.string(u"username"_s);
    a.calendars = reader.stringList(u"calendars"_s);
    a.direction = reader.string(u"direction"_s, u"two_way"_s);
    a.conflictStrategy = reader.string(u"conflictStrategy"_s, u"ask"_s);
    a.scheduleMinutes = int(reader.integer(u"scheduleMinutes"_s).value_or(15));
    a.timeZone = reader.string(u"timeZone"_s, u"UTC"_s);
    a.status = reader.string(u"status"_s, {}, true);
    a.statusMessage = object.value(u"statusMessage"_s).toString();
    a.syncing = reader.boolean(u"syncing"_s).value_or(false);
    a.lastSyncAt = timeOf(object, u"lastSyncAt"_s);
    a.nextSyncAt = timeOf(object, u"nextSyncAt"_s);
    a.version = reader.integer(u"version"_s, true).value_or(1);
    return finish(a, errors, u"calendar account"_s);
}

Result<CalendarSyncRun> calendarSyncRunFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, {}, &errors);
    CalendarSyncRun run;
    run.id = reader.string(u"id"_s, {}, true);
    run.startedAt = timeOf(object, u"startedAt"_s);
    run.finishedAt = timeOf(object, u"finishedAt"_s);
    run.status = reader.string(u"status"_s, u"running"_s);
    run.pulled = int(reader.integer(u"pulled"_s).value_or(0));
    run.pushed = int(reader.integer(u"pushed"_s).value_or(0));
    run.conflicts = int(reader.integer(u"conflicts"_s).value_or(0));
    run.errors = reader.stringList(u"errors"_s);
    if (object.value(u"durationMs"_s).isDouble())
        run.durationMs = qint64(object.value(u"durationMs"_s).toDouble());
    return finish(run, errors, u"sync run"_s);
}

CalendarTestResult calendarTestResultFromJson(const QJsonObject &object)
{
    CalendarTestResult result;
    result.ok = object.value(u"ok"_s).toBool();
    result.code = object.value(u"code"_s).toString();
    result.message = object.value(u"message"_s).toString();
    for (const QJsonValue &value : object.value(u"calendars"_s).toArray()) {
        const QJsonObject c = value.toObject();
        CalendarFound found;
        found.href = c.value(u"href"_s).toString();
        found.displayName = c.value(u"displayName"_s).toString();
        found.supportsEvents = c.value(u"supportsEvents"_s).toBool(true);
        found.incremental = c.value(u"incremental"_s).toBool();
        if (!found.href.isEmpty())
            result.calendars.append(found);
    }
    return result;
}

QJsonObject calendarAccountChangeToJson(const CalendarAccountChange &change)
{
    QJsonObject body;
    put(body, u"name"_s, change.name);
    put(body, u"serverUrl"_s, change.serverUrl);
    put(body, u"username"_s, change.username);
    put(body, u"password"_s, change.password);
    if (change.calendars)
        body.insert(u"calendars"_s, QJsonArray::fromStringList(*change.calendars));
    put(body, u"direction"_s, change.direction);
    put(body, u"conflictStrategy"_s, change.conflictStrategy);
    put(body, u"scheduleMinutes"_s, change.scheduleMinutes);
    put(body, u"timeZone"_s, change.timeZone);
    return body;
}

} // namespace wedsync
