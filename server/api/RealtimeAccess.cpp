#include "api/RealtimeAccess.h"

#include "api/AuthService.h"
#include "api/Authenticator.h"
#include "api/Operator.h"
#include "auth/JwtCodec.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/WeddingRepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Q_LOGGING_CATEGORY(lcRealtimeAccess, "wedsync.realtime.access")

Error refused(const RealtimeTopic &topic, const QString &why)
{
    // Supabase's wording first, so that clients written against it recognise the refusal.
    return Error {u"unauthorized"_s,
                  u"You do not have permissions to read from this Channel topic: %1. %2"_s.arg(
                      topic.name(), why),
                  {}};
}

// Storage trouble is logged with its cause; the client only learns that it may try again.
Error unavailable(const Error &cause)
{
    qCWarning(lcRealtimeAccess) << "access check failed:" << cause.code << cause.message;
    return Error {u"unavailable"_s,
                  u"The server could not check your access just now; try again shortly."_s,
                  {}};
}

bool isStorageFailure(const Error &error)
{
    return error.code == "storage_error"_L1;
}

} // namespace

RealtimeAccess::RealtimeAccess(Database &db, const JwtCodec &jwt, const Clock &clock)
    : m_db(db)
    , m_jwt(jwt)
    , m_clock(clock)
    , m_authenticator(std::make_unique<Authenticator>(db, jwt, clock))
{ }

RealtimeAccess::~RealtimeAccess() = default;

Result<RealtimeIdentity> RealtimeAccess::authenticate(const QString &token) const
{
    // The same messages as Supabase Realtime's socket errors, so that its clients' users
    // meet familiar words.
    auto claims = m_jwt.verifyAccessToken(token, AuthService::AccessTokenLifetime);
    if (!claims) {
        if (claims.error().code == "token_expired"_L1)
            return Error {u"token_expired"_s, u"Token has expired"_s, {}};
        if (claims.error().code == "bad_signature"_L1)
            return Error {u"invalid_token"_s, u"Failed to validate JWT signature"_s, {}};
        return Error {u"invalid_token"_s, u"The token provided is not a valid JWT"_s, {}};
    }
    const QString userId = claims->value(u"sub"_s).toString();
    const QString sessionId = claims->value(u"sid"_s).toString();
    if (userId.isEmpty() || sessionId.isEmpty())
        return Error {u"invalid_token"_s, u"Fields `sub` and `sid` are required in JWT"_s, {}};

    RealtimeIdentity identity;
    identity.subject = userId;
    identity.claims = claims.value();
    // JwtCodec::verify requires `exp`, so every identity expires.
    identity.expiresAt
        = QDateTime::fromSecsSinceEpoch(qint64(claims->value(u"exp"_s).toDouble()), Qt::UTC);

    // A signed-out session or a disabled account may not connect with a token still unexpired.
    auto caller = operatorOf(identity);
    if (!caller)
        return caller.error();
    return identity;
}

Result<std::shared_ptr<const Operator>>
RealtimeAccess::operatorOf(const RealtimeIdentity &identity) const
{
    auto caller = m_authenticator->loadOperator(identity.subject,
                                                identity.claims.value(u"sid"_s).toString());
    if (!caller && isStorageFailure(caller.error()))
        return unavailable(caller.error());
    return caller;
}

Result<QString> RealtimeAccess::organizationOfWedding(const QString &weddingId) const
{
    auto organization = WeddingRepository(m_db, m_clock).organizationOf(weddingId);
    if (!organization)
        return unavailable(organization.error());
    return organization;
}

Result<JoinGranted> RealtimeAccess::mayJoin(const RealtimeIdentity &identity,
                                            const RealtimeTopic &topic) const
{
    auto loaded = operatorOf(identity);
    if (!loaded)
        return loaded.error();
    const Operator &caller = *loaded.value();
    // user:<id> and user:<id>:calendars name the caller themself.
    const bool ownTopic = ids::isUuid(topic.id()) && ids::normalized(topic.id()) == caller.userId();
    // A supplier (no console access) reads their own user topic: their compliance records and
    // notifications, as GET /api/v1/me/compliance shows them.
    if (topic.kind() == RealtimeTopic::Kind::User && ownTopic)
        return JoinGranted {caller.roleName({})};
    if (!caller.hasConsoleAccess()) {
        return refused(topic,
                       u"Live updates are for console users: platform staff and "
                       "organization admins and coordinators."_s);
    }

    const QString organizationId
        = ids::isUuid(topic.id()) ? ids::normalized(topic.id()) : QString();
    switch (topic.kind()) {
    case RealtimeTopic::Kind::Organization:
        if (!organizationId.isEmpty() && caller.canRead(organizationId))
            return JoinGranted {caller.roleName(organizationId)};
        return refused(topic, u"You are not an admin or coordinator of that organization."_s);
    case RealtimeTopic::Kind::Wedding: {
        auto organization = organizationOfWedding(topic.id());
        if (!organization)
            return organization.error();
        // A wedding of another tenant is refused in the same words as one that does not exist.
        if (!organization->isEmpty() && caller.canRead(organization.value()))
            return JoinGranted {caller.roleName(organization.value())};
        return refused(topic, u"There is no such wedding in your organizations."_s);
    }
    case RealtimeTopic::Kind::TenantAdmins:
        // What it carries (audit rows, sync events and conflicts, health) is what the REST
        // routes of the audit trail and sync health let the same caller read.
        if (!organizationId.isEmpty() && caller.canReadOperations(organizationId))
            return JoinGranted {caller.roleName(organizationId)};
        return refused(topic,
                       u"Only that organization's admins and platform staff may join it, as "
                       "only they read its audit trail and sync health."_s);
    case RealtimeTopic::Kind::User:
        if (caller.staffKind().has_value() || ownTopic)
            return JoinGranted {caller.roleName({})};
        return refused(topic, u"A user channel is only for that user and platform staff."_s);
    case RealtimeTopic::Kind::UserCalendars:
        // What GET /api/v1/calendar/accounts answers: the caller's own accounts, whatever
        // their role.
        if (ownTopic)
            return JoinGranted {caller.roleName({})};
        return refused(topic,
                       u"A user's calendar channel is only for that user: no one else "
                       "reads their calendar accounts."_s);
    case RealtimeTopic::Kind::PlatformAdmins:
        if (caller.staffKind().has_value())
            return JoinGranted {caller.roleName({})};
        return refused(topic, u"Only platform staff may join it."_s);
    case RealtimeTopic::Kind::Config:
        return JoinGranted {caller.roleName({})}; // every console user; server-publish-only
    }
    return refused(topic, QString());
}

} // namespace wedsync::server
