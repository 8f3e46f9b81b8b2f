#include "demo/DemoIntegrations.h"

#include "ClientRecord.h"

#include "auth/IntegrationCredentials.h"
#include "common/Ids.h"
#include "demo/TaveSimulator.h"
#include "jobs/ClientMapper.h"
#include "jobs/JobLogText.h"
#include "jobs/TaveJobIndex.h"
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

// A demo log line: its English message made from its code and arguments, as a job's are.
SyncJobLogRow logRow(const QString &id, const QString &jobId, const QDateTime &at,
                     const JobLogEntry &entry)
{
    return {id, jobId, at, entry.level, entry.message(), entry.code, entry.args};
}

QJsonObject finishedArgs(int processed, int created, int updated, int skipped)
{
    return {{u"processed"_s, processed},
            {u"created"_s, created},
            {u"updated"_s, updated},
            {u"skipped"_s, skipped}};
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
        // What the client's Táve job holds (its stage one of Táve's).
        {u"guest_count"_s, QString::number(60 + (n * 13) % 140)},
        {u"status"_s, n % 4 == 0 ? u"inquiry"_s : (n % 4 == 3 ? u"completed"_s : u"booked"_s)},
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
        {u"job.eventDate"_s, u"wedding_date"_s, u"date_iso"_s, u"yyyy-MM-dd"_s},
        {u"job.guestCount"_s, u"guest_count"_s, u"none"_s, {}},
        {u"job.stage"_s, u"status"_s, u"trim"_s, {}},
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
    using namespace crm::joblog;
    for (const auto &[secs, entry] :
         {std::pair {0,
                     JobLogEntry {u"info"_s,
                                  FileImportStarted.toString(),
                                  {{u"file"_s, u"honeybook-clients.csv"_s},
                                   {u"format"_s, u"csv"_s},
                                   {u"rows"_s, LakesideClients}}}},
          std::pair {2,
                     JobLogEntry {u"info"_s, JobFinished.toString(),
                                  finishedArgs(LakesideClients, LakesideClients, 0, 0)}}}) {
        if (auto stored = jobs.appendLog(logRow(ids::named(u"%1:log:%2"_s.arg(job.id).arg(secs)),
                                                job.id, job.startedAt.addSecs(secs), entry));
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
        // The contact with the job Táve's adapter gives it.
        QJsonObject contact
            = TaveSimulator::contactFromClient(row.externalId, clientFields(n), row.createdAt);
        contact.insert(u"job"_s,
                       TaveJobIndex::summary(TaveSimulator::jobFromClient(
                           row.externalId, clientFields(n), row.createdAt)));
        const MappedClient mapped = mapper.map(contact);
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
    using namespace crm::joblog;
    struct Line
    {
        int secs;
        JobLogEntry entry;
    };
    const auto store = [&](SyncJobRow job, const QList<Line> &lines) -> Status {
        job.organizationId = evergreenId;
        job.integrationId = taveIntegrationId();
        job.requestedBy = adminId;
        if (auto stored = jobs.insert(job); !stored)
            return stored;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const SyncJobLogRow line = logRow(ids::named(u"%1:log:%2"_s.arg(job.id).arg(i)), job.id,
                                              job.startedAt.addSecs(lines[i].secs), lines[i].entry);
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
    const auto started = [](const QString &kind) {
        return JobLogEntry {u"info"_s,
                            JobStarted.toString(),
                            {{u"kind"_s, kind},
                             {u"direction"_s, FromCrm.toString()},
                             {u"provider"_s, u"Táve"_s},
                             {u"integration"_s, u"Evergreen Táve"_s}}};
    };
    const auto page = [](int number, int contacts) {
        return JobLogEntry {u"info"_s,
                            PageImported.toString(),
                            {{u"page"_s, number},
                             {u"pages"_s, 2},
                             {u"contacts"_s, contacts},
                             {u"created"_s, contacts},
                             {u"updated"_s, 0},
                             {u"unchanged"_s, 0},
                             {u"kept"_s, 0},
                             {u"review"_s, 0},
                             {u"skipped"_s, 0},
                             {u"notes"_s, QJsonArray()}}};
    };
    if (auto stored = store(
            full,
            {{0, started(u"full_import"_s)},
             {2, page(1, 100)},
             {4, page(2, DemoIntegrations::TaveClients - 100)},
             {6,
              {u"info"_s, JobFinished.toString(),
               finishedArgs(DemoIntegrations::TaveClients, DemoIntegrations::TaveClients, 0, 0)}}});
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
    const QString what = u"page 1 of the address book"_s;
    const JobLogEntry gaveUp {
        u"error"_s, JobFailed.toString(),
        joblog::failure(u"Táve kept answering 429 Too Many Requests to %1; gave up after 5 "
                        "attempts."_s.arg(what),
                        StageRead, {{u"page"_s, 1}, {u"processed"_s, 0}})};
    storm.error = gaveUp.message();
    QList<Line> stormLines {{0, started(u"incremental_sync"_s)}};
    for (int attempt = 2; attempt <= 5; ++attempt)
        stormLines << Line {(attempt - 1) * 32,
                            {u"warning"_s,
                             ProviderWait.toString(),
                             {{u"provider"_s, u"Táve"_s},
                              {u"status"_s, 429},
                              {u"rateLimited"_s, false},
                              {u"request"_s, RequestPage.toString()},
                              {u"page"_s, 1},
                              {u"what"_s, what},
                              {u"waitMs"_s, 30000},
                              {u"retryAfter"_s, RetryAfterHonoured.toString()},
                              {u"attempt"_s, attempt},
                              {u"attempts"_s, 5}}}};
    stormLines << Line {190, gaveUp};
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
    // Rows of Táve's address book its mapping could not take, as a client problem each.
    const auto skipped
        = [](int row, QStringView reason, const QString &field, const QString &value) {
              const ClientProblem problem {reason.toString(), field, value};
              return JobLogEntry {u"warning"_s,
                                  RowSkipped.toString(),
                                  {{u"row"_s, row},
                                   {u"reason"_s, problem.code},
                                   {u"field"_s, field},
                                   {u"value"_s, value},
                                   {u"detail"_s, ClientRecord::problemText(problem)}}};
          };
    if (auto stored
        = store(partial,
                {{0,
                  {u"info"_s,
                   JobRetried.toString(),
                   {{u"attempt"_s, 2}, {u"previousJob"_s, storm.id}, {u"resumes"_s, true}}}},
                 {3, skipped(17, clientproblem::NotEmail, u"email"_s, u"clara.chen@@example"_s)},
                 {4, skipped(58, clientproblem::NoNameOrEmail, {}, {})},
                 {6, skipped(103, clientproblem::NotDate, u"wedding_date"_s, u"31/02/2027"_s)},
                 {9,
                  {u"info"_s, JobFinished.toString(),
                   finishedArgs(DemoIntegrations::TaveClients, 0, DemoIntegrations::TaveClients - 3,
                                3)}}});
        !stored)
        return stored;
    return IntegrationRepository(m_db).recordLastSync(taveIntegrationId(), partial.status,
                                                      partial.finishedAt);
}

} // namespace wedsync::server
