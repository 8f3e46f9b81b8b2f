#include "api/Authenticator.h"

#include "api/AuthService.h"
#include "api/OperatorCache.h"
#include "auth/JwtCodec.h"
#include "storage/SessionRepository.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error authError(const QString &code, const QString &message)
{
    return Error {code, message, {}};
}

bool isStorageFailure(const Error &error)
{
    return error.code == u"storage_error"_s;
}

} // namespace

Authenticator::Authenticator(Database &db, const JwtCodec &jwt, const Clock &clock)
    : m_db(db)
    , m_jwt(jwt)
    , m_clock(clock)
{ }

Result<std::shared_ptr<const Operator>> Authenticator::authenticate(const QString &bearerToken)
{
    if (bearerToken.isEmpty())
        return authError(u"unauthenticated"_s,
                         u"Sign in first: this request needs an access token."_s);
    if (m_cache) {
        if (auto known = m_cache->find(bearerToken))
            return known;
    }
    auto claims = m_jwt.verifyAccessToken(bearerToken, AuthService::AccessTokenLifetime);
    if (!claims) {
        if (claims.error().code == u"token_expired"_s)
            return authError(u"token_expired"_s,
                             u"The access token has expired; refresh it or sign in again."_s);
        return authError(u"invalid_token"_s, u"The access token is not valid; sign in again."_s);
    }
    const QString userId = claims->value(u"sub"_s).toString();
    const QString sessionId = claims->value(u"sid"_s).toString();
    if (userId.isEmpty() || sessionId.isEmpty())
        return authError(u"invalid_token"_s, u"The access token is not valid; sign in again."_s);
    auto loaded = loadOperator(userId, sessionId);
    if (loaded && m_cache)
        m_cache->insert(bearerToken, claims->value(u"exp"_s).toInteger(), loaded.value());
    return loaded;
}

void Authenticator::forgetSession(const QString &sessionId)
{
    if (m_cache)
        m_cache->forgetSession(sessionId);
}

Result<std::shared_ptr<const Operator>> Authenticator::loadOperator(const QString &userId,
                                                                    const QString &sessionId)
{
    SessionRepository sessions(m_db, m_clock);
    auto session = sessions.findSession(sessionId);
    if (!session)
        return session.error();
    if (!session->has_value() || session->value().userId != userId
        || session->value().revokedAt.isValid())
        return authError(u"session_revoked"_s, u"This session has ended; sign in again."_s);

    UserRepository users(m_db, m_clock);
    auto user = users.find(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return authError(u"invalid_token"_s, u"The account of this token no longer exists."_s);
    if (user->value().disabled)
        return authError(u"account_disabled"_s,
                         u"This account has been disabled; ask an administrator."_s);
    auto staff = users.staffKind(userId);
    if (!staff)
        return staff.error();
    auto memberships = users.memberships(userId);
    if (!memberships)
        return memberships.error();
    return std::make_shared<const Operator>(user->value(), sessionId, staff.value(),
                                            memberships.value());
}

std::optional<ApiResponse> Authenticator::guard(const Route &route, ApiRequest &request)
{
    auto caller = authenticate(request.bearerToken());
    if (!caller) {
        if (isStorageFailure(caller.error()))
            return ApiResponse::internalError(request.requestId, caller.error().message);
        const int status = caller.error().code == u"account_disabled"_s ? 403 : 401;
        ApiResponse response = ApiResponse::fromError(status, caller.error());
        if (status == 401)
            response.withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return response;
    }
    if (route.auth == AuthRequirement::Console && !caller.value()->hasConsoleAccess()) {
        return ApiResponse::error(
            403, u"no_console_access"_s,
            u"Your account has no access to the WedSync console. It is for platform staff and for "
            "organization admins and coordinators; ask your organization's admin if you need it."_s);
    }
    request.caller = caller.value();
    return std::nullopt;
}

const Operator *callerOf(const ApiRequest &request)
{
    const auto *stored = std::any_cast<std::shared_ptr<const Operator>>(&request.caller);
    return stored ? stored->get() : nullptr;
}

} // namespace wedsync::server
