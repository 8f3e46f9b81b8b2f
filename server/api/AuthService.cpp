#include "api/AuthService.h"

#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/RefreshTokens.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error fail(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

Error invalidCredentials()
{
    // One answer for unknown e-mail and wrong password: it must not reveal which accounts exist.
    return fail(u"invalid_credentials"_s, u"The e-mail address or the password is wrong."_s);
}

} // namespace

AuthService::AuthService(Database &db, const Clock &clock, const PasswordHasher &hasher,
                         const JwtCodec &jwt, LoginThrottle &throttle)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_jwt(jwt)
    , m_throttle(throttle)
{ }

Result<IssuedTokens> AuthService::login(const QString &email, const QString &password,
                                        const QString &clientAddress, const QString &requestId,
                                        qint64 *retryAfterSeconds)
{
    auto attempt = beginLogin(email, clientAddress, retryAfterSeconds);
    if (!attempt)
        return attempt.error();
    return finishLogin(attempt.value(), checkPassword(m_hasher, attempt.value(), password),
                       requestId);
}

Result<LoginAttempt> AuthService::beginLogin(const QString &email, const QString &clientAddress,
                                             qint64 *retryAfterSeconds)
{
    const LoginThrottle::Decision decision = m_throttle.check(email, clientAddress);
    if (!decision.allowed) {
        if (retryAfterSeconds)
            *retryAfterSeconds = decision.retryAfterSeconds;
        return decision.error();
    }
    UserRepository users(m_db, m_clock);
    auto found = users.findByEmail(email);
    if (!found)
        return found.error();
    return LoginAttempt {email, clientAddress, found.value()};
}

PasswordCheck AuthService::checkPassword(const PasswordHasher &hasher, const LoginAttempt &attempt,
                                         const QString &password)
{
    PasswordCheck check;
    if (!attempt.user) {
        hasher.verifyDummy(password); // same time as a real check
        return check;
    }
    check.matches = hasher.verify(password, attempt.user->passwordHash);
    if (check.matches && hasher.needsRehash(attempt.user->passwordHash)) {
        // Upgrades cheap hashes (demo data, older cost settings) while we know the password.
        if (auto rehashed = hasher.hash(password); rehashed)
            check.rehash = rehashed.value();
    }
    return check;
}

