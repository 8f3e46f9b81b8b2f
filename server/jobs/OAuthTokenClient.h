#pragma once
// An OAuth 2.0 token endpoint (RFC 6749 §4.1.3, §6) as a job worker talks to it: the code
// exchange of the authorization code flow with its PKCE verifier (RFC 7636 §4.5) and the
// refresh. Form POSTs (application/x-www-form-urlencoded) with client_id, and client_secret in
// the body when the integration has one (client_secret_post). Blocking, on a worker thread,
// through the worker's HttpFetcher. The tokens it returns are never logged.

#include "jobs/HttpFetcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace wedsync::server {

struct OAuthEndpoint
{
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // empty: a public client
    QString providerName; // in messages: the integration's name
    QString refreshScope; // sent with a refresh when set (Microsoft asks for the scopes again)
};

struct OAuthTokenAnswer
{
    enum class Outcome {
        Ok,
        Rejected, // the authorization server said no (RFC 6749 §5.2: invalid_grant, ...)
        Failed, // no usable answer: network, 5xx, 429 after retries, not a token JSON
    };
    Outcome outcome = Outcome::Ok;
    QString error; // the §5.2 error code when Rejected
    QString message; // a sentence with the provider's error_description
    QString accessToken;
    QString refreshToken; // empty when the answer had none
    QDateTime expiresAt; // invalid when the answer had no expires_in
    QString scope;
};

class OAuthTokenClient
{
public:
    OAuthTokenClient(HttpFetcher &fetcher, OAuthEndpoint endpoint);

    OAuthTokenAnswer exchangeCode(const QString &code, const QByteArray &verifier,
                                  const QString &redirectUri);
    OAuthTokenAnswer refresh(const QString &refreshToken);

    // The credentials after `answer`: new access token and expiry, the rotated refresh token
    // when the server gave one, the old one kept when it did not (RFC 6749 §6).
    static QJsonObject merged(QJsonObject credentials, const OAuthTokenAnswer &answer);

private:
    OAuthTokenAnswer send(const QList<std::pair<QString, QString>> &form, const QString &what);

    HttpFetcher &m_fetcher;
    OAuthEndpoint m_endpoint;
};

} // namespace wedsync::server
