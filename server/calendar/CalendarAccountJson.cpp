#include "calendar/CalendarAccountJson.h"
#include "TimeZoneIds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::server::calendarjson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::calendarjson", text);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

const QStringList Directions {u"import"_s, u"export"_s, u"two_way"_s};
const QStringList Strategies {u"wedsync_wins"_s, u"calendar_wins"_s, u"ask"_s};
const QStringList Providers {u"caldav"_s, u"google"_s, u"microsoft"_s};

void readText(const QJsonObject &body, const QString &key, QString *target,
              QList<FieldError> *errors)
{
    if (!body.contains(key))
        return;
    if (!body.value(key).isString()) {
        *errors << FieldError {key, tr("%1 is text.").arg(key)};
        return;
    }
    *target = body.value(key).toString().trimmed();
}

// The closed lists: every one of them when `sent` is null, else only those the body names.
void checkChoices(const CalendarAccount &a, const QJsonObject *sent, QList<FieldError> *errors)
{
    const auto named = [sent](const QString &key) {
        return !sent || sent->contains(key);
    };
    if (named(u"provider"_s) && !Providers.contains(a.provider))
        *errors << FieldError {u"provider"_s, tr("The provider is caldav, google or microsoft.")};
    if (named(u"direction"_s) && !Directions.contains(a.direction))
        *errors << FieldError {u"direction"_s, tr("The direction is import, export or two_way.")};
    if (named(u"conflictStrategy"_s) && !Strategies.contains(a.conflictStrategy))
        *errors << FieldError {u"conflictStrategy"_s,
                               tr("The conflict strategy is wedsync_wins, calendar_wins or ask.")};
}

void check(const CalendarAccount &a, const QString *password, QList<FieldError> *errors)
{
    // Google and Microsoft sign in through the browser (OAuth): no address, no password.
    const bool browser = a.provider == u"google"_s || a.provider == u"microsoft"_s;
    const QString providerName = a.provider == u"google"_s ? u"Google"_s : u"Microsoft"_s;
    if (a.name.isEmpty() || a.name.size() > 100)
        *errors << FieldError {u"name"_s, tr("Give the account a name of at most 100 characters.")};
    if (browser) {
        if (!a.serverUrl.isEmpty())
            *errors << FieldError {
                u"serverUrl"_s,
                tr("A %1 account has no server address to give.").arg(providerName)};
        if (password && !password->isEmpty())
            *errors << FieldError {u"password"_s,
                                   tr("A %1 account signs in through %1 in the browser, never "
                                      "with a password here.")
                                       .arg(providerName)};
    } else {
        const QUrl url(a.serverUrl, QUrl::StrictMode);
        if (a.serverUrl.size() > 2000 || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            *errors << FieldError {u"serverUrl"_s,
                                   tr("Give the calendar server's address, e.g. "
                                      "https://caldav.example.com/.")};
    }
    if (a.username.size() > 200)
        *errors << FieldError {u"username"_s, tr("The user name is at most 200 characters.")};
    if (password && password->size() > 1000)
        *errors << FieldError {u"password"_s, tr("The password is at most 1000 characters.")};
    if (a.calendars.size() > 50)
        *errors << FieldError {u"calendars"_s, tr("Choose at most 50 calendars.")};
    for (qsizetype i = 0; i < a.calendars.size(); ++i) {
        const QString &calendar = a.calendars.at(i);
        const bool named = browser ? !calendar.contains(u'/') : calendar.startsWith(u'/');
        if (calendar.isEmpty() || calendar.size() > 1000 || !named)
            *errors << FieldError {u"calendars[%1]"_s.arg(i),
                                   browser
                                       ? tr("A %1 calendar is named by its id.").arg(providerName)
                                       : tr("A calendar is the path the server lists it at.")};
    }
    checkChoices(a, nullptr, errors);
    if (a.scheduleMinutes < 5 || a.scheduleMinutes > 1440)
        *errors << FieldError {u"scheduleMinutes"_s, tr("Sync every 5 to 1440 minutes.")};
    if (!isTimeZoneId(a.timeZone))
        *errors << FieldError {u"timeZone"_s, tr("Give an IANA time zone, e.g. Europe/Madrid.")};
}

} // namespace

