#pragma once
// The server's OAuth client at Microsoft (the identity platform, v2 endpoints), for Outlook
// calendars through Microsoft Graph. An app registration of the "mobile and desktop
// applications" kind is a public client: a client id and no secret; PKCE protects the code.
// Read from a small JSON file the administrator writes:
//
//   {"client_id": "<the registration's application id>", "tenant": "common"}
//
// "tenant" is common (work, school and personal accounts; the default), organizations,
// consumers or a tenant's id; "authorization_endpoint" and "token_endpoint" replace the
// addresses made from it (a test's simulator). The Graph API's address is Microsoft's unless
// --microsoft-api-url says otherwise.

#include "Result.h"
#include "calendar/GoogleClient.h"
#include "calendar/OAuthCalendarClient.h"

namespace wedsync::server {

struct MicrosoftClient : OAuthCalendarClient
{
    MicrosoftClient();

    // Errors (code "usage") name the file and what is wrong with it.
    static Result<MicrosoftClient> fromFile(const QString &path);
    static Result<MicrosoftClient> fromJson(const QByteArray &json, const QString &path);
};

// The providers that sign in through the browser, as this server is configured for them.
struct CalendarClients
{
    GoogleClient google;
    MicrosoftClient microsoft;

    // Null for a provider that does not sign in through the browser (CalDAV).
    const OAuthCalendarClient *of(const QString &provider) const
    {
        if (provider == google.provider)
            return &google;
        if (provider == microsoft.provider)
            return &microsoft;
        return nullptr;
    }
};

} // namespace wedsync::server
