#include "jobs/TaveAdapter.h"

#include "MappingWriteBack.h"
#include "jobs/ClientMapper.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

const QString AddressBook = u"address-book"_s;
const QString Jobs = u"job"_s;
const QString JobContacts = u"job-contact"_s;
const QString JobPrefix = u"job."_s;

bool isStage(const QString &stage)
{
    static const QStringList stages {u"lead"_s, u"inquiry"_s, u"booked"_s, u"fulfillment"_s,
                                     u"completed"_s};
    return stages.contains(stage);
}

} // namespace

TaveAdapter::TaveAdapter(HttpFetcher &fetcher, const QString &baseUrl, const QString &apiKey,
                         RateLimiter::Limit limit)
    : m_fetcher(fetcher)
    , m_baseUrl(baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl)
    , m_apiKey(apiKey)
    , m_limit(limit)
{
    // One bucket per credential: every job of this key shares Táve's allowance.
    m_rateKey = RateLimiter::bucketKey(u"tave"_s, m_baseUrl, apiKey);
    m_fetcher.setProviderName(providerName());
}

QString TaveAdapter::providerName() const
{
    return u"Táve"_s;
}

CrmPlace TaveAdapter::placeOf(const QString &checkpoint) const
{
    bool ok = false;
    const int page = checkpoint.isEmpty() ? 1 : checkpoint.toInt(&ok);
    if (!checkpoint.isEmpty() && (!ok || page < 1))
        return {0, checkpoint.left(40)};
    return {page, {}};
}

FetchRequest TaveAdapter::resourceRequest(const QByteArray &method, const QString &resource,
                                          const QString &id, const QString &what) const
{
    FetchRequest out;
    out.method = method;
    out.url = QUrl(
        m_baseUrl + u'/' + resource
        + (id.isEmpty() ? QString() : u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    out.headers = {{"X-API-KEY", m_apiKey.toUtf8()}, {"Accept", "application/json"}};
    if (method != "GET")
        out.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    out.rateKey = m_rateKey;
    out.limit = m_limit;
    out.what = what;
    out.subjectId = id;
    return out;
}

FetchRequest TaveAdapter::contactRequest(const QByteArray &method, const QString &id,
                                         const QString &what) const
{
    FetchRequest out = resourceRequest(method, AddressBook, id, what);
    out.subject
        = (id.isEmpty() ? crm::joblog::RequestNewContact : crm::joblog::RequestContact).toString();
    return out;
}

FetchRequest TaveAdapter::request(const QString &resource, int page, int pageSize,
                                  const QString &what) const
{
    FetchRequest out = resourceRequest("GET", resource, {}, what);
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize));
    if (resource == AddressBook) {
        out.subject = crm::joblog::RequestPage.toString();
        out.page = page;
        query.addQueryItem(u"sortBy"_s, u"created asc"_s); // new contacts land on later pages
    } else if (resource == Jobs) {
        query.addQueryItem(u"includeClosed"_s, u"true"_s);
        query.addQueryItem(u"sortBy"_s, u"created asc"_s);
    }
    out.url.setQuery(query);
    return out;
}

CrmWriteResult TaveAdapter::sendRecord(const FetchRequest &request, const QString &noun)
{
    CrmWriteResult out;
    const FetchResult fetched = m_fetcher.send(request);
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        out.outcome = fetched.outcome;
        out.message = fetched.message;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fetched.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(u"id"_s).toString().isEmpty()) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = u"Táve answered %1 without the %2."_s.arg(request.what, noun);
        return out;
    }
    out.record = doc.object();
    return out;
}

