#pragma once
// The seam through which the hub asks who a token belongs to and what it may read; the
// server implements it with JWT verification and organization memberships.

#include "Result.h"
#include "realtime/RealtimeTopic.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wedsync::server {

struct RealtimeIdentity
{
    QString subject; // the user id (JWT `sub`)
    QDateTime expiresAt; // UTC; invalid means the token does not expire
    QJsonObject claims; // everything else the authorizer wants to keep for mayJoin()
};

// A successful mayJoin().
struct JoinGranted
{
    // The reader's role where the topic is, stamped into its presence metas (e.g. "admin",
    // "coordinator", "platform_admin"); empty: none is stamped, and a claimed one is dropped.
    QString role;
};

class RealtimeAuthorizer
{
public:
    virtual ~RealtimeAuthorizer() = default;

    // Verifies a token (signature, expiry, required claims). The error's message is shown
    // to the client, e.g. {"invalid_token", "Token has expired 12 seconds ago."}.
    virtual Result<RealtimeIdentity> authenticate(const QString &token) const = 0;

    // Whether `identity` may read `topic`. Another tenant's topic must be refused with a
    // reason a person can act on, e.g. {"unauthorized", "You are not a member of …"}.
    virtual Result<JoinGranted> mayJoin(const RealtimeIdentity &identity,
                                        const RealtimeTopic &topic) const = 0;
};

} // namespace wedsync::server
