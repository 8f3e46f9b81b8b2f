#include "calendar/GoogleClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error usage(const QString &message)
{
    return Error {u"usage"_s, message, {}};
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

} // namespace

Result<GoogleClient> GoogleClient::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(
            u"The Google client file %1 cannot be read: %2."_s.arg(path, file.errorString()));
    if (file.size() > 64 * 1024)
        return usage(
            u"The Google client file %1 is larger than 64 KiB: it is not one."_s.arg(path));
    return fromJson(file.readAll(), path);
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
        return usage(u"The Google client file %1 has no installed.client_id (or web.client_id): "
                     "download the OAuth client's JSON from the Google Cloud console."_s.arg(path));
    for (const auto &[key, target] : {std::pair {u"auth_uri"_s, &result.authorizationUrl},
                                      std::pair {u"token_uri"_s, &result.tokenUrl}}) {
        if (!client.contains(key))
            continue;
        const QUrl url(client.value(key).toString(), QUrl::StrictMode);
        if (!isWebAddress(url))
            return usage(
                u"The Google client file %1 has an %2 that is not a web address."_s.arg(path, key));
        *target = url;
    }
    return result;
}

} // namespace wedsync::server