CrmWriteResult TaveAdapter::writeClient(const QString &externalId, const QString &,
                                        const QJsonObject &fields)
{
    QJsonObject contact;
    if (!externalId.isEmpty()) {
        CrmWriteResult current = sendRecord(
            contactRequest("GET", externalId, u"contact %1"_s.arg(externalId)), u"contact"_s);
        if (current.outcome != FetchResult::Outcome::Ok)
            return current;
        contact = current.record;
    }
    contact.remove(u"job"_s); // the contact's job is written to the job, never to the contact
    const FieldMapping &mapping
        = m_mapping.isEmpty() ? ClientMapper::defaultMapping(u"tave"_s) : m_mapping;
    QStringList unwritable;
    QList<SourceValue> jobValues;
    for (const SourceValue &value : writeBack(mapping, fields)) {
        if (value.path.startsWith(JobPrefix))
            jobValues.append(value);
        else if (!writeSourceValue(&contact, value))
            unwritable.append(value.path);
    }
    if (!unwritable.isEmpty()) {
        CrmWriteResult skipped;
        skipped.outcome = FetchResult::Outcome::Refused;
        skipped.skip = true;
        skipped.message = u"Táve's contact %1 has no place for %2 (the field mapping names a path"
                          " its record does not have)."_s.arg(externalId, unwritable.join(u", "_s));
        return skipped;
    }
    if (externalId.isEmpty()) {
        // A new contact is nobody's client yet: its job fields stay in WedSync.
        FetchRequest create = contactRequest("POST", {}, u"a new contact"_s);
        contact.insert(u"kind"_s, u"person"_s);
        create.body = QJsonDocument(contact).toJson(QJsonDocument::Compact);
        CrmWriteResult out = sendRecord(create, u"contact"_s);
        out.created = out.outcome == FetchResult::Outcome::Ok;
        return out;
    }
    FetchRequest replace = contactRequest("PUT", externalId, u"contact %1"_s.arg(externalId));
    replace.body = QJsonDocument(contact).toJson(QJsonDocument::Compact);
    CrmWriteResult out = sendRecord(replace, u"contact"_s);
    if (out.outcome != FetchResult::Outcome::Ok)
        return out;
    const CrmWriteResult job = writeJob(externalId, jobValues);
    if (job.outcome != FetchResult::Outcome::Ok)
        return job;
    // The record as the next pull reads it: with its job, as Táve now holds it.
    if (const QJsonObject held = m_jobs.jobOf(externalId); !held.isEmpty())
        out.record.insert(u"job"_s, held);
    return out;
}

CrmWriteResult TaveAdapter::writeJob(const QString &contactId, const QList<SourceValue> &values)
{
    CrmWriteResult out;
    if (values.isEmpty())
        return out;
    if (!m_jobsRead) {
        const CrmPageRead read = readJobs();
        if (read.outcome != FetchResult::Outcome::Ok) {
            out.outcome = read.outcome;
            out.message = read.message;
            return out;
        }
    }
    const QJsonObject current = m_jobs.jobOf(contactId);
    if (current.isEmpty())
        return out; // nobody's client at Táve: the fields stay in WedSync
    // The summary the mapping read, changed by WedSync's values: what differs is written.
    QJsonObject wrapped {{u"job"_s, current}};
    for (const SourceValue &value : values) {
        if (value.path == u"job.stage"_s) {
            // A status that is none of Táve's stages (or none) leaves the job's stage as it is.
            const QString stage = value.value.trimmed().toLower();
            if (!isStage(stage))
                continue;
            QJsonObject job = wrapped[u"job"_s].toObject();
            job.insert(u"stage"_s, stage);
            wrapped[u"job"_s] = job;
            continue;
        }
        (void)writeSourceValue(&wrapped, value);
    }
    QJsonObject changed = wrapped[u"job"_s].toObject();
    if (const QJsonValue guests = changed.value(u"guestCount"_s); guests.isString()) {
        bool whole = false;
        const int count = guests.toString().toInt(&whole);
        if (whole && count >= 0)
            changed.insert(u"guestCount"_s, count);
        else
            changed.insert(u"guestCount"_s, current.value(u"guestCount"_s));
    }
    if (changed == current)
        return out;
    const QString jobId = current.value(u"id"_s).toString();
    const QString what = u"job %1"_s.arg(jobId);
    CrmWriteResult read = sendRecord(resourceRequest("GET", Jobs, jobId, what), u"job"_s);
    if (read.outcome != FetchResult::Outcome::Ok)
        return read;
    QJsonObject job = read.record; // PUT replaces: the whole record goes back
    for (const QString &key : {u"eventDate"_s, u"guestCount"_s, u"stage"_s}) {
        if (changed.value(key) != current.value(key))
            job.insert(key,
                       changed.contains(key) ? changed.value(key) : QJsonValue(QJsonValue::Null));
    }
    FetchRequest replace = resourceRequest("PUT", Jobs, jobId, what);
    replace.body = QJsonDocument(job).toJson(QJsonDocument::Compact);
    CrmWriteResult written = sendRecord(replace, u"job"_s);
    if (written.outcome != FetchResult::Outcome::Ok)
        return written;
    m_jobs.update(written.record);
    return out;
}

