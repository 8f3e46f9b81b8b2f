// /api/v1/calendar/accounts through the real server (demo data) and the Radicale that
// ./scripts/test starts: an operator connects a CalDAV calendar, tests it, syncs it, reads the
// log; another operator never sees it; a second start while one runs is refused; its owner
// follows each sync live on user:<id>:calendars, which no one else (not even staff) may join.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::test::demo;

class TestCalendarAccountsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_demo.reset(); }

    void connectTestSyncAndReadTheLog();
    void problemsNameTheirFields();
    void onlyTheOwnerSeesAnAccount();
    void theOwnerFollowsASyncLive();

private:
    QJsonObject body() const
    {
        return QJsonObject {{u"organizationId"_s, DemoData::evergreenId()},
                            {u"provider"_s, u"caldav"_s},
                            {u"name"_s, u"My Radicale"_s},
                            {u"serverUrl"_s, m_caldavUrl},
                            {u"username"_s, m_user},
                            {u"password"_s, u"app-password"_s},
                            {u"calendars"_s, QJsonArray {m_calendar}},
                            {u"timeZone"_s, u"Europe/London"_s}};
    }

    std::unique_ptr<DemoSession> m_demo;
    QString m_caldavUrl;
    QString m_user;
    QString m_calendar;
};

void TestCalendarAccountsApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_caldavUrl = qEnvironmentVariable("WEDSYNC_TEST_CALDAV_URL");
    if (m_caldavUrl.isEmpty())
        QFAIL("WEDSYNC_TEST_CALDAV_URL is not set: these tests need the Radicale server that "
              "./scripts/test starts.");
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend), qPrintable(m_demo->errorString()));
    m_user = u"api"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    m_calendar = u"/"_s + m_user + u"/work/"_s;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_caldavUrl).resolved(QUrl(m_calendar)));
    request.setRawHeader("Authorization", "Basic " + (m_user + u":x"_s).toUtf8().toBase64());
    QNetworkReply *reply = network.sendCustomRequest(request, "MKCALENDAR");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    delete reply;
}

void TestCalendarAccountsApi::connectTestSyncAndReadTheLog()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply created = planner.post(u"/api/v1/calendar/accounts"_s, body());
    QVERIFY2(created.status == 201, created.describe().constData());
    const QJsonObject account = created.object();
    const QString one = u"/api/v1/calendar/accounts/"_s + account[u"id"_s].toString();
    QVERIFY(!account.contains(u"password"_s));
    QCOMPARE(account[u"conflictStrategy"_s].toString(), u"ask"_s);
    QCOMPARE(account[u"scheduleMinutes"_s].toInt(), 15);

    const HttpTestReply tested = planner.post(one + u"/test"_s, {});
    QVERIFY2(tested.status == 200, tested.describe().constData());
    QVERIFY2(tested.object()[u"ok"_s].toBool(), tested.describe().constData());
    QCOMPARE(tested.object()[u"calendars"_s].toArray().first()[u"href"_s].toString(), m_calendar);

    const HttpTestReply started = planner.post(one + u"/sync"_s, {});
    QVERIFY2(started.status == 202 || started.status == 409, started.describe().constData());
    // The run ends on the worker; the log then tells what it did.
    QJsonArray lines;
    QTRY_VERIFY_WITH_TIMEOUT(
        (lines = planner.get(one + u"/log"_s).object()[u"items"_s].toArray(),
         !lines.isEmpty() && lines.first()[u"status"_s].toString() != u"running"_s),
        60000);
    QCOMPARE(lines.first()[u"status"_s].toString(), u"completed"_s);
    QVERIFY(lines.first()[u"pushed"_s].toInt() > 0); // Evergreen's appointments went out
    const HttpTestReply after = planner.get(one);
    QCOMPARE(after.object()[u"status"_s].toString(), u"connected"_s);
    QVERIFY(!after.object()[u"lastSyncAt"_s].isNull());

    // A change needs the version it was based on.
    const HttpTestReply stale
        = planner.send("PATCH", one, R"({"scheduleMinutes":30})",
                       {{"Content-Type", "application/json"}, {"If-Match", "\"99\""}});
    QCOMPARE(stale.status, 412);
    const QByteArray etag = after.header("ETag");
    const HttpTestReply patched
        = planner.send("PATCH", one, R"({"scheduleMinutes":30})",
                       {{"Content-Type", "application/json"}, {"If-Match", etag}});
    QVERIFY2(patched.status == 200, patched.describe().constData());
    QCOMPARE(patched.object()[u"scheduleMinutes"_s].toInt(), 30);
    const HttpTestReply removed
        = planner.send("DELETE", one, {}, {{"If-Match", patched.header("ETag")}});
    QCOMPARE(removed.status, 204);
    QCOMPARE(planner.get(one).status, 404);
}

