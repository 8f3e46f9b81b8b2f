// Writes that arrive together: 64 clients PATCH one section with the same If-Match, spread over
// two servers on one database (so their transactions really overlap), on both backends. Exactly
// one wins per version and every other gets 412; the audit trail and the layout history hold
// exactly the winners. The same keyed request sent by many clients at once is applied once.
// Writes to different sections through both servers at once reach the realtime clients of
// both in one order, the order their changes were numbered in. Both servers run a section's
// PATCH on two writer threads each (--write-threads 2, on SQLite too), and one server's writes
// reach its consoles in the order they committed.
#include "DemoSession.h"
#include "RealtimeTestSupport.h"
#include "demo/DemoData.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

constexpr int Clients = 64;
constexpr int Rounds = 3;
constexpr int AnswerTimeoutMs = 60000;

struct RawAnswer
{
    int status = 0; // 0: no answer
    QByteArray head;
    QByteArray body;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

struct RawRequest
{
    QUrl server;
    QByteArray bytes;
};

QByteArray patchBytes(const QUrl &server, const QString &path, const QString &token,
                      const QByteArray &body, qint64 ifMatch, const QByteArray &key = {})
{
    QByteArray bytes = "PATCH " + path.toUtf8() + " HTTP/1.1\r\nHost: " + server.host().toLatin1()
        + "\r\nAuthorization: Bearer " + token.toLatin1()
        + "\r\nContent-Type: application/json\r\nIf-Match: \"" + QByteArray::number(ifMatch)
        + "\"\r\nConnection: close\r\n";
    if (!key.isEmpty())
        bytes += "Idempotency-Key: " + key + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Connects every request's socket first, then writes them all in one go, so that they reach
// the servers together; each answer is read to the end (Connection: close).
QList<RawAnswer> sendTogether(const QList<RawRequest> &requests)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const RawRequest &request : requests) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress(request.server.host()), quint16(request.server.port()));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        socket->waitForConnected(AnswerTimeoutMs);
    for (qsizetype i = 0; i < requests.size(); ++i)
        sockets[size_t(i)]->write(requests[i].bytes);
    for (auto &socket : sockets)
        socket->flush();
    QList<QByteArray> received(requests.size());
    QElapsedTimer clock;
    clock.start();
    const auto open = [&sockets] {
        return std::any_of(sockets.cbegin(), sockets.cend(), [](const auto &socket) {
            return socket->state() != QAbstractSocket::UnconnectedState;
        });
    };
    while (open() && clock.elapsed() < AnswerTimeoutMs) {
        QTest::qWait(5);
        for (size_t i = 0; i < sockets.size(); ++i)
            received[qsizetype(i)] += sockets[i]->readAll();
    }
    QList<RawAnswer> answers;
    for (const QByteArray &bytes : std::as_const(received)) {
        RawAnswer answer;
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        answer.head = bytes.left(end);
        answer.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
        answer.status = answer.head.split(' ').value(1).toInt(); // "HTTP/1.1 200 OK"
        answers << answer;
    }
    return answers;
}

QByteArray titled(const QString &title)
{
    return jsonBytes(QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}}});
}

QString describeStatuses(const QList<RawAnswer> &answers)
{
    QMap<int, int> counts;
    for (const RawAnswer &answer : answers)
        ++counts[answer.status];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1 × %2"_s.arg(it.value()).arg(it.key());
    return parts.join(u", "_s);
}

} // namespace

class TestConcurrentWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void oneOfSimultaneousPatchesWinsEachVersion();
    void aKeyedPatchSentByManyAtOnceAppliesOnce();
    void writesThroughBothServersArriveInOneOrder();
    void writersPublishInCommitOrder();

private:
    int auditRowsOf(const QString &sectionId);
    qint64 layoutVersion();

    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<ServerProcess> m_other;
    QString m_evergreen = DemoData::evergreenId();
};

