#include "calendar/CalDavClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::CalDavClient", text);
}

constexpr int MultigetBatch = 50;

// The path of an href (servers may answer with a full URL), percent-encoded as sent.
QString pathOf(const QString &href)
{
    const QUrl url = QUrl::fromEncoded(href.trimmed().toUtf8());
    return url.path(QUrl::FullyEncoded);
}

bool sameCollection(const QString &a, const QString &b)
{
    auto trimmed = [](QString path) {
        while (path.endsWith(u'/'))
            path.chop(1);
        return path;
    };
    return trimmed(pathOf(a)) == trimmed(pathOf(b));
}

QString etagOf(const dav::Response &response)
{
    return response.value(dav::DavNs, "getetag"_L1).text.trimmed();
}

} // namespace

CalDavClient::CalDavClient(HttpFetcher &fetcher, QUrl serverUrl, QString username, QString password)
    : m_fetcher(fetcher)
    , m_server(std::move(serverUrl))
    , m_authorization("Basic " + (username + u':' + password).toUtf8().toBase64())
{
    m_fetcher.setProviderName(tr("The calendar server"));
}

QUrl CalDavClient::resolve(const QString &href) const
{
    return m_server.resolved(QUrl::fromEncoded(href.toUtf8()));
}

FetchResult CalDavClient::send(const QByteArray &method, const QString &href,
                               const QByteArray &body, const QByteArray &depth,
                               QList<QPair<QByteArray, QByteArray>> headers, const QString &what,
                               const QByteArray &contentType)
{
    FetchRequest request;
    request.method = method;
    request.url = href.isEmpty() ? m_server : resolve(href);
    request.body = body;
    request.contentType = contentType;
    request.headers = std::move(headers);
    request.headers << qMakePair("Authorization"_ba, m_authorization);
    if (!depth.isEmpty())
        request.headers << qMakePair("Depth"_ba, depth);
    request.rateKey = u"caldav:"_s + m_server.host();
    request.what = what;
    return m_fetcher.send(request);
}

Error CalDavClient::failure(const FetchResult &result, const QString &what) const
{
    switch (result.outcome) {
    case FetchResult::Outcome::Unauthorized:
        return Error {u"caldav_unauthorized"_s,
                      tr("The calendar server refused the user name or password (%1) while %2: "
                         "check them, or create a new app password.")
                          .arg(result.status)
                          .arg(what),
                      {}};
    case FetchResult::Outcome::Refused:
        return Error {u"caldav_refused"_s,
                      tr("The calendar server answered %1 while %2.").arg(result.status).arg(what),
                      {}};
    default:
        return Error {u"caldav_unreachable"_s,
                      result.message.isEmpty()
                          ? tr("The calendar server could not be reached while %1.").arg(what)
                          : result.message,
                      {}};
    }
}

Result<dav::Multistatus> CalDavClient::davRequest(const QByteArray &method, const QString &href,
                                                  const QByteArray &body, const QByteArray &depth,
                                                  const QString &what)
{
    const FetchResult result = send(method, href, body, depth, {}, what);
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, what);
    return dav::parseMultistatus(result.body);
}

Result<QList<CalDavCalendar>> CalDavClient::discoverCalendars()
{
    using P = QPair<QLatin1StringView, QLatin1StringView>;
    auto principal = davRequest("PROPFIND", QString(),
                                dav::propfindBody({P(dav::DavNs, "current-user-principal"_L1)}),
                                "0", tr("finding your account"));
    if (!principal)
        return principal.error();
    QString principalHref;
    for (const dav::Response &r : principal->responses) {
        const QStringList hrefs = r.value(dav::DavNs, "current-user-principal"_L1).hrefs;
        if (!hrefs.isEmpty())
            principalHref = hrefs.first();
    }
    if (principalHref.isEmpty())
        return Error {u"caldav_no_principal"_s,
                      tr("The server did not say who you are (no current-user-principal): check "
                         "the server address."),
                      {}};
    auto home = davRequest("PROPFIND", principalHref,
                           dav::propfindBody({P(dav::CalDavNs, "calendar-home-set"_L1)}), "0",
                           tr("finding your calendars"));
    if (!home)
        return home.error();
    QString homeHref;
    for (const dav::Response &r : home->responses) {
        const QStringList hrefs = r.value(dav::CalDavNs, "calendar-home-set"_L1).hrefs;
        if (!hrefs.isEmpty())
            homeHref = hrefs.first();
    }
    if (homeHref.isEmpty())
        return Error {u"caldav_no_calendar_home"_s,
                      tr("The server has no calendar home for this account (calendar-home-set)."),
                      {}};
    auto listing = davRequest(
        "PROPFIND", homeHref,
        dav::propfindBody({P(dav::DavNs, "resourcetype"_L1), P(dav::DavNs, "displayname"_L1),
                           P(dav::CalServerNs, "getctag"_L1), P(dav::DavNs, "sync-token"_L1),
                           P(dav::CalDavNs, "supported-calendar-component-set"_L1)}),
        "1", tr("listing your calendars"));
    if (!listing)
        return listing.error();
    QList<CalDavCalendar> calendars;
    const QString calendarType = dav::key(dav::CalDavNs, "calendar"_L1);
    for (const dav::Response &r : listing->responses) {
        if (!r.value(dav::DavNs, "resourcetype"_L1).children.contains(calendarType))
            continue;
        CalDavCalendar c;
        c.href = pathOf(r.href);
        c.displayName = r.value(dav::DavNs, "displayname"_L1).text.trimmed();
        c.ctag = r.value(dav::CalServerNs, "getctag"_L1).text.trimmed();
        c.syncToken = r.value(dav::DavNs, "sync-token"_L1).text.trimmed();
        const QStringList components
            = r.value(dav::CalDavNs, "supported-calendar-component-set"_L1).children;
        c.supportsEvents = components.isEmpty()
            || components.contains(dav::key(dav::CalDavNs, "comp"_L1) + u"=VEVENT"_s);
        calendars << c;
    }
    return calendars;
}

