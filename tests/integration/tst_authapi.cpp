// /api/v1/auth and the operator context on both backends: login for every kind of demo
// account, refresh rotation and reuse detection, logout, token errors, console access,
// throttling, and tenant isolation of the organization routes.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

QJsonObject credentials(const QString &email, const QString &password = DemoData::password())
{
    return {{u"email"_s, email}, {u"password"_s, password}};
}

// Signs in over a connection from `source` (any 127.x.y.z reaches a loopback server), so that
// the server sees another client address than HttpTestClient's 127.0.0.1. Returns the status.
int loginFrom(const QUrl &server, const QString &source, const QJsonObject &body)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(source)))
        return -1;
    socket.connectToHost(QHostAddress(server.host()), quint16(server.port()));
    if (!socket.waitForConnected(10000))
        return -2;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: " + server.host().toLatin1()
                 + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                   "Content-Length: "
                 + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    // "HTTP/1.1 200 OK"
    return answer.split(' ').value(1).toInt();
}

} // namespace

class TestAuthApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void everyDemoAccountSignsIn();
    void wrongPasswordAndUnknownAccountLookAlike();
    void missingFieldsAreValidationErrors();
    void refreshRotatesAndReuseEndsTheSession();
    void logoutEndsTheSession();
    void badTokensAre401();
    void vendorHasNoConsoleAccess();
    void repeatedFailuresAreThrottled();
    void aStrangerCannotLockTheOwnerOut();
    void throttleIsSharedByInstances();
    void organizationsAreIsolated();
    void badIdWithTokenIs400();

private:
    // Logs in and returns the reply's body; fails the test on a non-200.
    QJsonObject login(const QString &email);
    // `count` wrong passwords for `email`, through each of `apis` in turn.
    void guessWrong(const QList<HttpTestClient *> &apis, const QString &email, int count);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_api;
};

void TestAuthApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->serverArguments() << u"--demo"_s),
             qPrintable(m_server->errorString()));
    m_api = std::make_unique<HttpTestClient>(m_server->baseUrl());
}

void TestAuthApi::cleanup()
{
    m_api.reset();
    m_server.reset();
    m_db.reset();
}

QJsonObject TestAuthApi::login(const QString &email)
{
    const HttpTestReply reply = m_api->post(u"/api/v1/auth/login"_s, credentials(email));
    if (reply.status != 200)
        qWarning("login %s: %s", qPrintable(email), reply.describe().constData());
    return reply.status == 200 ? reply.object() : QJsonObject();
}

void TestAuthApi::everyDemoAccountSignsIn()
{
    struct Expectation
    {
        QString email;
        bool console;
        QJsonValue staff;
        QString role; // in the first membership, empty for none
    };
    const QList<Expectation> expected {
        {u"platform@wedsync.demo"_s, true, u"platform_admin"_s, {}},
        {u"support@wedsync.demo"_s, true, u"support"_s, {}},
        {u"admin@evergreen.demo"_s, true, QJsonValue::Null, u"admin"_s},
        {u"planner@evergreen.demo"_s, true, QJsonValue::Null, u"coordinator"_s},
        {u"vendor@evergreen.demo"_s, false, QJsonValue::Null, u"vendor"_s},
        {u"ADMIN@Lakeside.demo"_s, true, QJsonValue::Null,
         u"admin"_s}, // e-mail case does not matter
    };
    for (const Expectation &e : expected) {
        const QJsonObject session = login(e.email);
        QVERIFY2(!session.isEmpty(), qPrintable(e.email));
        const QString access = session.value(u"accessToken"_s).toString();
        QCOMPARE(access.count(u'.'), 2); // a compact JWS
        QVERIFY(!session.value(u"refreshToken"_s).toString().isEmpty());
        QCOMPARE(session.value(u"expiresIn"_s).toInt(), 900);
        QCOMPARE(session.value(u"user"_s)[u"email"_s].toString(), e.email.toLower());
        QVERIFY2(!session.value(u"user"_s).toObject().contains(u"passwordHash"_s),
                 "never the hash");

        HttpTestClient me(m_server->baseUrl());
        me.setBearerToken(access);
        const HttpTestReply reply = me.get(u"/api/v1/auth/me"_s);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QCOMPARE(reply.object().value(u"consoleAccess"_s).toBool(), e.console);
        QCOMPARE(reply.object().value(u"platformStaff"_s), e.staff);
        const QJsonArray memberships = reply.object().value(u"memberships"_s).toArray();
        QCOMPARE(memberships.isEmpty(), e.role.isEmpty());
        if (!e.role.isEmpty()) {
            QCOMPARE(memberships.first()[u"role"_s].toString(), e.role);
            QVERIFY(!memberships.first()[u"organizationName"_s].toString().isEmpty());
        }
    }
}