const QStringList &writableFields()
{
    static const QStringList fields {
        u"provider"_s,  u"name"_s,      u"serverUrl"_s,        u"username"_s,        u"password"_s,
        u"calendars"_s, u"direction"_s, u"conflictStrategy"_s, u"scheduleMinutes"_s, u"timeZone"_s};
    return fields;
}

QJsonObject toJson(const CalendarAccount &a)
{
    return QJsonObject {
        {u"id"_s, a.id},
        {u"organizationId"_s, a.organizationId},
        {u"userId"_s, a.userId},
        {u"provider"_s, a.provider},
        {u"name"_s, a.name},
        {u"serverUrl"_s, a.serverUrl},
        {u"username"_s, a.username},
        {u"calendars"_s, QJsonArray::fromStringList(a.calendars)},
        {u"direction"_s, a.direction},
        {u"conflictStrategy"_s, a.conflictStrategy},
        {u"scheduleMinutes"_s, a.scheduleMinutes},
        {u"timeZone"_s, a.timeZone},
        {u"status"_s, a.status},
        {u"statusMessage"_s, a.statusMessage},
        {u"syncing"_s, a.runningSince.isValid()},
        {u"lastSyncAt"_s, timeOrNull(a.lastSyncAt)},
        {u"nextSyncAt"_s, timeOrNull(a.nextSyncAt)},
        {u"version"_s, a.version},
        {u"createdAt"_s, timeOrNull(a.createdAt)},
        {u"updatedAt"_s, timeOrNull(a.updatedAt)},
    };
}

QJsonObject toJson(const CalendarSyncLog &l)
{
    return QJsonObject {
        {u"id"_s, l.id},
        {u"startedAt"_s, timeOrNull(l.startedAt)},
        {u"finishedAt"_s, timeOrNull(l.finishedAt)},
        {u"status"_s, l.status},
        {u"pulled"_s, l.pulled},
        {u"pushed"_s, l.pushed},
        {u"conflicts"_s, l.conflicts},
        {u"errors"_s, QJsonArray::fromStringList(l.errors)},
        {u"durationMs"_s, l.durationMs >= 0 ? QJsonValue(l.durationMs) : QJsonValue()},
    };
}

namespace {

QList<FieldError> readFields(const QJsonObject &body, CalendarAccount *a, QString *password)
{
    QList<FieldError> errors;
    readText(body, u"provider"_s, &a->provider, &errors);
    readText(body, u"name"_s, &a->name, &errors);
    readText(body, u"serverUrl"_s, &a->serverUrl, &errors);
    readText(body, u"username"_s, &a->username, &errors);
    readText(body, u"direction"_s, &a->direction, &errors);
    readText(body, u"conflictStrategy"_s, &a->conflictStrategy, &errors);
    readText(body, u"timeZone"_s, &a->timeZone, &errors);
    *password = QString();
    if (body.contains(u"password"_s)) {
        if (body.value(u"password"_s).isString())
            *password = body.value(u"password"_s).toString();
        else
            errors << FieldError {u"password"_s, tr("The password is text.")};
    }
    if (body.contains(u"scheduleMinutes"_s)) {
        const QJsonValue v = body.value(u"scheduleMinutes"_s);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            errors << FieldError {u"scheduleMinutes"_s, tr("scheduleMinutes is a whole number.")};
        else
            a->scheduleMinutes = int(qBound(qint64(-1), qint64(v.toDouble()), qint64(100000)));
    }
    if (body.contains(u"calendars"_s)) {
        const QJsonValue v = body.value(u"calendars"_s);
        QStringList calendars;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            ok = ok && item.isString();
            calendars << item.toString().trimmed();
        }
        if (!ok)
            errors << FieldError {u"calendars"_s, tr("calendars is a list of paths.")};
        else
            a->calendars = calendars;
    }
    return errors;
}

} // namespace

QList<FieldError> applyTypes(const QJsonObject &body, CalendarAccount *a, QString *password)
{
    QList<FieldError> errors = readFields(body, a, password);
    if (errors.isEmpty())
        checkChoices(*a, &body, &errors);
    return errors;
}

QList<FieldError> apply(const QJsonObject &body, CalendarAccount *a, QString *password)
{
    QList<FieldError> errors = readFields(body, a, password);
    if (errors.isEmpty())
        check(*a, password->isNull() ? nullptr : password, &errors);
    return errors;
}

} // namespace wedsync::server::calendarjson
