#include "calendar/MicrosoftClient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString Login = u"https://login.microsoftonline.com/"_s;

// "common", "organizations", "consumers" or a tenant's id (a GUID or a domain name).
bool isTenant(const QString &tenant)
{
    if (tenant.isEmpty() || tenant.size() > 100)
        return false;
    for (const QChar c : tenant) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

} // namespace

MicrosoftClient::MicrosoftClient()
{
    provider = u"microsoft"_s;
    providerName = u"Microsoft"_s;
    authorizationUrl = QUrl(Login + u"common/oauth2/v2.0/authorize"_s);
    tokenUrl = QUrl(Login + u"common/oauth2/v2.0/token"_s);
    apiUrl = QUrl(u"https://graph.microsoft.com/v1.0/"_s);
    // offline_access: without it Microsoft gives no refresh token.
    scope = u"offline_access https://graph.microsoft.com/Calendars.ReadWrite"_s;
    refreshScope = scope;
    neededScopes = {u"https://graph.microsoft.com/Calendars.ReadWrite"_s};
}

Result<MicrosoftClient> MicrosoftClient::fromFile(const QString &path)
{
    auto text = clientfile::read(path, u"Microsoft"_s);
    if (!text)
        return text.error();
    return fromJson(text.value(), path);
}

Result<MicrosoftClient> MicrosoftClient::fromJson(const QByteArray &json, const QString &path)
{
    const QJsonObject client = QJsonDocument::fromJson(json).object();
    MicrosoftClient result;
    result.clientId = client.value(u"client_id"_s).toString().trimmed();
    if (result.clientId.isEmpty())
        return clientfile::usage(
            u"The Microsoft client file %1 has no client_id: write the application (client) id "
            "of the app registration from the Microsoft Entra admin center, as "
            "{\"client_id\": \"…\", \"tenant\": \"common\"}."_s.arg(path));
    const QString tenant = client.value(u"tenant"_s).toString(u"common"_s);
    if (!isTenant(tenant))
        return clientfile::usage(
            u"The Microsoft client file %1 has a tenant that is not one: common, "
            "organizations, consumers or the directory's id."_s.arg(path));
    result.authorizationUrl = QUrl(Login + tenant + u"/oauth2/v2.0/authorize"_s);
    result.tokenUrl = QUrl(Login + tenant + u"/oauth2/v2.0/token"_s);
    for (const auto &[key, target] :
         {std::pair {u"authorization_endpoint"_s, &result.authorizationUrl},
          std::pair {u"token_endpoint"_s, &result.tokenUrl}}) {
        if (auto read = clientfile::readAddress(client, key, target, path, u"Microsoft"_s); !read)
            return read.error();
    }
    return result;
}

} // namespace wedsync::server
