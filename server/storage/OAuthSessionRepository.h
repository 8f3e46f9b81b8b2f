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
    QString subjectId; // the integration, or the calendar account
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
    // What is signing in: a CRM integration (oauth_sessions) or a calendar account
    // (calendar_oauth_sessions).
    enum class Subject { Integration, CalendarAccount };

    explicit OAuthSessionRepository(Database &db, Subject subject = Subject::Integration);

    static QString hashState(const QString &state);

    // Also removes the subject's sign-ins that expired or were used before `now`.
    Status insert(const OAuthSessionRow &row, const QDateTime &now);
    Result<std::optional<OAuthSessionRow>> findByState(const QString &state);
    // Marks it used; false when another finish took it first.
    Result<bool> take(const QString &id, const QDateTime &now);

private:
    Database &m_db;
    QString m_table;
    QString m_subjectColumn;
};

} // namespace wedsync::server
