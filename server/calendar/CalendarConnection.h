#pragma once
// An account's calendar provider opened for one sync or test on the sync worker: CalDAV with
// its password, or Google or Microsoft with its tokens. An access token that has expired (or
// that the provider refuses) is refreshed with the refresh token and the new tokens are sealed
// again at once (Microsoft answers a new refresh token each time, which replaces the old; Google
// answers none, and the one held stays); a refresh the provider refuses (invalid_grant: access
// revoked, or the token unused too long) is an error whose code ends in _unauthorized, so the
// account becomes `expired` and its owner relinks it.

#include "Clock.h"
#include "calendar/CalendarRemote.h"
#include "calendar/MicrosoftClient.h"
#include "jobs/HttpFetcher.h"
#include "storage/CalendarRows.h"

#include <QJsonObject>

#include <memory>

namespace wedsync::server {

class CalDavClient;
class Database;
class SecretBox;

class CalendarConnection
{
public:
    CalendarConnection(HttpFetcher &fetcher, Database &db, const Clock &clock, const SecretBox *box,
                       const CalendarClients &clients);
    ~CalendarConnection();

    // The provider of `account`, its stored credentials opened; valid while this lives.
    Result<CalendarRemote *> open(const CalendarAccount &account);

private:
    Result<QString> refresh();

    HttpFetcher &m_fetcher;
    Database &m_db;
    const Clock &m_clock;
    const SecretBox *m_box;
    const CalendarClients &m_clients;
    const OAuthCalendarClient *m_client = nullptr;
    QString m_accountId;
    QJsonObject m_credentials;
    std::unique_ptr<CalDavClient> m_dav;
    std::unique_ptr<CalendarRemote> m_remote;
};

} // namespace wedsync::server
