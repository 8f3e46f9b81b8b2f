#include "calendar/GoogleCalendarRemote.h"

#include "calendar/EventHref.h"
#include "calendar/GoogleEventJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::GoogleCalendarRemote", text);
}

using eventhref::MaxPages;
using eventhref::pathSegment;
using eventhref::split;

QString eventsPath(const QString &calendar)
{
    return u"calendars/"_s + pathSegment(calendar) + u"/events"_s;
}

QString eventPath(const QString &href)
{
    const auto [calendar, id] = split(href);
    return eventsPath(calendar) + u'/' + pathSegment(id);
}

// Google's error envelope: {"error": {"errors": [{"domain", "reason", "message"}], "code",
// "message"}}.
QJsonObject errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

QString reasonOf(const QByteArray &body)
{
    return errorOf(body)
        .value(u"errors"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"reason"_s)
        .toString();
}

// 403 rateLimitExceeded / userRateLimitExceeded are Google's "slow down", like its 429.
bool isRateLimit(int status, const QByteArray &body)
{
    if (status != 403)
        return false;
    const QString reason = reasonOf(body);
    return reason == u"rateLimitExceeded"_s || reason == u"userRateLimitExceeded"_s;
}

Error malformed(const QString &what)
{
    return Error {u"google_malformed"_s,
                  tr("Google answered something that is not a calendar answer while %1.").arg(what),
                  {}};
}

Error preconditionFailed()
{
    return Error {
        u"precondition_failed"_s, tr("The event was changed in Google Calendar meanwhile."), {}};
}

} // namespace

GoogleCalendarRemote::GoogleCalendarRemote(HttpFetcher &fetcher, QUrl apiBase, QString accessToken,
                                           Refresh refresh)
    : m_session(fetcher, std::move(accessToken), std::move(refresh))
    , m_base(std::move(apiBase))
{
    fetcher.setProviderName(u"Google Calendar"_s);
}

FetchResult GoogleCalendarRemote::send(const Call &call)
{
    FetchRequest request;
    request.method = call.method;
    QUrl relative = QUrl::fromEncoded(call.path.toLatin1());
    relative.setQuery(call.query);
    request.url = m_base.resolved(relative);
    if (!call.body.isEmpty())
        request.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    if (!call.ifMatch.isEmpty())
        request.headers << qMakePair("If-Match"_ba, call.ifMatch);
    request.rateKey = u"google:"_s + m_base.host();
    // Google: 600 requests a minute per user and project (a sliding window).
    request.limit = RateLimiter::Limit {600, 60};
    request.slowDown = isRateLimit;
    request.what = call.what;
    return m_session.send(request);
}

Error GoogleCalendarRemote::failure(const FetchResult &result, const QString &what) const
{
    const QString said = errorOf(result.body).value(u"message"_s).toString().left(300);
    if (result.status == 401) {
        if (m_session.refreshError())
            return *m_session.refreshError();
        return Error {u"google_unauthorized"_s,
                      tr("Google refused this account's access while %1: connect the account "
                         "again (relink).")
                          .arg(what),
                      {}};
    }
    if (result.status == 410) // only a list with a sync token answers it
        return Error {u"invalid_sync_token"_s,
                      tr("Google no longer knows where the last sync ended (410): every event is "
                         "read again."),
                      {}};
    if (result.outcome == FetchResult::Outcome::Unauthorized
        || result.outcome == FetchResult::Outcome::Refused)
        return Error {
            u"google_refused"_s,
            said.isEmpty()
                ? tr("Google answered %1 while %2.").arg(result.status).arg(what)
                : tr("Google answered %1 while %2: %3").arg(result.status).arg(what, said),
            {}};
    return Error {u"google_unreachable"_s,
                  result.message.isEmpty()
                      ? tr("Google Calendar could not be reached while %1.").arg(what)
                      : result.message,
                  {}};
}

Result<QString>
GoogleCalendarRemote::listPages(Call call, const std::function<void(const QJsonArray &)> &items)
{
    QString previous;
    for (int page = 1; page <= MaxPages; ++page) {
        const FetchResult result = send(call);
        if (result.outcome != FetchResult::Outcome::Ok)
            return failure(result, call.what);
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (!document.isObject() || !document.object().value(u"items"_s).isArray())
            return malformed(call.what);
        items(document.object().value(u"items"_s).toArray());
        const QString next = document.object().value(u"nextPageToken"_s).toString();
        if (next.isEmpty())
            return document.object().value(u"nextSyncToken"_s).toString();
        if (next == previous)
            return malformed(call.what);
        previous = next;
        call.query.removeAllQueryItems(u"pageToken"_s);
        call.query.addQueryItem(u"pageToken"_s, next);
    }
    return malformed(call.what);
}

Result<QList<RemoteCalendar>> GoogleCalendarRemote::discoverCalendars()
{
    Call call;
    call.path = u"users/me/calendarList"_s;
    call.what = tr("listing your calendars");
    QList<RemoteCalendar> calendars;
    auto listed = listPages(call, [&calendars](const QJsonArray &items) {
        for (const QJsonValue &value : items) {
            const QJsonObject entry = value.toObject();
            RemoteCalendar calendar;
            calendar.href = entry.value(u"id"_s).toString();
            calendar.displayName = entry.value(u"summaryOverride"_s).toString();
            if (calendar.displayName.isEmpty())
                calendar.displayName = entry.value(u"summary"_s).toString();
            const QString role = entry.value(u"accessRole"_s).toString();
            calendar.supportsEvents = role == u"owner"_s || role == u"writer"_s;
            if (!calendar.href.isEmpty() && !calendar.href.contains(u'/'))
                calendars << calendar;
        }
    });
    if (!listed)
        return listed.error();
    return calendars;
}

