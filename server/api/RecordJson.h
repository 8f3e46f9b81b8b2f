#pragma once
// The JSON wire form of the server's records (camelCase, ISO-8601 UTC timestamps).

#include "api/Operator.h"
#include "storage/Records.h"

#include <QDateTime>
#include <QJsonObject>

namespace wedsync::server::json {

QString timestamp(const QDateTime &utc); // "2025-06-01T12:00:00.000Z", or empty
QJsonObject user(const User &user); // never the password hash
QJsonObject organization(const Organization &organization);
// With the phase and days to go, seen from `now` in the wedding's own zone.
QJsonObject wedding(const Wedding &wedding, const QDateTime &now);
QJsonObject member(const Member &member);
QJsonObject membership(const Membership &membership);
// GET /auth/me: the user, platform staff kind, memberships and console access.
QJsonObject me(const Operator &caller);

} // namespace wedsync::server::json
