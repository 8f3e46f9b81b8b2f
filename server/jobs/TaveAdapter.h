#pragma once
// Táve / VSCO Workspace Public API v2 (providers.md §4.1): `X-API-KEY`, contacts from
// `GET address-book?page=&pageSize=` (page from 1, pageSize 10–100, `meta.totalPages`,
// list key `items`), lower-case ULID ids, `modified` in UTC. The checkpoint is the next page.
//
// Before its first page a run (a resumed one too) reads all of Táve's jobs
// (`GET job?includeClosed=true`) and job-contacts (`GET job-contact`, unfiltered: its item
// shape {contactId, client} and its jobId filter are seen in a community VSCO v2 client, not in
// Táve's docs), and each contact of a page carries the job it is the client of as `job`
// {id, name, stage, eventDate, guestCount, closed} (TaveJobIndex says which, when several).
// Events (`/event`) are not read: a job's `eventDate` is the day Táve shows for the job.

#include "ClientFields.h"
#include "MappingWriteBack.h"
#include "jobs/CrmAdapter.h"
#include "jobs/TaveJobIndex.h"

namespace wedsync::server {

class TaveAdapter final : public CrmAdapter
{
public:
    static constexpr int PageSize = 100;
    static constexpr int TestPageSize = 10; // the connection test's pages

    TaveAdapter(HttpFetcher &fetcher, const QString &baseUrl, const QString &apiKey,
                RateLimiter::Limit limit);

    QString providerName() const override;
    QString firstCheckpoint() const override { return QStringLiteral("1"); }
    CrmPlace placeOf(const QString &checkpoint) const override;
    CrmPageRead readPage(const QString &checkpoint) override;
    QString externalId(const QJsonObject &record) const override;
    QDateTime modifiedAt(const QJsonObject &record) const override;
    CrmTestResult test() override;
    // PUT replaces the whole contact (providers.md §4.1): the contact is read first and only
    // the paths the integration's mapping reads are written (MappingWriteBack), so that what
    // Táve keeps beyond them survives. Without an id: POST creates one. Paths under `job.` are
    // the contact's job's, never the contact's: when its eventDate, guestCount or stage differ,
    // the job is read and replaced whole with them changed (other job paths are not written; a
    // contact without a job, or a new one, has none to write to; a status that is none of
    // Táve's stages leaves the stage as it is). The record answered carries the job as Táve
    // now holds it, as a pull would read it.
    CrmWriteResult writeClient(const QString &externalId, const QString &reference,
                               const QJsonObject &fields) override;
    void setFieldMapping(const FieldMapping &mapping) override { m_mapping = mapping; }

private:
    // A request of `resource` (address-book, job, job-contact), of the record `id` if any.
    FetchRequest resourceRequest(const QByteArray &method, const QString &resource,
                                 const QString &id, const QString &what) const;
    // A page of a list: `resource` as above.
    FetchRequest request(const QString &resource, int page, int pageSize,
                         const QString &what) const;
    FetchRequest contactRequest(const QByteArray &method, const QString &id,
                                const QString &what) const;
    // One request with a JSON object answer that has an id (`noun` for the sentence saying
    // it had none: "contact", "job").
    CrmWriteResult sendRecord(const FetchRequest &request, const QString &noun);
    // One page of `resource` read and checked; `pageSize` as asked.
    CrmPageRead read(const QString &resource, int page, int pageSize, const QString &what);
    // Every job and job-contact, once per run (the index); not Ok as a failed page is.
    CrmPageRead readJobs();
    // How many records `resource` holds, from its `first` small page (TestPageSize) and its
    // last one.
    qint64 countFrom(const QString &resource, const CrmPageRead &first, const QString &what);
    // The job values of a write (paths under `job.`) written to the contact's job when they
    // differ from it.
    CrmWriteResult writeJob(const QString &contactId, const QList<SourceValue> &values);

    HttpFetcher &m_fetcher;
    QString m_baseUrl; // without a trailing slash
    QString m_apiKey;
    RateLimiter::Limit m_limit;
    QString m_rateKey;
    FieldMapping m_mapping;
    TaveJobIndex m_jobs;
    bool m_jobsRead = false;
};

} // namespace wedsync::server
