// The live update channels of the real wedsync-server on both backends: the WebSocket path,
// access tokens (JWT, signed-out sessions, expiry, refresh), who may join which topic,
// heartbeat, broadcast between clients of both serializers, and the graceful goodbye.
#include "HttpTestClient.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "auth/JwtCodec.h"
#include "auth/SigningKey.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

struct Session
{
    QString accessToken;
    QString refreshToken;
    QString userId;
    QString sessionId;
};

QJsonObject broadcast(const QString &event, const QJsonValue &payload)
{
    return QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}};
}

QString reasonOf(const RealtimeMessage &reply)
{
    return replyResponse(reply).value(u"reason"_s).toString();
}

} // namespace

class TestRealtimeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanupTestCase();

    void onlyTheRealtimePathUpgrades();
    void socketNeedsAValidToken();
    void heartbeatIsAnswered();
    void joinRules_data();
    void joinRules();
    void joinWithAnotherTokenInThePayload();
    void broadcastBetweenSerializers();
    void restEditReachesPostgresChanges();
    void expiringTokenClosesChannelsWithSystemError();
    void tokenRefresh();
    void shutdownSaysGoodbye();

private:
    // The server for the current backend, started once and shared by the test functions.
    bool ensureServer();
    Session login(const QString &email);
    QUrl socketUrl(const QString &token, const QString &vsn = u"2.0.0"_s) const;
    // A token for an existing session that expires `lifetime` from now, signed with the
    // server's own key file.
    QString mintToken(const Session &session, std::chrono::seconds lifetime) const;
    QString weddingOf(const QString &orgId);

    QString m_backend;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, Session> m_sessions;
};

void TestRealtimeServer::init()
{
    QVERIFY(ensureServer());
}

void TestRealtimeServer::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

bool TestRealtimeServer::ensureServer()
{
    QFETCH_GLOBAL(QString, backend);
    if (m_server && m_backend == backend)
        return true;
    m_server.reset();
    m_sessions.clear();
    m_backend = backend;
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isReady()) {
        qWarning("%s", qPrintable(m_db->errorString()));
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() << u"--demo"_s)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        m_server.reset();
        return false;
    }
    return true;
}

Session TestRealtimeServer::login(const QString &email)
{
    if (m_sessions.contains(email))
        return m_sessions.value(email);
    HttpTestClient api(m_server->baseUrl());
    const HttpTestReply reply
        = api.post(u"/api/v1/auth/login"_s,
                   QJsonObject {{u"email"_s, email}, {u"password"_s, DemoData::password()}});
    if (reply.status != 200) {
        qWarning("login %s: %s", qPrintable(email), reply.describe().constData());
        return {};
    }
    Session session;
    session.accessToken = reply.object().value(u"accessToken"_s).toString();
    session.refreshToken = reply.object().value(u"refreshToken"_s).toString();
    session.userId = reply.object().value(u"user"_s)[u"id"_s].toString();
    // The session id is the token's `sid`; reading it needs no key.
    const QByteArray payload = session.accessToken.section(u'.', 1, 1).toLatin1();
    session.sessionId
        = QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding))
              .object()
              .value(u"sid"_s)
              .toString();
    m_sessions.insert(email, session);
    return session;
}

