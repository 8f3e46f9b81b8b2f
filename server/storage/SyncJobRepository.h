#pragma once
// Sync jobs of a tenant's integrations and their log lines. The job runner (server/jobs) and
// the API share it; every read names the organization.

#include "storage/Database.h"
#include "storage/IntegrationRows.h"

namespace wedsync::server {

class SyncJobRepository
{
public:
    explicit SyncJobRepository(Database &db);

    // Newest first (keysetPage): one integration's, or the organization's when it is empty.
    struct Filter
    {
        QString organizationId;
        QString integrationId;
        QDateTime beforeAt;
        QString beforeId;
        int limit = 50;
        int offset = 0;
    };
    Result<QList<SyncJobRow>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

    Result<std::optional<SyncJobRow>> find(const QString &organizationId, const QString &id);
    // The pending or running job of an integration, if any.
    Result<std::optional<SyncJobRow>> active(const QString &integrationId);
    Status insert(const SyncJobRow &row);
    // Writes status, progress, counts, checkpoint, error, cancel flag and times.
    Status update(const SyncJobRow &row);

    // Oldest first, after (at, id) when given.
    Result<QList<SyncJobLogRow>> log(const QString &jobId, const QDateTime &afterAt,
                                     const QString &afterId, int limit);
    Status appendLog(const SyncJobLogRow &row);

private:
    Database &m_db;
};

} // namespace wedsync::server
