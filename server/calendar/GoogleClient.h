#pragma once
// The server's OAuth client at Google, read from the JSON file Google Cloud's console gives
// for an OAuth client ("installed" for a desktop app, "web" for a web application):
// client_id, client_secret, auth_uri, token_uri. The calendar API's address is Google's unless
// a test points it elsewhere (--google-api-url).

#include "Result.h"

#include <QString>
#include <QUrl>

namespace wedsync::server {

struct GoogleClient
{
    QString clientId; // empty: Google accounts cannot be linked on this server
    QString clientSecret;
    QUrl authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    QUrl apiUrl = QUrl(QStringLiteral("https://www.googleapis.com/calendar/v3/"));
    // Events read and written, and the list of calendars read.
    QString scope = QStringLiteral("https://www.googleapis.com/auth/calendar.events "
                                   "https://www.googleapis.com/auth/calendar.readonly");

    bool isConfigured() const { return !clientId.isEmpty(); }

    // Errors (code "usage") name the file and what is wrong with it.
    static Result<GoogleClient> fromFile(const QString &path);
    static Result<GoogleClient> fromJson(const QByteArray &json, const QString &path);
};

} // namespace wedsync::server
