// The Táve / VSCO Workspace v2 simulator answers as the documented wire format says: X-API-KEY
// or 401, page/pageSize paging with meta.totalPages, lower-case ULIDs, PUT replaces; and its
// knobs (429 + Retry-After, 5xx, malformed JSON, slow answers, changes between pages) work.

#include "HttpTestClient.h"
#include "demo/TaveSimulator.h"

#include <QJsonArray>
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

private:
    std::unique_ptr<TaveSimulator> m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestTaveSimulator)
#include "tst_tavesimulator.moc"
