#pragma once
// Turns the bearer token of a request into an Operator, and is the router's guard: 401 for a
// missing, malformed, expired or signed-out token, 403 no_console_access for an account that
// may not use the console. With an OperatorCache a token seen before is answered from memory
// until it expires or its access changes (see OperatorCache).

#include "Clock.h"
#include "api/Operator.h"
#include "http/Route.h"

#include <memory>
#include <optional>

namespace wedsync::server {
class JwtCodec;

class Database;
class OperatorCache;

class Authenticator
{
public:
    Authenticator(Database &db, const JwtCodec &jwt, const Clock &clock);

    // May be null (every request loads its caller); not owned, must outlive this.
    void setCache(OperatorCache *cache) { m_cache = cache; }
    // A session ended here (logout): its tokens stop working at once, before the access-change
    // report comes back from the database.
    void forgetSession(const QString &sessionId);

    // Error codes: unauthenticated (no token), invalid_token, token_expired, session_revoked,
    // account_disabled; "storage_error" when the database fails.
    Result<std::shared_ptr<const Operator>> authenticate(const QString &bearerToken);
    // The caller behind a user and session, e.g. right after login.
    Result<std::shared_ptr<const Operator>> loadOperator(const QString &userId,
                                                         const QString &sessionId);

    // Router::Guard: records the Operator in request.caller, or answers 401/403.
    std::optional<ApiResponse> guard(const Route &route, ApiRequest &request);

private:
    Database &m_db;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    OperatorCache *m_cache = nullptr;
};

// The Operator the guard recorded; null on public routes.
const Operator *callerOf(const ApiRequest &request);

} // namespace wedsync::server
