#include "calendar/GraphCalendarRemote.h"

#include "calendar/EventHref.h"
#include "calendar/GraphEventJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::GraphCalendarRemote", text);
}

using eventhref::MaxPages;
using eventhref::pathSegment;
using eventhref::split;

QString eventPath(const QString &href)
{
    return u"me/events/"_s + pathSegment(split(href).second);
}

// Graph's error envelope: {"error": {"code", "message", "innerError": {...}}}.
QJsonObject errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

bool isResync(const FetchResult &result)
{
    const QString code = errorOf(result.body).value(u"code"_s).toString();
    return result.status == 410 || code == u"syncStateNotFound"_s || code == u"resyncRequired"_s;
}

Error malformed(const QString &what)
{
    return Error {
        u"microsoft_malformed"_s,
        tr("Outlook answered something that is not a calendar answer while %1.").arg(what),
        {}};
}

Error preconditionFailed()
{
    return Error {u"precondition_failed"_s, tr("The event was changed in Outlook meanwhile."), {}};
}

QString stamp(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

} // namespace

GraphCalendarRemote::GraphCalendarRemote(HttpFetcher &fetcher, QUrl apiBase, QString accessToken,
                                         Refresh refresh)
    : m_session(fetcher, std::move(accessToken), std::move(refresh))
    , m_base(std::move(apiBase))
{
    fetcher.setProviderName(u"Outlook"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setWindow(now.addYears(-1), now.addYears(3));
}

void GraphCalendarRemote::setWindow(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
}

QUrl GraphCalendarRemote::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl relative = QUrl::fromEncoded(path.toLatin1());
    relative.setQuery(query);
    return m_base.resolved(relative);
}

bool GraphCalendarRemote::isOurs(const QUrl &link) const
{
    return link.isValid() && link.scheme() == m_base.scheme() && link.host() == m_base.host()
        && link.port() == m_base.port() && link.path().startsWith(m_base.path());
}

FetchResult GraphCalendarRemote::send(const Call &call)
{
    FetchRequest request;
    request.method = call.method;
    request.url = call.url;
    if (!call.body.isEmpty())
        request.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    if (!call.ifMatch.isEmpty())
        request.headers << qMakePair("If-Match"_ba, call.ifMatch);
    // Bodies as text (Outlook keeps many as HTML); pages of m_pageSize events.
    request.headers << qMakePair("Prefer"_ba,
                                 "outlook.body-content-type=\"text\", "
                                 "odata.maxpagesize="
                                     + QByteArray::number(m_pageSize));
    request.rateKey = u"microsoft:"_s + m_base.host();
    // Outlook: 10,000 requests in 10 minutes per app and mailbox.
    request.limit = RateLimiter::Limit {10000, 600};
    request.what = call.what;
    return m_session.send(request);
}

Error GraphCalendarRemote::failure(const FetchResult &result, const QString &what) const
{
    const QString said = errorOf(result.body).value(u"message"_s).toString().left(300);
    if (result.status == 401) {
        if (m_session.refreshError())
            return *m_session.refreshError();
        return Error {u"microsoft_unauthorized"_s,
                      tr("Microsoft refused this account's access while %1: connect the account "
                         "again (relink).")
                          .arg(what),
                      {}};
    }
    if (result.outcome == FetchResult::Outcome::Unauthorized
        || result.outcome == FetchResult::Outcome::Refused)
        return Error {
            u"microsoft_refused"_s,
            said.isEmpty()
                ? tr("Outlook answered %1 while %2.").arg(result.status).arg(what)
                : tr("Outlook answered %1 while %2: %3").arg(result.status).arg(what, said),
            {}};
    return Error {u"microsoft_unreachable"_s,
                  result.message.isEmpty() ? tr("Outlook could not be reached while %1.").arg(what)
                                           : result.message,
                  {}};
}

