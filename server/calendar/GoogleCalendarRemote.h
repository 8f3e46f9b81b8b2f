#pragma once
// A Google Calendar account (API v3) as a sync run's CalendarRemote, from a sync worker
// through the job runner's HttpFetcher (rate limiter, backoff for 429 and for 403
// rateLimitExceeded). Incremental listing with the stored syncToken, 410 meaning "list
// everything again", cancelled events as deletions, inserts with our own event id (a second
// insert of it is refused, never duplicated), and patch and delete with If-Match, whose 412
// is reported as a conflict. A refused access token is refreshed once through `refresh`.

#include "calendar/BearerSession.h"
#include "calendar/CalendarRemote.h"
#include "jobs/HttpFetcher.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace wedsync::server {

class GoogleCalendarRemote final : public CalendarRemote
{
public:
    // A new access token, or an Error (code google_unauthorized when the grant is gone).
    using Refresh = BearerSession::Refresh;

    // `apiBase`: https://www.googleapis.com/calendar/v3/ (a simulator's in tests).
    GoogleCalendarRemote(HttpFetcher &fetcher, QUrl apiBase, QString accessToken, Refresh refresh);

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

    // Events per page asked of Google (its default is 250, its maximum 2500).
    void setPageSize(int size) { m_pageSize = size; }

private:
    struct Call
    {
        QByteArray method = "GET";
        QString path; // relative to the API base, segments already encoded
        QUrlQuery query;
        QJsonObject body;
        QByteArray ifMatch;
        QString what; // "listing your calendars"
    };
    FetchResult send(const Call &call);
    Error failure(const FetchResult &result, const QString &what) const;
    // Every page of a list; `items` receives each page's items.
    Result<QString> listPages(Call call, const std::function<void(const QJsonArray &)> &items);
    Result<RemoteChanges> events(const QString &calendar, const QString &syncToken);

    BearerSession m_session;
    QUrl m_base;
    int m_pageSize = 250;
};

} // namespace wedsync::server
