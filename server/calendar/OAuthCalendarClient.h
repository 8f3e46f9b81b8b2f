#pragma once
// The server's OAuth client at a calendar provider that signs in through the browser (Google,
// Microsoft): who the server is there, where its sign-in and token endpoints are, and the
// calendar API's address. Read from a file at start (GoogleClient, MicrosoftClient); an
// unconfigured one (no client id) means the provider's accounts cannot be linked here.

#include "Result.h"
#include "common/Status.h"
#include "jobs/OAuthTokenClient.h"

#include <QJsonObject>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wedsync::server {

struct OAuthCalendarClient
{
    QString provider; // "google" | "microsoft": the accounts it serves
    QString providerName; // in sentences: "Google", "Microsoft"
    QString clientId; // empty: accounts of this provider cannot be linked on this server
    QString clientSecret; // empty: a public client (PKCE alone)
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl apiUrl;
    QString scope; // asked for at sign-in
    QString refreshScope; // sent again with each refresh (Microsoft's v2 endpoint asks for it)
    // A sign-in is of use only if the provider granted one of these (consent pages let a
    // person untick scopes).
    QStringList neededScopes;

    bool isConfigured() const { return !clientId.isEmpty(); }
    OAuthEndpoint tokenEndpoint() const
    {
        return OAuthEndpoint {tokenUrl, clientId, clientSecret, providerName, refreshScope};
    }
    // True when `grantedScope` (space separated; empty: the provider did not say) holds one
    // of neededScopes, compared by their last path segment ("Calendars.ReadWrite").
    bool grantsEnough(const QString &grantedScope) const;
};

// Reading a client file given with --google-client / --microsoft-client. Errors have the code
// "usage" and name the file and what is wrong with it.
namespace clientfile {
// The file's text: at most 64 KiB.
Result<QByteArray> read(const QString &path, const QString &providerName);
// `object[key]`, when present, as a web address (http or https) into *target.
Status readAddress(const QJsonObject &object, const QString &key, QUrl *target, const QString &path,
                   const QString &providerName);
Error usage(const QString &message);
} // namespace clientfile

} // namespace wedsync::server
