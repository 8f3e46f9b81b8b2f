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
// closes (then *closed is true) or `timeoutMs` passes.
QByteArray rawExchange(const QUrl &base, const QByteArray &request, int timeoutMs = 10000,
                       bool *closed = nullptr)
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
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

// Status lines in what a connection received: more than one means two answers.
qsizetype statusLines(const QByteArray &answer)
{
    return answer.count("\nHTTP/1.") + (answer.startsWith("HTTP/1.") ? 1 : 0);
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
    void jsonRoutesNeedJsonContentType();
    void ambiguousContentLengthIs400AndCloses();
    void malformedHeadIs400AndCloses();
    void everyAnswerSaysNoSniff();
    void loneSurrogatesAre400();

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

void TestHttpErrors::jsonRoutesNeedJsonContentType()
{
    // A cross-site form or fetch may POST text/plain without a preflight; only JSON is read.
    HttpTestClient api(m_server->baseUrl());
    const QByteArray login = R"({"email":"admin@evergreen.demo","password":"demo-password"})";
    const QList<QByteArray> refused {
        "text/plain",        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/jsonx", "application/json; charset=latin1",  ""};
    for (const QByteArray &type : refused) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!type.isEmpty())
            headers.append({"Content-Type", type});
        const HttpTestReply reply = api.send("POST", u"/api/v1/auth/login"_s, login, headers);
        QVERIFY2(reply.status == 415, QByteArray(type + ": " + reply.describe()).constData());
        QVERIFY2(isErrorShape(reply.object(), u"unsupported_media_type"_s), reply.body.constData());
    }
    for (const QByteArray &type :
         {QByteArray("application/json"), QByteArray("Application/JSON; charset=UTF-8")}) {
        const HttpTestReply reply
            = api.send("POST", u"/api/v1/auth/login"_s, login, {{"Content-Type", type}});
        QVERIFY2(reply.status == 200, QByteArray(type + ": " + reply.describe()).constData());
    }
    // A console write too, before its If-Match is even looked at.
    const HttpTestReply session
        = api.post(u"/api/v1/auth/login"_s,
                   {{u"email"_s, u"admin@evergreen.demo"_s}, {u"password"_s, u"demo-password"_s}});
    api.setBearerToken(session.object().value(u"accessToken"_s).toString());
    const HttpTestReply patch
        = api.send("PATCH", u"/api/v1/sections/00000000-0000-4000-8000-000000000001"_s, "{}",
                   {{"Content-Type", "text/plain"}});
    QVERIFY2(patch.status == 415, patch.describe().constData());
}

