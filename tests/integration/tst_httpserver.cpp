// The HTTP layer in-process, with handlers written to misbehave: an exception or a storage
// failure becomes a generic 500 that leaks nothing, an unknown status cannot escape, and the
// WebSocket upgrade path of QAbstractHttpServer still works behind our size guard, which
// closes a WebSocket whose client sends an unmasked frame. Requests read together are handled in
// one batch, after one catch-up of the operator cache.
#include "Clock.h"
#include "HttpTestClient.h"
#include "api/OperatorCache.h"
#include "http/HttpServer.h"
#include "http/Router.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

Route route(const QString &method, const QString &path, AuthRequirement auth, RouteHandler handler)
{
    return Route {method, *PathPattern::parse(path), u"test"_s, u"test"_s, auth, {}, {},
                  200,    std::move(handler)};
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exceptionBecomesGeneric500();
    void storageFailureBecomesGeneric500();
    void unknownStatusBecomes500();
    void protectedRoutesFailClosedWithoutGuard();
    void literalSegmentsWinOverParameters();
    void headIsGetWithoutBody();
    void webSocketUpgradeStillWorks();
    void strayUpgradeGetsExactlyOneAnswer();
    void unmaskedClientFrameClosesWith1002();
    void requestsReadTogetherShareOneCatchUp();

private:
    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    QUrl m_base;
};

void TestHttpServer::initTestCase()
{
    m_router.addOrDie(
        route(u"GET"_s, u"/throws"_s, AuthRequirement::Public, [](ApiRequest &) -> ApiResponse {
            throw std::runtime_error("secret detail: password=hunter2");
        }));
    m_router.addOrDie(
        route(u"GET"_s, u"/storage"_s, AuthRequirement::Public, [](ApiRequest &request) {
            return ApiResponse::internalError(request.requestId,
                                              u"SELECT * FROM users failed: disk I/O error"_s);
        }));
    m_router.addOrDie(route(u"GET"_s, u"/odd-status"_s, AuthRequirement::Public,
                            [](ApiRequest &) { return ApiResponse::json(QJsonObject {}, 299); }));
    m_router.addOrDie(route(u"GET"_s, u"/protected"_s, AuthRequirement::Console, [](ApiRequest &) {
        return ApiResponse::json(QJsonObject {{u"secret"_s, 1}});
    }));
    m_router.addOrDie(
        route(u"GET"_s, u"/items/{id:uuid}"_s, AuthRequirement::Public, [](ApiRequest &) {
            return ApiResponse::json(QJsonObject {{u"route"_s, u"item"_s}});
        }));
    m_router.addOrDie(
        route(u"GET"_s, u"/items/latest"_s, AuthRequirement::Public, [](ApiRequest &) {
            return ApiResponse::json(QJsonObject {{u"route"_s, u"latest"_s}});
        }));
    QVERIFY(!m_router
                 .add(route(u"GET"_s, u"/items/{other:uuid}"_s, AuthRequirement::Public,
                            [](ApiRequest &) { return ApiResponse::noContent(); }))
                 .ok());

    m_server = std::make_unique<HttpServer>(m_router);
    auto port = m_server->listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(port.value()), QUrl::StrictMode);
}

void TestHttpServer::exceptionBecomesGeneric500()
{
    HttpTestClient api(m_base);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"failed: exception"_s));
    const HttpTestReply reply = api.get(u"/throws"_s);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), u"internal_error"_s);
    QVERIFY2(!reply.body.contains("hunter2") && !reply.body.contains("secret"),
             reply.body.constData());
    // The message names the request id so that an operator can find the log line.
    QVERIFY(reply.body.contains(reply.header("X-Request-Id")));
    QCOMPARE(api.get(u"/items/latest"_s).status, 200); // and the server carries on
}

void TestHttpServer::storageFailureBecomesGeneric500()
{
    HttpTestClient api(m_base);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"disk I/O error"_s));
    const HttpTestReply reply = api.get(u"/storage"_s);
    QCOMPARE(reply.status, 500);
    QVERIFY2(!reply.body.contains("SELECT") && !reply.body.contains("disk"),
             reply.body.constData());
}

