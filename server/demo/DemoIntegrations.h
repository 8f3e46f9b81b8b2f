#pragma once
// The demo's CRM hub: Evergreen's connected Táve integration "Evergreen Táve" with a sealed
// demo API key, field mappings for Táve's contact fields, the 120 clients of its first full
// import, and a job history with a completed import, a failed run (a 429 storm) and a partial
// run (3 rows skipped, the log says which and why). The base URL stays empty: the Táve
// simulator started with --demo fills it in (server/jobs). Lakeside, now on the free tier,
// keeps the HoneyBook file connection it made on Starter (disconnected) with one import.

#include "Clock.h"
#include "IntegrationRules.h"
#include "common/Status.h"

namespace wedsync::server {

class Database;
class IntegrationCredentials;

class DemoIntegrations
{
public:
    static QString taveIntegrationId();
    // The demo's (public) Táve API key, sealed for the integration and expected by the simulator.
    static QString taveApiKey();
    static constexpr int TaveClients = 120;
    static QString lakesideIntegrationId();
    static constexpr int LakesideClients = 3;

    // `credentials` may be null (no key sealed then).
    DemoIntegrations(Database &db, const Clock &clock, const IntegrationCredentials *credentials);
    // Inside the demo seed's transaction, after organizations and accounts exist.
    Status seed(const QString &evergreenId, const QString &adminId);
    Status seedLakeside(const QString &lakesideId, const QString &adminId);

private:
    Status seedClients(const QString &evergreenId, const QDateTime &at,
                       const QList<crm::MappingRule> &mappings);
    Status seedJobs(const QString &evergreenId, const QString &adminId);

    Database &m_db;
    const Clock &m_clock;
    const IntegrationCredentials *m_credentials;
};

} // namespace wedsync::server
