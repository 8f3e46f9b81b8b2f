#pragma once
// Integrations of a tenant with their sealed credentials and field mappings. Every read and
// write names the organization: another tenant's integration is never found.

#include "IntegrationRules.h"
#include "storage/Database.h"
#include "storage/IntegrationRows.h"

namespace wedsync::server {

class IntegrationRepository
{
public:
    explicit IntegrationRepository(Database &db);

    Result<QList<IntegrationRow>> list(const QString &organizationId);
    Result<std::optional<IntegrationRow>> find(const QString &organizationId, const QString &id);
    Result<int> count(const QString &organizationId);
    Result<bool> nameTaken(const QString &organizationId, const QString &provider,
                           const QString &name, const QString &exceptId = {});
    Status insert(const IntegrationRow &row);
    // Writes the editable columns and bumps the version when it is still `expected`; false
    // when another write came first.
    Result<bool> update(const IntegrationRow &row, qint64 expected);
    Result<bool> bumpVersion(const QString &organizationId, const QString &id, qint64 expected,
                             const QDateTime &now);
    Status setStatus(const QString &id, const QString &status, const QDateTime &now);
    Status recordLastSync(const QString &id, const QString &status, const QDateTime &at);
    // Removes it with its credentials, mappings and jobs; its clients stay (integration NULL).
    Status remove(const QString &organizationId, const QString &id);

    // The sealed bytes (SecretBox), empty without credentials.
    Result<QByteArray> sealedCredentials(const QString &id);
    Status storeCredentials(const QString &id, const QByteArray &sealed, const QDateTime &now);

    Result<QList<crm::MappingRule>> mappings(const QString &id);
    Status replaceMappings(const QString &id, const QList<crm::MappingRule> &rules);

private:
    Database &m_db;
};

} // namespace wedsync::server