void TestCalendarAccountsApi::problemsNameTheirFields()
{
    QJsonObject bad = body();
    bad[u"serverUrl"_s] = u"not a url"_s;
    bad[u"direction"_s] = u"sideways"_s;
    bad[u"scheduleMinutes"_s] = 1;
    const HttpTestReply reply = m_demo->as(Planner).post(u"/api/v1/calendar/accounts"_s, bad);
    QCOMPARE(reply.status, 400);
    QStringList fields;
    for (const QJsonValue &f : reply.object()[u"error"_s][u"details"_s][u"fields"_s].toArray())
        fields << f[u"field"_s].toString();
    fields.sort();
    QCOMPARE(fields, (QStringList {u"direction"_s, u"scheduleMinutes"_s, u"serverUrl"_s}));
}

void TestCalendarAccountsApi::onlyTheOwnerSeesAnAccount()
{
    const HttpTestReply created = m_demo->as(Planner).post(u"/api/v1/calendar/accounts"_s, body());
    QCOMPARE(created.status, 201);
    const QString one = u"/api/v1/calendar/accounts/"_s + created.object()[u"id"_s].toString();
    for (const QString &other : {Admin, Platform, LakesideAdmin}) {
        QCOMPARE(m_demo->as(other).get(one).status, 404);
        QCOMPARE(m_demo->as(other).post(one + u"/sync"_s, {}).status, 404);
        QVERIFY(m_demo->as(other)
                    .get(u"/api/v1/calendar/accounts"_s)
                    .object()[u"items"_s]
                    .toArray()
                    .isEmpty());
    }
    // Another tenant's organization is answered like a missing one.
    QJsonObject elsewhere = body();
    elsewhere[u"organizationId"_s] = DemoData::lakesideId();
    QCOMPARE(m_demo->as(Planner).post(u"/api/v1/calendar/accounts"_s, elsewhere).status, 404);
    QCOMPARE(m_demo->as(Planner)
                 .get(u"/api/v1/calendar/accounts"_s)
                 .object()[u"items"_s]
                 .toArray()
                 .size(),
             1);
}

void TestCalendarAccountsApi::theOwnerFollowsASyncLive()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply created = planner.post(u"/api/v1/calendar/accounts"_s, body());
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString id = created.object()[u"id"_s].toString();
    const QString topic = u"realtime:user:"_s + m_demo->userId(Planner) + u":calendars"_s;

    // Only its owner may listen: not another admin, not platform staff, not support.
    for (const QString &other : {Admin, Platform, Support}) {
        TestClient outsider;
        QVERIFY(outsider.open(m_demo->socketUrl(other)));
        const QString ref = outsider.join(topic);
        const auto reply = outsider.takeReply(ref);
        QVERIFY2(reply, qPrintable(other));
        QCOMPARE(reply->payload[u"status"_s].toString(), u"error"_s);
    }

    TestClient owner;
    QVERIFY(owner.open(m_demo->socketUrl(Planner)));
    QVERIFY(owner.joinOk(topic));
    const HttpTestReply started
        = planner.post(u"/api/v1/calendar/accounts/"_s + id + u"/sync"_s, {});
    QVERIFY2(started.status == 202, started.describe().constData());
    // The start (syncing) and the end (not syncing, with the time of its last sync).
    QList<QJsonObject> heard;
    while (heard.size() < 2) {
        const auto message = owner.takeEvent(topic, u"broadcast"_s, 60000);
        QVERIFY2(message, "the sync's start and end did not both reach its owner");
        QCOMPARE(message->payload[u"event"_s].toString(), u"calendar_account"_s);
        heard.append(message->payload[u"payload"_s].toObject());
    }
    QCOMPARE(heard.at(0)[u"id"_s].toString(), id);
    QVERIFY(heard.at(0)[u"syncing"_s].toBool());
    QVERIFY(!heard.at(1)[u"syncing"_s].toBool());
    QVERIFY(!heard.at(1)[u"lastSyncAt"_s].isNull());
    QVERIFY(!heard.at(1).contains(u"password"_s));
}

QTEST_GUILESS_MAIN(TestCalendarAccountsApi)
#include "tst_calendaraccountsapi.moc"
