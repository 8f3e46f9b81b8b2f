#pragma once
// A Táve / VSCO Workspace Public API v2 simulator, written from the documented wire format
// (shared/reference/providers.md §4.1, §6): what `--demo` points Evergreen's Táve integration
// at, and what the CRM job tests import from. It listens on a loopback port with the server's
// own HttpServer and Router.
//
//   GET  /api/v2/studio/me
//   GET  /api/v2/address-book?page=&pageSize=      page from 1, pageSize 10..100 (default 100)
//        -> {"items":[contact...],"meta":{"currentPage","totalPages","pageSize"}}
//   GET  /api/v2/address-book/{id}                  ids are lower-case ULIDs
//   POST /api/v2/address-book                       creates, 201
//   PUT  /api/v2/address-book/{id}                  replaces the whole record
//   GET  /api/v2/job?page=&pageSize=&includeClosed=true&sortBy=created%20asc
//   GET  /api/v2/job/{id}
//   PUT  /api/v2/job/{id}                           replaces the whole record
//   GET  /api/v2/job-contact?page=&pageSize=[&jobId=]
//
// Every request needs `X-API-KEY` (401 otherwise). Contacts are
// {"id","kind":"person","firstName","lastName","email","cellPhone":{"e164"},"created","modified"}.
// Jobs are {"id","name","stage":"lead|inquiry|booked|fulfillment|completed","eventDate"
// (yyyy-MM-dd or null),"guestCount" (or null),"closed","created","modified"}; closed ones only
// with includeClosed=true. A job-contact is {"id","jobId","contactId","client"}: that item shape
// and the jobId filter are as a community VSCO v2 client uses them
// (`/job-contact?jobId=${jobId}&pageSize=50`, items {contactId, client}), not from Táve's docs.
//
// Knobs for tests (set on the simulator's thread): the number of contacts, a rate limit
// (429 + Retry-After), forced 429s, injected 5xx, slow answers, malformed JSON on chosen pages,
// contacts that change between pages. Counters tell a test what was asked.

#include "common/Status.h"
#include "http/Router.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>

namespace wedsync::server {
class HttpServer;
struct ApiRequest;
struct ApiResponse;

class TaveSimulator : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MinPageSize = 10;
    static constexpr int MaxPageSize = 100;

    explicit TaveSimulator(QObject *parent = nullptr);
    ~TaveSimulator() override;

    // Listens on 127.0.0.1 (port 0 picks a free one). Returns the port.
    Result<quint16> listen(quint16 port = 0);
    // "http://127.0.0.1:PORT/api/v2": an integration's base URL.
    QString baseUrl() const;

