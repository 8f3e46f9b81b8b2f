#include "demo/DemoIntegrations.h"

#include "auth/IntegrationCredentials.h"
#include "common/Ids.h"
#include "demo/TaveSimulator.h"
#include "jobs/ClientMapper.h"
#include "storage/CrmClientRepository.h"
#include "storage/IntegrationRepository.h"
#include "storage/SyncJobRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QStringList FirstNames {u"Ava"_s,  u"Ben"_s,   u"Clara"_s, u"Dev"_s,  u"Elena"_s,
                              u"Finn"_s, u"Grace"_s, u"Hugo"_s,  u"Iris"_s, u"Jonah"_s,
                              u"Kira"_s, u"Leo"_s,   u"Maya"_s,  u"Nico"_s, u"Omar"_s};
const QStringList LastNames {u"Adams"_s, u"Brooks"_s,  u"Chen"_s,   u"Diaz"_s,
                             u"Evans"_s, u"Fischer"_s, u"Garcia"_s, u"Hughes"_s};

// Táve's ids are lower-case ULIDs (providers.md §4.1).
QString contactId(int n)
{
    return u"01j9zt"_s + u"%1"_s.arg(n, 20, 10, QChar(u'0'));
}

QJsonObject clientFields(int n)
{
    const QString first = FirstNames.at(n % FirstNames.size());
    const QString last = LastNames.at((n / FirstNames.size()) % LastNames.size());
    return QJsonObject {
        {u"first_name"_s, first},
        {u"last_name"_s, last},
        {u"email"_s, u"%1.%2%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(n)},
        {u"mobile"_s, u"+4477009%1"_s.arg(n, 5, 10, QChar(u'0'))},
        {u"city"_s, n % 3 == 0 ? u"Bath"_s : (n % 3 == 1 ? u"Bristol"_s : u"Cardiff"_s)},
        {u"wedding_date"_s, QDate(2027, 1 + n % 12, 1 + n % 28).toString(Qt::ISODate)},
        {u"lead_source"_s, n % 2 ? u"Website"_s : u"Referral"_s},
    };
}

} // namespace

QString DemoIntegrations::taveApiKey()
{
    return u"demo-tave-key-5f1c0e7a9b2d4c68"_s;
}

QString DemoIntegrations::taveIntegrationId()
{
    return ids::named(u"integration:evergreen-tave"_s);
}

QString DemoIntegrations::lakesideIntegrationId()
{
    return ids::named(u"integration:lakeside-honeybook"_s);
}

DemoIntegrations::DemoIntegrations(Database &db, const Clock &clock,
                                   const IntegrationCredentials *credentials)
    : m_db(db)
    , m_clock(clock)
    , m_credentials(credentials)
{ }

Status DemoIntegrations::seed(const QString &evergreenId, const QString &adminId)
{
    const QDateTime now = m_clock.now();
    IntegrationRow tave;
    tave.id = taveIntegrationId();
    tave.organizationId = evergreenId;
    tave.provider = u"tave"_s;
    tave.name = u"Evergreen Táve"_s;
    tave.authType = u"api_key"_s;
    tave.status = u"connected"_s;
    tave.scheduleMinutes = 60;
    tave.direction = u"import_only"_s;
    tave.conflictStrategy = u"newest_wins"_s;
    tave.createdBy = adminId;
    tave.createdAt = tave.updatedAt = now.addDays(-5);
    tave.nextSyncAt = now.addSecs(40 * 60);
    IntegrationRepository integrations(m_db);
    if (auto stored = integrations.insert(tave); !stored)
        return stored;
    if (m_credentials && m_credentials->isAvailable()) {
        auto sealed = m_credentials->seal(tave.id, QJsonObject {{u"apiKey"_s, taveApiKey()}});
        if (!sealed)
            return sealed.error();
        if (auto stored = integrations.storeCredentials(tave.id, sealed.value(), tave.createdAt);
            !stored)
            return stored;
    }
    const QList<crm::MappingRule> mappings {
        {u"firstName"_s, u"first_name"_s, u"trim"_s, {}},
        {u"lastName"_s, u"last_name"_s, u"trim"_s, {}},
        {u"email"_s, u"email"_s, u"lower"_s, {}},
        {u"cellPhone.e164"_s, u"mobile"_s, u"phone_e164"_s, u"44"_s},
        {u"homePhone.e164"_s, u"phone"_s, u"phone_e164"_s, u"44"_s},
        {u"address.city"_s, u"city"_s, u"title"_s, {}},
        {u"address.postalCode"_s, u"postal_code"_s, u"upper"_s, {}},
        {u"jobs.eventDate"_s, u"wedding_date"_s, u"date_iso"_s, u"yyyy-MM-dd"_s},
        {u"leadSource.name"_s, u"lead_source"_s, u"none"_s, {}},
        {u"id"_s, u"custom.tave_contact_id"_s, u"none"_s, {}},
    };
    if (auto stored = integrations.replaceMappings(tave.id, mappings); !stored)
        return stored;
    if (auto clients = seedClients(evergreenId, now.addDays(-4), mappings); !clients)
        return clients;
    return seedJobs(evergreenId, adminId);
}