Result<QList<RemoteCalendar>> GraphCalendarRemote::discoverCalendars()
{
    Call call;
    call.url = apiUrl(u"me/calendars"_s);
    call.what = tr("listing your calendars");
    QList<RemoteCalendar> calendars;
    for (int page = 1; page <= MaxPages; ++page) {
        const FetchResult result = send(call);
        if (result.outcome != FetchResult::Outcome::Ok)
            return failure(result, call.what);
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        if (!answer.value(u"value"_s).isArray())
            return malformed(call.what);
        for (const QJsonValue &value : answer.value(u"value"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            RemoteCalendar calendar;
            calendar.href = entry.value(u"id"_s).toString();
            calendar.displayName = entry.value(u"name"_s).toString();
            calendar.supportsEvents = entry.value(u"canEdit"_s).toBool(true);
            if (!calendar.href.isEmpty() && !calendar.href.contains(u'/'))
                calendars << calendar;
        }
        const QUrl next(answer.value(u"@odata.nextLink"_s).toString());
        if (next.isEmpty())
            return calendars;
        if (!isOurs(next) || next == call.url)
            return malformed(call.what);
        call.url = next;
    }
    return malformed(call.what);
}

Result<RemoteChanges> GraphCalendarRemote::round(const QString &calendar, QUrl url,
                                                 bool incremental)
{
    Call call;
    call.url = std::move(url);
    call.what
        = incremental ? tr("reading the calendar's changes") : tr("listing the calendar's events");
    RemoteChanges changes;
    changes.removalsNeedConfirming = true;
    QSet<QString> seen;
    QSet<QString> masters;
    for (int page = 1; page <= MaxPages; ++page) {
        const FetchResult result = send(call);
        if (incremental && isResync(result))
            return Error {u"invalid_sync_token"_s,
                          tr("Outlook no longer knows where the last sync ended: every event is "
                             "read again."),
                          {}};
        if (result.outcome != FetchResult::Outcome::Ok)
            return failure(result, call.what);
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        if (!answer.value(u"value"_s).isArray())
            return malformed(call.what);
        for (const QJsonValue &value : answer.value(u"value"_s).toArray()) {
            const QJsonObject event = value.toObject();
            const QString id = event.value(u"id"_s).toString();
            if (id.isEmpty() || id.contains(u'/'))
                continue;
            const QString href = eventhref::join(calendar, id);
            if (event.contains(u"@removed"_s)) {
                // Deleted, or only out of the window: the caller confirms before deleting.
                if (incremental && !changes.removed.contains(href))
                    changes.removed << href;
                continue;
            }
            const QString master = event.value(u"seriesMasterId"_s).toString();
            if (!master.isEmpty()) {
                // An occurrence or an exception: the series is what we map.
                if (!master.contains(u'/'))
                    masters.insert(eventhref::join(calendar, master));
                continue;
            }
            // The same event may come twice in a round (replays): the last one counts.
            if (seen.contains(href))
                changes.changed.removeIf([&href](const RemoteEvent &e) { return e.href == href; });
            seen.insert(href);
            changes.removed.removeAll(href);
            changes.changed << RemoteEvent {href, event.value(u"@odata.etag"_s).toString(),
                                            QJsonDocument(event).toJson(QJsonDocument::Compact)};
        }
        const QUrl next(answer.value(u"@odata.nextLink"_s).toString());
        if (!next.isEmpty()) {
            if (!isOurs(next) || next == call.url)
                return malformed(call.what);
            call.url = next;
            continue;
        }
        const QUrl delta(answer.value(u"@odata.deltaLink"_s).toString());
        if (!isOurs(delta))
            return malformed(call.what);
        changes.syncToken = delta.toString(QUrl::FullyEncoded);
        // The masters of the series whose occurrences came, unless they came themselves.
        for (const QString &href : std::as_const(masters)) {
            if (seen.contains(href))
                continue;
            auto master = get(href, tr("reading a recurring event"));
            if (!master)
                return master.error();
            if (master.value())
                changes.changed << *master.value();
        }
        return changes;
    }
    return malformed(call.what);
}

Result<RemoteChanges> GraphCalendarRemote::changesSince(const QString &calendar,
                                                        const QString &token)
{
    const QUrl link = QUrl::fromEncoded(token.toLatin1(), QUrl::StrictMode);
    // A token is the deltaLink of the calendar's last round: the access token goes only to
    // the API; anything else starts afresh.
    if (!isOurs(link))
        return Error {u"invalid_sync_token"_s,
                      tr("The place where the last sync ended is not one Outlook gave: every "
                         "event is read again."),
                      {}};
    return round(calendar, link, true);
}

Result<RemoteChanges> GraphCalendarRemote::listAll(const QString &calendar)
{
    QUrlQuery query;
    query.addQueryItem(u"startDateTime"_s, stamp(m_from));
    query.addQueryItem(u"endDateTime"_s, stamp(m_to));
    return round(
        calendar,
        apiUrl(u"me/calendars/"_s + pathSegment(calendar) + u"/calendarView/delta"_s, query),
        false);
}

Result<std::optional<RemoteEvent>> GraphCalendarRemote::get(const QString &href,
                                                            const QString &what)
{
    Call call;
    call.url = apiUrl(eventPath(href));
    call.what = what;
    const FetchResult result = send(call);
    if (result.status == 404 || result.status == 410)
        return std::optional<RemoteEvent>(); // gone
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, call.what);
    const QJsonObject event = QJsonDocument::fromJson(result.body).object();
    if (event.isEmpty())
        return malformed(call.what);
    if (event.value(u"isCancelled"_s).toBool())
        return std::optional<RemoteEvent>();
    return std::optional(RemoteEvent {href, event.value(u"@odata.etag"_s).toString(), result.body});
}