void TestAuthApi::wrongPasswordAndUnknownAccountLookAlike()
{
    const HttpTestReply wrong
        = m_api->post(u"/api/v1/auth/login"_s, credentials(u"admin@evergreen.demo"_s, u"nope"_s));
    const HttpTestReply unknown
        = m_api->post(u"/api/v1/auth/login"_s, credentials(u"nobody@evergreen.demo"_s));
    QVERIFY2(wrong.status == 401, wrong.describe().constData());
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
    QCOMPARE(wrong.body, unknown.body);
}

void TestAuthApi::missingFieldsAreValidationErrors()
{
    const HttpTestReply reply
        = m_api->post(u"/api/v1/auth/login"_s, QJsonObject {{u"email"_s, 42}});
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    const QJsonArray fields = reply.object()[u"error"_s][u"details"_s][u"fields"_s].toArray();
    QStringList named;
    for (const QJsonValue &field : fields)
        named << field[u"field"_s].toString();
    QVERIFY2(named.contains(u"email"_s) && named.contains(u"password"_s),
             qPrintable(named.join(u',')));
}

void TestAuthApi::refreshRotatesAndReuseEndsTheSession()
{
    const QJsonObject first = login(u"planner@evergreen.demo"_s);
    QVERIFY(!first.isEmpty());
    const QString oldRefresh = first.value(u"refreshToken"_s).toString();

    const HttpTestReply rotated
        = m_api->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, oldRefresh}});
    QVERIFY2(rotated.status == 200, rotated.describe().constData());
    const QString newRefresh = rotated.object().value(u"refreshToken"_s).toString();
    const QString newAccess = rotated.object().value(u"accessToken"_s).toString();
    QVERIFY(newRefresh != oldRefresh);

    HttpTestClient caller(m_server->baseUrl());
    caller.setBearerToken(newAccess);
    QCOMPARE(caller.get(u"/api/v1/auth/me"_s).status, 200);

    // Replaying the old token ends the whole session: the new tokens stop working too.
    const HttpTestReply reused
        = m_api->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, oldRefresh}});
    QVERIFY2(reused.status == 401, reused.describe().constData());
    QCOMPARE(reused.errorCode(), u"refresh_token_reused"_s);
    QCOMPARE(caller.get(u"/api/v1/auth/me"_s).errorCode(), u"session_revoked"_s);
    const HttpTestReply afterReuse
        = m_api->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, newRefresh}});
    QCOMPARE(afterReuse.status, 401);

    const HttpTestReply garbage
        = m_api->post(u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, u"x' OR 1=1 --"_s}});
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.errorCode(), u"invalid_refresh_token"_s);
}

void TestAuthApi::logoutEndsTheSession()
{
    const QJsonObject session = login(u"admin@evergreen.demo"_s);
    QVERIFY(!session.isEmpty());
    HttpTestClient caller(m_server->baseUrl());
    caller.setBearerToken(session.value(u"accessToken"_s).toString());
    const HttpTestReply out = caller.send("POST", u"/api/v1/auth/logout"_s);
    QVERIFY2(out.status == 204, out.describe().constData());
    QCOMPARE(caller.get(u"/api/v1/auth/me"_s).status, 401);
    const HttpTestReply refresh
        = m_api->post(u"/api/v1/auth/refresh"_s,
                      {{u"refreshToken"_s, session.value(u"refreshToken"_s).toString()}});
    QCOMPARE(refresh.status, 401);
    // Another session of the same account is unaffected.
    QVERIFY(!login(u"admin@evergreen.demo"_s).isEmpty());
}

void TestAuthApi::badTokensAre401()
{
    const HttpTestReply none = m_api->get(u"/api/v1/auth/me"_s);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), u"unauthenticated"_s);
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));

    const QString valid = login(u"admin@evergreen.demo"_s).value(u"accessToken"_s).toString();
    QVERIFY(!valid.isEmpty());
    QString tampered = valid;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == u'A' ? u'B' : u'A';
    for (const QString &token :
         {u"garbage"_s, u"a.b.c"_s, tampered,
          // HS256 over {"alg":"none"}: the algorithm must not be taken from the token
          u"eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4In0."_s}) {
        HttpTestClient caller(m_server->baseUrl());
        caller.setBearerToken(token);
        const HttpTestReply reply = caller.get(u"/api/v1/organizations"_s);
        QVERIFY2(reply.status == 401, reply.describe().constData());
        QCOMPARE(reply.errorCode(), u"invalid_token"_s);
    }
}