QUrl TestRealtimeServer::socketUrl(const QString &token, const QString &vsn) const
{
    QUrl url = m_server->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    QUrlQuery query;
    if (!token.isNull())
        query.addQueryItem(u"apikey"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    if (!vsn.isNull())
        query.addQueryItem(u"vsn"_s, vsn);
    url.setQuery(query);
    return url;
}

QString TestRealtimeServer::mintToken(const Session &session, std::chrono::seconds lifetime) const
{
    static const SystemClock clock;
    auto key = SigningKey::loadOrCreate(m_db->dataDir() + u"/signing.key"_s);
    if (!key) {
        qWarning("signing key: %s", qPrintable(key.error().message));
        return {};
    }
    const JwtCodec codec(std::move(key).value(), clock);
    return codec.issue(session.userId, session.sessionId, lifetime);
}

QString TestRealtimeServer::weddingOf(const QString &orgId)
{
    HttpTestClient api(m_server->baseUrl());
    api.setBearerToken(login(u"platform@wedsync.demo"_s).accessToken);
    const HttpTestReply reply = api.get(u"/api/v1/organizations/"_s + orgId + u"/weddings"_s);
    return reply.object().value(u"items"_s).toArray().at(0)[u"id"_s].toString();
}

void TestRealtimeServer::onlyTheRealtimePathUpgrades()
{
    const QString token = login(u"admin@evergreen.demo"_s).accessToken;
    TestClient client;
    QUrl elsewhere = socketUrl(token);
    elsewhere.setPath(u"/socket/websocket"_s);
    QVERIFY2(!client.open(elsewhere), "only /realtime/v1/websocket upgrades");

    TestClient good;
    QVERIFY(good.open(socketUrl(token)));
    QVERIFY(good.joinOk(u"realtime:org:"_s + DemoData::evergreenId()));
}

void TestRealtimeServer::socketNeedsAValidToken()
{
    struct Case
    {
        const char *what;
        QString token;
        QString vsn;
        QString reasonPart;
    };
    const Session admin = login(u"admin@evergreen.demo"_s);
    QString tampered = admin.accessToken;
    tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == u'A' ? u'B' : u'A';
    const QList<Case> cases {
        {"no apikey", QString(), u"2.0.0"_s, u"API key is missing"_s},
        {"garbage", u"not-a-jwt"_s, u"2.0.0"_s, u"not a valid JWT"_s},
        {"bad signature", tampered, u"2.0.0"_s, u"signature"_s},
        {"expired", mintToken(admin, std::chrono::seconds(-60)), u"2.0.0"_s, u"expired"_s},
        {"unknown vsn", admin.accessToken, u"9.9.9"_s, u"vsn"_s},
    };
    for (const Case &c : cases) {
        TestClient client;
        client.open(socketUrl(c.token, c.vsn));
        QVERIFY2(client.waitForDisconnected(), c.what);
        QVERIFY2(client.closeReason().contains(c.reasonPart, Qt::CaseInsensitive),
                 qPrintable(QString::fromLatin1(c.what) + u": "_s + client.closeReason()));
    }

    // A signed-out session's token is refused although it has not expired yet.
    const Session planner = login(u"planner@evergreen.demo"_s);
    HttpTestClient api(m_server->baseUrl());
    api.setBearerToken(planner.accessToken);
    QCOMPARE(api.post(u"/api/v1/auth/logout"_s, {}).status, 204);
    m_sessions.remove(u"planner@evergreen.demo"_s);
    TestClient signedOut;
    signedOut.open(socketUrl(planner.accessToken));
    QVERIFY(signedOut.waitForDisconnected());
    QVERIFY2(signedOut.closeReason().contains(u"session has ended"_s),
             qPrintable(signedOut.closeReason()));
}

void TestRealtimeServer::heartbeatIsAnswered()
{
    for (const RealtimeVsn vsn : {RealtimeVsn::V1, RealtimeVsn::V2}) {
        TestClient client(vsn);
        QVERIFY(client.open(
            socketUrl(login(u"admin@evergreen.demo"_s).accessToken, realtimeVsnName(vsn))));
        const QString ref = client.push(u"phoenix"_s, u"heartbeat"_s, QJsonObject());
        const auto reply = client.takeReply(ref);
        QVERIFY(reply);
        QCOMPARE(replyStatus(*reply), u"ok"_s);
        QCOMPARE(reply->ref, std::optional<QString>(ref)); // a string, echoed exactly
    }
}

void TestRealtimeServer::joinRules_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>(
        "topic"); // with placeholders E, L (orgs), WE, WL (weddings), SELF, OTHER
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonPart");

    const QString platform = u"platform@wedsync.demo"_s;
    const QString support = u"support@wedsync.demo"_s;
    const QString admin = u"admin@evergreen.demo"_s;
    const QString planner = u"planner@evergreen.demo"_s;
    const QString vendor = u"vendor@evergreen.demo"_s;
    const QString lakeside = u"admin@lakeside.demo"_s;

    struct Row
    {
        QString email;
        QString topic;
        bool allowed;
        QString reasonPart;
    };
    const QList<Row> rows {
        {admin, u"org:E"_s, true, {}},
        {planner, u"org:E"_s, true, {}},
        {lakeside, u"org:E"_s, false, u"not an admin or coordinator"_s},
        {vendor, u"org:E"_s, false, u"console users"_s},
        {support, u"org:E"_s, true, {}},
        {platform, u"org:L"_s, true, {}},
        {admin, u"org:not-a-uuid"_s, false, u"not an admin or coordinator"_s},
        {admin, u"wedding:WE"_s, true, {}},
        {admin, u"wedding:WL"_s, false, u"no such wedding"_s},
        {lakeside, u"wedding:WL"_s, true, {}},
        {support, u"wedding:WL"_s, true, {}},
        {admin, u"wedding:00000000-0000-4000-8000-000000000000"_s, false, u"no such wedding"_s},
        {admin, u"tenant:E:admins"_s, true, {}},
        {planner, u"tenant:E:admins"_s, false, u"admins and platform staff"_s},
        {admin, u"tenant:L:admins"_s, false, u"admins and platform staff"_s},
        {support, u"tenant:L:admins"_s, true, {}},
        {admin, u"user:SELF"_s, true, {}},
        {admin, u"user:OTHER"_s, false, u"only for that user"_s},
        {platform, u"user:OTHER"_s, true, {}},
        {admin, u"user:SELF:calendars"_s, true, {}},
        {admin, u"user:OTHER:calendars"_s, false, u"only for that user"_s},
        {platform, u"user:OTHER:calendars"_s, false, u"only for that user"_s},
        {support, u"user:OTHER:calendars"_s, false, u"only for that user"_s},
        {admin, u"user:SELF:agenda"_s, false, u"not a channel"_s},
        {platform, u"platform:admins"_s, true, {}},
        {support, u"platform:admins"_s, true, {}},
        {admin, u"platform:admins"_s, false, u"platform staff"_s},
        {planner, u"config:sections"_s, true, {}},
        {vendor, u"config:sections"_s, false, u"console users"_s},
        {admin, u"nonsense:1"_s, false, u"not a channel"_s},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s %s", qPrintable(r.email), qPrintable(r.topic))
            << r.email << r.topic << r.allowed << r.reasonPart;
    }
}

