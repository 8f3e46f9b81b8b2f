// Revocation closes live channels at once, on every instance: after a logout, a reused refresh
// token, a role change, a removed membership or a disabled account, the channels the access
// no longer covers get a system error and phx_close, and a socket whose own token is dead is
// closed. On PostgreSQL two instances share the database (the change is made through one, the
// client listens on the other); on SQLite there is one.
#include "HttpTestClient.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

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
};

// Far below the access token's 15 minutes: the close must come from the revocation.
constexpr int RevocationWaitMs = 5000;

} // namespace

class TestRealtimeRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanupTestCase();

    void logoutClosesChannelsAndSocket();
    void reusedRefreshTokenClosesChannels();
    void roleChangeClosesAdminChannels();
    void removedMembershipClosesChannels();
    void disabledAccountClosesChannels();

private:
    bool ensureServers();
    Session login(int instance, const QString &email);
    QUrl socketUrl(int instance, const QString &token) const;
    bool execute(const QString &sql);
    // The shutdown sequence on `topic`: a system error, then phx_close.
    static bool closedWithSystemError(TestClient &client, const QString &topic);

    QString m_backend;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<Database> m_sql;
    int m_listener = 0; // where clients listen: the other instance when there are two
};

void TestRealtimeRevocation::init()
{
    QVERIFY(ensureServers());
}

void TestRealtimeRevocation::cleanupTestCase()
{
    m_sql.reset();
    for (auto &server : m_servers)
        server.reset();
    m_db.reset();
}

bool TestRealtimeRevocation::ensureServers()
{
    QFETCH_GLOBAL(QString, backend);
    if (m_db && m_backend == backend)
        return true;
    m_sql.reset();
    for (auto &server : m_servers)
        server.reset();
    m_backend = backend;
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isReady()) {
        qWarning("%s", qPrintable(m_db->errorString()));
        return false;
    }
    const int instances = backend == u"postgresql"_s ? 2 : 1;
    for (int i = 0; i < instances; ++i) {
        m_servers[i] = std::make_unique<ServerProcess>();
        if (!m_servers[i]->start(m_db->serverArguments() << u"--demo"_s)) {
            qWarning("instance %d: %s", i, qPrintable(m_servers[i]->errorString()));
            return false;
        }
    }
    m_listener = instances - 1;
    auto url = DatabaseUrl::parse(m_db->url());
    if (!url)
        return false;
    auto db = Database::open(url.value());
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return false;
    }
    m_sql = std::move(db).value();
    return true;
}

Session TestRealtimeRevocation::login(int instance, const QString &email)
{
    HttpTestClient api(m_servers[instance]->baseUrl());
    const HttpTestReply reply
        = api.post(u"/api/v1/auth/login"_s,
                   QJsonObject {{u"email"_s, email}, {u"password"_s, DemoData::password()}});
    if (reply.status != 200)
        qWarning("login %s: %s", qPrintable(email), reply.describe().constData());
    return {reply.object().value(u"accessToken"_s).toString(),
            reply.object().value(u"refreshToken"_s).toString(),
            reply.object().value(u"user"_s)[u"id"_s].toString()};
}

QUrl TestRealtimeRevocation::socketUrl(int instance, const QString &token) const
{
    QUrl url = m_servers[instance]->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    QUrlQuery query;
    query.addQueryItem(u"apikey"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    query.addQueryItem(u"vsn"_s, u"2.0.0"_s);
    url.setQuery(query);
    return url;
}

bool TestRealtimeRevocation::execute(const QString &sql)
{
    auto done = m_sql->execute(sql);
    if (!done)
        qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().message));
    return done.ok();
}

bool TestRealtimeRevocation::closedWithSystemError(TestClient &client, const QString &topic)
{
    const auto system = client.takeEvent(topic, u"system"_s, RevocationWaitMs);
    if (!system || system->payload.toObject().value(u"status"_s).toString() != u"error"_s)
        return false;
    return client.takeEvent(topic, u"phx_close"_s, RevocationWaitMs).has_value();
}