Result<CalDavCalendar> CalDavClient::calendarState(const QString &calendarHref)
{
    using P = QPair<QLatin1StringView, QLatin1StringView>;
    auto answer = davRequest(
        "PROPFIND", calendarHref,
        dav::propfindBody({P(dav::CalServerNs, "getctag"_L1), P(dav::DavNs, "sync-token"_L1)}), "0",
        tr("reading the calendar's state"));
    if (!answer)
        return answer.error();
    CalDavCalendar c;
    c.href = calendarHref;
    for (const dav::Response &r : answer->responses) {
        c.ctag = r.value(dav::CalServerNs, "getctag"_L1).text.trimmed();
        c.syncToken = r.value(dav::DavNs, "sync-token"_L1).text.trimmed();
    }
    return c;
}

Result<CalDavChanges> CalDavClient::syncCollection(const QString &calendarHref,
                                                   const QString &token)
{
    const QString what = tr("reading the calendar's changes");
    const FetchResult result
        = send("REPORT", calendarHref, dav::syncCollectionBody(token), "0", {}, what);
    const bool tokenRefused = result.status == 507
        || ((result.status == 403 || result.status == 409 || result.status == 400)
            && result.body.contains("valid-sync-token"));
    if (tokenRefused)
        return Error {u"invalid_sync_token"_s,
                      tr("The calendar server no longer knows our place; reading everything."),
                      {}};
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, what);
    auto parsed = dav::parseMultistatus(result.body);
    if (!parsed)
        return parsed.error();
    CalDavChanges changes;
    changes.syncToken = parsed->syncToken;
    for (const dav::Response &r : parsed->responses) {
        if (sameCollection(r.href, calendarHref))
            continue;
        if (r.status == 404 || (r.found.isEmpty() && r.status != 0 && r.status != 200))
            changes.removed << pathOf(r.href);
        else
            changes.changed << CalDavEvent {pathOf(r.href), etagOf(r), {}};
    }
    return changes;
}

Result<QList<CalDavEvent>> CalDavClient::listEtags(const QString &calendarHref)
{
    using P = QPair<QLatin1StringView, QLatin1StringView>;
    auto answer = davRequest(
        "PROPFIND", calendarHref,
        dav::propfindBody({P(dav::DavNs, "resourcetype"_L1), P(dav::DavNs, "getetag"_L1)}), "1",
        tr("listing the calendar's events"));
    if (!answer)
        return answer.error();
    QList<CalDavEvent> events;
    const QString collection = dav::key(dav::DavNs, "collection"_L1);
    for (const dav::Response &r : answer->responses) {
        if (sameCollection(r.href, calendarHref)
            || r.value(dav::DavNs, "resourcetype"_L1).children.contains(collection))
            continue;
        events << CalDavEvent {pathOf(r.href), etagOf(r), {}};
    }
    return events;
}

Result<QList<CalDavEvent>> CalDavClient::multiget(const QString &calendarHref,
                                                  const QStringList &hrefs)
{
    QList<CalDavEvent> events;
    for (qsizetype at = 0; at < hrefs.size(); at += MultigetBatch) {
        auto answer
            = davRequest("REPORT", calendarHref, dav::multigetBody(hrefs.mid(at, MultigetBatch)),
                         "1", tr("reading events"));
        if (!answer)
            return answer.error();
        for (const dav::Response &r : answer->responses) {
            if (!r.has(dav::CalDavNs, "calendar-data"_L1))
                continue;
            events << CalDavEvent {pathOf(r.href), etagOf(r),
                                   r.value(dav::CalDavNs, "calendar-data"_L1).text.toUtf8()};
        }
    }
    return events;
}

Result<QString> CalDavClient::put(const QString &href, const QByteArray &data, const QString &etag)
{
    const QString what = tr("saving an event");
    QList<QPair<QByteArray, QByteArray>> headers;
    if (etag.isEmpty())
        headers << qMakePair("If-None-Match"_ba, "*"_ba);
    else
        headers << qMakePair("If-Match"_ba, etag.toUtf8());
    const FetchResult result
        = send("PUT", href, data, {}, headers, what, "text/calendar; charset=utf-8");
    if (result.status == 412)
        return Error {u"precondition_failed"_s,
                      tr("The event changed on the calendar server while we were saving it."),
                      {}};
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, what);
    for (const auto &[name, value] : result.headers) {
        if (name.compare("ETag", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value).trimmed();
    }
    return QString();
}

Result<bool> CalDavClient::remove(const QString &href, const QString &etag)
{
    const QString what = tr("deleting an event");
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers << qMakePair("If-Match"_ba, etag.toUtf8());
    const FetchResult result = send("DELETE", href, {}, {}, headers, what);
    if (result.status == 412)
        return Error {u"precondition_failed"_s,
                      tr("The event changed on the calendar server while we were deleting it."),
                      {}};
    if (result.status == 404 || result.status == 410)
        return false;
    if (result.outcome != FetchResult::Outcome::Ok)
        return failure(result, what);
    return true;
}

} // namespace wedsync::server
