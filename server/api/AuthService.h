#pragma once
// Sessions: password login, refresh-token rotation (a reused token ends its session), logout.
// Each state change is one transaction; logins, logouts and token reuse are audited.

#include "Clock.h"
#include "api/Operator.h"
#include "common/Status.h"

#include <chrono>
#include <optional>

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

// What a login knows before the password is checked (AuthService::beginLogin).
struct LoginAttempt
{
    QString email;
    QString clientAddress;
    std::optional<User> user; // none: an unknown e-mail, checked against a dummy hash
};

// The password check, the slow part of a login (Argon2id, ~90 ms at the production cost):
// pure computation, so it may run on a worker thread.
struct PasswordCheck
{
    bool matches = false;
    QString rehash; // the password hashed at the current cost, when the stored hash is weaker
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
    // The same in three steps, so that the password check can leave the event loop:
    // beginLogin (throttle, account lookup) and finishLogin (throttle counters, session, audit)
    // use the database on its thread; checkPassword runs anywhere.
    Result<LoginAttempt> beginLogin(const QString &email, const QString &clientAddress,
                                    qint64 *retryAfterSeconds);
    static PasswordCheck checkPassword(const PasswordHasher &hasher, const LoginAttempt &attempt,
                                       const QString &password);
    Result<IssuedTokens> finishLogin(const LoginAttempt &attempt, const PasswordCheck &check,
                                     const QString &requestId);
    const PasswordHasher &hasher() const { return m_hasher; }
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