void TestRealtimeServer::joinRules()
{
    QFETCH(QString, email);
    QFETCH(QString, topic);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonPart);

    const Session session = login(email);
    QVERIFY(!session.accessToken.isEmpty());
    topic.replace(u"WE"_s, weddingOf(DemoData::evergreenId()))
        .replace(u"WL"_s, weddingOf(DemoData::lakesideId()))
        .replace(u":E"_s, u":"_s + DemoData::evergreenId())
        .replace(u":L"_s, u":"_s + DemoData::lakesideId())
        .replace(u"SELF"_s, session.userId)
        .replace(u"OTHER"_s, login(u"admin@lakeside.demo"_s).userId);

    TestClient client;
    QVERIFY(client.open(socketUrl(session.accessToken)));
    const auto reply = client.takeReply(client.join(u"realtime:"_s + topic));
    QVERIFY(reply);
    QCOMPARE(replyStatus(*reply), allowed ? u"ok"_s : u"error"_s);
    if (!allowed)
        QVERIFY2(reasonOf(*reply).contains(reasonPart), qPrintable(reasonOf(*reply)));
    QVERIFY2(client.isConnected(), "a refused join leaves the socket open");
}

void TestRealtimeServer::joinWithAnotherTokenInThePayload()
{
    // realtime-js sends the current token in every join; it decides, not the socket's apikey.
    const Session lakeside = login(u"admin@lakeside.demo"_s);
    const Session admin = login(u"admin@evergreen.demo"_s);
    TestClient client;
    QVERIFY(client.open(socketUrl(lakeside.accessToken)));
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    QVERIFY(!client.joinOk(topic));
    QVERIFY(client.joinOk(topic, {}, QJsonObject {{u"access_token"_s, admin.accessToken}}));
}

void TestRealtimeServer::broadcastBetweenSerializers()
{
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient v1(RealtimeVsn::V1);
    TestClient v2(RealtimeVsn::V2);
    QVERIFY(v1.open(socketUrl(login(u"admin@evergreen.demo"_s).accessToken, u"1.0.0"_s)));
    QVERIFY(v2.open(socketUrl(login(u"planner@evergreen.demo"_s).accessToken, u"2.0.0"_s)));
    const QJsonObject ackNoSelf {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}};
    QVERIFY(v1.joinOk(topic, ackNoSelf));
    QVERIFY(v2.joinOk(topic, ackNoSelf));

    const QString ref
        = v1.push(topic, u"broadcast"_s, broadcast(u"cursor"_s, QJsonObject {{u"x"_s, 1}}));
    const auto ack = v1.takeReply(ref);
    QVERIFY(ack);
    QCOMPARE(replyStatus(*ack), u"ok"_s);
    const auto got = v2.takeEvent(topic, u"broadcast"_s);
    QVERIFY(got);
    const QJsonObject body = got->payload.toObject();
    QCOMPARE(body.value(u"event"_s).toString(), u"cursor"_s);
    QCOMPARE(body.value(u"payload"_s)[u"x"_s].toInt(), 1);
    QCOMPARE(body.value(u"meta"_s)[u"seq"_s].toInteger(),
             replyResponse(*ack).value(u"seq"_s).toInteger());
    QVERIFY2(v1.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }),
             "no echo without self");

    // And back: a binary kind-3 push from the 2.0.0 client reaches the 1.0.0 one as text.
    const QByteArray topicBytes = topic.toUtf8();
    QByteArray frame;
    frame.append(char(3)).append(char(1)).append(char(2)).append(char(topicBytes.size()));
    frame.append(char(4)).append(char(0)).append(char(1));
    frame.append(v2.joinRef(topic).value_or(QString()).toUtf8()).append("99").append(topicBytes);
    frame.append("ping").append(R"({"n":2})");
    v2.sendBinary(frame);
    const auto back = v1.takeEvent(topic, u"broadcast"_s);
    QVERIFY(back);
    QCOMPARE(back->payload.toObject().value(u"payload"_s)[u"n"_s].toInt(), 2);
}

