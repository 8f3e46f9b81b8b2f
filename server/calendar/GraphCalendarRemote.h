#pragma once
// A Microsoft Outlook calendar (Microsoft Graph v1.0) as a sync run's CalendarRemote, from a
// sync worker through the job runner's HttpFetcher (rate limiter; 429 and 503 honour
// Retry-After). Changes come from calendarView delta, one round per calendar: the first round
// lists a window of time (a year back, three ahead) and ends in an @odata.deltaLink, the
// calendar's sync token, which the next round follows verbatim; 410 or syncStateNotFound /
// resyncRequired mean "list everything again". "@removed" also names events that merely left
// the window, so removals are marked for the caller to confirm before it deletes anything.
// Graph answers occurrences of a series, never its master: the master is read by its id.
// Graph assigns event ids, so a new event's href is known only once created; our transactionId
// makes a repeated create add nothing. PATCH and DELETE carry If-Match (@odata.etag); a 412 is
// a conflict. A refused access token is refreshed once through `refresh`.

#include "calendar/BearerSession.h"
#include "calendar/CalendarRemote.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace wedsync::server {

class GraphCalendarRemote final : public CalendarRemote
{
public:
    using Refresh = BearerSession::Refresh;

    // `apiBase`: https://graph.microsoft.com/v1.0/ (a simulator's in tests).
    GraphCalendarRemote(HttpFetcher &fetcher, QUrl apiBase, QString accessToken, Refresh refresh);

    Result<QList<RemoteCalendar>> discoverCalendars() override;
    Result<RemoteChanges> changesSince(const QString &calendar, const QString &token) override;
    Result<RemoteChanges> listAll(const QString &calendar) override;
    Result<QList<RemoteEvent>> fetch(const QString &calendar, const QStringList &hrefs) override;
    Result<ical::CalendarObject> read(const RemoteEvent &event,
                                      const QString &defaultTimeZone) const override;
    Result<RemoteEvent> write(const RemoteEvent &existing,
                              const appointments::Appointment &appointment, const QString &uid,
                              const QDateTime &now) override;
    Result<bool> remove(const QString &href, const QString &etag) override;
    QString newEventHref(const QString &calendar, const QString &appointmentId) const override;
    bool createdHere(const QString &calendar, const RemoteEvent &event,
                     const QString &appointmentId) const override;

    // Events per page asked of Graph (Prefer: odata.maxpagesize).
    void setPageSize(int size) { m_pageSize = size; }
    // The window the first round of each calendar lists (default: a year back, three ahead).
    void setWindow(const QDateTime &from, const QDateTime &to);

private:
    struct Call
    {
        QByteArray method = "GET";
        QUrl url;
        QJsonObject body;
        QByteArray ifMatch;
        QString what; // "listing your calendars"
    };
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    bool isOurs(const QUrl &link) const; // a link Graph gave leads back to the API
    FetchResult send(const Call &call);
    Error failure(const FetchResult &result, const QString &what) const;
    Result<RemoteChanges> round(const QString &calendar, QUrl url, bool incremental);
    Result<std::optional<RemoteEvent>> get(const QString &href, const QString &what);

    BearerSession m_session;
    QUrl m_base;
    int m_pageSize = 200;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace wedsync::server