CrmPageRead TaveAdapter::read(const QString &resource, int page, int pageSize, const QString &what)
{
    CrmPageRead out;
    const FetchResult fetched = m_fetcher.send(request(resource, page, pageSize, what));
    if (fetched.outcome != FetchResult::Outcome::Ok) {
        out.outcome = fetched.outcome;
        out.message = fetched.message;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fetched.body, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !root.value(u"items"_s).isArray()) {
        out.outcome = FetchResult::Outcome::Refused;
        out.message = parseError.error != QJsonParseError::NoError
            ? u"Táve answered %1 with malformed JSON (%2 at byte %3)."_s
                  .arg(what, parseError.errorString())
                  .arg(parseError.offset)
            : u"Táve answered %1 without a list of items."_s.arg(what);
        return out;
    }
    const QJsonArray items = root.value(u"items"_s).toArray();
    for (const QJsonValue &item : items)
        out.page.items.append(item.toObject()); // a non-object becomes {} and is skipped
    const QJsonObject meta = root.value(u"meta"_s).toObject();
    const int totalPages = std::max(1, meta.value(u"totalPages"_s).toInt(1));
    out.page.nextCheckpoint = page < totalPages ? QString::number(page + 1) : QString();
    out.page.totalEstimate = page < totalPages ? qint64(totalPages) * pageSize
                                               : qint64(totalPages - 1) * pageSize + items.size();
    out.page.label = u"page %1 of %2"_s.arg(page).arg(totalPages);
    out.page.number = page;
    out.page.count = totalPages;
    return out;
}

CrmPageRead TaveAdapter::readJobs()
{
    TaveJobIndex index;
    int jobPages = 0;
    for (const QString &resource : {Jobs, JobContacts}) {
        for (int page = 1;; ++page) {
            CrmPageRead read = this->read(resource, page, PageSize,
                                          (resource == Jobs ? u"page %1 of Táve's jobs"_s
                                                            : u"page %1 of Táve's job contacts"_s)
                                              .arg(page));
            if (read.outcome != FetchResult::Outcome::Ok)
                return read;
            if (resource == Jobs) {
                index.addJobs(read.page.items);
                jobPages = page;
            } else {
                index.addLinks(read.page.items);
            }
            // An empty page ends the list whatever its meta says (no endless paging).
            if (read.page.nextCheckpoint.isEmpty() || read.page.items.isEmpty())
                break;
        }
    }
    index.build();
    m_jobs = std::move(index);
    m_jobsRead = true;
    m_fetcher.log(HttpFetcher::Level::Info, crm::joblog::JobsRead.toString(),
                  {{u"provider"_s, providerName()},
                   {u"jobs"_s, qint64(m_jobs.jobCount())},
                   {u"pages"_s, jobPages}});
    return {};
}

CrmPageRead TaveAdapter::readPage(const QString &checkpoint)
{
    bool ok = false;
    const int page = checkpoint.isEmpty() ? 1 : checkpoint.toInt(&ok);
    if (!checkpoint.isEmpty() && (!ok || page < 1)) {
        CrmPageRead out;
        out.outcome = FetchResult::Outcome::Refused;
        out.message
            = u"The job's checkpoint “%1” is not a Táve page number."_s.arg(checkpoint.left(40));
        return out;
    }
    if (!m_jobsRead) {
        if (CrmPageRead jobs = readJobs(); jobs.outcome != FetchResult::Outcome::Ok)
            return jobs;
    }
    CrmPageRead out = read(AddressBook, page, PageSize, u"page %1 of the address book"_s.arg(page));
    for (QJsonObject &contact : out.page.items) {
        const QJsonObject job = m_jobs.jobOf(externalId(contact));
        if (job.isEmpty())
            contact.remove(u"job"_s);
        else
            contact.insert(u"job"_s, job);
    }
    return out;
}