void TestHttpErrors::ambiguousContentLengthIs400AndCloses()
{
    // RFC 9112 §6.3: a length that is not exactly one run of digits makes the framing unknown.
    // Behind a proxy that read the other length, the rest would run as a smuggled request.
    const QByteArray smuggled = "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
    const QList<QByteArray> lengths {
        "Content-Length: 2\r\nContent-Length: " + QByteArray::number(2 + smuggled.size()),
        "Content-Length: " + QByteArray::number(2 + smuggled.size()) + "\r\nContent-Length: 2",
        "Content-Length: 2\r\nContent-Length: 2",
        "Content-Length: 2, 2",
        "Content-Length: +2",
        "Content-Length: -2",
        "Content-Length: 0x2",
        "Content-Length: 2 2",
        "Content-Length: 99999999999999999999999",
        "Content-Length:",
    };
    for (const QByteArray &length : lengths) {
        bool closed = false;
        const QByteArray answer = rawExchange(m_server->baseUrl(),
                                              "POST /healthz HTTP/1.1\r\nHost: x\r\n" + length
                                                  + "\r\n\r\n{}" + smuggled,
                                              10000, &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "),
                 QByteArray(length + " -> " + answer).constData());
        QVERIFY2(statusLines(answer) == 1, QByteArray(length + " -> " + answer).constData());
        QVERIFY2(answer.contains("\"bad_request\""), answer.constData());
        QVERIFY2(closed, length.constData());
    }
    // One plain length still works.
    const QByteArray fine = rawExchange(m_server->baseUrl(),
                                        "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                        "0\r\nConnection: close\r\n\r\n");
    QVERIFY2(fine.startsWith("HTTP/1.1 200 "), fine.constData());
}

void TestHttpErrors::malformedHeadIs400AndCloses()
{
    const struct
    {
        const char *label;
        QByteArray request;
    } cases[] = {
        {"HTTP/1.1 without Host", "GET /healthz HTTP/1.1\r\nAccept: */*\r\n\r\n"},
        {"two Host headers", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"},
        {"line without colon", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Broken header\r\n\r\n"},
        {"space before colon", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Odd : 1\r\n\r\n"},
        {"NUL in a value",
         QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Nul: a\0b\r\n\r\n", 46)},
        {"obs-fold", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n"},
        {"bare LF", "GET /healthz HTTP/1.1\nHost: x\n\n"},
        {"bare LF after CRLF", "GET /healthz HTTP/1.1\r\nHost: x\nAccept: */*\r\n\r\n"},
        {"bare CR", "GET /healthz HTTP/1.1\r\nHost: x\rAccept: */*\r\n\r\n"},
        {"bad request line", "GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n"},
    };
    for (const auto &c : cases) {
        bool closed = false;
        const QByteArray answer = rawExchange(m_server->baseUrl(), c.request, 10000, &closed);
        QVERIFY2(
            answer.startsWith("HTTP/1.1 400 "),
            qPrintable(QString::fromLatin1(c.label) + u" -> "_s + QString::fromLatin1(answer)));
        QVERIFY2(statusLines(answer) == 1, c.label);
        QVERIFY2(answer.contains("\"bad_request\""), c.label);
        QVERIFY2(closed, c.label);
    }
    // HTTP/1.0 needs no Host.
    const QByteArray old = rawExchange(m_server->baseUrl(), "GET /healthz HTTP/1.0\r\n\r\n");
    QVERIFY2(old.contains(" 200 OK\r\n"), old.constData());
}

void TestHttpErrors::everyAnswerSaysNoSniff()
{
    HttpTestClient api(m_server->baseUrl());
    const QList<HttpTestReply> replies {
        api.get(u"/healthz"_s), api.get(u"/nope"_s), api.get(u"/api/v1/openapi.json"_s),
        api.get(u"/api/v1/organizations"_s), api.send("OPTIONS", u"/healthz"_s)};
    for (const HttpTestReply &reply : replies)
        QVERIFY2(reply.header("X-Content-Type-Options") == "nosniff", reply.describe().constData());
    // Refused below the router too.
    const QByteArray answer
        = rawExchange(m_server->baseUrl(),
                      "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                      "Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{");
    QVERIFY2(answer.contains("\r\nX-Content-Type-Options: nosniff\r\n"), answer.constData());
}

void TestHttpErrors::loneSurrogatesAre400()
{
    // JSON may escape half of a UTF-16 pair on its own; no text holds one and PostgreSQL
    // refuses it, so both backends refuse it like NUL.
    HttpTestClient api(m_server->baseUrl());
    for (const QByteArray &email :
         {QByteArray(R"(\ud800)"), QByteArray(R"(a\udfffb)"), QByteArray(R"(\udc00\ud800)")}) {
        const HttpTestReply reply
            = api.send("POST", u"/api/v1/auth/login"_s,
                       R"({"email":")" + email + R"(","password":"demo-password"})",
                       {{"Content-Type", "application/json"}});
        QVERIFY2(reply.status == 400, QByteArray(email + ": " + reply.describe()).constData());
        QVERIFY2(isErrorShape(reply.object(), u"invalid_character"_s), reply.body.constData());
        QCOMPARE(reply.object()[u"error"_s][u"details"_s][u"fields"_s][0][u"field"_s].toString(),
                 u"email"_s);
    }
    // A proper pair is fine (a wrong password, not a bad request).
    const HttpTestReply pair = api.send("POST", u"/api/v1/auth/login"_s,
                                        R"({"email":"\ud83d\ude00@x.demo","password":"x"})",
                                        {{"Content-Type", "application/json"}});
    QVERIFY2(pair.status == 401, pair.describe().constData());
}

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