void TestHttpServer::unknownStatusBecomes500()
{
    HttpTestClient api(m_base);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"unknown status 299"_s));
    QCOMPARE(api.get(u"/odd-status"_s).status, 500);
}

void TestHttpServer::protectedRoutesFailClosedWithoutGuard()
{
    HttpTestClient api(m_base);
    const HttpTestReply reply = api.get(u"/protected"_s);
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.body.contains("secret"));
}

void TestHttpServer::literalSegmentsWinOverParameters()
{
    HttpTestClient api(m_base);
    QCOMPARE(api.get(u"/items/latest"_s).object().value(u"route"_s).toString(), u"latest"_s);
    QCOMPARE(api.get(u"/items/6F6D8A55-2A3C-4D1E-9B61-7A0C2E5D9F10"_s)
                 .object()
                 .value(u"route"_s)
                 .toString(),
             u"item"_s);
    QCOMPARE(api.get(u"/items/nope"_s).errorCode(), u"invalid_id"_s);
}

void TestHttpServer::headIsGetWithoutBody()
{
    HttpTestClient api(m_base);
    const HttpTestReply reply = api.send("HEAD", u"/items/latest"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    const HttpTestReply options = api.send("OPTIONS", u"/items/latest"_s);
    QCOMPARE(options.status, 204);
    QCOMPARE(options.header("Allow"), QByteArray("GET"));
}

void TestHttpServer::webSocketUpgradeStillWorks()
{
    // The realtime hub will take sockets this way; the size guard must not get in between.
    std::unique_ptr<QWebSocket> accepted;
    m_server->acceptWebSocketsOn(u"/realtime/v1/websocket"_s);
    const auto link = connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this,
                              [&] { accepted = m_server->nextPendingWebSocketConnection(); });
    const auto unlink = qScopeGuard([link] { QObject::disconnect(link); });
    QWebSocket client;
    QUrl url = m_base;
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    client.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(accepted != nullptr, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);
    QSignalSpy received(accepted.get(), &QWebSocket::textMessageReceived);
    client.sendTextMessage(u"{\"event\":\"phx_join\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(accepted->requestUrl().path(), u"/realtime/v1/websocket"_s);

    // Elsewhere an upgrade is refused with a JSON 404 and the connection closes.
    QWebSocket stray;
    QSignalSpy closed(&stray, &QWebSocket::disconnected);
    url.setPath(u"/elsewhere"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"WebSocket received"_s));
    stray.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 10000);
    QVERIFY(stray.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(accepted->state(), QAbstractSocket::ConnectedState); // the first one is untouched
    // Regular requests still work on this server.
    HttpTestClient api(m_base);
    QCOMPARE(api.get(u"/items/latest"_s).status, 200);
    client.close();
}

void TestHttpServer::strayUpgradeGetsExactlyOneAnswer()
{
    // An upgrade to a path without WebSockets: one 404 and the connection closes; a second
    // answer on the same connection would be read as the answer to a later request.
    m_server->acceptWebSocketsOn(u"/realtime/v1/websocket"_s);
    const auto link = connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this,
                              [this] { m_server->nextPendingWebSocketConnection(); });
    const auto unlink = qScopeGuard([link] { QObject::disconnect(link); });
    QTcpSocket socket;
    socket.connectToHost(m_base.host(), quint16(m_base.port()));
    QVERIFY(socket.waitForConnected(10000));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"WebSocket received"_s));
    socket.write("GET /elsewhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
    QCOMPARE(answer.count("HTTP/1.1 "), 1);
}

