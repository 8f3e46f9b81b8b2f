#pragma once
// config_change_requests: a proposed document for one scope and setting type, based on a
// version, waiting for another admin of the same level to approve (applied) or reject it. The
// payload's secrets are sealed at rest like the settings' (auth/ConfigSecrets).

#include "Clock.h"
#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <optional>

namespace wedsync::server {

class ConfigSecrets;
class SqlQuery;

struct ConfigChangeRequest
{
    QString id;
    ConfigScope scope;
    ConfigSettingType type = ConfigSettingType::Rbac;
    QString status = QStringLiteral("proposed"); // proposed | approved | rejected | applied
    QString authorId;
    QString approverId; // who decided
    QJsonObject payload; // the proposed document (secrets opened)
    QStringList unreadableSecrets; // of `payload`, left out of it
    qint64 baseVersion = 0;
    QString summary;
    qint64 appliedVersion = 0; // 0: not applied
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime decidedAt;
};

class ConfigChangeRequestRepository
{
public:
    // A page of GET .../change-requests (newest first, see KeysetPage).
    struct Filter
    {
        QString organizationId; // empty: the platform's
        QString status; // empty: any
        int limit = 50;
        int offset = 0;
        QDateTime beforeAt;
        QString beforeId;
    };

    ConfigChangeRequestRepository(Database &db, const Clock &clock, const ConfigSecrets &secrets);

    // Errors: config_secrets_unavailable.
    Result<ConfigChangeRequest> create(ConfigChangeRequest request);
    // Only among the requests of `organizationId` (empty: the platform's).
    Result<std::optional<ConfigChangeRequest>> find(const QString &organizationId,
                                                    const QString &id);
    // Records a decision on a request still proposed. Errors: conflict (already decided).
    Result<ConfigChangeRequest> decide(const ConfigChangeRequest &decided);

    Result<qint64> count(const Filter &filter);
    Result<QList<ConfigChangeRequest>> query(const Filter &filter);

private:
    ConfigChangeRequest readRequest(const SqlQuery &q) const;

    Database &m_db;
    const Clock &m_clock;
    const ConfigSecrets &m_secrets;
};

} // namespace wedsync::server

namespace wedsync::server {
inline QDateTime keysetTime(const ConfigChangeRequest &r)
{
    return r.createdAt;
}
} // namespace wedsync::server
