// Login checks the password (Argon2id at the production cost) on a worker and answers later,
// on both backends: requests on other connections are answered meanwhile; answers on one
// connection keep their request order; "Connection: close" waits for the answer; a client that
// leaves before its answer harms nothing. Order-based: no check reads a clock.
#include "HttpTestClient.h"
#include "RawHttpClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

QByteArray credentials(const QString &email)
{
    return QJsonDocument(QJsonObject {{u"email"_s, email}, {u"password"_s, DemoData::password()}})
        .toJson(QJsonDocument::Compact);
}

const QString Admin = u"admin@evergreen.demo"_s;

} // namespace

class TestDeferredLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void otherRequestsAreAnsweredWhileALoginVerifies();
    void answersKeepTheirOrderOnAConnection();
    void connectionCloseWaitsForTheLoginAnswer();
    void aClientThatLeavesEarlyHarmsNothing();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void TestDeferredLogin::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->serverArguments() << u"--demo"_s),
             qPrintable(m_server->errorString()));
    // The demo's hashes are cheap; the first login stores one at the production cost, which
    // every later login of this account verifies.
    HttpTestClient api(m_server->baseUrl());
    const HttpTestReply first = api.send("POST", u"/api/v1/auth/login"_s, credentials(Admin),
                                         {{"Content-Type", "application/json"}});
    QVERIFY2(first.status == 200, first.describe().constData());
}

void TestDeferredLogin::cleanup()
{
    m_server.reset();
    m_db.reset();
}

void TestDeferredLogin::otherRequestsAreAnsweredWhileALoginVerifies()
{
    RawHttpClient login(m_server->baseUrl());
    RawHttpClient health(m_server->baseUrl());
    QVERIFY(login.connected());
    QVERIFY(health.connected());
    // One health check after another for as long as the login has no answer.
    int answeredDuringLogin = 0;
    health.onAnswer = [&] {
        if (!login.answers.isEmpty())
            return;
        ++answeredDuringLogin;
        health.send("GET", "/healthz");
    };
    login.send("POST", "/api/v1/auth/login", credentials(Admin));
    QVERIFY(login.socket.waitForBytesWritten(5000));
    health.send("GET", "/healthz");
    QTRY_VERIFY_WITH_TIMEOUT(!login.answers.isEmpty(), 30000);
    QCOMPARE(login.answers.first().first, 200);
    // With the check on the event loop at most the one health check read before the login
    // could be answered; off the loop the checks keep coming back while the worker hashes.
    QVERIFY2(
        answeredDuringLogin >= 3,
        qPrintable(u"only %1 health checks answered during the login"_s.arg(answeredDuringLogin)));
    for (const auto &[status, body] : std::as_const(health.answers))
        QCOMPARE(status, 200);
}

void TestDeferredLogin::answersKeepTheirOrderOnAConnection()
{
    // Pipelined: the login (answered later), a health check and a failing login behind it.
    RawHttpClient client(m_server->baseUrl());
    QVERIFY(client.connected());
    client.socket.write(
        client.request("POST", "/api/v1/auth/login", credentials(Admin))
        + client.request("GET", "/healthz", {})
        + client.request(
            "POST", "/api/v1/auth/login",
            QJsonDocument(QJsonObject {{u"email"_s, Admin}, {u"password"_s, u"wrong password"_s}})
                .toJson(QJsonDocument::Compact))
        + client.request("GET", "/api/v1/nothing-here", {}));
    QTRY_COMPARE_WITH_TIMEOUT(client.answers.size(), 4, 30000);
    QCOMPARE(client.answers.at(0).first, 200);
    QVERIFY(
        QJsonDocument::fromJson(client.answers.at(0).second).object().contains(u"accessToken"_s));
    QCOMPARE(client.answers.at(1).first, 200);
    QVERIFY(client.answers.at(1).second.contains("\"status\""));
    QCOMPARE(client.answers.at(2).first, 401);
    QCOMPARE(client.answers.at(3).first, 404);
}

void TestDeferredLogin::connectionCloseWaitsForTheLoginAnswer()
{
    RawHttpClient client(m_server->baseUrl());
    QVERIFY(client.connected());
    QSignalSpy closed(&client.socket, &QTcpSocket::disconnected);
    client.send("POST", "/api/v1/auth/login", credentials(Admin), "Connection: close\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 30000);
    QCOMPARE(client.answers.size(), 1);
    QCOMPARE(client.answers.first().first, 200);
}

void TestDeferredLogin::aClientThatLeavesEarlyHarmsNothing()
{
    for (int i = 0; i < 5; ++i) {
        RawHttpClient gone(m_server->baseUrl());
        QVERIFY(gone.connected());
        gone.send("POST", "/api/v1/auth/login", credentials(Admin));
        QVERIFY(gone.socket.waitForBytesWritten(5000));
        gone.socket.abort();
    }
    // The server is still there and answers the next login in full.
    HttpTestClient api(m_server->baseUrl());
    const HttpTestReply next = api.send("POST", u"/api/v1/auth/login"_s, credentials(Admin),
                                        {{"Content-Type", "application/json"}});
    QVERIFY2(next.status == 200, next.describe().constData());
    QCOMPARE(api.get(u"/healthz"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestDeferredLogin)
#include "tst_deferredlogin.moc"
