#include "storage/OAuthSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration oauthSessionsMigration()
{
    Migration m;
    m.version = 11;
    m.name = u"CRM hub: OAuth 2.0 sign-ins in progress (PKCE verifier, state)"_s;
    m.statements = {
        // One oauth/start: the PKCE verifier sealed by SecretBox with
        // "oauth_session:<id>:verifier" as associated data, the state only as its SHA-256 (the
        // console holds the state; the database alone cannot finish a sign-in), the loopback
        // redirect URI the token request must repeat, who started it and until when it may
        // finish. used_at is set once, by the finish that takes it.
        u"CREATE TABLE oauth_sessions ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " integration_id {{uuid}} NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,"
        " state_hash TEXT NOT NULL UNIQUE,"
        " sealed_verifier {{blob}} NOT NULL,"
        " redirect_uri TEXT NOT NULL CHECK (length(redirect_uri) BETWEEN 1 AND 2000),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL,"
        " used_at TEXT)"_s,
        u"CREATE INDEX oauth_sessions_integration ON oauth_sessions (integration_id)"_s,
    };
    return m;
}

Migration calendarOAuthSessionsMigration()
{
    Migration m;
    m.version = 18;
    m.name = u"Calendar accounts: Google sign-ins in progress (PKCE verifier, state)"_s;
    m.statements = {
        // The same as oauth_sessions, for a calendar account: an operator's own sign-in.
        u"CREATE TABLE calendar_oauth_sessions ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " calendar_account_id {{uuid}} NOT NULL REFERENCES calendar_accounts (id)"
        " ON DELETE CASCADE,"
        " state_hash TEXT NOT NULL UNIQUE,"
        " sealed_verifier {{blob}} NOT NULL,"
        " redirect_uri TEXT NOT NULL CHECK (length(redirect_uri) BETWEEN 1 AND 2000),"
        " created_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL,"
        " used_at TEXT)"_s,
        u"CREATE INDEX calendar_oauth_sessions_account"
        " ON calendar_oauth_sessions (calendar_account_id)"_s,
    };
    return m;
}

} // namespace wedsync::server
