#pragma once
// Who may use the live update channels: access tokens (JWT, live session, enabled account) and
// the topic rules of ARCHITECTURE.md, on the same Operator the REST API authorizes with.
//
// Topics: org:<id> and wedding:<id> need read access to that organization (to the wedding's);
// tenant:<id>:admins its admins or platform staff; user:<id> that user (also a supplier without
// console access) or platform staff; platform:admins platform staff; config:<type> anyone with
// console access. The Operator is loaded afresh for every join and token refresh, so a membership
// removed a minute ago is not honoured from an old token.

#include "Clock.h"
#include "realtime/RealtimeAuthorizer.h"

#include <memory>

namespace wedsync::server {
class JwtCodec;

class Authenticator;
class Database;
class Operator;

class RealtimeAccess final : public RealtimeAuthorizer
{
public:
    // All three must outlive this object.
    RealtimeAccess(Database &db, const JwtCodec &jwt, const Clock &clock);
    ~RealtimeAccess() override;

    Result<RealtimeIdentity> authenticate(const QString &token) const override;
    Result<JoinGranted> mayJoin(const RealtimeIdentity &identity,
                                const RealtimeTopic &topic) const override;

private:
    Result<std::shared_ptr<const Operator>> operatorOf(const RealtimeIdentity &identity) const;
    // The organization of a wedding; empty when there is no such wedding.
    Result<QString> organizationOfWedding(const QString &weddingId) const;

    Database &m_db;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    std::unique_ptr<Authenticator> m_authenticator;
};

} // namespace wedsync::server
