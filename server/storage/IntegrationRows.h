#pragma once
// The CRM hub's rows as storage reads and writes them (migration 10; codes of log lines: 19).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wedsync::server {

struct IntegrationRow
{
    QString id;
    QString organizationId;
    QString provider;
    QString name;
    QString authType;
    QString status = QStringLiteral("pending");
    bool paused = false;
    std::optional<int> scheduleMinutes; // nothing: manual
    QString direction = QStringLiteral("import_only");
    QString conflictStrategy = QStringLiteral("wedsync_wins");
    QString baseUrl;
    QDateTime nextSyncAt;
    qint64 version = 1;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Read with the row, never written through it.
    bool hasCredentials = false;
    QString lastJobId; // the newest finished job
    QString lastJobStatus;
    QDateTime lastJobAt;
    QString activeJobId; // pending or running
};

struct SyncJobRow
{
    QString id;
    QString organizationId;
    QString integrationId;
    QString kind;
    QString status = QStringLiteral("pending");
    bool partial = false;
    int processed = 0;
    std::optional<int> total;
    int createdCount = 0;
    int updatedCount = 0;
    int skippedCount = 0;
    std::optional<QString> checkpoint;
    QString error;
    bool cancelRequested = false;
    int attempt = 1;
    QDateTime notBefore;
    QString requestedBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};
inline QDateTime keysetTime(const SyncJobRow &row)
{
    return row.createdAt;
}

struct SyncJobLogRow
{
    QString id;
    QString jobId;
    QDateTime at;
    QString level; // info | warning | error
    QString message; // English, for logs and API clients
    QString code; // core/CrmJobLog (migration 19); empty on older lines
    QJsonObject args; // the code's arguments
};

struct CrmClientRow
{
    QString id;
    QString organizationId;
    QString integrationId; // empty once its integration was removed
    QString externalId;
    QJsonObject fields;
    QString emailKey;
    QString contentHash;
    qint64 version = 1;
    QDateTime changedByWedsyncAt;
    QDateTime changedByCrmAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The fields both sides last agreed on (import, or a push): the base of a three-way
    // comparison; unset for a client that never met a CRM.
    std::optional<QJsonObject> syncedFields;
    QString wedsyncChangedBy; // who changed it in WedSync last (a user id; empty: unknown)
    QString pushedHash; // content hash of the fields last pushed to the CRM
    QDateTime pushedAt;
};
inline QDateTime keysetTime(const CrmClientRow &row)
{
    return row.createdAt;
}

} // namespace wedsync::server
