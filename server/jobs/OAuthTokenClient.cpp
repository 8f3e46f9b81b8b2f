#include "jobs/OAuthTokenClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

OAuthTokenClient::OAuthTokenClient(HttpFetcher &fetcher, OAuthEndpoint endpoint)
    : m_fetcher(fetcher)
    , m_endpoint(std::move(endpoint))
{ }

OAuthTokenAnswer OAuthTokenClient::exchangeCode(const QString &code, const QByteArray &verifier,
                                                const QString &redirectUri)
{
    return send({{u"grant_type"_s, u"authorization_code"_s},
                 {u"code"_s, code},
                 {u"redirect_uri"_s, redirectUri},
                 {u"code_verifier"_s, QString::fromLatin1(verifier)}},
                u"the sign-in code"_s);
}

OAuthTokenAnswer OAuthTokenClient::refresh(const QString &refreshToken)
{
    QList<std::pair<QString, QString>> form {{u"grant_type"_s, u"refresh_token"_s},
                                             {u"refresh_token"_s, refreshToken}};
    if (!m_endpoint.refreshScope.isEmpty())
        form.append({u"scope"_s, m_endpoint.refreshScope});
    return send(form, u"the refresh token"_s);
}

OAuthTokenAnswer OAuthTokenClient::send(const QList<std::pair<QString, QString>> &form,
                                        const QString &what)
{
    // application/x-www-form-urlencoded: every byte but the unreserved ones percent-encoded
    // (so a '+' in a code or a secret is never read as a space).
    QList<std::pair<QString, QString>> fields = form;
    fields.append({u"client_id"_s, m_endpoint.clientId});
    if (!m_endpoint.clientSecret.isEmpty())
        fields.append({u"client_secret"_s, m_endpoint.clientSecret});
    QByteArray body;
    for (const auto &[key, value] : std::as_const(fields)) {
        if (!body.isEmpty())
            body += '&';
        body += key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    }
    FetchRequest request;
    request.method = "POST";
    request.url = m_endpoint.tokenUrl;
    request.headers = {{"Accept", "application/json"}};
    request.body = body;
    request.contentType = "application/x-www-form-urlencoded";
    request.rateKey = u"oauth:"_s
        + QString::fromLatin1(QCryptographicHash::hash(m_endpoint.tokenUrl.toEncoded(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16));
    request.what = u"the token request"_s;
    request.subject = crm::joblog::RequestToken.toString();
    const FetchResult fetched = m_fetcher.send(request);

    OAuthTokenAnswer answer;
    const QString name = m_endpoint.providerName;
    const QJsonDocument doc = QJsonDocument::fromJson(fetched.body);
    const QJsonObject json = doc.object();
    if (fetched.outcome == FetchResult::Outcome::Unauthorized
        || fetched.outcome == FetchResult::Outcome::Refused) {
        answer.error = json.value(u"error"_s).toString().left(100);
        const QString description = json.value(u"error_description"_s).toString().left(500);
        answer.outcome = answer.error.isEmpty() ? OAuthTokenAnswer::Outcome::Failed
                                                : OAuthTokenAnswer::Outcome::Rejected;
        if (answer.error.isEmpty())
            answer.message
                = u"The authorization server of %1 answered %2 to %3 without an "
                  "OAuth error; check the token URL in the connection's settings."_s.arg(name)
                      .arg(fetched.status)
                      .arg(what);
        else
            answer.message = u"The authorization server of %1 refused %2 (%3%4)."_s.arg(
                name, what, answer.error,
                description.isEmpty() ? QString() : QString(u": "_s + description));
        return answer;
    }
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        answer.outcome = OAuthTokenAnswer::Outcome::Failed;
        answer.message = fetched.outcome == FetchResult::Outcome::Stopped
            ? u"The server is stopping; try again in a moment."_s
            : u"The authorization server of %1 could not be reached for %2: %3"_s.arg(
                name, what, fetched.message);
        return answer;
    }
    const QString access = json.value(u"access_token"_s).toString();
    const QString type = json.value(u"token_type"_s).toString();
    if (!doc.isObject() || access.isEmpty() || access.size() > 8192
        || (!type.isEmpty() && type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)) {
        answer.outcome = OAuthTokenAnswer::Outcome::Failed;
        answer.message
            = u"The authorization server of %1 answered %2 without a bearer access "
              "token; check the token URL in the connection's settings."_s.arg(name, what);
        return answer;
    }
    answer.accessToken = access;
    answer.refreshToken = json.value(u"refresh_token"_s).toString().left(8192);
    answer.scope = json.value(u"scope"_s).toString().left(1000);
    const double expiresIn = json.value(u"expires_in"_s).toDouble(-1);
    if (expiresIn > 0 && expiresIn < 10.0 * 365 * 86400)
        answer.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(expiresIn));
    return answer;
}

QJsonObject OAuthTokenClient::merged(QJsonObject credentials, const OAuthTokenAnswer &answer)
{
    credentials.insert(u"accessToken"_s, answer.accessToken);
    if (!answer.refreshToken.isEmpty())
        credentials.insert(u"refreshToken"_s, answer.refreshToken);
    if (answer.expiresAt.isValid())
        credentials.insert(u"expiresAt"_s, answer.expiresAt.toString(Qt::ISODate));
    else
        credentials.remove(u"expiresAt"_s);
    return credentials;
}

} // namespace wedsync::server