    // --- data ---------------------------------------------------------------------------
    // Replaces the address book by `count` generated contacts (stable for a given count) and
    // the jobs by generated ones: contacts 2k and 2k+1 are the couple of job k, except every
    // tenth pair (k % 10 == 9), who are on none; job k has no eventDate when k % 7 == 3, no
    // guestCount when k % 6 == 5, is closed when k % 8 == 7, and its stage is the k % 5th of
    // lead, inquiry, booked, fulfillment, completed. Contact 2k of every twelfth pair
    // (k % 12 == 1) is also the client of a second job, 200 days after the first, open for
    // k = 1, 25, 49… and closed for k = 13, 37… Contact 2k + 2 is on job k as a non-client when
    // k % 4 == 2.
    void setContactCount(int count);
    // Appends a contact in Táve's shape from a client's fields (as the CRM hub stores them),
    // and the job its wedding_date, guest_count and status imply with the contact as its
    // client: what --demo serves so that the demo's imported clients and Táve's contacts agree.
    void addContactFromClient(const QString &id, const QJsonObject &fields,
                              const QDateTime &created);
    // That contact, as Táve would answer it.
    static QJsonObject contactFromClient(const QString &id, const QJsonObject &fields,
                                         const QDateTime &created);
    // The job a client's fields imply (for contact `contactId`); empty when they name none.
    static QJsonObject jobFromClient(const QString &contactId, const QJsonObject &fields,
                                     const QDateTime &created);
    QList<QJsonObject> jobs() const { return m_jobs; }
    QList<QJsonObject> jobContacts() const { return m_jobContacts; }
    // The job with `id`; empty if there is none.
    QJsonObject job(const QString &id) const;
    // Appends a job (id, created and modified made when it has none); returns its id.
    QString addJob(QJsonObject job);
    void linkContact(const QString &jobId, const QString &contactId, bool client = true);
    // Changes a job as someone at Táve would: `fields` set, `modified` now.
    bool changeJob(const QString &id, const QJsonObject &fields);
    int contactCount() const { return int(m_contacts.size()); }
    QList<QJsonObject> contacts() const { return m_contacts; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    void setStudioName(const QString &name) { m_studioName = name; }

    // --- knobs --------------------------------------------------------------------------
    // At most `requests` per `perSeconds` per API key; beyond: 429 with Retry-After. 0 = none.
    void setRateLimit(int requests, int perSeconds);
    // The next `count` requests (of `onPath` only, e.g. "/address-book", when given) answer
    // 429 with `Retry-After: retryAfterSecs`.
    void forceTooManyRequests(int count, int retryAfterSecs, const QString &onPath = {});
    // The next `count` requests answer `status` (500, 502, 503...).
    void failNext(int count, int status = 503);
    // Every answer waits `ms` first (answered later, the simulator's loop keeps serving).
    void setDelayMs(int ms) { m_delayMs = ms; }
    // Pages whose answer is malformed JSON.
    void setMalformedPages(const QSet<int> &pages) { m_malformedPages = pages; }
    // Pages of the job list whose answer is malformed JSON.
    void setMalformedJobPages(const QSet<int> &pages) { m_malformedJobPages = pages; }
    // After serving a page other than the last, one contact already served changes (its
    // email) and one new contact is appended: the "changing between pages" case.
    void setChangeBetweenPages(bool on) { m_changeBetweenPages = on; }

    // --- counters -----------------------------------------------------------------------
    int requestCount() const { return m_requests; }
    int tooManyRequestsCount() const { return m_tooMany; }
    // How often page `page` of the address book was answered with 200.
    int pageServedCount(int page) const { return m_pageServed.value(page); }
    // How often page `page` of the job list / the job-contact list was answered with 200.
    int jobPageServedCount(int page) const { return m_jobPageServed.value(page); }
    int jobContactPageServedCount(int page) const { return m_jobContactPageServed.value(page); }
    // PUTs of a job answered with 200.
    int jobReplaceCount() const { return m_jobReplaced; }
    // Requests being delayed right now (slow answers in flight).
    int inFlight() const { return m_inFlight; }

    // A ULID (26 characters of Crockford base32, lower case) for `millis` and `random`.
    static QString ulid(qint64 millis, quint64 randomHigh, quint64 randomLow);

Q_SIGNALS:
    // A page of the address book was answered (200).
    void pageServed(int page);

private:
    void registerRoutes();
    using Handler = ApiResponse (TaveSimulator::*)(const ApiRequest &);
    ApiResponse handle(ApiRequest &request, Handler handler);
    // The gate every request passes: key, injected failures, rate limit. Empty if it may go on.
    std::optional<ApiResponse> gate(const ApiRequest &request);
    ApiResponse listContacts(const ApiRequest &request);
    ApiResponse getContact(const ApiRequest &request);
    ApiResponse createContact(const ApiRequest &request);
    ApiResponse replaceContact(const ApiRequest &request);
    ApiResponse studio(const ApiRequest &);
    ApiResponse listJobs(const ApiRequest &request);
    ApiResponse getJob(const ApiRequest &request);
    ApiResponse replaceJob(const ApiRequest &request);
    ApiResponse listJobContacts(const ApiRequest &request);
    // The request's page and pageSize, or the 400 that refuses them.
    static std::optional<ApiResponse> paging(const ApiRequest &request, int *page, int *pageSize);
    // Page `page` of `all`: {"items","meta"}.
    static ApiResponse pageOf(const QList<QJsonObject> &all, int page, int pageSize);
    QJsonObject makeContact(int index, const QDateTime &created) const;
    // The generated jobs of setContactCount (TaveSimulatorJobs.cpp).
    void makeJobs();
    int indexOf(const QString &id) const;
    int jobIndexOf(const QString &id) const;

    Router m_router;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
    QList<QJsonObject> m_contacts;
    QString m_apiKey = QStringLiteral("tave-demo-key");
    QString m_studioName = QStringLiteral("Evergreen Studio");
    int m_generated = 0; // contacts generated so far (new ones continue the numbering)
    QList<QJsonObject> m_jobs; // in the order they were created
    QList<QJsonObject> m_jobContacts;

    int m_ratePerWindow = 0;
    int m_rateWindowSecs = 1;
    QHash<QString, std::deque<qint64>> m_recent; // per key: times (ms) of recent requests
    int m_force429 = 0;
    int m_force429RetryAfter = 1;
    QString m_force429Path;
    int m_failCount = 0;
    int m_failStatus = 503;
    int m_delayMs = 0;
    QSet<int> m_malformedPages;
    QSet<int> m_malformedJobPages;
    bool m_changeBetweenPages = false;

    int m_requests = 0;
    int m_tooMany = 0;
    int m_inFlight = 0;
    QHash<int, int> m_pageServed;
    QHash<int, int> m_jobPageServed;
    QHash<int, int> m_jobContactPageServed;
    int m_jobReplaced = 0;
};

} // namespace wedsync::server
