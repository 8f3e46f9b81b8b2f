// /api/v1/calendar/accounts through the real server (demo data) and the Radicale that
// ./scripts/test starts: an operator connects a CalDAV calendar, tests it, syncs it, reads the
// log; another operator never sees it; a second start while one runs is refused; its owner
// follows each sync live on user:<id>:calendars, which no one else (not even staff) may join.
// A Google account is linked in the browser (OAuth with PKCE, against tests/fixtures' Google
// simulator, which plays the browser's consent too), syncs, expires when its grant is revoked
// and is relinked without importing anything twice. An Outlook account does the same against
// the Microsoft Graph simulator (a public client: PKCE alone, and refresh tokens that rotate).
#include "CalendarDav.h"
#include "DemoSession.h"
#include "GoogleCalendarSimulator.h"
#include "GraphCalendarSimulator.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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
    void cleanup()
    {
        m_demo.reset();
        m_google.reset();
    }

    void connectTestSyncAndReadTheLog();
    void problemsNameTheirFields();
    void onlyTheOwnerSeesAnAccount();
    void theOwnerFollowsASyncLive();
    void googleAccountLinksSyncsAndRelinks();
    void googleSignInRefusesWhatItShould();
    void outlookAccountLinksSyncsAndRelinks();
    void disconnectCanRemoveTheEventsWeAdded();

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

    // The browser's part: the authorization address answers with a redirect whose code and
    // state go to oauth/finish (or its error, when consent is denied).
    HttpTestReply signInWithGoogle(const QString &account);
    QString createGoogleAccount(const QString &provider = QStringLiteral("google"));
    // Starts a sync of the account and waits for its log line; the line.
    QJsonObject syncToTheEnd(const QString &account);
    // A sync of the account at `one` started and waited for until the account stops syncing;
    // its log line (empty when it could not start).
    QJsonObject runToTheEnd(const QString &one);
    // The events in the test's Radicale calendar (PROPFIND, depth 1).
    int eventsInCalendar();

    std::unique_ptr<GoogleCalendarSimulator> m_google;
    std::unique_ptr<GraphCalendarSimulator> m_graph;
    QTemporaryDir m_dir;
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
    m_google = std::make_unique<GoogleCalendarSimulator>();
    QVERIFY(m_google->listen().ok());
    m_google->addCalendar(u"planner@evergreen.demo"_s, u"Evergreen weddings"_s, u"Europe/London"_s,
                          true);
    const QStringList google = m_google->serverArguments(m_dir.filePath(u"google-client.json"_s));
    QVERIFY(!google.isEmpty());
    m_graph = std::make_unique<GraphCalendarSimulator>();
    QVERIFY(m_graph->listen().ok());
    m_graph->addCalendar(u"AAMkADdefault="_s, u"Calendar"_s, true);
    m_graph->addCalendar(u"AAMkADweddings="_s, u"Evergreen weddings"_s);
    const QStringList microsoft
        = m_graph->serverArguments(m_dir.filePath(u"microsoft-client.json"_s));
    QVERIFY(!microsoft.isEmpty());
    m_demo = std::make_unique<DemoSession>();
    QVERIFY2(m_demo->start(backend, google + microsoft), qPrintable(m_demo->errorString()));
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

    const QJsonObject line = syncToTheEnd(account[u"id"_s].toString());
    QCOMPARE(line[u"status"_s].toString(), u"completed"_s);
    QVERIFY(line[u"pushed"_s].toInt() > 0); // Evergreen's appointments went out
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

QJsonObject TestCalendarAccountsApi::runToTheEnd(const QString &one)
{
    HttpTestClient &planner = m_demo->as(Planner);
    if (planner.post(one + u"/sync"_s, {}).status != 202)
        return QJsonObject();
    QDeadlineTimer deadline(60000);
    while (planner.get(one).object()[u"syncing"_s].toBool() && !deadline.hasExpired())
        QTest::qWait(100);
    return planner.get(one + u"/log"_s).object()[u"items"_s].toArray().first().toObject();
}

QJsonObject TestCalendarAccountsApi::syncToTheEnd(const QString &account)
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString one = u"/api/v1/calendar/accounts/"_s + account;
    const HttpTestReply started = planner.post(one + u"/sync"_s, {});
    if (started.status != 202 && started.status != 409)
        qWarning() << started.describe();
    // The run ends on the worker; the log then tells what it did.
    QJsonArray lines;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        lines = planner.get(one + u"/log"_s).object()[u"items"_s].toArray();
        if (!lines.isEmpty() && lines.first()[u"status"_s].toString() != u"running"_s)
            return lines.first().toObject();
        QTest::qWait(100);
    }
    return {};
}