void TestAuthApi::vendorHasNoConsoleAccess()
{
    HttpTestClient vendor(m_server->baseUrl());
    vendor.setBearerToken(login(u"vendor@evergreen.demo"_s).value(u"accessToken"_s).toString());
    const HttpTestReply reply = vendor.get(u"/api/v1/organizations"_s);
    QVERIFY2(reply.status == 403, reply.describe().constData());
    QCOMPARE(reply.errorCode(), u"no_console_access"_s);
    QVERIFY(reply.object()[u"error"_s][u"message"_s].toString().contains(u"console"_s));
    QCOMPARE(vendor.get(u"/api/v1/auth/me"_s).status, 200);
}

void TestAuthApi::repeatedFailuresAreThrottled()
{
    HttpTestReply last;
    for (int attempt = 0; attempt < 12 && last.status != 429; ++attempt)
        last = m_api->post(u"/api/v1/auth/login"_s,
                           credentials(u"admin@lakeside.demo"_s, u"guess"_s));
    QVERIFY2(last.status == 429, last.describe().constData());
    bool ok = false;
    QVERIFY(last.header("Retry-After").toInt(&ok) >= 1 && ok);
    QVERIFY(last.errorCode() == u"too_many_attempts"_s || last.errorCode() == u"account_locked"_s);
    // Even the right password waits while the account is throttled.
    QCOMPARE(m_api->post(u"/api/v1/auth/login"_s, credentials(u"admin@lakeside.demo"_s)).status,
             429);
}

void TestAuthApi::aStrangerCannotLockTheOwnerOut()
{
    // A stranger guesses at the platform admin's password until sign-in is held back...
    guessWrong({m_api.get()}, u"platform@wedsync.demo"_s, 8);
    QCOMPARE(m_api->post(u"/api/v1/auth/login"_s, credentials(u"platform@wedsync.demo"_s)).status,
             429);
    // ...but only for the stranger's address: the owner, elsewhere, signs in.
    QCOMPARE(
        loginFrom(m_server->baseUrl(), u"127.0.0.2"_s, credentials(u"platform@wedsync.demo"_s)),
        200);
    // The address itself is limited over all accounts too (a password spray).
    int status = 0;
    for (int i = 0; i < 120 && status != 429; ++i)
        status = loginFrom(m_server->baseUrl(), u"127.0.0.3"_s,
                           credentials(u"nobody%1@example.com"_s.arg(i), u"guess"_s));
    QCOMPARE(status, 429);
}

void TestAuthApi::throttleIsSharedByInstances()
{
    // A second instance on the same database, as behind a load balancer.
    ServerProcess other;
    QVERIFY2(other.start(m_db->serverArguments()), qPrintable(other.errorString()));
    HttpTestClient there(other.baseUrl());
    // Guesses alternate between the instances and still add up...
    guessWrong({m_api.get(), &there}, u"admin@lakeside.demo"_s, 8);
    // ...to a wait that both honour.
    for (HttpTestClient *api : {m_api.get(), &there}) {
        const HttpTestReply refused
            = api->post(u"/api/v1/auth/login"_s, credentials(u"admin@lakeside.demo"_s));
        QVERIFY2(refused.status == 429, refused.describe().constData());
    }
}

void TestAuthApi::guessWrong(const QList<HttpTestClient *> &apis, const QString &email, int count)
{
    // Waits out the delays the throttle asks for; after the 8th failure the next attempt waits
    // 8 s, time enough for the checks that follow.
    int failures = 0;
    while (failures < count) {
        const HttpTestReply reply
            = apis.at(failures % apis.size())
                  ->post(u"/api/v1/auth/login"_s, credentials(email, u"guess"_s));
        if (reply.status == 429) {
            QTest::qWait(reply.header("Retry-After").toInt() * 1000);
            continue;
        }
        QVERIFY2(reply.status == 401, reply.describe().constData());
        ++failures;
    }
}