Status DemoIntegrations::seedLakeside(const QString &lakesideId, const QString &adminId)
{
    const QDateTime at = m_clock.now().addDays(-30);
    IntegrationRow file;
    file.id = lakesideIntegrationId();
    file.organizationId = lakesideId;
    file.provider = u"honeybook"_s;
    file.name = u"HoneyBook export"_s;
    file.authType = u"none"_s;
    file.status = u"disconnected"_s;
    file.paused = true;
    file.direction = u"import_only"_s;
    file.conflictStrategy = u"crm_wins"_s;
    file.createdBy = adminId;
    file.createdAt = file.updatedAt = at;
    IntegrationRepository integrations(m_db);
    if (auto stored = integrations.insert(file); !stored)
        return stored;
    SyncJobRow job;
    job.id = ids::named(u"sync-job:lakeside-honeybook:file"_s);
    job.organizationId = lakesideId;
    job.integrationId = file.id;
    job.kind = u"file_import"_s;
    job.status = u"completed"_s;
    job.processed = job.createdCount = LakesideClients;
    job.total = LakesideClients;
    job.checkpoint = QString::number(LakesideClients);
    job.requestedBy = adminId;
    job.createdAt = at.addSecs(60);
    job.startedAt = at.addSecs(61);
    job.finishedAt = at.addSecs(63);
    SyncJobRepository jobs(m_db);
    if (auto stored = jobs.insert(job); !stored)
        return stored;
    for (const auto &[secs, message] :
         {std::pair {0, u"Importing honeybook-clients.csv (CSV, 3 rows)."_s},
          std::pair {2, u"Finished after 3 rows: 3 created, 0 updated, 0 skipped."_s}}) {
        if (auto stored = jobs.appendLog({ids::named(u"%1:log:%2"_s.arg(job.id).arg(secs)), job.id,
                                          job.startedAt.addSecs(secs), u"info"_s, message});
            !stored)
            return stored;
    }
    CrmClientRepository clients(m_db);
    const QList<QJsonObject> people {
        {{u"full_name"_s, u"Harper Quinn"_s}, {u"email"_s, u"harper.quinn@example.org"_s}},
        {{u"full_name"_s, u"Rowan Blake"_s}, {u"email"_s, u"rowan.blake@example.org"_s}},
        {{u"full_name"_s, u"Sage Ellery"_s}, {u"phone"_s, u"+1 555 0100"_s}}};
    for (qsizetype i = 0; i < people.size(); ++i) {
        CrmClientRow row;
        row.id = ids::named(u"crm-client:lakeside-honeybook:%1"_s.arg(i));
        row.organizationId = lakesideId;
        row.integrationId = file.id;
        row.fields = people.at(i);
        row.emailKey = row.fields.value(u"email"_s).toString();
        row.changedByCrmAt = row.createdAt = row.updatedAt = job.startedAt.addMSecs(500 + i);
        if (auto stored = clients.insert(row); !stored)
            return stored;
    }
    return integrations.recordLastSync(file.id, job.status, job.finishedAt);
}

Status DemoIntegrations::seedClients(const QString &evergreenId, const QDateTime &at,
                                     const QList<crm::MappingRule> &mappings)
{
    // Each client is what an import of the simulator's contact through the demo's mapping
    // stores, so the first sync finds every one unchanged.
    const ClientMapper mapper(u"tave"_s, mappings);
    CrmClientRepository clients(m_db);
    for (int n = 1; n <= TaveClients; ++n) {
        CrmClientRow row;
        row.id = ids::named(u"crm-client:evergreen-tave:%1"_s.arg(n));
        row.organizationId = evergreenId;
        row.integrationId = taveIntegrationId();
        row.externalId = contactId(n);
        row.changedByCrmAt = row.createdAt = row.updatedAt = at.addMSecs(n * 40);
        const MappedClient mapped = mapper.map(
            TaveSimulator::contactFromClient(row.externalId, clientFields(n), row.createdAt));
        row.fields = mapped.fields;
        row.emailKey = mapped.emailKey;
        row.contentHash = mapped.contentHash;
        if (auto stored = clients.insert(row); !stored)
            return stored;
    }
    return ok();
}