void TestRealtimeServer::restEditReachesPostgresChanges()
{
    const QString evergreen = DemoData::evergreenId();
    const QString orgTopic = u"realtime:org:"_s + evergreen;
    const QString adminsTopic = u"realtime:tenant:"_s + evergreen + u":admins"_s;
    const auto binding = [](const QString &event, const QString &table, const QString &filter) {
        QJsonObject b {{u"event"_s, event}, {u"schema"_s, u"public"_s}, {u"table"_s, table}};
        if (!filter.isEmpty())
            b.insert(u"filter"_s, filter);
        return b;
    };
    TestClient planner;
    QVERIFY(planner.open(socketUrl(login(u"planner@evergreen.demo"_s).accessToken)));
    const auto joined = planner.joinOk(
        orgTopic,
        {{u"postgres_changes"_s,
          QJsonArray {binding(u"UPDATE"_s, u"section_configurations"_s,
                              u"organization_id=eq."_s + evergreen),
                      binding(u"*"_s, u"section_configurations"_s,
                              u"organization_id=eq."_s + DemoData::lakesideId())}}});
    QVERIFY(joined);
    const QJsonArray bindings = joined->value(u"postgres_changes"_s).toArray();
    QCOMPARE(bindings.size(), 2);
    TestClient admin;
    QVERIFY(admin.open(socketUrl(login(u"admin@evergreen.demo"_s).accessToken)));
    QVERIFY(admin.joinOk(
        adminsTopic,
        {{u"postgres_changes"_s, QJsonArray {binding(u"INSERT"_s, u"audit_log"_s, {})}}}));
    TestClient lakeside;
    QVERIFY(lakeside.open(socketUrl(login(u"admin@lakeside.demo"_s).accessToken)));
    QVERIFY(lakeside.joinOk(
        u"realtime:org:"_s + DemoData::lakesideId(),
        {{u"postgres_changes"_s, QJsonArray {binding(u"*"_s, u"section_configurations"_s, {})}}}));

    // The planner edits a section over REST.
    HttpTestClient api(m_server->baseUrl());
    api.setBearerToken(login(u"planner@evergreen.demo"_s).accessToken);
    const QJsonObject section
        = api.get(u"/api/v1/organizations/"_s + evergreen + u"/sections?scope=organization"_s)
              .object()
              .value(u"items"_s)
              .toArray()
              .at(0)
              .toObject();
    const QString id = section.value(u"id"_s).toString();
    const int version = section.value(u"version"_s).toInt();
    QVERIFY(!id.isEmpty());
    const HttpTestReply patched = api.send(
        "PATCH", u"/api/v1/sections/"_s + id,
        QJsonDocument(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Live"_s}}}})
            .toJson(QJsonDocument::Compact),
        {{"If-Match", QByteArray("\"" + QByteArray::number(version) + "\"")},
         {"Content-Type", "application/json"}});
    QVERIFY2(patched.status == 200, patched.describe().constData());

    const auto change = planner.takeEvent(orgTopic, u"postgres_changes"_s);
    QVERIFY(change);
    const QJsonObject payload = change->payload.toObject();
    QCOMPARE(payload.value(u"ids"_s).toArray(), QJsonArray {bindings.at(0)[u"id"_s]});
    const QJsonObject data = payload.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"table"_s).toString(), u"section_configurations"_s);
    QCOMPARE(data.value(u"type"_s).toString(), u"UPDATE"_s);
    QCOMPARE(data.value(u"record"_s)[u"id"_s].toString(), id);
    QCOMPARE(data.value(u"record"_s)[u"version"_s].toInt(), version + 1);
    QCOMPARE(data.value(u"old_record"_s)[u"version"_s].toInt(), version);
    QVERIFY(payload.value(u"meta"_s)[u"seq"_s].toInteger() > 0);

    const auto audit = admin.takeEvent(adminsTopic, u"postgres_changes"_s);
    QVERIFY2(audit, "the audit row reaches the tenant's admins");
    QCOMPARE(audit->payload.toObject().value(u"data"_s)[u"table"_s].toString(), u"audit_log"_s);
    QVERIFY2(lakeside.nothingFor(
                 [](const RealtimeMessage &m) { return m.event == "postgres_changes"_L1; }),
             "another tenant hears nothing");
}