Result<IssuedTokens> AuthService::finishLogin(const LoginAttempt &attempt,
                                              const PasswordCheck &check, const QString &requestId)
{
    if (!attempt.user || !check.matches) {
        m_throttle.recordFailure(attempt.email, attempt.clientAddress);
        return invalidCredentials();
    }
    // The check may have run while the account changed: what counts is the account now.
    UserRepository users(m_db, m_clock);
    auto current = users.find(attempt.user->id);
    if (!current)
        return current.error();
    if (!current->has_value() || current->value().passwordHash != attempt.user->passwordHash) {
        m_throttle.recordFailure(attempt.email, attempt.clientAddress);
        return invalidCredentials();
    }
    const User user = current->value();
    m_throttle.recordSuccess(attempt.email, attempt.clientAddress);
    if (user.disabled)
        return fail(u"account_disabled"_s,
                    u"This account has been disabled; ask an administrator."_s);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (!check.rehash.isEmpty()) {
        if (auto stored = users.updatePasswordHash(user.id, check.rehash); !stored)
            return stored.error();
    }
    SessionRepository sessions(m_db, m_clock);
    auto session = sessions.createSession(user.id);
    if (!session)
        return session.error();
    auto tokens = issue(user, session->id);
    if (!tokens)
        return tokens.error();
    if (auto audited = audit(user.id, session->id, u"login"_s, requestId); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return tokens;
}

Result<IssuedTokens> AuthService::refresh(const QString &refreshToken, const QString &requestId)
{
    const Error invalid
        = fail(u"invalid_refresh_token"_s, u"The refresh token is not valid; sign in again."_s);
    if (!RefreshTokens::isWellFormed(refreshToken))
        return invalid;
    const QString hash = RefreshTokens::hashForStorage(refreshToken);
    SessionRepository sessions(m_db, m_clock);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto stored = sessions.findToken(hash);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return invalid;
    const RefreshTokenRecord token = stored->value();

    if (token.rotatedAt.isValid()) {
        // A token that was already exchanged is being replayed: someone else may hold a copy.
        // End the whole session, and keep that even though this request fails.
        if (auto revoked = sessions.revokeSession(token.sessionId, u"refresh_token_reuse"_s);
            !revoked)
            return revoked.error();
        if (auto audited
            = audit(token.userId, token.sessionId, u"refresh_token_reuse"_s, requestId);
            !audited)
            return audited.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return fail(
            u"refresh_token_reused"_s,
            u"This refresh token was already used, so the session has been signed out for safety; "
            "sign in again."_s);
    }
    if (token.revokedAt.isValid())
        return fail(u"session_revoked"_s, u"This session has ended; sign in again."_s);
    if (token.expiresAt <= m_clock.now())
        return fail(u"refresh_token_expired"_s, u"The session has expired; sign in again."_s);

    auto session = sessions.findSession(token.sessionId);
    if (!session)
        return session.error();
    if (!session->has_value() || session->value().revokedAt.isValid())
        return fail(u"session_revoked"_s, u"This session has ended; sign in again."_s);
    UserRepository users(m_db, m_clock);
    auto user = users.find(token.userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return invalid;
    if (user->value().disabled)
        return fail(u"account_disabled"_s,
                    u"This account has been disabled; ask an administrator."_s);

    auto rotated = sessions.markRotated(hash);
    if (!rotated)
        return rotated.error();
    if (!rotated.value()) // exchanged concurrently by another server instance
        return fail(u"refresh_token_reused"_s,
                    u"This refresh token was already used; sign in again."_s);
    auto tokens = issue(user->value(), token.sessionId);
    if (!tokens)
        return tokens.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return tokens;
}

Status AuthService::logout(const Operator &caller, const QString &requestId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SessionRepository sessions(m_db, m_clock);
    if (auto revoked = sessions.revokeSession(caller.sessionId(), u"logout"_s); !revoked)
        return revoked;
    if (auto audited = audit(caller.userId(), caller.sessionId(), u"logout"_s, requestId); !audited)
        return audited;
    return tx.commit();
}

Result<IssuedTokens> AuthService::issue(const User &user, const QString &sessionId)
{
    const QString refreshToken = RefreshTokens::generate();
    const QDateTime now = m_clock.now();
    SessionRepository sessions(m_db, m_clock);
    const RefreshTokenRecord record {
        RefreshTokens::hashForStorage(refreshToken), sessionId, user.id, now,
        now.addSecs(RefreshTokenLifetime.count()),   {},        {}};
    if (auto inserted = sessions.insertToken(record); !inserted)
        return inserted.error();
    IssuedTokens tokens;
    tokens.accessToken = m_jwt.issue(user.id, sessionId, AccessTokenLifetime,
                                     QJsonObject {{u"email"_s, user.email}});
    tokens.refreshToken = refreshToken;
    tokens.expiresIn = AccessTokenLifetime.count();
    tokens.sessionId = sessionId;
    tokens.user = user;
    tokens.user.passwordHash.clear();
    return tokens;
}

Status AuthService::audit(const QString &actorId, const QString &sessionId, const QString &action,
                          const QString &requestId)
{
    // A member's sign-in belongs to their organization's trail, so that its admins see it (one
    // row per organization); platform staff's rows are platform-level.
    auto memberships = UserRepository(m_db, m_clock).memberships(actorId);
    if (!memberships)
        return memberships.error();
    QStringList organizations;
    for (const Membership &membership : std::as_const(memberships.value()))
        organizations.append(membership.organizationId);
    if (organizations.isEmpty())
        organizations.append(QString());
    AuditRepository audit(m_db, m_clock);
    for (const QString &organizationId : std::as_const(organizations)) {
        AuditRecord entry;
        entry.actorId = actorId;
        entry.organizationId = organizationId;
        entry.entityType = u"session"_s;
        entry.entityId = sessionId;
        entry.action = action;
        entry.requestId = requestId;
        if (auto written = audit.append(entry); !written)
            return written.error();
    }
    return ok();
}

} // namespace wedsync::server
