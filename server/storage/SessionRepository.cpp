#include "storage/SessionRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

SessionRepository::SessionRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<Session> SessionRepository::createSession(const QString &userId)
{
    Session session {ids::create(), userId, m_clock.now(), {}, {}};
    SqlQuery q(m_db, u"INSERT INTO sessions (id, user_id, created_at) VALUES (:id, :user, :at)"_s);
    q.bind(u":id"_s, session.id)
        .bind(u":user"_s, userId)
        .bind(u":at"_s, sql::timestamp(session.createdAt));
    if (auto done = q.exec(u"creating a session"_s); !done)
        return done.error();
    return session;
}

Result<std::optional<Session>> SessionRepository::findSession(const QString &sessionId)
{
    SqlQuery q(
        m_db,
        u"SELECT id, user_id, created_at, revoked_at, revoked_reason FROM sessions WHERE id = :id"_s);
    q.bind(u":id"_s, sessionId);
    if (auto done = q.exec(u"reading a session"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<Session>();
    return std::optional<Session>(Session {q.text(0), q.text(1), sql::toDateTime(q.value(2)),
                                           sql::toDateTime(q.value(3)), q.text(4)});
}

Status SessionRepository::revokeSession(const QString &sessionId, const QString &reason)
{
    const QString now = sql::timestamp(m_clock.now());
    SqlQuery session(m_db,
                     u"UPDATE sessions SET revoked_at = :at, revoked_reason = :reason"
                     " WHERE id = :id AND revoked_at IS NULL"_s);
    session.bind(u":at"_s, now).bind(u":reason"_s, reason).bind(u":id"_s, sessionId);
    if (auto done = session.exec(u"revoking a session"_s); !done)
        return done;
    SqlQuery tokens(m_db,
                    u"UPDATE refresh_tokens SET revoked_at = :at"
                    " WHERE session_id = :id AND revoked_at IS NULL"_s);
    tokens.bind(u":at"_s, now).bind(u":id"_s, sessionId);
    return tokens.exec(u"revoking a session's refresh tokens"_s);
}

Status SessionRepository::insertToken(const RefreshTokenRecord &token)
{
    SqlQuery q(
        m_db,
        u"INSERT INTO refresh_tokens (token_hash, session_id, user_id, issued_at, expires_at)"
        " VALUES (:hash, :session, :user, :issued, :expires)"_s);
    q.bind(u":hash"_s, token.tokenHash)
        .bind(u":session"_s, token.sessionId)
        .bind(u":user"_s, token.userId)
        .bind(u":issued"_s, sql::timestamp(token.issuedAt))
        .bind(u":expires"_s, sql::timestamp(token.expiresAt));
    return q.exec(u"storing a refresh token"_s);
}

Result<std::optional<RefreshTokenRecord>> SessionRepository::findToken(const QString &tokenHash)
{
    SqlQuery q(
        m_db,
        u"SELECT token_hash, session_id, user_id, issued_at, expires_at, rotated_at, revoked_at"
        " FROM refresh_tokens WHERE token_hash = :hash"_s);
    q.bind(u":hash"_s, tokenHash);
    if (auto done = q.exec(u"reading a refresh token"_s); !done)
        return done.error();
    if (!q.next())
        return std::optional<RefreshTokenRecord>();
    return std::optional<RefreshTokenRecord>(RefreshTokenRecord {
        q.text(0), q.text(1), q.text(2), sql::toDateTime(q.value(3)), sql::toDateTime(q.value(4)),
        sql::toDateTime(q.value(5)), sql::toDateTime(q.value(6))});
}

Result<bool> SessionRepository::markRotated(const QString &tokenHash)
{
    SqlQuery q(m_db,
               u"UPDATE refresh_tokens SET rotated_at = :at"
               " WHERE token_hash = :hash AND rotated_at IS NULL AND revoked_at IS NULL"_s);
    q.bind(u":at"_s, sql::timestamp(m_clock.now())).bind(u":hash"_s, tokenHash);
    if (auto done = q.exec(u"rotating a refresh token"_s); !done)
        return done.error();
    return q.rowsAffected() == 1;
}

} // namespace wedsync::server