void TestRealtimeServer::expiringTokenClosesChannelsWithSystemError()
{
    const Session admin = login(u"admin@evergreen.demo"_s);
    const QString shortLived = mintToken(admin, std::chrono::seconds(2));
    QVERIFY(!shortLived.isEmpty());
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient client;
    QVERIFY(client.open(socketUrl(shortLived)));
    QVERIFY(client.joinOk(topic));
    const auto system = client.takeEvent(topic, u"system"_s, 10000);
    QVERIFY(system);
    QCOMPARE(system->payload.toObject().value(u"status"_s).toString(), u"error"_s);
    QVERIFY2(system->payload.toObject()
                 .value(u"message"_s)
                 .toString()
                 .startsWith(u"Token has expired"_s),
             qPrintable(system->payload.toObject().value(u"message"_s).toString()));
    const auto closed = client.takeEvent(topic, u"phx_close"_s);
    QVERIFY(closed);
    QCOMPARE(closed->ref, client.joinRef(topic)); // realtime-js ignores any other ref
}

void TestRealtimeServer::tokenRefresh()
{
    const Session admin = login(u"admin@evergreen.demo"_s);
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient client;
    QVERIFY(client.open(socketUrl(mintToken(admin, std::chrono::seconds(3)))));
    QVERIFY(client.joinOk(topic));
    // A fresh token for the same session before the old one runs out keeps the channel.
    client.push(topic, u"access_token"_s,
                QJsonObject {{u"access_token"_s, mintToken(admin, std::chrono::seconds(600))}});
    QVERIFY2(
        client.nothingFor([](const RealtimeMessage &m) { return m.event == "system"_L1; }, 4500),
        "the refreshed token keeps the channel past the old expiry");

    // A token whose holder may not read the topic shuts the channel, with the reason.
    client.push(topic, u"access_token"_s,
                QJsonObject {{u"access_token"_s, login(u"admin@lakeside.demo"_s).accessToken}});
    const auto system = client.takeEvent(topic, u"system"_s);
    QVERIFY(system);
    QVERIFY2(system->payload.toObject()
                 .value(u"message"_s)
                 .toString()
                 .contains(u"no longer have permission"_s),
             qPrintable(system->payload.toObject().value(u"message"_s).toString()));
    QVERIFY(client.takeEvent(topic, u"phx_close"_s));

    // A malformed token shuts it too. (The socket's own token has run out by now: the join
    // brings a valid one, as realtime-js does.)
    QVERIFY(client.joinOk(topic, {}, QJsonObject {{u"access_token"_s, admin.accessToken}}));
    client.push(topic, u"access_token"_s, QJsonObject {{u"access_token"_s, u"garbage"_s}});
    QVERIFY(client.takeEvent(topic, u"system"_s));
    QVERIFY(client.takeEvent(topic, u"phx_close"_s));
}

void TestRealtimeServer::shutdownSaysGoodbye()
{
    TestClient client;
    QVERIFY(client.open(socketUrl(login(u"admin@evergreen.demo"_s).accessToken)));
    QVERIFY(client.joinOk(u"realtime:org:"_s + DemoData::evergreenId()));
    QCOMPARE(m_server->stop(), 0);
    QVERIFY(client.waitForDisconnected());
    const auto goodbye = client.takeEvent(u"phoenix"_s, u"system"_s, 1000);
    QVERIFY(goodbye);
    QCOMPARE(goodbye->payload.toObject().value(u"message"_s).toString(),
             u"Server requested disconnect"_s);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    m_server.reset(); // the next test function starts a fresh one
}

QTEST_GUILESS_MAIN(TestRealtimeServer)
#include "tst_realtimeserver.moc"
