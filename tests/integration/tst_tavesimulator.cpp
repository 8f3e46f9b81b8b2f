// The Táve / VSCO Workspace v2 simulator answers as the documented wire format says: X-API-KEY
// or 401, page/pageSize paging with meta.totalPages, lower-case ULIDs, PUT replaces; and its
// knobs (429 + Retry-After, 5xx, malformed JSON, slow answers, changes between pages) work.
// Jobs and job-contacts the same way: closed jobs only with includeClosed=true, job-contacts
// filtered by jobId, a job's PUT replaces it, and the generated jobs follow their stated rules.

#include "HttpTestClient.h"
#include "demo/TaveSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using wedsync::server::TaveSimulator;
using wedsync::test::HttpTestClient;
using wedsync::test::HttpTestReply;

namespace {

HttpTestReply getWithKey(HttpTestClient &client, const QString &path, const QByteArray &key)
{
    return client.send("GET", path, {}, {{"X-API-KEY", key}});
}

} // namespace

class TestTaveSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<TaveSimulator>();
        m_sim->setContactCount(245);
        m_sim->setApiKey(u"key-1"_s);
        auto port = m_sim->listen();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        m_client
            = std::make_unique<HttpTestClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(port.value())));
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void missingOrWrongKeyIs401()
    {
        QCOMPARE(m_client->get(u"/api/v2/address-book"_s).status, 401);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/address-book"_s, "nope").status, 401);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/studio/me"_s, "key-1").status, 200);
    }

    void pagesCoverEveryContactOnce()
    {
        QSet<QString> ids;
        int totalPages = 0;
        int page = 1;
        const QRegularExpression ulid(u"^[0-9a-hjkmnp-tv-z]{26}$"_s);
        do {
            auto reply = getWithKey(
                *m_client, u"/api/v2/address-book?page=%1&pageSize=50"_s.arg(page), "key-1");
            QCOMPARE(reply.status, 200);
            const QJsonObject meta = reply.object().value(u"meta"_s).toObject();
            QCOMPARE(meta.value(u"currentPage"_s).toInt(), page);
            totalPages = meta.value(u"totalPages"_s).toInt();
            for (const QJsonValue &item : reply.object().value(u"items"_s).toArray()) {
                const QString id = item.toObject().value(u"id"_s).toString();
                QVERIFY2(ulid.match(id).hasMatch(), qPrintable(id));
                ids.insert(id);
            }
            ++page;
        } while (page <= totalPages);
        QCOMPARE(totalPages, 5);
        QCOMPARE(ids.size(), 245);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/address-book?pageSize=5"_s, "key-1").status, 400);
    }

    void putReplacesTheRecord()
    {
        const QJsonObject first = m_sim->contacts().first();
        const QString path = u"/api/v2/address-book/"_s + first.value(u"id"_s).toString();
        const QJsonObject body {{u"firstName"_s, u"Only"_s}};
        auto put = m_client->send("PUT", path, QJsonDocument(body).toJson(),
                                  {{"X-API-KEY", "key-1"}, {"Content-Type", "application/json"}});
        QCOMPARE(put.status, 200);
        auto get = getWithKey(*m_client, path, "key-1");
        QCOMPARE(get.object().value(u"firstName"_s).toString(), u"Only"_s);
        QVERIFY(!get.object().contains(u"email"_s)); // gone: PUT replaces
        QCOMPARE(get.object().value(u"created"_s), first.value(u"created"_s));
    }

    void knobs()
    {
        m_sim->forceTooManyRequests(1, 3);
        auto limited = getWithKey(*m_client, u"/api/v2/address-book"_s, "key-1");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
        m_sim->failNext(1, 502);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/address-book"_s, "key-1").status, 502);
        m_sim->setMalformedPages({2});
        auto broken = getWithKey(*m_client, u"/api/v2/address-book?page=2"_s, "key-1");
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.json.isNull());
        m_sim->setRateLimit(2, 60);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/studio/me"_s, "key-1").status, 200);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/studio/me"_s, "key-1").status, 200);
        auto third = getWithKey(*m_client, u"/api/v2/studio/me"_s, "key-1");
        QCOMPARE(third.status, 429);
        QVERIFY(third.header("Retry-After").toInt() >= 1);
    }

    void slowAnswersAndChangesBetweenPages()
    {
        m_sim->setDelayMs(50);
        m_sim->setChangeBetweenPages(true);
        auto page1 = getWithKey(*m_client, u"/api/v2/address-book?page=1"_s, "key-1");
        QCOMPARE(page1.status, 200);
        QCOMPARE(m_sim->contactCount(), 246); // one arrived after page 1
        QCOMPARE(m_sim->pageServedCount(1), 1);
    }

    // Every job once over the pages with includeClosed=true; closed ones left out without it.
    void jobsPageLikeContacts()
    {
        QCOMPARE(m_client->get(u"/api/v2/job"_s).status, 401);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/job?pageSize=5"_s, "key-1").status, 400);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/job-contact?pageSize=101"_s, "key-1").status, 400);
        const QRegularExpression ulid(u"^[0-9a-hjkmnp-tv-z]{26}$"_s);
        QSet<QString> ids;
        int closed = 0;
        for (int page = 1; page <= 3; ++page) {
            auto reply = getWithKey(*m_client,
                                    u"/api/v2/job?page=%1&pageSize=50&includeClosed=true"
                                    "&sortBy=created%%20asc"_s.arg(page),
                                    "key-1");
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object()[u"meta"_s][u"totalPages"_s].toInt(), 3);
            QCOMPARE(reply.object()[u"meta"_s][u"currentPage"_s].toInt(), page);
            for (const QJsonValue &item : reply.object()[u"items"_s].toArray()) {
                const QJsonObject job = item.toObject();
                QVERIFY2(ulid.match(job[u"id"_s].toString()).hasMatch(),
                         qPrintable(job[u"id"_s].toString()));
                QVERIFY(job[u"stage"_s].isString());
                QVERIFY(job[u"eventDate"_s].isString() || job[u"eventDate"_s].isNull());
                QVERIFY(job[u"guestCount"_s].isDouble() || job[u"guestCount"_s].isNull());
                QVERIFY(job[u"closed"_s].isBool());
                closed += job[u"closed"_s].toBool() ? 1 : 0;
                ids.insert(job[u"id"_s].toString());
            }
        }
        // 245 contacts: pairs 0..122, the 12 with k % 10 == 9 on none, and 9 second jobs.
        QCOMPARE(ids.size(), 120);
        QCOMPARE(m_sim->jobPageServedCount(2), 1);
        QVERIFY(closed > 0);
        const auto open = getWithKey(*m_client, u"/api/v2/job?pageSize=100&page=2"_s, "key-1");
        QCOMPARE(open.object()[u"meta"_s][u"totalPages"_s].toInt(), 2);
        QCOMPARE(100 + open.object()[u"items"_s].toArray().size(), 120 - closed);
    }

    // The generated couples: contacts 0 and 1 on job 0, contact 2 also on a second job, 18 and
    // 19 on none, contact 6 on job 2 as a non-client.
    void generatedJobsFollowTheirRules()
    {
        const auto contactId = [this](int index) {
            return m_sim->contacts().at(index)[u"id"_s].toString();
        };
        QHash<QString, QList<QPair<QString, bool>>> jobsOf; // contact -> (job, client)
        for (const QJsonObject &link : m_sim->jobContacts())
            jobsOf[link[u"contactId"_s].toString()].append(
                {link[u"jobId"_s].toString(), link[u"client"_s].toBool()});
        QCOMPARE(jobsOf.value(contactId(0)).size(), 1);
        QCOMPARE(jobsOf.value(contactId(0)), jobsOf.value(contactId(1)));
        const QJsonObject first = m_sim->job(jobsOf.value(contactId(0)).first().first);
        QCOMPARE(first[u"eventDate"_s].toString(), u"2027-01-01"_s);
        QCOMPARE(first[u"guestCount"_s].toInt(), 40);
        QCOMPARE(first[u"stage"_s].toString(), u"lead"_s);
        QCOMPARE(jobsOf.value(contactId(2)).size(), 2);
        QVERIFY(!jobsOf.contains(contactId(18)));
        QVERIFY(!jobsOf.contains(contactId(19)));
        QCOMPARE(jobsOf.value(contactId(6)).size(), 2); // its own job and job 2's, not as client
        QCOMPARE(jobsOf.value(contactId(6)).first().second, false); // job 2's, listed first
        QCOMPARE(jobsOf.value(contactId(6)).last().second, true);
        // A job of a client's fields, as --demo gives its contacts.
        m_sim->addContactFromClient(u"01j9zt00000000000000000001"_s,
                                    {{u"first_name"_s, u"Ana"_s},
                                     {u"wedding_date"_s, u"2027-09-18"_s},
                                     {u"guest_count"_s, u"85"_s},
                                     {u"status"_s, u"booked"_s}},
                                    QDateTime::currentDateTimeUtc());
        const QJsonObject link = m_sim->jobContacts().constLast();
        QCOMPARE(link[u"contactId"_s].toString(), u"01j9zt00000000000000000001"_s);
        QVERIFY(link[u"client"_s].toBool());
        const QJsonObject job = m_sim->job(link[u"jobId"_s].toString());
        QCOMPARE(job[u"eventDate"_s].toString(), u"2027-09-18"_s);
        QCOMPARE(job[u"guestCount"_s].toInt(), 85);
        QCOMPARE(job[u"stage"_s].toString(), u"booked"_s);
        QVERIFY(!m_sim->contacts().constLast().contains(u"jobs"_s));
    }

    void jobContactsFilterByJob()
    {
        const QString jobId = m_sim->jobs().first()[u"id"_s].toString();
        auto reply = getWithKey(*m_client, u"/api/v2/job-contact?jobId=%1&pageSize=50"_s.arg(jobId),
                                "key-1");
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.object()[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items) {
            QCOMPARE(item[u"jobId"_s].toString(), jobId);
            QVERIFY(item[u"contactId"_s].isString());
            QCOMPARE(item[u"client"_s].toBool(), true);
        }
        auto all = getWithKey(*m_client, u"/api/v2/job-contact?page=1&pageSize=100"_s, "key-1");
        QCOMPARE(all.object()[u"meta"_s][u"totalPages"_s].toInt(),
                 int((m_sim->jobContacts().size() + 99) / 100));
        QCOMPARE(m_sim->jobContactPageServedCount(1), 2);
    }

    void putReplacesTheJob()
    {
        const QJsonObject first = m_sim->jobs().first();
        const QString path = u"/api/v2/job/"_s + first[u"id"_s].toString();
        const QList<QPair<QByteArray, QByteArray>> headers {{"X-API-KEY", "key-1"},
                                                            {"Content-Type", "application/json"}};
        QJsonObject body {{u"stage"_s, u"booked"_s}, {u"eventDate"_s, u"2028-02-29"_s}};
        QCOMPARE(m_client->send("PUT", path, QJsonDocument(body).toJson(), headers).status, 200);
        const auto get = getWithKey(*m_client, path, "key-1");
        QCOMPARE(get.status, 200);
        QCOMPARE(get.object()[u"eventDate"_s].toString(), u"2028-02-29"_s);
        QVERIFY(!get.object().contains(u"name"_s)); // gone: PUT replaces
        QCOMPARE(get.object()[u"created"_s], first[u"created"_s]);
        QCOMPARE(m_sim->jobReplaceCount(), 1);
        body[u"stage"_s] = u"Confirmed"_s;
        QCOMPARE(m_client->send("PUT", path, QJsonDocument(body).toJson(), headers).status, 400);
        body[u"stage"_s] = u"lead"_s;
        body[u"eventDate"_s] = u"18/09/2027"_s;
        QCOMPARE(m_client->send("PUT", path, QJsonDocument(body).toJson(), headers).status, 400);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/job/nope"_s, "key-1").status, 404);
        QCOMPARE(m_client
                     ->send("PUT", path, QJsonDocument(body).toJson(),
                            {{"Content-Type", "application/json"}})
                     .status,
                 401);
    }

    void jobKnobs()
    {
        m_sim->forceTooManyRequests(1, 2, u"/job"_s); // that list only
        QCOMPARE(getWithKey(*m_client, u"/api/v2/address-book"_s, "key-1").status, 200);
        auto limited = getWithKey(*m_client, u"/api/v2/job"_s, "key-1");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        m_sim->failNext(1, 503);
        QCOMPARE(getWithKey(*m_client, u"/api/v2/job-contact"_s, "key-1").status, 503);
        m_sim->setMalformedJobPages({1});
        auto broken = getWithKey(*m_client, u"/api/v2/job?page=1"_s, "key-1");
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.json.isNull());
        QCOMPARE(m_sim->jobPageServedCount(1), 0);
        QVERIFY(m_sim->changeJob(m_sim->jobs().first()[u"id"_s].toString(),
                                 {{u"eventDate"_s, u"2027-12-31"_s}}));
        QCOMPARE(m_sim->jobs().first()[u"eventDate"_s].toString(), u"2027-12-31"_s);
        QVERIFY(m_sim->jobs().first()[u"modified"_s] != m_sim->jobs().first()[u"created"_s]);
    }

private:
    std::unique_ptr<TaveSimulator> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestTaveSimulator)
#include "tst_tavesimulator.moc"
