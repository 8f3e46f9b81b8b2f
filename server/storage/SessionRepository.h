#pragma once
// Login sessions and their rotating refresh tokens (stored as hashes only).

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <optional>

namespace wedsync::server {

class SessionRepository
{
public:
    SessionRepository(Database &db, const Clock &clock);

    Result<Session> createSession(const QString &userId);
    Result<std::optional<Session>> findSession(const QString &sessionId);
    // Revokes the session and every refresh token in it; `reason` e.g. "logout", "token_reuse".
    Status revokeSession(const QString &sessionId, const QString &reason);

    Status insertToken(const RefreshTokenRecord &token);
    Result<std::optional<RefreshTokenRecord>> findToken(const QString &tokenHash);
    // Marks a token as exchanged; false when it was already rotated or revoked (a race or reuse).
    Result<bool> markRotated(const QString &tokenHash);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace wedsync::server
