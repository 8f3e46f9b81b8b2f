#include "calendar/GoogleClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::server {

GoogleClient::GoogleClient()
{
    provider = u"google"_s;
    providerName = u"Google"_s;
    authorizationUrl = QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s);
    tokenUrl = QUrl(u"https://oauth2.googleapis.com/token"_s);
    apiUrl = QUrl(u"https://www.googleapis.com/calendar/v3/"_s);
    // Events read and written, and the list of calendars read.
    scope = u"https://www.googleapis.com/auth/calendar.events "
            "https://www.googleapis.com/auth/calendar.readonly"_s;
    neededScopes = {u"https://www.googleapis.com/auth/calendar"_s,
                    u"https://www.googleapis.com/auth/calendar.events"_s};
}

Result<GoogleClient> GoogleClient::fromFile(const QString &path)
{
    auto text = clientfile::read(path, u"Google"_s);
    if (!text)
        return text.error();
    return fromJson(text.value(), path);
}

Result<GoogleClient> GoogleClient::fromJson(const QByteArray &json, const QString &path)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject client = root.contains(u"installed"_s) ? root.value(u"installed"_s).toObject()
                                                             : root.value(u"web"_s).toObject();
    GoogleClient result;
    result.clientId = client.value(u"client_id"_s).toString().trimmed();
    result.clientSecret = client.value(u"client_secret"_s).toString();
    if (result.clientId.isEmpty())
        return clientfile::usage(
            u"The Google client file %1 has no installed.client_id (or web.client_id): "
            "download the OAuth client's JSON from the Google Cloud console."_s.arg(path));
    for (const auto &[key, target] : {std::pair {u"auth_uri"_s, &result.authorizationUrl},
                                      std::pair {u"token_uri"_s, &result.tokenUrl}}) {
        if (auto read = clientfile::readAddress(client, key, target, path, u"Google"_s); !read)
            return read.error();
    }
    return result;
}

} // namespace wedsync::server