void TestConcurrentWrites::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_demo = std::make_unique<DemoSession>();
    const QStringList writers {u"--write-threads"_s, u"2"_s};
    QVERIFY2(m_demo->start(backend, writers), qPrintable(m_demo->errorString()));
    m_other = m_demo->startAnotherInstance(writers);
    QVERIFY2(m_other, qPrintable(m_demo->errorString()));
}

void TestConcurrentWrites::cleanup()
{
    m_other.reset();
    m_demo.reset();
}

int TestConcurrentWrites::auditRowsOf(const QString &sectionId)
{
    const HttpTestReply page
        = m_demo->as(demo::Platform)
              .get(u"/api/v1/audit?entityId="_s + sectionId + u"&action=update"_s);
    return page.object()[u"total"_s].toInt(-1);
}

qint64 TestConcurrentWrites::layoutVersion()
{
    const HttpTestReply listed
        = m_demo->as(demo::Admin)
              .get(u"/api/v1/organizations/%1/sections?scope=organization"_s.arg(m_evergreen));
    const QByteArray header = listed.header("X-Layout-Version");
    return header.isEmpty() ? -1 : header.toLongLong();
}

void TestConcurrentWrites::oneOfSimultaneousPatchesWinsEachVersion()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"timeline"_s);
    const QString id = section[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const qint64 layoutBefore = layoutVersion();
    const int auditBefore = auditRowsOf(id);
    QVERIFY(layoutBefore >= 0);
    QVERIFY(auditBefore >= 0);

    QStringList winners;
    for (int round = 1; round <= Rounds; ++round) {
        const QJsonObject current = admin.get(path).object();
        const qint64 version = current[u"version"_s].toInteger();
        QList<RawRequest> requests;
        for (int client = 0; client < Clients; ++client) {
            // Half to each server: their transactions overlap on the one database.
            const QUrl server = client % 2 ? m_other->baseUrl() : m_demo->baseUrl();
            requests << RawRequest {
                server,
                patchBytes(server, path, admin.bearerToken(),
                           titled(u"Round %1 client %2"_s.arg(round).arg(client)), version)};
        }
        const QList<RawAnswer> answers = sendTogether(requests);
        const int won = int(std::count_if(answers.cbegin(), answers.cend(),
                                          [](const RawAnswer &a) { return a.status == 200; }));
        const int stale = int(std::count_if(answers.cbegin(), answers.cend(),
                                            [](const RawAnswer &a) { return a.status == 412; }));
        QVERIFY2(won == 1 && stale == Clients - 1, qPrintable(describeStatuses(answers)));
        const auto winner = std::find_if(answers.cbegin(), answers.cend(),
                                         [](const RawAnswer &a) { return a.status == 200; });
        const QJsonObject written = winner->object();
        QCOMPARE(written[u"version"_s].toInteger(), version + 1);
        const QString title = written[u"customization"_s][u"title"_s].toString();
        QVERIFY(title.startsWith(u"Round %1 "_s.arg(round)));
        winners << title;
        // Every loser was told the section as it is now: the winner's.
        for (const RawAnswer &answer : answers) {
            if (answer.status != 412)
                continue;
            const QJsonObject error = answer.object()[u"error"_s].toObject();
            QCOMPARE(error[u"code"_s].toString(), u"version_conflict"_s);
            QCOMPARE(error[u"details"_s][u"current"_s][u"version"_s].toInteger(), version + 1);
        }
        const QJsonObject stored = admin.get(path).object();
        QCOMPARE(stored[u"version"_s].toInteger(), version + 1);
        QCOMPARE(stored[u"customization"_s][u"title"_s].toString(), title);
    }
    // The trail and the layout history hold the winners and nothing else.
    QCOMPARE(auditRowsOf(id), auditBefore + Rounds);
    QCOMPARE(layoutVersion(), layoutBefore + Rounds);
    const HttpTestReply trail
        = m_demo->as(demo::Platform).get(u"/api/v1/audit?entityId="_s + id + u"&action=update"_s);
    QStringList audited;
    for (const QJsonValue &row : trail.object()[u"items"_s].toArray())
        audited << row[u"after"_s][u"customization"_s][u"title"_s].toString();
    for (const QString &title : std::as_const(winners))
        QVERIFY2(audited.contains(title), qPrintable(audited.join(u" | "_s)));
}