void TestRealtimeRevocation::logoutClosesChannelsAndSocket()
{
    const Session admin = login(0, u"admin@evergreen.demo"_s);
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient client;
    QVERIFY(client.open(socketUrl(m_listener, admin.accessToken)));
    QVERIFY(client.joinOk(topic));

    HttpTestClient api(m_servers[0]->baseUrl());
    api.setBearerToken(admin.accessToken);
    QCOMPARE(api.post(u"/api/v1/auth/logout"_s, {}).status, 204);
    QVERIFY2(closedWithSystemError(client, topic), "the channel outlived the logout");
    QVERIFY2(client.waitForDisconnected(RevocationWaitMs), "the socket outlived the logout");
}

void TestRealtimeRevocation::reusedRefreshTokenClosesChannels()
{
    const Session planner = login(0, u"planner@evergreen.demo"_s);
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient client;
    QVERIFY(client.open(socketUrl(m_listener, planner.accessToken)));
    QVERIFY(client.joinOk(topic));

    HttpTestClient api(m_servers[0]->baseUrl());
    const QJsonObject old {{u"refreshToken"_s, planner.refreshToken}};
    QCOMPARE(api.post(u"/api/v1/auth/refresh"_s, old).status, 200);
    QCOMPARE(api.post(u"/api/v1/auth/refresh"_s, old).status, 401); // reused: session ends
    QVERIFY2(closedWithSystemError(client, topic), "the channel outlived the reuse");
    QVERIFY(client.waitForDisconnected(RevocationWaitMs));
}

void TestRealtimeRevocation::roleChangeClosesAdminChannels()
{
    const Session admin = login(0, u"admin@evergreen.demo"_s);
    const QString org = DemoData::evergreenId();
    const QString adminsTopic = u"realtime:tenant:"_s + org + u":admins"_s;
    const QString orgTopic = u"realtime:org:"_s + org;
    TestClient client;
    QVERIFY(client.open(socketUrl(m_listener, admin.accessToken)));
    QVERIFY(client.joinOk(adminsTopic));
    QVERIFY(client.joinOk(orgTopic));

    QVERIFY(execute(u"UPDATE memberships SET role = 'coordinator' WHERE user_id = '"_s
                    + admin.userId + u"' AND organization_id = '"_s + org + u"'"_s));
    QVERIFY2(closedWithSystemError(client, adminsTopic), "a coordinator kept the admins' topic");
    // What a coordinator may still read stays open, and so does the socket.
    QVERIFY(
        client.nothingFor([](const RealtimeMessage &m) { return m.event == "phx_close"_L1; }, 500));
    QVERIFY(client.isConnected());
}

void TestRealtimeRevocation::removedMembershipClosesChannels()
{
    const Session planner = login(0, u"planner@evergreen.demo"_s);
    const QString topic = u"realtime:org:"_s + DemoData::evergreenId();
    TestClient client;
    QVERIFY(client.open(socketUrl(m_listener, planner.accessToken)));
    QVERIFY(client.joinOk(topic));

    QVERIFY(execute(u"DELETE FROM memberships WHERE user_id = '"_s + planner.userId + u"'"_s));
    QVERIFY2(closedWithSystemError(client, topic), "the channel outlived the membership");
}

void TestRealtimeRevocation::disabledAccountClosesChannels()
{
    const Session lakeside = login(0, u"admin@lakeside.demo"_s);
    const QString topic = u"realtime:org:"_s + DemoData::lakesideId();
    TestClient client;
    QVERIFY(client.open(socketUrl(m_listener, lakeside.accessToken)));
    QVERIFY(client.joinOk(topic));

    QVERIFY(execute(u"UPDATE users SET disabled = TRUE WHERE id = '"_s + lakeside.userId + u"'"_s));
    QVERIFY2(closedWithSystemError(client, topic), "the channel outlived the account");
    QVERIFY(client.waitForDisconnected(RevocationWaitMs));
}

QTEST_GUILESS_MAIN(TestRealtimeRevocation)
#include "tst_realtimerevocation.moc"