QString TaveAdapter::externalId(const QJsonObject &record) const
{
    const QString id = record.value(u"id"_s).toString();
    return id.size() <= 64 ? id : QString();
}

QDateTime TaveAdapter::modifiedAt(const QJsonObject &record) const
{
    // A change of the contact's job is a change of the client too.
    const QDateTime contact
        = QDateTime::fromString(record.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    const QDateTime job = m_jobs.jobModifiedAt(externalId(record));
    return job.isValid() && (!contact.isValid() || job > contact) ? job : contact;
}

qint64 TaveAdapter::countFrom(const QString &resource, const CrmPageRead &first,
                              const QString &what)
{
    // The exact count: full pages before the last, plus the last page's rows.
    qint64 count = first.page.items.size();
    if (!first.page.nextCheckpoint.isEmpty()) {
        const qint64 pages = first.page.count;
        const CrmPageRead last
            = read(resource, int(pages), TestPageSize, u"the last page of "_s + what);
        count = last.outcome == FetchResult::Outcome::Ok
            ? (pages - 1) * TestPageSize + last.page.items.size()
            : first.page.totalEstimate.value_or(count);
    }
    return count;
}

CrmTestResult TaveAdapter::test()
{
    CrmTestResult result;
    const CrmPageRead first = read(AddressBook, 1, TestPageSize, u"the address book"_s);
    if (first.outcome != FetchResult::Outcome::Ok) {
        result.status = u"error"_s;
        result.message = first.outcome == FetchResult::Outcome::Unauthorized
            ? u"Táve refused the API key (401). Check that you copied the whole key from VSCO "
              "Workspace (Settings → API), and that it has not been revoked."_s
            : first.message;
        return result;
    }
    const qint64 count = countFrom(AddressBook, first, u"the address book"_s);
    result.ok = true;
    result.status = u"connected"_s;
    const QString contacts = count == 1 ? u"1 contact"_s : u"%1 contacts"_s.arg(count);
    // The jobs too, when the key may read them (only a wording: the connection stands).
    const CrmPageRead jobs = read(Jobs, 1, TestPageSize, u"the jobs"_s);
    const qint64 jobCount
        = jobs.outcome == FetchResult::Outcome::Ok ? countFrom(Jobs, jobs, u"the jobs"_s) : -1;
    // The sample shows contacts as an import reads them, with their job where the first page
    // of links names one, and the job's fields among the columns to map whenever jobs can be
    // read (the full index is an import's work: a test stays a few requests).
    QList<QJsonObject> sample = first.page.items;
    if (jobCount >= 0) {
        const CrmPageRead links = read(JobContacts, 1, PageSize, u"the job contacts"_s);
        TaveJobIndex index;
        index.addJobs(jobs.page.items);
        if (links.outcome == FetchResult::Outcome::Ok)
            index.addLinks(links.page.items);
        index.build();
        for (QJsonObject &contact : sample) {
            if (const QJsonObject job = index.jobOf(externalId(contact)); !job.isEmpty())
                contact.insert(u"job"_s, job);
        }
    }
    addSample(&result, sample);
    if (jobCount >= 0) {
        for (const QString &key :
             {u"id"_s, u"name"_s, u"stage"_s, u"eventDate"_s, u"guestCount"_s, u"closed"_s}) {
            if (!result.sourceFields.contains(u"job."_s + key))
                result.sourceFields.append(u"job."_s + key);
        }
        std::sort(result.sourceFields.begin(), result.sourceFields.end());
    }
    result.message = jobCount < 0 ? u"Connected to Táve: %1."_s.arg(contacts)
        : jobCount == 1           ? u"Connected to Táve: %1, 1 job."_s.arg(contacts)
                        : u"Connected to Táve: %1, %2 jobs."_s.arg(contacts).arg(jobCount);
    return result;
}

} // namespace wedsync::server