void TestConcurrentWrites::aKeyedPatchSentByManyAtOnceAppliesOnce()
{
    const QJsonObject section = m_demo->section(m_evergreen, u"budget"_s);
    const QString id = section[u"id"_s].toString();
    const QString path = u"/api/v1/sections/"_s + id;
    const qint64 version = section[u"version"_s].toInteger();
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const int auditBefore = auditRowsOf(id);
    const qint64 layoutBefore = layoutVersion();
    QVERIFY(layoutBefore >= 0);
    // One console's outbox replaying the same request on many connections at once.
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QList<RawRequest> requests;
    for (int client = 0; client < Clients / 2; ++client) {
        const QUrl server = client % 2 ? m_other->baseUrl() : m_demo->baseUrl();
        requests << RawRequest {
            server, patchBytes(server, path, admin.bearerToken(), titled(u"Once"_s), version, key)};
    }
    const QList<RawAnswer> answers = sendTogether(requests);
    // Every client gets the one answer: the first, or its replay. None sees a 412 caused by
    // the same request applied for another connection.
    int applied = 0;
    for (const RawAnswer &answer : answers) {
        QVERIFY2(answer.status == 200,
                 qPrintable(describeStatuses(answers) + u": "_s + QString::fromUtf8(answer.body)));
        QCOMPARE(answer.object()[u"version"_s].toInteger(), version + 1);
        if (!answer.head.contains("Idempotency-Replayed"))
            ++applied;
    }
    QCOMPARE(applied, 1);
    const QJsonObject stored = admin.get(path).object();
    QCOMPARE(stored[u"version"_s].toInteger(), version + 1);
    QCOMPARE(stored[u"customization"_s][u"title"_s].toString(), u"Once"_s);
    QCOMPARE(auditRowsOf(id), auditBefore + 1);
    QCOMPARE(layoutVersion(), layoutBefore + 1);
}

void TestConcurrentWrites::writesThroughBothServersArriveInOneOrder()
{
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const QString topic = u"realtime:org:"_s + m_evergreen;
    const QJsonObject binding {{u"event"_s, u"*"_s},
                               {u"schema"_s, u"public"_s},
                               {u"table"_s, u"section_configurations"_s},
                               {u"filter"_s, QString(u"organization_id=eq."_s + m_evergreen)}};
    // A console on each server. Servers share realtime topics through PostgreSQL only: on
    // SQLite (one server per database) both consoles and all writes use the first.
    QFETCH_GLOBAL(QString, backend);
    const bool shared = backend == u"postgresql"_s;
    QUrl otherSocket = m_demo->socketUrl(demo::Admin);
    if (shared)
        otherSocket.setPort(m_other->baseUrl().port());
    TestClient consoles[2];
    QVERIFY(consoles[0].open(m_demo->socketUrl(demo::Admin)));
    QVERIFY(consoles[1].open(otherSocket));
    for (TestClient &console : consoles)
        QVERIFY(console.joinOk(topic, {{u"postgres_changes"_s, QJsonArray {binding}}}));

    const QJsonArray sections
        = admin.get(demo::sectionsPath(m_evergreen) + u"?scope=organization"_s)
              .object()[u"items"_s]
              .toArray();
    QVERIFY(sections.size() >= 8);
    QList<RawRequest> requests;
    QStringList ids;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QJsonObject section = sections.at(i).toObject();
        ids << section[u"id"_s].toString();
        const QUrl server = shared && i % 2 ? m_other->baseUrl() : m_demo->baseUrl();
        requests << RawRequest {server,
                                patchBytes(server, u"/api/v1/sections/"_s + ids.last(),
                                           admin.bearerToken(), titled(u"Together %1"_s.arg(i)),
                                           section[u"version"_s].toInteger())};
    }
    const QList<RawAnswer> answers = sendTogether(requests);
    for (const RawAnswer &answer : answers)
        QVERIFY2(answer.status == 200, qPrintable(describeStatuses(answers)));

    // (number, section) as each console got them.
    QList<QPair<qint64, QString>> seen[2];
    for (int c = 0; c < 2; ++c) {
        for (qsizetype n = 0; n < sections.size(); ++n) {
            const auto change = consoles[c].takeEvent(topic, u"postgres_changes"_s, 15000);
            QVERIFY2(change,
                     qPrintable(
                         u"console %1 got %2 of %3 changes"_s.arg(c).arg(n).arg(sections.size())));
            const QJsonObject payload = change->payload.toObject();
            seen[c] << qMakePair(payload[u"meta"_s][u"seq"_s].toInteger(),
                                 payload[u"data"_s][u"record"_s][u"id"_s].toString());
        }
    }
    QCOMPARE(seen[0], seen[1]);
    QStringList arrived;
    for (qsizetype i = 0; i < seen[0].size(); ++i) {
        if (i > 0)
            QVERIFY2(seen[0].at(i).first > seen[0].at(i - 1).first, "numbers rise");
        arrived << seen[0].at(i).second;
    }
    arrived.sort();
    ids.sort();
    QCOMPARE(arrived, ids);
    QVERIFY(consoles[0].nothingFor(
        [](const RealtimeMessage &m) { return m.event == u"postgres_changes"_s; }, 300));
}

