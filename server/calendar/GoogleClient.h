#pragma once
// The server's OAuth client at Google, read from the JSON file Google Cloud's console gives
// for an OAuth client ("installed" for a desktop app, "web" for a web application):
// client_id, client_secret, auth_uri, token_uri. The calendar API's address is Google's unless
// a test points it elsewhere (--google-api-url).

#include "Result.h"
#include "calendar/OAuthCalendarClient.h"

namespace wedsync::server {

struct GoogleClient : OAuthCalendarClient
{
    GoogleClient();

    // Errors (code "usage") name the file and what is wrong with it.
    static Result<GoogleClient> fromFile(const QString &path);
    static Result<GoogleClient> fromJson(const QByteArray &json, const QString &path);
};

} // namespace wedsync::server
