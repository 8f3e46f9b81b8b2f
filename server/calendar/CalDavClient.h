#pragma once
// A CalDAV account's server (RFC 4791), spoken from a sync worker: blocking calls over the
// job runner's HttpFetcher (token bucket, retries for 429/5xx), never on the request path.
// Discovery (current-user-principal -> calendar-home-set -> calendars), RFC 6578
// sync-collection, etag listing, calendar-multiget, and conditional PUT/DELETE whose 412 is
// reported as a conflict, never retried unconditionally.

#include "Result.h"
#include "calendar/CalendarRemote.h"
#include "calendar/DavXml.h"
#include "jobs/HttpFetcher.h"

#include <QUrl>

namespace wedsync::server {

using CalDavCalendar = RemoteCalendar;
using CalDavEvent = RemoteEvent;
using CalDavChanges = RemoteChanges;

class CalDavClient
{
public:
    // Error codes of every call: caldav_unauthorized (401/403), caldav_unreachable (network,
    // retries exhausted), caldav_refused (another 4xx), dav_malformed.
    CalDavClient(HttpFetcher &fetcher, QUrl serverUrl, QString username, QString password);

    Result<QList<CalDavCalendar>> discoverCalendars();
    // Error code invalid_sync_token when the server no longer knows `token` (403/409 with
    // valid-sync-token, or 507): the caller falls back to a full listing.
    Result<CalDavChanges> syncCollection(const QString &calendarHref, const QString &token);
    // Every member's href and etag (the fallback when sync-collection is not offered).
    Result<QList<CalDavEvent>> listEtags(const QString &calendarHref);
    // The named members with their data; members the server no longer has are left out.
    Result<QList<CalDavEvent>> multiget(const QString &calendarHref, const QStringList &hrefs);
    // The calendar's ctag and sync-token now.
    Result<CalDavCalendar> calendarState(const QString &calendarHref);

    // Creates (`etag` empty: If-None-Match: *) or replaces (If-Match: etag). Returns the new
    // etag (empty when the server did not say). Error code precondition_failed on 412.
    Result<QString> put(const QString &href, const QByteArray &data, const QString &etag);
    // Error code precondition_failed on 412; a member already gone counts as deleted.
    Result<bool> remove(const QString &href, const QString &etag);

    QUrl resolve(const QString &href) const;

private:
    FetchResult send(const QByteArray &method, const QString &href, const QByteArray &body,
                     const QByteArray &depth, QList<QPair<QByteArray, QByteArray>> headers,
                     const QString &what,
                     const QByteArray &contentType = "application/xml; charset=utf-8");
    Result<dav::Multistatus> davRequest(const QByteArray &method, const QString &href,
                                        const QByteArray &body, const QByteArray &depth,
                                        const QString &what);
    Error failure(const FetchResult &result, const QString &what) const;

    HttpFetcher &m_fetcher;
    QUrl m_server;
    QByteArray m_authorization;
};

} // namespace wedsync::server