void TestAuthApi::organizationsAreIsolated()
{
    const QString evergreen = DemoData::evergreenId();
    const QString lakeside = DemoData::lakesideId();
    const QString harbor = DemoData::harborId(); // no console members: platform staff only
    const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
    struct Case
    {
        QString email;
        QStringList visible;
    };
    const QList<Case> cases {
        {u"platform@wedsync.demo"_s, {evergreen, lakeside, harbor}},
        {u"support@wedsync.demo"_s, {evergreen, lakeside, harbor}},
        {u"admin@evergreen.demo"_s, {evergreen}},
        {u"planner@evergreen.demo"_s, {evergreen}},
        {u"admin@lakeside.demo"_s, {lakeside}},
    };
    for (const Case &c : cases) {
        HttpTestClient caller(m_server->baseUrl());
        caller.setBearerToken(login(c.email).value(u"accessToken"_s).toString());
        const HttpTestReply list = caller.get(u"/api/v1/organizations"_s);
        QVERIFY2(list.status == 200, list.describe().constData());
        QStringList listed;
        for (const QJsonValue &item : list.object().value(u"items"_s).toArray())
            listed << item[u"id"_s].toString();
        QCOMPARE(listed.size(), c.visible.size());
        for (const QString &org : {evergreen, lakeside, harbor, missing}) {
            const bool visible = c.visible.contains(org);
            QCOMPARE(listed.contains(org), visible);
            for (const QString &suffix : {QString(), u"/weddings"_s, u"/members"_s}) {
                const HttpTestReply reply = caller.get(u"/api/v1/organizations/"_s + org + suffix);
                QVERIFY2(reply.status == (visible ? 200 : 404),
                         qPrintable(c.email + u' ' + org + suffix + u' '
                                    + QString::fromUtf8(reply.describe())));
            }
        }
        // Upper-case ids name the same organization.
        if (c.visible.contains(evergreen))
            QCOMPARE(caller.get(u"/api/v1/organizations/"_s + evergreen.toUpper()).status, 200);
    }

    HttpTestClient admin(m_server->baseUrl());
    admin.setBearerToken(login(u"admin@evergreen.demo"_s).value(u"accessToken"_s).toString());
    const QJsonArray weddings = admin.get(u"/api/v1/organizations/"_s + evergreen + u"/weddings"_s)
                                    .object()
                                    .value(u"items"_s)
                                    .toArray();
    QSet<QString> phases;
    for (const QJsonValue &wedding : weddings) {
        QCOMPARE(wedding[u"organizationId"_s].toString(), evergreen);
        phases.insert(wedding[u"phase"_s].toString());
    }
    QCOMPARE(
        phases,
        (QSet<QString> {u"planning"_s, u"pre_wedding"_s, u"wedding_day"_s, u"post_wedding"_s}));

    // Members carry their access to the organization's weddings (the layout preview's people):
    // the vendor supplies two Evergreen weddings with limited access; every id is Evergreen's.
    QSet<QString> evergreenWeddings;
    for (const QJsonValue &wedding : weddings)
        evergreenWeddings.insert(wedding[u"id"_s].toString());
    const QJsonArray members = admin.get(u"/api/v1/organizations/"_s + evergreen + u"/members"_s)
                                   .object()
                                   .value(u"items"_s)
                                   .toArray();
    QVERIFY(!members.isEmpty());
    bool vendorSeen = false;
    for (const QJsonValue &member : members) {
        QVERIFY(member[u"weddingAccess"_s].isArray());
        const QJsonArray access = member[u"weddingAccess"_s].toArray();
        for (const QJsonValue &grant : access)
            QVERIFY(evergreenWeddings.contains(grant[u"weddingId"_s].toString()));
        if (member[u"email"_s].toString() == u"vendor@evergreen.demo"_s) {
            vendorSeen = true;
            QCOMPARE(access.size(), 2);
            for (const QJsonValue &grant : access)
                QCOMPARE(grant[u"accessLevel"_s].toString(), u"limited"_s);
        }
    }
    QVERIFY(vendorSeen);
}

void TestAuthApi::badIdWithTokenIs400()
{
    HttpTestClient caller(m_server->baseUrl());
    caller.setBearerToken(login(u"platform@wedsync.demo"_s).value(u"accessToken"_s).toString());
    for (const QString &bad : {u"not-a-uuid"_s, u"1"_s, u"'%20OR%201=1"_s, u"%3Cscript%3E"_s}) {
        const HttpTestReply reply = caller.get(u"/api/v1/organizations/"_s + bad + u"/weddings"_s);
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QCOMPARE(reply.errorCode(), u"invalid_id"_s);
        QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"parameter"_s].toString(), u"org"_s);
    }
    // Without a token the answer is 401 whatever the path holds.
    QCOMPARE(m_api->get(u"/api/v1/organizations/not-a-uuid"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
