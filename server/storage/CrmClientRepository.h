#pragma once
// The clients a tenant imported from a CRM or a file; matched by lower-case e-mail or by the
// CRM's own id, kept when their integration is removed.

#include "storage/Database.h"
#include "storage/IntegrationRows.h"

namespace wedsync::server {

class CrmClientRepository
{
public:
    explicit CrmClientRepository(Database &db);

    // Newest first (keysetPage). `search`: a piece of any field, any case.
    struct Filter
    {
        QString organizationId;
        QString integrationId;
        QString search;
        QDateTime beforeAt;
        QString beforeId;
        int limit = 100;
        int offset = 0;
    };
    Result<QList<CrmClientRow>> query(const Filter &filter);
    Result<qint64> count(const Filter &filter);

    // The client of the organization with this lower-case e-mail (the oldest if several).
    Result<std::optional<CrmClientRow>> findByEmail(const QString &organizationId,
                                                    const QString &emailKey);
    // The organization's client with this id (nullopt for another tenant's).
    Result<std::optional<CrmClientRow>> find(const QString &organizationId, const QString &id);
    Status insert(const CrmClientRow &row);
    // A change made in WedSync: fields, e-mail key, version + 1, changed_by_wedsync_at,
    // wedsync_changed_by and updated_at = `at`, only while the version is still `version`
    // (false when it is not).
    Result<bool> updateFromWedsync(const CrmClientRow &row, qint64 version, const QDateTime &at);
    // Fields, hash, version + 1, changed_by_crm_at and updated_at.
    Status update(const CrmClientRow &row);

private:
    Database &m_db;
};

} // namespace wedsync::server