void TestConcurrentWrites::writersPublishInCommitOrder()
{
    // Each write of a section bumps its organization's configuration version inside its
    // transaction (the version's row is locked until the commit), so the versions are the
    // commit order; a console must get the writes' sync events in that order, though they
    // commit on two writer threads and are published from the event loop.
    HttpTestClient &admin = m_demo->as(demo::Admin);
    const QString topic = u"realtime:tenant:"_s + m_evergreen + u":admins"_s;
    TestClient console;
    QVERIFY(console.open(m_demo->socketUrl(demo::Admin)));
    QVERIFY(console.joinOk(topic,
                           {{u"postgres_changes"_s,
                             QJsonArray {QJsonObject {{u"event"_s, u"INSERT"_s},
                                                      {u"schema"_s, u"public"_s},
                                                      {u"table"_s, u"sync_events"_s}}}}}));
    const QString list = demo::sectionsPath(m_evergreen) + u"?scope=organization"_s;
    constexpr int Rounds = 4;
    int written = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QJsonArray sections = admin.get(list).object()[u"items"_s].toArray();
        QVERIFY(sections.size() >= 8);
        QList<RawRequest> requests;
        for (const QJsonValue &section : sections) {
            requests << RawRequest {
                m_demo->baseUrl(),
                patchBytes(m_demo->baseUrl(), u"/api/v1/sections/"_s + section[u"id"_s].toString(),
                           admin.bearerToken(), titled(u"Order %1"_s.arg(round)),
                           section[u"version"_s].toInteger())};
        }
        const QList<RawAnswer> answers = sendTogether(requests);
        for (const RawAnswer &answer : answers)
            QVERIFY2(answer.status == 200, qPrintable(describeStatuses(answers)));
        written += int(answers.size());
    }
    qint64 previous = 0;
    for (int n = 0; n < written; ++n) {
        const auto inserted = console.take(
            [](const RealtimeMessage &m) {
                const QJsonValue data = m.payload[u"data"_s];
                return m.event == u"postgres_changes"_s && data[u"table"_s] == u"sync_events"_s
                    && data[u"record"_s][u"kind"_s] == u"config_change"_s;
            },
            15000);
        QVERIFY2(inserted, qPrintable(u"%1 of %2 sync events arrived"_s.arg(n).arg(written)));
        const qint64 version
            = inserted->payload[u"data"_s][u"record"_s][u"config_version"_s].toInteger();
        QVERIFY2(
            version > previous,
            qPrintable(u"configuration version %1 arrived after %2"_s.arg(version).arg(previous)));
        previous = version;
    }
}

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "tst_concurrentwrites.moc"
