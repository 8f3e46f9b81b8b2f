#pragma once
// OAuth 2.0 sign-ins in progress (migration 11's oauth_sessions): one row per oauth/start,
// found again by the SHA-256 of its state, taken once by oauth/finish.

#include "common/Status.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace wedsync::server {
class Database;

struct OAuthSessionRow
{
    QString id;
    QString organizationId;
    QString integrationId;
    QString stateHash; // hex SHA-256 of the state
    QByteArray sealedVerifier;
    QString redirectUri;
    QString createdBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid while unused
};

class OAuthSessionRepository
{
public:
    explicit OAuthSessionRepository(Database &db);

    static QString hashState(const QString &state);

    // Also removes the integration's sign-ins that expired or were used before `now`.
    Status insert(const OAuthSessionRow &row, const QDateTime &now);
    Result<std::optional<OAuthSessionRow>> findByState(const QString &state);
    // Marks it used; false when another finish took it first.
    Result<bool> take(const QString &id, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace wedsync::server
