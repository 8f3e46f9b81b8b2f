// ApiClient's conflict-center calls against the real wedsync-server (both backends): the
// demo's queue, one conflict's merge, a merged resolution with If-Match, a stale one (412),
// dismissal, and a bulk resolution that fails whole and then goes through.
#include "SessionTestSupport.h"
#include "TestDatabase.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using wedsync::ApiClient;
using wedsync::ApiReply;
using wedsync::server::DemoData;
using wedsync::test::DemoServer;
using wedsync::test::finishes;
using wedsync::test::succeeded;
using wedsync::test::TestDatabase;

namespace {

using Reply = std::unique_ptr<ApiReply>;

} // namespace

class TestConflictCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void queueMergeResolveDismissBulk();

private:
    QJsonObject openConflict(const QString &sectionType);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
};

void TestConflictCalls::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_server = std::make_unique<DemoServer>();
    QVERIFY(m_server->start(backend));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    m_api->setBaseUrl(m_server->url());
    Reply login(m_api->login(u"support@wedsync.demo"_s, DemoData::password()));
    QVERIFY(succeeded(login.get()));
    m_api->setAccessToken(login->object()[u"accessToken"_s].toString());
}

void TestConflictCalls::cleanup()
{
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

QJsonObject TestConflictCalls::openConflict(const QString &sectionType)
{
    Reply list(m_api->conflicts(QUrlQuery {{u"limit"_s, u"100"_s}}));
    if (!succeeded(list.get()))
        return {};
    for (const QJsonValue &item : list->object()[u"items"_s].toArray()) {
        if (item[u"theirs"_s][u"sectionType"_s].toString() == sectionType)
            return item.toObject();
    }
    return {};
}

void TestConflictCalls::queueMergeResolveDismissBulk()
{
    Reply queue(m_api->conflicts(QUrlQuery {{u"source"_s, u"offline_edit"_s}}));
    QVERIFY(succeeded(queue.get()));
    QCOMPARE(queue->object()[u"total"_s].toInt(), 2);

    const QJsonObject budget = openConflict(u"budget"_s);
    QVERIFY(!budget.isEmpty());
    Reply detail(m_api->conflict(budget[u"id"_s].toString()));
    QVERIFY(succeeded(detail.get()));
    QVERIFY(!detail->object()[u"fields"_s].toArray().isEmpty());
    const qint64 version = detail->object()[u"current"_s][u"version"_s].toInteger();

    // A stale version is answered 412 with the entity as it is.
    Reply stale(m_api->resolveConflict(budget[u"id"_s].toString(), u"mine"_s, version + 5));
    QVERIFY(finishes(stale.get()));
    QCOMPARE(stale->status(), 412);

    QJsonObject document = detail->object()[u"current"_s].toObject();
    QJsonObject customization = document[u"customization"_s].toObject();
    customization[u"subtitle"_s] = u"Chosen in the conflict center"_s;
    document[u"customization"_s] = customization;
    Reply merged(m_api->resolveConflictMerged(budget[u"id"_s].toString(), document, version));
    QVERIFY(succeeded(merged.get()));
    QCOMPARE(merged->object()[u"resultVersion"_s].toInteger(), version + 1);

    Reply dismissed(m_api->dismissConflict(openConflict(u"photos"_s)[u"id"_s].toString()));
    QVERIFY(succeeded(dismissed.get()));
    QCOMPARE(dismissed->object()[u"status"_s].toString(), u"dismissed"_s);

    const QStringList rest {openConflict(u"guest_list"_s)[u"id"_s].toString(),
                            openConflict(u"documents"_s)[u"id"_s].toString()};
    Reply failing(
        m_api->resolveConflicts(rest + QStringList {budget[u"id"_s].toString()}, u"theirs"_s));
    QVERIFY(finishes(failing.get()));
    QCOMPARE(failing->status(), 409); // the budget's is closed: nothing applied
    Reply bulk(m_api->resolveConflicts(rest, u"theirs"_s));
    QVERIFY(succeeded(bulk.get()));
    QCOMPARE(bulk->object()[u"count"_s].toInt(), 2);
    Reply empty(m_api->conflicts({}));
    QVERIFY(succeeded(empty.get()));
    QCOMPARE(empty->object()[u"total"_s].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestConflictCalls)
#include "tst_conflictcalls.moc"
