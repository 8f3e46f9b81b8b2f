#pragma once
// The server's half of an OAuth 2.0 sign-in in the system browser (authorization code + PKCE,
// RFC 6749 / 7636, loopback redirect per RFC 8252 §7.3), shared by CRM integrations and
// calendar accounts: the random verifier and state, the authorization address, the checks of
// a finish request's fields, and taking a stored sign-in once.

#include "Result.h"
#include "http/Router.h"
#include "jobs/OAuthTokenClient.h"
#include "storage/OAuthSessionRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace wedsync::server::oauthflow {

inline constexpr int SessionMinutes = 10;

// 32 random octets from the system's source, base64url (a PKCE verifier, or a state).
QByteArray randomToken();

// Whether `uri` is a loopback redirect RFC 8252 §7.3 allows: http, host 127.0.0.1 or [::1],
// any port, no user info or fragment.
bool isLoopbackRedirect(const QString &uri);
// The field error for a redirectUri that is not one (empty when it is).
QList<FieldError> redirectErrors(const QString &redirectUri);

// `endpoint` with response_type=code, client_id, redirect_uri, state, the S256 challenge of
// `verifier` and scope (left out when empty) added to any query it has.
QString authorizationUrl(const QUrl &endpoint, const QString &clientId, const QString &redirectUri,
                         const QString &state, const QByteArray &verifier, const QString &scope);

// The finish body's fields: a state, and either the code or the error the browser brought.
struct Finish
{
    QString state;
    QString code;
    QString error;
    QString errorDescription;
};
QList<FieldError> finishErrors(const Finish &finish);
// The finish body read, its problems (types, lengths, code xor error) added to `errors`.
Finish readFinish(const QJsonObject &body, QList<FieldError> *errors);

// Finds and takes (marks used) the sign-in of `finish.state`, started for `subjectId` in
// `organizationId`. Otherwise the answer to give: 400 oauth_state_invalid (unknown, started
// for another subject, used, expired) or 404 (another tenant's). `again` ends its sentences:
// "start the connection's sign-in again". A storage error is answered by `failure`.
std::optional<ApiResponse> take(OAuthSessionRepository &sessions, const QString &state,
                                const QString &organizationId, const QString &subjectId,
                                const QDateTime &now, const QString &again,
                                const std::function<ApiResponse(const Error &)> &failure,
                                OAuthSessionRow *taken);

// The answer when the token endpoint did not give tokens: 422 oauth_token_rejected (with the
// RFC 6749 error) or 502 oauth_token_failed, `notLinked` ending the sentence ("The account is
// not linked; start again."); nullopt when it did.
std::optional<ApiResponse> tokenFailure(const OAuthTokenAnswer &answer, const QString &notLinked);

} // namespace wedsync::server::oauthflow