int TestCalendarAccountsApi::eventsInCalendar()
{
    QNetworkAccessManager network;
    return int(DavCalendarClient(&network, m_caldavUrl, m_user, u"x"_s).events(m_calendar).size());
}

void TestCalendarAccountsApi::outlookAccountLinksSyncsAndRelinks()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString calendar = u"AAMkADweddings="_s;
    const QString id = createGoogleAccount(u"microsoft"_s);
    QVERIFY(!id.isEmpty());
    const QString one = u"/api/v1/calendar/accounts/"_s + id;
    QCOMPARE(planner.get(one).object()[u"status"_s].toString(), u"pending"_s);
    // Not linked yet: a sync says so and the account stays pending.
    const HttpTestReply started
        = planner.post(u"/api/v1/calendar/accounts/"_s + id + u"/oauth/start"_s,
                       QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:45678/cb"_s}});
    QVERIFY2(started.status == 200, started.describe().constData());
    const QUrl authorize(started.object()[u"authorizationUrl"_s].toString());
    QVERIFY2(authorize.toString().startsWith(m_graph->authorizationUrl()),
             qPrintable(authorize.toString()));
    const QUrlQuery asked(authorize);
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(asked.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"offline_access"_s));

    m_graph->denyConsent = true;
    const HttpTestReply denied = signInWithGoogle(id);
    QCOMPARE(denied.status, 422);
    QVERIFY2(denied.object()[u"error"_s][u"message"_s].toString().contains(u"Microsoft"_s),
             denied.describe().constData());
    m_graph->denyConsent = false;

    const HttpTestReply linked = signInWithGoogle(id);
    QVERIFY2(linked.status == 200, linked.describe().constData());
    QCOMPARE(linked.object()[u"status"_s].toString(), u"connected"_s);
    QVERIFY(m_graph->lastTokenRequest.contains("grant_type=authorization_code"));
    QVERIFY(m_graph->lastTokenRequest.contains("code_verifier="));
    QVERIFY(!m_graph->lastTokenRequest.contains("client_secret"));

    const HttpTestReply tested = planner.post(one + u"/test"_s, {});
    QVERIFY2(tested.object()[u"ok"_s].toBool(), tested.describe().constData());
    QCOMPARE(tested.object()[u"calendars"_s].toArray().size(), 2);
    const HttpTestReply chosen = planner.send(
        "PATCH", one, QJsonDocument(QJsonObject {{u"calendars"_s, QJsonArray {calendar}}}).toJson(),
        {{"Content-Type", "application/json"}, {"If-Match", planner.get(one).header("ETag")}});
    QVERIFY2(chosen.status == 200, chosen.describe().constData());

    m_graph->addEvent(calendar,
                      {{u"subject"_s, u"Call with the florist"_s},
                       {u"start"_s,
                        QJsonObject {{u"dateTime"_s, u"2027-04-01T10:00:00"_s},
                                     {u"timeZone"_s, u"GMT Standard Time"_s}}},
                       {u"end"_s,
                        QJsonObject {{u"dateTime"_s, u"2027-04-01T10:30:00"_s},
                                     {u"timeZone"_s, u"GMT Standard Time"_s}}}});
    const QJsonObject first = runToTheEnd(one);
    QCOMPARE(first[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(first[u"pulled"_s].toInt(), 1);
    QVERIFY(first[u"pushed"_s].toInt() > 0); // Evergreen's appointments went to Outlook
    const qsizetype events = m_graph->events(calendar).size();
    QCOMPARE(events, qsizetype(first[u"pushed"_s].toInt() + 1));

    // Access revoked in the Microsoft account: the account expires and says why.
    m_graph->revokeGrant();
    m_graph->expireAccessTokens();
    QCOMPARE(runToTheEnd(one)[u"status"_s].toString(), u"failed"_s);
    const QJsonObject expired = planner.get(one).object();
    QCOMPARE(expired[u"status"_s].toString(), u"expired"_s);
    QVERIFY2(expired[u"statusMessage"_s].toString().contains(u"Microsoft"_s),
             qPrintable(expired[u"statusMessage"_s].toString()));

    // Relinked: the same account, its mappings kept, nothing twice on either side.
    const HttpTestReply relinked = signInWithGoogle(id);
    QVERIFY2(relinked.status == 200, relinked.describe().constData());
    const QJsonObject after = runToTheEnd(one);
    QCOMPARE(after[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(after[u"pulled"_s].toInt(), 0);
    QCOMPARE(after[u"pushed"_s].toInt(), 0);
    QCOMPARE(m_graph->events(calendar).size(), events);

    // Disconnected with its events removed: only those WedSync created go.
    const HttpTestReply removed = planner.send("DELETE", one + u"?removeEvents=true"_s, {},
                                               {{"If-Match", planner.get(one).header("ETag")}});
    QVERIFY2(removed.status == 200, removed.describe().constData());
    QCOMPARE(removed.object()[u"removedEvents"_s].toInt(), first[u"pushed"_s].toInt());
    QCOMPARE(m_graph->events(calendar).size(), 1);
    QCOMPARE(m_graph->events(calendar).first()[u"subject"_s].toString(),
             u"Call with the florist"_s);
}

void TestCalendarAccountsApi::disconnectCanRemoveTheEventsWeAdded()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const HttpTestReply created = planner.post(u"/api/v1/calendar/accounts"_s, body());
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString id = created.object()[u"id"_s].toString();
    const QString one = u"/api/v1/calendar/accounts/"_s + id;
    // While a sync runs (the first one writes every appointment to Radicale), the events are
    // not removed and the account stays.
    const HttpTestReply started = planner.post(one + u"/sync"_s, {});
    QVERIFY2(started.status == 202, started.describe().constData());
    const HttpTestReply busy = planner.send("DELETE", one + u"?removeEvents=true"_s, {},
                                            {{"If-Match", created.header("ETag")}});
    QVERIFY2(busy.status == 409 && busy.describe().contains("sync_running"),
             busy.describe().constData());
    const int pushed = syncToTheEnd(id)[u"pushed"_s].toInt();
    QVERIFY(pushed > 0);
    QCOMPARE(eventsInCalendar(), pushed);
    const QByteArray etag = planner.get(one).header("ETag");

    for (const QString &query : {u"?removeEvents=maybe"_s, u"?removeEvent=true"_s}) {
        const HttpTestReply refused = planner.send("DELETE", one + query, {}, {{"If-Match", etag}});
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.describe().contains("removeEvent"), refused.describe().constData());
    }
    // Someone else's account stays out of reach, whatever the query.
    QCOMPARE(m_demo->as(Admin)
                 .send("DELETE", one + u"?removeEvents=true"_s, {}, {{"If-Match", etag}})
                 .status,
             404);
    QCOMPARE(eventsInCalendar(), pushed);

    const HttpTestReply removed
        = planner.send("DELETE", one + u"?removeEvents=true"_s, {}, {{"If-Match", etag}});
    QVERIFY2(removed.status == 200, removed.describe().constData());
    QCOMPARE(removed.object()[u"removedEvents"_s].toInt(), pushed);
    QCOMPARE(removed.object()[u"keptEvents"_s].toInt(), 0);
    QCOMPARE(planner.get(one).status, 404);
    QCOMPARE(eventsInCalendar(), 0);
    // The appointments stay in WedSync.
    QVERIFY(!planner.get(u"/api/v1/organizations/"_s + DemoData::evergreenId() + u"/appointments"_s)
                 .object()[u"items"_s]
                 .toArray()
                 .isEmpty());
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

    // Another of the owner's consoles also hears accounts change and go.
    const HttpTestReply current = planner.get(u"/api/v1/calendar/accounts/"_s + id);
    const HttpTestReply renamed = planner.send(
        "PATCH", u"/api/v1/calendar/accounts/"_s + id, R"({"name":"Renamed"})",
        {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    auto changed = owner.takeEvent(topic, u"broadcast"_s, 10000);
    QVERIFY(changed);
    QCOMPARE(changed->payload[u"payload"_s].toObject()[u"name"_s].toString(), u"Renamed"_s);
    QCOMPARE(planner
                 .send("DELETE", u"/api/v1/calendar/accounts/"_s + id, {},
                       {{"If-Match", renamed.header("ETag")}})
                 .status,
             204);
    auto gone = owner.takeEvent(topic, u"broadcast"_s, 10000);
    QVERIFY(gone);
    QCOMPARE(gone->payload[u"payload"_s].toObject()[u"id"_s].toString(), id);
    QVERIFY(gone->payload[u"payload"_s].toObject()[u"removed"_s].toBool());
}

QString TestCalendarAccountsApi::createGoogleAccount(const QString &provider)
{
    const HttpTestReply created
        = m_demo->as(Planner).post(u"/api/v1/calendar/accounts"_s,
                                   QJsonObject {{u"organizationId"_s, DemoData::evergreenId()},
                                                {u"provider"_s, provider},
                                                {u"name"_s, u"My calendar"_s},
                                                {u"timeZone"_s, u"Europe/London"_s}});
    if (created.status != 201)
        qWarning() << created.describe();
    return created.object()[u"id"_s].toString();
}

HttpTestReply TestCalendarAccountsApi::signInWithGoogle(const QString &account)
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString oauth = u"/api/v1/calendar/accounts/"_s + account + u"/oauth"_s;
    const HttpTestReply started
        = planner.post(oauth + u"/start"_s,
                       QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:45678/callback"_s}});
    if (started.status != 200)
        return started;
    // The browser: the provider's page answers with the redirect to the loopback address.
    QNetworkAccessManager browser;
    QNetworkRequest request(QUrl(started.object()[u"authorizationUrl"_s].toString()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QUrlQuery back(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
    QJsonObject finish {{u"state"_s, back.queryItemValue(u"state"_s)}};
    if (back.hasQueryItem(u"code"_s))
        finish.insert(u"code"_s, back.queryItemValue(u"code"_s, QUrl::FullyDecoded));
    else
        finish.insert(u"error"_s, back.queryItemValue(u"error"_s));
    return planner.post(oauth + u"/finish"_s, finish);
}

void TestCalendarAccountsApi::googleAccountLinksSyncsAndRelinks()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString id = createGoogleAccount();
    QVERIFY(!id.isEmpty());
    const QString one = u"/api/v1/calendar/accounts/"_s + id;
    QCOMPARE(planner.get(one).object()[u"status"_s].toString(), u"pending"_s);

    const HttpTestReply linked = signInWithGoogle(id);
    QVERIFY2(linked.status == 200, linked.describe().constData());
    QCOMPARE(linked.object()[u"status"_s].toString(), u"connected"_s);
    QVERIFY(m_google->lastTokenRequest.contains("grant_type=authorization_code"));
    QVERIFY(m_google->lastTokenRequest.contains("code_verifier="));
    for (const char *secret : {"accessToken", "refreshToken", "ya29"})
        QVERIFY(!linked.body.contains(secret));

    const HttpTestReply tested = planner.post(one + u"/test"_s, {});
    QVERIFY2(tested.object()[u"ok"_s].toBool(), tested.describe().constData());
    const QJsonObject calendar = tested.object()[u"calendars"_s].toArray().first().toObject();
    QCOMPARE(calendar[u"href"_s].toString(), u"planner@evergreen.demo"_s);
    QCOMPARE(calendar[u"displayName"_s].toString(), u"Evergreen weddings"_s);
    const HttpTestReply chosen = planner.send(
        "PATCH", one, R"({"calendars":["planner@evergreen.demo"]})",
        {{"Content-Type", "application/json"}, {"If-Match", planner.get(one).header("ETag")}});
    QVERIFY2(chosen.status == 200, chosen.describe().constData());

    m_google->addEvent(u"planner@evergreen.demo"_s,
                       {{u"summary"_s, u"Call with the florist"_s},
                        {u"start"_s, QJsonObject {{u"dateTime"_s, u"2027-04-01T10:00:00Z"_s}}},
                        {u"end"_s, QJsonObject {{u"dateTime"_s, u"2027-04-01T10:30:00Z"_s}}}});
    const QJsonObject first = runToTheEnd(one);
    QCOMPARE(first[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(first[u"pulled"_s].toInt(), 1);
    QVERIFY(first[u"pushed"_s].toInt() > 0); // Evergreen's appointments went to Google
    const qsizetype events = m_google->events(u"planner@evergreen.demo"_s).size();

    // Access revoked in the Google account: the account expires and says why.
    m_google->revokeGrant();
    m_google->expireAccessTokens();
    const QJsonObject refused = runToTheEnd(one);
    QCOMPARE(refused[u"status"_s].toString(), u"failed"_s);
    const QJsonObject expired = planner.get(one).object();
    QCOMPARE(expired[u"status"_s].toString(), u"expired"_s);
    QVERIFY2(expired[u"statusMessage"_s].toString().contains(u"link the account again"_s),
             qPrintable(expired[u"statusMessage"_s].toString()));

    // Relinked: the same account, its mappings kept, nothing twice on either side.
    const HttpTestReply relinked = signInWithGoogle(id);
    QVERIFY2(relinked.status == 200, relinked.describe().constData());
    QCOMPARE(relinked.object()[u"id"_s].toString(), id);
    const QJsonObject after = runToTheEnd(one);
    QCOMPARE(after[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(after[u"pulled"_s].toInt(), 0);
    QCOMPARE(after[u"pushed"_s].toInt(), 0);
    QCOMPARE(m_google->events(u"planner@evergreen.demo"_s).size(), events);
    QCOMPARE(planner.get(one).object()[u"status"_s].toString(), u"connected"_s);
}

void TestCalendarAccountsApi::googleSignInRefusesWhatItShould()
{
    HttpTestClient &planner = m_demo->as(Planner);
    const QString id = createGoogleAccount();
    const QString oauth = u"/api/v1/calendar/accounts/"_s + id + u"/oauth"_s;
    // Not a loopback redirect.
    const HttpTestReply elsewhere = planner.post(
        oauth + u"/start"_s, QJsonObject {{u"redirectUri"_s, u"https://evil.example/cb"_s}});
    QCOMPARE(elsewhere.status, 400);
    QCOMPARE(errorFields(elsewhere), QStringList {u"redirectUri"_s});
    // Someone else's account, another tenant's admin included, is not there.
    for (const QString &other : {Admin, LakesideAdmin})
        QCOMPARE(m_demo->as(other)
                     .post(oauth + u"/start"_s,
                           QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:1/cb"_s}})
                     .status,
                 404);
    // A password is not how Google signs in; CalDAV accounts do not link in the browser.
    QJsonObject withPassword {{u"organizationId"_s, DemoData::evergreenId()},
                              {u"provider"_s, u"google"_s},
                              {u"name"_s, u"G"_s},
                              {u"password"_s, u"hunter2"_s}};
    QCOMPARE(errorFields(planner.post(u"/api/v1/calendar/accounts"_s, withPassword)),
             QStringList {u"password"_s});
    const HttpTestReply caldav = planner.post(u"/api/v1/calendar/accounts"_s, body());
    QCOMPARE(planner
                 .post(u"/api/v1/calendar/accounts/"_s + caldav.object()[u"id"_s].toString()
                           + u"/oauth/start"_s,
                       QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:1/cb"_s}})
                 .object()[u"error"_s][u"code"_s]
                 .toString(),
             u"oauth_not_configured"_s);
    // Consent denied in the browser: a sentence, and the account stays pending.
    m_google->denyConsent = true;
    const HttpTestReply denied = signInWithGoogle(id);
    QCOMPARE(denied.status, 422);
    QCOMPARE(denied.object()[u"error"_s][u"code"_s].toString(), u"oauth_denied"_s);
    QCOMPARE(planner.get(u"/api/v1/calendar/accounts/"_s + id).object()[u"status"_s].toString(),
             u"pending"_s);
    // Events unticked on Google's consent page: not linked, and told which box to tick.
    m_google->denyConsent = false;
    m_google->scope = u"https://www.googleapis.com/auth/calendar.readonly"_s;
    const HttpTestReply narrow = signInWithGoogle(id);
    QCOMPARE(narrow.status, 422);
    QCOMPARE(narrow.object()[u"error"_s][u"code"_s].toString(), u"oauth_scope_missing"_s);
    m_google->scope = u"https://www.googleapis.com/auth/calendar"_s;
    // A state is used once.
    const HttpTestReply started = planner.post(
        oauth + u"/start"_s, QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:45678/cb"_s}});
    const QJsonObject replay {{u"state"_s, started.object()[u"state"_s].toString()},
                              {u"error"_s, u"access_denied"_s}};
    QCOMPARE(planner.post(oauth + u"/finish"_s, replay).status, 422);
    const HttpTestReply again = planner.post(oauth + u"/finish"_s, replay);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object()[u"error"_s][u"code"_s].toString(), u"oauth_state_invalid"_s);
    // Google refuses the code (a wrong one): the account is not linked, and says why.
    const HttpTestReply fresh = planner.post(
        oauth + u"/start"_s, QJsonObject {{u"redirectUri"_s, u"http://127.0.0.1:45678/cb"_s}});
    const HttpTestReply wrongCode
        = planner.post(oauth + u"/finish"_s,
                       QJsonObject {{u"state"_s, fresh.object()[u"state"_s].toString()},
                                    {u"code"_s, u"not-a-code"_s}});
    QCOMPARE(wrongCode.status, 422);
    QCOMPARE(wrongCode.object()[u"error"_s][u"code"_s].toString(), u"oauth_token_rejected"_s);
}

QTEST_GUILESS_MAIN(TestCalendarAccountsApi)
#include "tst_calendaraccountsapi.moc"