Result<RemoteChanges> GoogleCalendarRemote::events(const QString &calendar,
                                                   const QString &syncToken)
{
    Call call;
    call.path = eventsPath(calendar);
    call.query.addQueryItem(u"maxResults"_s, QString::number(m_pageSize));
    if (!syncToken.isEmpty()) {
        // Deleted events always come with a token (as status "cancelled").
        call.query.addQueryItem(u"syncToken"_s, syncToken);
        call.query.addQueryItem(u"showDeleted"_s, u"true"_s);
    }
    call.what = syncToken.isEmpty() ? tr("listing the calendar's events")
                                    : tr("reading the calendar's changes");
    RemoteChanges changes;
    auto listed = listPages(call, [&](const QJsonArray &items) {
        for (const QJsonValue &value : items) {
            const QJsonObject event = value.toObject();
            const QString id = event.value(u"id"_s).toString();
            // An instance or exception of a recurring series: the series is what we map.
            if (id.isEmpty() || id.contains(u'/') || event.contains(u"recurringEventId"_s))
                continue;
            const QString href = eventhref::join(calendar, id);
            if (event.value(u"status"_s).toString() == u"cancelled"_s) {
                if (!syncToken.isEmpty())
                    changes.removed << href;
                continue;
            }
            changes.changed << RemoteEvent {href, event.value(u"etag"_s).toString(),
                                            QJsonDocument(event).toJson(QJsonDocument::Compact)};
        }
    });
    if (!listed)
        return listed.error();
    changes.syncToken = listed.value();
    return changes;
}

Result<RemoteChanges> GoogleCalendarRemote::changesSince(const QString &calendar,
                                                         const QString &token)
{
    return events(calendar, token);
}

Result<RemoteChanges> GoogleCalendarRemote::listAll(const QString &calendar)
{
    return events(calendar, QString());
}

Result<QList<RemoteEvent>> GoogleCalendarRemote::fetch(const QString &calendar,
                                                       const QStringList &hrefs)
{
    QList<RemoteEvent> found;
    for (const QString &href : hrefs) {
        if (split(href).first != calendar)
            continue;
        Call call;
        call.path = eventPath(href);
        call.what = tr("reading an event");
        const FetchResult result = send(call);
        if (result.status == 404 || result.status == 410)
            continue; // gone
        if (result.outcome != FetchResult::Outcome::Ok)
            return failure(result, call.what);
        const QJsonObject event = QJsonDocument::fromJson(result.body).object();
        if (event.isEmpty())
            return malformed(call.what);
        if (event.value(u"status"_s).toString() == u"cancelled"_s)
            continue;
        found << RemoteEvent {href, event.value(u"etag"_s).toString(), result.body};
    }
    return found;
}

Result<ical::CalendarObject> GoogleCalendarRemote::read(const RemoteEvent &event,
                                                        const QString &defaultTimeZone) const
{
    return google::readEvent(event.data, defaultTimeZone);
}

Result<RemoteEvent> GoogleCalendarRemote::write(const RemoteEvent &existing,
                                                const appointments::Appointment &appointment,
                                                const QString &, const QDateTime &)
{
    Call call;
    call.query.addQueryItem(u"sendUpdates"_s, u"none"_s);
    if (existing.data.isEmpty()) {
        // Our own id: "if you are allowed to provide a resource ID, then the operation will
        // only succeed if no existing entry has that ID" — a second insert is a 409.
        call.method = "POST";
        call.path = eventsPath(split(existing.href).first);
        call.body = google::eventFields(appointment);
        call.body.insert(u"id"_s, split(existing.href).second);
        call.what = tr("adding \"%1\"").arg(appointment.title.left(80));
    } else {
        call.method = "PATCH";
        call.path = eventPath(existing.href);
        call.body
            = google::eventFields(appointment, QJsonDocument::fromJson(existing.data).object());
        call.ifMatch = existing.etag.toUtf8();
        call.what = tr("changing \"%1\"").arg(appointment.title.left(80));
    }
    const FetchResult result = send(call);
    if (result.status == 409 || result.status == 412
        || (!existing.data.isEmpty() && (result.status == 404 || result.status == 410)))
        return preconditionFailed();
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, call.what);
    const QJsonObject stored = QJsonDocument::fromJson(result.body).object();
    if (stored.isEmpty())
        return malformed(call.what);
    return RemoteEvent {existing.href, stored.value(u"etag"_s).toString(), result.body};
}

Result<bool> GoogleCalendarRemote::remove(const QString &href, const QString &etag)
{
    Call call;
    call.method = "DELETE";
    call.path = eventPath(href);
    call.query.addQueryItem(u"sendUpdates"_s, u"none"_s);
    call.ifMatch = etag.toUtf8();
    call.what = tr("deleting an event");
    const FetchResult result = send(call);
    if (result.status == 404 || result.status == 410)
        return true; // already gone
    if (result.status == 412)
        return preconditionFailed();
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, call.what);
    return true;
}

QString GoogleCalendarRemote::newEventHref(const QString &calendar,
                                           const QString &appointmentId) const
{
    return eventhref::join(calendar, google::eventIdFor(appointmentId));
}

} // namespace wedsync::server