Status DemoIntegrations::seedJobs(const QString &evergreenId, const QString &adminId)
{
    const QDateTime now = m_clock.now();
    SyncJobRepository jobs(m_db);
    struct Line
    {
        int secs;
        QString level;
        QString message;
    };
    const auto store = [&](SyncJobRow job, const QList<Line> &lines) -> Status {
        job.organizationId = evergreenId;
        job.integrationId = taveIntegrationId();
        job.requestedBy = adminId;
        if (auto stored = jobs.insert(job); !stored)
            return stored;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            SyncJobLogRow line {ids::named(u"%1:log:%2"_s.arg(job.id).arg(i)), job.id,
                                job.startedAt.addSecs(lines[i].secs), lines[i].level,
                                lines[i].message};
            if (auto stored = jobs.appendLog(line); !stored)
                return stored;
        }
        return ok();
    };

    SyncJobRow full;
    full.id = ids::named(u"sync-job:evergreen-tave:full"_s);
    full.kind = u"full_import"_s;
    full.status = u"completed"_s;
    full.processed = full.createdCount = DemoIntegrations::TaveClients;
    full.total = DemoIntegrations::TaveClients;
    full.checkpoint = u"3"_s;
    full.createdAt = now.addDays(-4).addSecs(-5);
    full.startedAt = now.addDays(-4).addSecs(-4);
    full.finishedAt = full.startedAt.addSecs(6);
    if (auto stored = store(full,
                            {{0, u"info"_s, u"Connected to Táve: 120 contacts."_s},
                             {2, u"info"_s, u"Page 1 of 2: 100 contacts, 100 created."_s},
                             {4, u"info"_s, u"Page 2 of 2: 20 contacts, 20 created."_s},
                             {6, u"info"_s, u"Finished: 120 created, 0 updated, 0 skipped."_s}});
        !stored)
        return stored;

    SyncJobRow storm;
    storm.id = ids::named(u"sync-job:evergreen-tave:429"_s);
    storm.kind = u"incremental_sync"_s;
    storm.status = u"failed"_s;
    storm.total = DemoIntegrations::TaveClients;
    storm.checkpoint = u"1"_s;
    storm.attempt = 1;
    storm.createdAt = now.addDays(-2).addSecs(-3);
    storm.startedAt = now.addDays(-2).addSecs(-2);
    storm.finishedAt = storm.startedAt.addSecs(190);
    storm.error = u"Táve kept answering 429 Too Many Requests on page 1 after 5 retries "
                  "(Retry-After 30 s); nothing was changed. Retry later: the sync resumes at "
                  "page 1."_s;
    QList<Line> stormLines {{0, u"info"_s,
                             u"Incremental sync of contacts changed since the last "
                             "import."_s}};
    for (int attempt = 1; attempt <= 5; ++attempt)
        stormLines << Line {attempt * 32, u"warning"_s,
                            u"Page 1: Táve answered 429 Too Many Requests; waiting 30 s "
                            "(Retry-After), attempt %1 of 5."_s.arg(attempt)};
    stormLines << Line {190, u"error"_s, storm.error};
    if (auto stored = store(storm, stormLines); !stored)
        return stored;

    SyncJobRow partial;
    partial.id = ids::named(u"sync-job:evergreen-tave:partial"_s);
    partial.kind = u"incremental_sync"_s;
    partial.status = u"completed"_s;
    partial.partial = true;
    partial.total = DemoIntegrations::TaveClients;
    partial.processed = DemoIntegrations::TaveClients;
    partial.updatedCount = DemoIntegrations::TaveClients - 3;
    partial.skippedCount = 3;
    partial.checkpoint = u"3"_s;
    partial.attempt = 2;
    partial.createdAt = now.addDays(-1).addSecs(-3);
    partial.startedAt = now.addDays(-1).addSecs(-2);
    partial.finishedAt = partial.startedAt.addSecs(9);
    if (auto stored
        = store(partial,
                {{0, u"info"_s,
                  u"Retry 2 of job %1, resuming from its checkpoint (page 1)."_s.arg(storm.id)},
                 {3, u"warning"_s,
                  u"Row 17 (contact %1) skipped: the e-mail address \"clara.chen@@example\" is not "
                  "valid."_s.arg(contactId(17))},
                 {4, u"warning"_s,
                  u"Row 58 (contact %1) skipped: the contact has neither an e-mail address nor a "
                  "name."_s.arg(contactId(58))},
                 {6, u"warning"_s,
                  u"Row 103 (contact %1) skipped: the wedding date \"31/02/2027\" is not a date "
                  "(format yyyy-MM-dd)."_s.arg(contactId(103))},
                 {9, u"info"_s,
                  u"Finished with 3 rows skipped: 0 created, 117 updated, 3 skipped."_s}});
        !stored)
        return stored;
    return IntegrationRepository(m_db).recordLastSync(taveIntegrationId(), partial.status,
                                                      partial.finishedAt);
}

} // namespace wedsync::server
