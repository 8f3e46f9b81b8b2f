// The HTTP layer's answers to requests no handler takes: unknown routes, wrong methods,
// oversized bodies and headers, chunked bodies, bad ids, malformed JSON. Always the JSON error
// shape, never a hang or a crash; on both backends.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync::test;

namespace {

// Writes `request` on a fresh connection and returns everything the server sends until it
// closes or `timeoutMs` passes.
QByteArray rawExchange(const QUrl &base, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

bool isErrorShape(const QJsonObject &body, const QString &code)
{
    const QJsonObject error = body.value(u"error"_s).toObject();
    return error.value(u"code"_s).toString() == code
        && !error.value(u"message"_s).toString().isEmpty() && error.value(u"details"_s).isObject()
        && body.size() == 1;
}

} // namespace

class TestHttpErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void unknownRouteIsJson404();
    void wrongMethodIs405WithAllow();
    void oversizedBodyIs413();
    void declaredOversizedBodyIsRefusedBeforeItIsSent();
    void hugeHeadersAre431();
    void chunkedBodyIs411();
    void keepAliveSurvivesBodies();
    void malformedJsonIs400();
    void badIdIs400();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void TestHttpErrors::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->serverArguments() << u"--demo"_s),
             qPrintable(m_server->errorString()));
}

void TestHttpErrors::cleanup()
{
    m_server.reset(); // stop the server before its database is dropped
    m_db.reset();
}

void TestHttpErrors::unknownRouteIsJson404()
{
    HttpTestClient api(m_server->baseUrl());
    for (const QString &path :
         {u"/nope"_s, u"/api/v1/does-not-exist"_s, u"/healthz/"_s, u"/api/v1/%00"_s}) {
        const HttpTestReply reply = api.get(path);
        QVERIFY2(reply.status == 404, reply.describe().constData());
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY2(isErrorShape(reply.object(), u"not_found"_s), reply.body.constData());
    }
}

void TestHttpErrors::wrongMethodIs405WithAllow()
{
    HttpTestClient api(m_server->baseUrl());
    const HttpTestReply reply = api.send("DELETE", u"/healthz"_s);
    QVERIFY2(reply.status == 405, reply.describe().constData());
    QCOMPARE(reply.header("Allow"), QByteArray("GET"));
    QVERIFY(isErrorShape(reply.object(), u"method_not_allowed"_s));
    QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"allowed"_s].toArray().first().toString(),
             u"GET"_s);
}

void TestHttpErrors::oversizedBodyIs413()
{
    HttpTestClient api(m_server->baseUrl());
    const QByteArray body(2 * 1024 * 1024, 'x');
    const HttpTestReply reply
        = api.send("POST", u"/api/v1/auth/login"_s, body, {{"Content-Type", "application/json"}});
    QVERIFY2(reply.status == 413, reply.describe().constData());
    QVERIFY(isErrorShape(reply.object(), u"payload_too_large"_s));
    // The server is still fine afterwards.
    QCOMPARE(api.get(u"/healthz"_s).status, 200);
}

void TestHttpErrors::declaredOversizedBodyIsRefusedBeforeItIsSent()
{
    const QByteArray answer
        = rawExchange(m_server->baseUrl(),
                      "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                      "Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("\"payload_too_large\""));
}

void TestHttpErrors::hugeHeadersAre431()
{
    const QByteArray filler(80 * 1024, 'a');
    const QByteArray answer
        = rawExchange(m_server->baseUrl(),
                      "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: " + filler + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
    QVERIFY(answer.contains("\"headers_too_large\""));
}

void TestHttpErrors::chunkedBodyIs411()
{
    const QByteArray answer = rawExchange(m_server->baseUrl(),
                                          "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
    QVERIFY(answer.contains("\"length_required\""));
}

void TestHttpErrors::keepAliveSurvivesBodies()
{
    // Two requests on one connection, the first with a body: the size guard must find the
    // second request's headers after the first body.
    QTcpSocket socket;
    socket.connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"method_not_allowed\""),
                             10000);
    answer.clear();
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"status\":\"ok\""), 10000);
    QVERIFY(answer.startsWith("HTTP/1.1 200 "));
}

void TestHttpErrors::malformedJsonIs400()
{
    HttpTestClient api(m_server->baseUrl());
    for (const QByteArray &body :
         {QByteArray("{\"email\": "), QByteArray("not json"), QByteArray("{'a':1}")}) {
        const HttpTestReply reply = api.send("POST", u"/api/v1/auth/login"_s, body,
                                             {{"Content-Type", "application/json"}});
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QVERIFY2(isErrorShape(reply.object(), u"malformed_json"_s), reply.body.constData());
    }
    const HttpTestReply array = api.send("POST", u"/api/v1/auth/login"_s, "[1,2]",
                                         {{"Content-Type", "application/json"}});
    QVERIFY2(array.status == 400, array.describe().constData());
    QCOMPARE(array.errorCode(), u"invalid_body"_s);
}

void TestHttpErrors::badIdIs400()
{
    HttpTestClient api(m_server->baseUrl());
    const HttpTestReply session
        = api.post(u"/api/v1/auth/login"_s,
                   {{u"email"_s, u"platform@wedsync.demo"_s}, {u"password"_s, u"demo-password"_s}});
    QVERIFY2(session.status == 200, session.describe().constData());
    api.setBearerToken(session.object().value(u"accessToken"_s).toString());
    const HttpTestReply reply = api.get(u"/api/v1/organizations/not-a-uuid"_s);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QVERIFY(isErrorShape(reply.object(), u"invalid_id"_s));
    QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"parameter"_s].toString(), u"org"_s);
}

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