Result<QList<RemoteEvent>> GraphCalendarRemote::fetch(const QString &calendar,
                                                      const QStringList &hrefs)
{
    QList<RemoteEvent> found;
    for (const QString &href : hrefs) {
        if (split(href).first != calendar)
            continue;
        auto event = get(href, tr("reading an event"));
        if (!event)
            return event.error();
        if (event.value())
            found << *event.value();
    }
    return found;
}

Result<ical::CalendarObject> GraphCalendarRemote::read(const RemoteEvent &event,
                                                       const QString &defaultTimeZone) const
{
    return graph::readEvent(event.data, defaultTimeZone);
}

Result<RemoteEvent> GraphCalendarRemote::write(const RemoteEvent &existing,
                                               const appointments::Appointment &appointment,
                                               const QString &, const QDateTime &)
{
    const QString calendar = split(existing.href).first;
    Call call;
    if (existing.data.isEmpty()) {
        // Graph names the event; our transactionId makes a second create of it add nothing.
        call.method = "POST";
        call.url = apiUrl(u"me/calendars/"_s + pathSegment(calendar) + u"/events"_s);
        call.body = graph::eventFields(appointment);
        call.what = tr("adding \"%1\"").arg(appointment.title.left(80));
    } else {
        call.method = "PATCH";
        call.url = apiUrl(eventPath(existing.href));
        call.body
            = graph::eventFields(appointment, QJsonDocument::fromJson(existing.data).object());
        call.ifMatch = existing.etag.toUtf8();
        call.what = tr("changing \"%1\"").arg(appointment.title.left(80));
    }
    const FetchResult result = send(call);
    if (result.status == 412
        || (!existing.data.isEmpty() && (result.status == 404 || result.status == 410)))
        return preconditionFailed();
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, call.what);
    const QJsonObject stored = QJsonDocument::fromJson(result.body).object();
    const QString id = stored.value(u"id"_s).toString();
    if (stored.isEmpty() || id.isEmpty() || id.contains(u'/'))
        return malformed(call.what);
    return RemoteEvent {eventhref::join(calendar, id), stored.value(u"@odata.etag"_s).toString(),
                        result.body};
}

Result<bool> GraphCalendarRemote::remove(const QString &href, const QString &etag)
{
    Call call;
    call.method = "DELETE";
    call.url = apiUrl(eventPath(href));
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

QString GraphCalendarRemote::newEventHref(const QString &calendar,
                                          const QString &appointmentId) const
{
    return eventhref::join(calendar, graph::transactionIdFor(appointmentId));
}

bool GraphCalendarRemote::createdHere(const QString &, const RemoteEvent &event,
                                      const QString &appointmentId) const
{
    const QString transactionId
        = QJsonDocument::fromJson(event.data).object().value(u"transactionId"_s).toString();
    return !appointmentId.isEmpty() && transactionId == graph::transactionIdFor(appointmentId);
}

} // namespace wedsync::server
