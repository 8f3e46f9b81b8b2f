#pragma once
// The demo tenants, accounts, weddings and sections that `--demo` puts into an empty database,
// so that every screen of the console has something true to show. Seeding is one transaction.
//
// Ids are name-based UUIDs, the same on every run, so tests and docs can refer to them.
// Wedding dates are relative to "today" in each wedding's own time zone, so that there is
// always a wedding in each phase (planning, pre_wedding, wedding_day, post_wedding).

#include "Clock.h"
#include "common/Status.h"

#include <QString>
#include <QStringList>

namespace wedsync::server {
class PasswordHasher;
class ConfigSecrets;
class IntegrationCredentials;

class Database;

class DemoData
{
public:
    // The password of every demo account.
    static QString password();
    // The demo accounts' e-mail addresses, platform staff first.
    static QStringList accountEmails();

    static QString evergreenId(); // "Evergreen Weddings", professional tier
    static QString lakesideId(); // "Lakeside Events", free tier (no CRM integrations: 402)
    static QString harborId(); // "Harbor Light Weddings", scale tier, no console members
    // The section types the seed knows, in dashboard order.
    static QStringList sectionTypes();

    // `hasher` hashes the demo password for each account.
    // `credentials` seals the demo CRM integration's API key (none sealed when null);
    // `configSecrets` the configuration's secrets (none may be stored when null).
    DemoData(Database &db, const Clock &clock, const PasswordHasher &hasher,
             const IntegrationCredentials *credentials = nullptr,
             const ConfigSecrets *configSecrets = nullptr);

    // Seeds when the database has no organizations and no users; returns whether it did.
    // A half-filled database (e.g. users but no organizations) is left alone.
    Result<bool> seedIfEmpty();

private:
    Status seed();
    Status seedOrganizations();
    Status seedAccounts();
    Status seedWeddings();
    Status seedSections();
    Result<bool> isEmpty();

    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    const IntegrationCredentials *m_credentials;
    const ConfigSecrets *m_configSecrets;
};

} // namespace wedsync::server
