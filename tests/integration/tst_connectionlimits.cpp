// What one client may hold of the server: a head must arrive within the header timeout, an
// idle or stalled connection is closed after the idle timeout, one address may hold only so
// many connections, and while 2,000 slow connections are held /healthz still answers.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wedsync::test;

namespace {

constexpr int HeldConnections = 2000;
constexpr int HeldAddresses = 8; // 250 connections each, under the default cap of 256

std::unique_ptr<QTcpSocket> connectFrom(const QString &source, const QUrl &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!source.isEmpty())
        socket->bind(QHostAddress(source), 0);
    socket->connectToHost(server.host(), quint16(server.port()));
    return socket;
}

// Reads until the server closes the connection (true) or `timeoutMs` passes (false).
bool readUntilClosed(QTcpSocket &socket, QByteArray *answer, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() != QAbstractSocket::UnconnectedState) {
        socket.waitForReadyRead(100);
        *answer += socket.readAll();
    }
    *answer += socket.readAll();
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestConnectionLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void silentConnectionIsClosed();
    void slowHeadIsAnswered408();
    void idleKeepAliveIsClosed();
    void stalledBodyIsAnswered408();
    void oneAddressMayHoldOnlySoMany();
    void webSocketsHoldTheirPlaceUntilClosed();
    void healthzAnswersWhile2000SlowConnectionsAreHeld();

private:
    bool startServer(const QStringList &limits);
    // A server with these timeouts (seconds) and a connection to it, or null.
    std::unique_ptr<QTcpSocket> connectionWithTimeouts(int headerSecs, int idleSecs);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void TestConnectionLimits::initTestCase()
{
    // 2,000 held connections need that many descriptors here and in the server, which inherits
    // this limit: raise the soft limit towards the hard one when it is lower.
    rlimit files {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    const rlim_t wanted = HeldConnections + 512;
    if (files.rlim_cur < wanted) {
        QVERIFY2(files.rlim_max >= wanted,
                 qPrintable(u"The hard limit of open files (%1) is below the %2 this test needs; "
                            "raise it (ulimit -Hn)."_s.arg(files.rlim_max)
                                .arg(wanted)));
        files.rlim_cur = wanted;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);
        qInfo("raised the open-file limit to %llu", static_cast<unsigned long long>(wanted));
    }
}

void TestConnectionLimits::cleanup()
{
    m_server.reset();
    m_db.reset();
}

bool TestConnectionLimits::startServer(const QStringList &limits)
{
    m_db = std::make_unique<TestDatabase>(u"sqlite"_s);
    if (!m_db->isReady()) {
        qWarning("%s", qPrintable(m_db->errorString()));
        return false;
    }
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(m_db->serverArguments() + limits)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return false;
    }
    return true;
}

std::unique_ptr<QTcpSocket> TestConnectionLimits::connectionWithTimeouts(int headerSecs,
                                                                         int idleSecs)
{
    if (!startServer({u"--header-timeout"_s, QString::number(headerSecs), u"--idle-timeout"_s,
                      QString::number(idleSecs)}))
        return nullptr;
    auto socket = connectFrom({}, m_server->baseUrl());
    if (!socket->waitForConnected(10000))
        return nullptr;
    return socket;
}

void TestConnectionLimits::silentConnectionIsClosed()
{
    const auto socket = connectionWithTimeouts(1, 1);
    QVERIFY(socket);
    QByteArray answer;
    QVERIFY2(readUntilClosed(*socket, &answer), "a connection that never spoke stayed open");
    QVERIFY2(answer.isEmpty(), answer.constData()); // nothing was asked, nothing is answered
}

void TestConnectionLimits::slowHeadIsAnswered408()
{
    const auto socket = connectionWithTimeouts(2, 30);
    QVERIFY(socket);
    socket->write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    // One header line every 200 ms: each is progress, but the head never ends.
    QByteArray answer;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write("X-Slow: 1\r\n");
        socket->waitForReadyRead(200);
        answer += socket->readAll();
    }
    answer += socket->readAll();
    QVERIFY2(socket->state() != QAbstractSocket::ConnectedState, "the slow head was never cut");
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY(answer.contains("\"request_timeout\""));
}

void TestConnectionLimits::idleKeepAliveIsClosed()
{
    const auto socket = connectionWithTimeouts(30, 1);
    QVERIFY(socket);
    socket->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("\"status\":\"ok\""), 10000);
    QVERIFY(answer.startsWith("HTTP/1.1 200 "));
    // Kept alive for the next request, but not for ever.
    answer.clear();
    QVERIFY2(readUntilClosed(*socket, &answer), "an idle kept-alive connection stayed open");
    QVERIFY2(answer.isEmpty(), answer.constData());
}

void TestConnectionLimits::stalledBodyIsAnswered408()
{
    const auto socket = connectionWithTimeouts(30, 1);
    QVERIFY(socket);
    socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                  "\r\nContent-Length: 100\r\n\r\n{\"email\":");
    QByteArray answer;
    QVERIFY2(readUntilClosed(*socket, &answer), "a stalled body kept its connection");
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
}

