#include "api/RecordJson.h"

#include "WeddingPhase.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::server::json {

QString timestamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s) : QString();
}

QJsonObject user(const User &user)
{
    return {{u"id"_s, user.id},
            {u"email"_s, user.email},
            {u"displayName"_s, user.displayName},
            {u"disabled"_s, user.disabled},
            {u"createdAt"_s, timestamp(user.createdAt)}};
}

QJsonObject organization(const Organization &organization)
{
    return {{u"id"_s, organization.id},
            {u"name"_s, organization.name},
            {u"slug"_s, organization.slug},
            {u"subscriptionTier"_s, organization.subscriptionTier},
            {u"createdAt"_s, timestamp(organization.createdAt)}};
}

QJsonObject wedding(const Wedding &wedding, const QDateTime &now)
{
    QJsonObject out {{u"id"_s, wedding.id},
                     {u"organizationId"_s, wedding.organizationId},
                     {u"coupleName"_s, wedding.coupleName},
                     {u"weddingDate"_s, wedding.weddingDate.toString(Qt::ISODate)},
                     {u"timeZone"_s, wedding.timeZone},
                     {u"status"_s, wedding.status},
                     {u"version"_s, wedding.version},
                     {u"createdAt"_s, timestamp(wedding.createdAt)},
                     {u"updatedAt"_s, timestamp(wedding.updatedAt)}};
    const QTimeZone zone(wedding.timeZone.toUtf8());
    if (zone.isValid()) {
        out.insert(u"phase"_s, weddingPhaseName(weddingPhaseAt(wedding.weddingDate, zone, now)));
        out.insert(u"daysUntil"_s, daysUntilWedding(wedding.weddingDate, zone, now));
    }
    return out;
}

QJsonObject member(const Member &member)
{
    return {{u"userId"_s, member.userId},
            {u"email"_s, member.email},
            {u"displayName"_s, member.displayName},
            {u"role"_s, roleName(member.role)}};
}

QJsonObject membership(const Membership &membership)
{
    return {{u"organizationId"_s, membership.organizationId},
            {u"organizationName"_s, membership.organizationName},
            {u"role"_s, roleName(membership.role)}};
}

QJsonObject me(const Operator &caller)
{
    QJsonArray memberships;
    for (const Membership &m : caller.memberships())
        memberships.append(membership(m));
    return {{u"user"_s, user(caller.user())},
            {u"platformStaff"_s,
             caller.staffKind() ? QJsonValue(staffKindName(*caller.staffKind()))
                                : QJsonValue(QJsonValue::Null)},
            {u"memberships"_s, memberships},
            {u"consoleAccess"_s, caller.hasConsoleAccess()}};
}

} // namespace wedsync::server::json
