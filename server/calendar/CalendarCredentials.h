#pragma once
// A calendar account's secrets as stored: one JSON object ({"password"} for CalDAV;
// {"accessToken", "refreshToken", "expiresAt", "scope"} for Google) sealed with SecretBox
// (AES-256-GCM), the account's id bound in as associated data so a sealed value copied onto
// another account does not open. Never returned by a route or written to a log.

#include "Clock.h"
#include "Result.h"
#include "common/Status.h"

#include <QJsonObject>

namespace wedsync::server {

class Database;
class SecretBox;

namespace calendarcredentials {

// "calendar_account:<id>:credentials".
QByteArray associatedData(const QString &accountId);

// `box` null: an Error saying this server cannot keep secrets (no AES-GCM on its CPU).
Status store(Database &db, const Clock &clock, const SecretBox *box, const QString &accountId,
             const QJsonObject &credentials);
// An empty object when the account has none.
Result<QJsonObject> load(Database &db, const Clock &clock, const SecretBox *box,
                         const QString &accountId);

} // namespace calendarcredentials
} // namespace wedsync::server
