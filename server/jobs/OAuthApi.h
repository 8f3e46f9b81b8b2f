#pragma once
// OAuth 2.0 sign-in of a `custom` integration (authorization code + PKCE, RFC 6749 / 7636,
// loopback redirect per RFC 8252 §7.3). The console never sees a token or the verifier:
//
//   POST {org}/integrations/{integration}/oauth/start  {"redirectUri"}
//     → 200 {"authorizationUrl", "state", "expiresAt"}
//   The server makes the PKCE verifier (32 random bytes, base64url) and the state, keeps them
//   (the verifier sealed, the state hashed) in oauth_sessions for 10 minutes and builds the
//   authorization URL from the integration's credentials (authorizationUrl, clientId, scope).
//   The console opens it in the system browser and listens on the loopback redirect URI.
//
//   POST {org}/integrations/{integration}/oauth/finish  {"state", "code"}
//                                              or {"state", "error", "errorDescription"?}
//     → 200 the Integration, connected
//   The code is exchanged at the token endpoint on the job runner's test worker (never on the
//   request thread; the route answers later), the tokens are sealed into the integration's
//   credentials, its status becomes connected, an oauth_link audit row is written and
//   crm_integration is broadcast. Starting again on a connected or expired integration is a
//   relink: its mappings and imported clients stay.
//
// Organization admins only. Errors: 400 validation_failed (naming the field), 400
// oauth_not_configured, 400 oauth_state_invalid (unknown, expired or used), 404 (another
// tenant's state), 422 oauth_denied (the person refused in the browser), 422
// oauth_token_rejected (invalid_grant ... with the provider's error_description), 502
// oauth_token_failed (no usable answer from the token endpoint).

#include "Clock.h"
#include "http/Router.h"

#include <QJsonObject>

namespace wedsync::server {

class Database;
class IntegrationService;
class IntegrationCredentials;
class JobRunner;

class OAuthApi
{
public:
    OAuthApi(IntegrationService &service, JobRunner &runner, Database &db, const Clock &clock,
             const IntegrationCredentials &credentials);
    void registerRoutes(Router &router);

private:
    ApiResponse start(ApiRequest &request);
    ApiResponse finish(ApiRequest &request);

    IntegrationService &m_service;
    JobRunner &m_runner;
    Database &m_db;
    const Clock &m_clock;
    const IntegrationCredentials &m_credentials;
};

// Adds OAuthStart, OAuthStarted and OAuthFinish to `schemas`.
void addOAuthSchemas(QJsonObject *schemas);

} // namespace wedsync::server
