// PostgreSQL lost and back: the cluster is stopped under a writing client and started again.
// While it is away every request answers 503 with Retry-After (writes and reads alike, never
// stale data); the server reconnects by itself, and afterwards every acknowledged write is
// there exactly once — the client retries its unacknowledged write with the same
// Idempotency-Key. A realtime client keeps its socket through the outage and hears the writes
// made after it, in sequence. The test runs its own cluster (scripts/pg-cluster), as it stops
// it.
#include "HttpTestClient.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

// scripts/pg-cluster <command> <dir>; its stdout (the URL for start), or nothing on failure.
std::optional<QString> pgCluster(const QString &command, const QString &dir)
{
    QProcess process;
    process.start(qEnvironmentVariable("WEDSYNC_SOURCE_DIR") + u"/scripts/pg-cluster"_s,
                  {command, dir});
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        qWarning("pg-cluster %s failed: %s", qPrintable(command),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestDatabaseOutage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void acknowledgedWritesSurviveAnOutageOnce();

private:
    HttpTestReply resync(const QByteArray &key);
    QSet<QString> resyncEventIds();

    QTemporaryDir m_dir;
    QString m_cluster;
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_org;
    QString m_token;
};

void TestDatabaseOutage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cluster = m_dir.filePath(u"pg"_s);
    const QString url = pgCluster(u"start"_s, m_cluster).value_or(QString());
    QVERIFY2(!url.isEmpty(), "a PostgreSQL cluster of the test's own");
    QVERIFY2(m_server.start(
                 {u"--database"_s, url, u"--demo"_s, u"--data-dir"_s, m_dir.filePath(u"data"_s)}),
             qPrintable(m_server.errorString()));
    m_client = std::make_unique<HttpTestClient>(m_server.baseUrl());
    const auto login = m_client->post(
        u"/api/v1/auth/login"_s,
        {{u"email"_s, u"admin@evergreen.demo"_s}, {u"password"_s, u"demo-password"_s}});
    QCOMPARE(login.status, 200);
    m_token = login.object()[u"accessToken"_s].toString();
    m_client->setBearerToken(m_token);
    const auto orgs = m_client->get(u"/api/v1/organizations"_s);
    QCOMPARE(orgs.status, 200);
    m_org = orgs.object()[u"items"_s].toArray().first()[u"id"_s].toString();
    QVERIFY(!m_org.isEmpty());
}

void TestDatabaseOutage::cleanupTestCase()
{
    m_server.stop();
    if (!m_cluster.isEmpty()) {
        pgCluster(u"resume"_s, m_cluster); // in case a failure left it paused
        pgCluster(u"stop"_s, m_cluster);
    }
}

HttpTestReply TestDatabaseOutage::resync(const QByteArray &key)
{
    return m_client->send("POST", u"/api/v1/sync/tenants/"_s + m_org + u"/resync"_s, {},
                          {{"Idempotency-Key", key}});
}

QSet<QString> TestDatabaseOutage::resyncEventIds()
{
    // Resyncs that reached a client and those that reached nobody (before the console joined).
    QSet<QString> ids;
    for (const QString &kind : {u"resync"_s, u"resync_unheard"_s}) {
        const auto page = m_client->get(u"/api/v1/sync/events?kind="_s + kind
                                        + u"&limit=500&organizationId="_s + m_org);
        if (page.status != 200)
            return {};
        for (const QJsonValue &item : page.object()[u"items"_s].toArray())
            ids.insert(item[u"id"_s].toString());
    }
    return ids;
}

void TestDatabaseOutage::acknowledgedWritesSurviveAnOutageOnce()
{
    const QSet<QString> before = resyncEventIds();
    QStringList acknowledged; // event ids of the 202 answers
    auto write = [&](const QByteArray &key) {
        const auto reply = resync(key);
        if (reply.status == 202)
            acknowledged << reply.object()[u"id"_s].toString();
        return reply;
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(write(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)).status, 202);

    // A console on the tenant's topic, through the whole outage.
    QUrl socketUrl = m_server.baseUrl();
    socketUrl.setScheme(u"ws"_s);
    socketUrl.setPath(u"/realtime/v1/websocket"_s);
    socketUrl.setQuery(u"vsn=2.0.0&apikey="_s + m_token);
    TestClient console;
    QVERIFY(console.open(socketUrl));
    const QString topic = u"realtime:org:"_s + m_org;
    const auto joined = console.joinOk(topic);
    QVERIFY(joined);
    const qint64 joinedAt = joined->value(u"seq"_s).toInteger();

    QVERIFY(pgCluster(u"pause"_s, m_cluster));

    // A write while the database is away is refused, says when to retry, and is retried
    // with its key until it is acknowledged.
    const QByteArray pending = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto refused = write(pending);
    QVERIFY2(refused.status == 503, refused.describe().constData());
    QCOMPARE(refused.errorCode(), u"database_unavailable"_s);
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    const auto read = m_client->get(u"/api/v1/organizations/"_s + m_org + u"/sections"_s);
    QVERIFY2(read.status == 503, read.describe().constData()); // never stale data
    QVERIFY(read.header("Retry-After").toInt() >= 1);
    QCOMPARE(m_client->get(u"/healthz"_s).status, 503);
    QCOMPARE(write(pending).status, 503);

    QVERIFY(pgCluster(u"resume"_s, m_cluster));

    // Back without a restart: the retried write goes through once (the reconnect backs off
    // at most 8 s between tries).
    int status = 0;
    for (int attempt = 0; attempt < 150 && status != 202; ++attempt) {
        status = write(pending).status;
        if (status != 202)
            QTest::qWait(200);
    }
    QCOMPARE(status, 202);
    QCOMPARE(m_client->get(u"/healthz"_s).status, 200);
    QCOMPARE(write(pending).status, 202); // the same key again: the stored answer
    for (int i = 0; i < 3; ++i)
        QCOMPARE(write(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)).status, 202);

    // The socket stayed open and the stream went on: the four writes since, in order, once.
    QVERIFY(console.isConnected());
    for (qint64 seq = joinedAt + 1; seq <= joinedAt + 4; ++seq) {
        const auto heard = console.take([](const wedsync::RealtimeMessage &m) {
            return m.event == "broadcast"_L1
                && m.payload[u"event"_s].toString() == "config_refetch"_L1;
        });
        QVERIFY(heard);
        QCOMPARE(heard->payload[u"meta"_s][u"seq"_s].toInteger(), seq);
    }

    // Every acknowledged write is there, and none twice.
    const QSet<QString> after = resyncEventIds();
    const QSet<QString> added = after - before;
    const QSet<QString> acked(acknowledged.cbegin(), acknowledged.cend());
    QCOMPARE(acked.size(), 7);
    QCOMPARE(added, acked);
}

QTEST_GUILESS_MAIN(TestDatabaseOutage)
#include "tst_databaseoutage.moc"
