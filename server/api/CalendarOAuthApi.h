#pragma once
// Linking a Google calendar account: OAuth 2.0 in the system browser (authorization code +
// PKCE, RFC 8252 loopback redirect), as for a CRM connection, with the server's own Google
// client (--google-client). The console never sees a token or the verifier:
//
//   POST /api/v1/calendar/accounts/{account}/oauth/start   {"redirectUri"}
//     → 200 {"authorizationUrl", "state", "expiresAt"}
//   POST /api/v1/calendar/accounts/{account}/oauth/finish  {"state", "code"}
//                                                    or {"state", "error", "errorDescription"?}
//     → 200 the CalendarAccount, now connected (its calendars are then listed with /test)
//
// The code is exchanged at Google's token endpoint on the calendar worker (never on the request
// thread); the tokens are sealed into the account's credentials. Linking an `expired` account
// again is a relink: its mappings stay, so nothing is imported twice. Only the account's owner
// may link it. Errors: 400 oauth_not_configured (not a Google account, or no Google client on
// this server), 400 oauth_state_invalid, 422 oauth_denied, 422 oauth_token_rejected, 502
// oauth_token_failed, 503 when calendar sync or sealing is unavailable.

#include "Clock.h"
#include "http/Router.h"

namespace wedsync::server {

class CalendarSyncRunner;
class Database;
class SecretBox;

class CalendarOAuthApi
{
public:
    CalendarOAuthApi(Database &db, const Clock &clock, const SecretBox *box,
                     CalendarSyncRunner *runner);
    void registerRoutes(Router &router);

private:
    ApiResponse start(ApiRequest &request);
    ApiResponse finish(ApiRequest &request);

    Database &m_db;
    const Clock &m_clock;
    const SecretBox *m_box;
    CalendarSyncRunner *m_runner;
};

} // namespace wedsync::server