void TestConnectionLimits::oneAddressMayHoldOnlySoMany()
{
    QVERIFY(startServer({u"--max-connections-per-address"_s, u"4"_s}));
    const QUrl base = m_server->baseUrl();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(connectFrom(u"127.0.0.1"_s, base));
        QTcpSocket &socket = *held.back();
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"ok\""), 10000);
    }
    auto fifth = connectFrom(u"127.0.0.1"_s, base);
    QVERIFY(fifth->waitForConnected(10000));
    QByteArray refused;
    QVERIFY(readUntilClosed(*fifth, &refused));
    QVERIFY2(refused.startsWith("HTTP/1.1 429 "), refused.constData());
    QVERIFY(refused.contains("\"too_many_connections\""));
    QVERIFY(refused.contains("\r\nRetry-After: "));

    // Another address is not affected.
    auto other = connectFrom(u"127.0.0.2"_s, base);
    QVERIFY(other->waitForConnected(10000));
    other->write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray fine;
    QVERIFY(readUntilClosed(*other, &fine));
    QVERIFY2(fine.startsWith("HTTP/1.1 200 "), fine.constData());

    // A closed connection gives its place back.
    held.front()->disconnectFromHost();
    held.erase(held.begin());
    // One new connection per try, not per evaluation: QTRY_* evaluates its expression again
    // after it first holds, and each extra connection would hold a place until the server has
    // seen it close, so a try that opens connections would refuse itself.
    QByteArray again;
    bool admitted = false;
    for (QDeadlineTimer deadline(10000); !admitted && !deadline.hasExpired();) {
        auto next = connectFrom(u"127.0.0.1"_s, base);
        QVERIFY(next->waitForConnected(10000));
        next->write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        again.clear();
        readUntilClosed(*next, &again);
        admitted = again.startsWith("HTTP/1.1 200 ");
        if (!admitted)
            QTest::qWait(50);
    }
    QVERIFY2(admitted, again.constData());
}

void TestConnectionLimits::webSocketsHoldTheirPlaceUntilClosed()
{
    // An upgraded connection leaves the HTTP timeouts but still counts, and gives its place
    // back when it closes: a console that reconnects all day is never locked out.
    QVERIFY(startServer(
        {u"--demo"_s, u"--max-connections-per-address"_s, u"3"_s, u"--idle-timeout"_s, u"1"_s}));
    QString token;
    {
        HttpTestClient api(m_server->baseUrl());
        const HttpTestReply session = api.post(
            u"/api/v1/auth/login"_s,
            {{u"email"_s, u"admin@evergreen.demo"_s}, {u"password"_s, u"demo-password"_s}});
        QVERIFY2(session.status == 200, session.describe().constData());
        token = session.object().value(u"accessToken"_s).toString();
    } // its connection closes with the client
    QUrl url = m_server->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    url.setQuery(QUrlQuery {{u"apikey"_s, token}, {u"vsn"_s, u"2.0.0"_s}});
    const auto open = [&] {
        auto socket = std::make_unique<QWebSocket>();
        socket->open(url);
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && socket->state() != QAbstractSocket::ConnectedState
               && socket->error() == QAbstractSocket::UnknownSocketError)
            QTest::qWait(20);
        return socket;
    };
    for (int round = 0; round < 3; ++round) {
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        // The login's connection may still be closing: wait until three fit.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                sockets.push_back(open());
                if (sockets.back()->state() != QAbstractSocket::ConnectedState)
                    sockets.pop_back();
                return sockets.size() == 3;
            }(),
            20000);
        // Longer than the idle timeout: a WebSocket is not an idle HTTP connection.
        QTest::qWait(1500);
        for (const auto &socket : sockets)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        const auto fourth = open();
        QVERIFY(fourth->state() != QAbstractSocket::ConnectedState);
        for (const auto &socket : sockets)
            socket->close();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sockets.begin(), sockets.end(),
                                             [](const auto &socket) {
                                                 return socket->state()
                                                     == QAbstractSocket::UnconnectedState;
                                             }),
                                 10000);
    }
}

void TestConnectionLimits::healthzAnswersWhile2000SlowConnectionsAreHeld()
{
    // Long timeouts, so that every slow connection is still held when /healthz is asked.
    QVERIFY(startServer({u"--header-timeout"_s, u"600"_s, u"--idle-timeout"_s, u"600"_s}));
    const QUrl base = m_server->baseUrl();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    held.reserve(HeldConnections);
    constexpr int Batch = 100;
    for (int i = 0; i < HeldConnections; i += Batch) {
        for (int j = i; j < i + Batch; ++j) {
            // 127.0.0.2 ... 127.0.0.9: loopback answers on all of 127/8.
            const QString source = u"127.0.0.%1"_s.arg(2 + j % HeldAddresses);
            held.push_back(connectFrom(source, base));
        }
        for (int j = i; j < i + Batch; ++j) {
            QTcpSocket &socket = *held.at(size_t(j));
            QVERIFY2(socket.waitForConnected(30000),
                     qPrintable(u"connection %1: %2"_s.arg(j).arg(socket.errorString())));
            // Half a head, as a slow client would send it.
            socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n");
            socket.flush();
        }
    }
    // Give the server the time it needs to accept them all, then check none was refused.
    QTest::qWait(500);
    int open = 0;
    for (const auto &socket : held) {
        socket->waitForReadyRead(0);
        QVERIFY2(socket->bytesAvailable() == 0, socket->readAll().constData());
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    QCOMPARE(open, HeldConnections);

    HttpTestClient api(base);
    QElapsedTimer timer;
    timer.start();
    const HttpTestReply health = api.get(u"/healthz"_s);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(health.status == 200, health.describe().constData());
    qInfo("/healthz answered in %lld ms with %d slow connections held", elapsed, HeldConnections);
    for (const auto &socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
