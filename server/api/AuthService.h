#pragma once
// Sessions: password login, refresh-token rotation (a reused token ends its session), logout.
// Each state change is one transaction; logins, logouts and token reuse are audited.

#include "Clock.h"
#include "api/Operator.h"
#include "common/Status.h"

#include <chrono>

namespace wedsync::server {
class JwtCodec;
class LoginThrottle;
class PasswordHasher;

class Database;

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds the access token lives
    QString sessionId;
    User user;
};

class AuthService
{
public:
    static constexpr std::chrono::seconds AccessTokenLifetime {15 * 60};
    static constexpr std::chrono::seconds RefreshTokenLifetime {30 * 24 * 3600};

    AuthService(Database &db, const Clock &clock, const PasswordHasher &hasher, const JwtCodec &jwt,
                LoginThrottle &throttle);

    // Error codes: invalid_credentials, account_disabled, too_many_attempts / account_locked
    // (then *retryAfterSeconds is set), storage_error.
    Result<IssuedTokens> login(const QString &email, const QString &password,
                               const QString &clientAddress, const QString &requestId,
                               qint64 *retryAfterSeconds);
    // Error codes: invalid_refresh_token, refresh_token_expired, refresh_token_reused (the
    // session is now revoked), session_revoked, account_disabled, storage_error.
    Result<IssuedTokens> refresh(const QString &refreshToken, const QString &requestId);
    Status logout(const Operator &caller, const QString &requestId);

private:
    Result<IssuedTokens> issue(const User &user, const QString &sessionId);
    Status audit(const QString &actorId, const QString &sessionId, const QString &action,
                 const QString &requestId);

    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    const JwtCodec &m_jwt;
    LoginThrottle &m_throttle;
};

} // namespace wedsync::server