void TestHttpServer::unmaskedClientFrameClosesWith1002()
{
    // RFC 6455 5.1: a client masks every frame; an unmasked one is a protocol error (1002), and
    // the server must not act on it.
    std::unique_ptr<QWebSocket> accepted;
    m_server->acceptWebSocketsOn(u"/realtime/v1/websocket"_s);
    const auto link = connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this,
                              [&] { accepted = m_server->nextPendingWebSocketConnection(); });
    const auto unlink = qScopeGuard([link] { QObject::disconnect(link); });
    QTcpSocket socket;
    socket.connectToHost(m_base.host(), quint16(m_base.port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write("GET /realtime/v1/websocket HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 101 "), answer.constData());
    QTRY_VERIFY_WITH_TIMEOUT(accepted != nullptr, 10000);
    QSignalSpy received(accepted.get(), &QWebSocket::textMessageReceived);

    // A masked text frame "one" (mask 01 02 03 04) is delivered...
    const QByteArray key("\x01\x02\x03\x04", 4);
    QByteArray masked("\x81\x83", 2);
    masked += key;
    for (int i = 0; i < 3; ++i)
        masked += char("one"[i] ^ key[i]);
    socket.write(masked);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.at(0).at(0).toString(), u"one"_s);

    // ...an unmasked one "two" is not: the connection closes with 1002.
    socket.write(QByteArray("\x81\x03two", 5));
    answer.clear();
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    answer += socket.readAll();
    QVERIFY2(answer.size() >= 4, answer.toHex().constData());
    QCOMPARE(quint8(answer.at(0)), quint8(0x88)); // a close frame
    QCOMPARE((quint8(answer.at(2)) << 8) | quint8(answer.at(3)), 1002);
    QVERIFY(answer.mid(4).contains("masked"));
    QTRY_COMPARE_WITH_TIMEOUT(accepted->state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"

void TestHttpServer::requestsReadTogetherShareOneCatchUp()
{
    // A server with a batch, as wedsync-server has: every request looks its caller up in an
    // OperatorCache whose catch-up (a round trip on PostgreSQL) is counted.
    wedsync::SystemClock clock;
    OperatorCache cache(clock);
    int catchUps = 0;
    cache.setCatchUp([&catchUps] { ++catchUps; });
    int batches = 0;
    int handledOutside = 0;
    bool inBatch = false;
    Router router;
    router.addOrDie(route(u"GET"_s, u"/lookup"_s, AuthRequirement::Public, [&](ApiRequest &) {
        if (!inBatch)
            ++handledOutside;
        cache.find(u"token"_s);
        return ApiResponse::noContent();
    }));
    HttpServer server(router);
    server.setBatch([&](const std::function<void()> &handleAll) {
        ++batches;
        inBatch = true;
        const OperatorCache::CaughtUp once(cache);
        handleAll();
        inBatch = false;
    });
    const auto port = server.listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());

    constexpr int Clients = 8;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Clients; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port.value());
        QVERIFY(sockets.back()->waitForConnected(10000));
    }
    QTest::qWait(50); // the server accepts them all
    // Every request is in the server's socket buffers before its event loop runs again.
    for (const auto &socket : sockets) {
        socket->write("GET /lookup HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(socket->flush());
    }
    std::vector<QByteArray> answers(Clients);
    const auto allAnswered = [&] {
        for (int i = 0; i < Clients; ++i) {
            answers[i] += sockets[i]->readAll();
            if (!answers[i].contains("\r\n\r\n"))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 10000);
    for (const QByteArray &answer : answers)
        QVERIFY2(answer.startsWith("HTTP/1.1 204 "), answer.constData());
    QCOMPARE(handledOutside, 0);
    // Read in one turn, handled in one batch (a turn may split them; one each would be the bug).
    QVERIFY2(batches < Clients,
             qPrintable(u"%1 batches for %2 requests"_s.arg(batches).arg(Clients)));
    QCOMPARE(catchUps, batches);

    // The next request was read after that catch-up: it gets one of its own.
    HttpTestClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(port.value())));
    QCOMPARE(api.get(u"/lookup"_s).status, 204);
    QCOMPARE(catchUps, batches);
    QVERIFY(batches >= 2);
    // Outside a batch, each lookup catches up.
    cache.find(u"token"_s);
    cache.find(u"token"_s);
    QCOMPARE(catchUps, batches + 2);
}
