// Two wedsync-server processes on one PostgreSQL database share every realtime topic through
// LISTEN/NOTIFY: broadcasts and REST edits made through one reach clients of the other, with
// one sequence per topic that never repeats a number, in the same order everywhere (also when
// both publish at once); payloads too large for a notification; replay after both restarted;
// and realtime connections that were cut (listening and statements) are noticed and reopened.
#include "HttpTestClient.h"
#include "RealtimeTestSupport.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;

namespace {

// A function, not a global: the demo ids are computed from statics of their own.
QString orgTopic()
{
    return u"realtime:org:"_s + DemoData::evergreenId();
}

QJsonObject broadcast(const QString &event, const QJsonValue &payload)
{
    return QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}};
}

bool isBroadcast(const RealtimeMessage &m)
{
    return m.event == "broadcast"_L1;
}

qint64 seqOf(const RealtimeMessage &m)
{
    return m.payload.toObject().value(u"meta"_s)[u"seq"_s].toInteger();
}

// The broadcasts a client received, as (seq, "sender:n") in arrival order.
QList<std::pair<qint64, QString>> drain(TestClient &client, int expected, int timeoutMs = 20000)
{
    QList<std::pair<qint64, QString>> got;
    QElapsedTimer timer;
    timer.start();
    while (got.size() < expected && timer.elapsed() < timeoutMs) {
        if (auto m = client.take(isBroadcast, 200)) {
            const QJsonObject payload = m->payload.toObject().value(u"payload"_s).toObject();
            got.append({seqOf(*m),
                        payload.value(u"from"_s).toString() + u':'
                            + QString::number(payload.value(u"n"_s).toInt())});
        }
    }
    return got;
}

} // namespace

class TestRealtimeCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void broadcastCrossesInstances();
    void concurrentPublishersShareOneOrder();
    void restEditThroughOneReachesTheOther();
    void largePayloadTravelsByReference();
    void oddTextCrossesUnchanged();
    void replayAfterBothRestarted();
    void cutConnectionsAreReopened();

private:
    bool startBoth();
    // The admin on instance A and the planner on B, both joined to Evergreen's topic.
    bool joinBoth(TestClient &onA, TestClient &onB);
    QString token(int instance, const QString &email);
    QUrl socketUrl(int instance, const QString &token) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_servers[2];
};

void TestRealtimeCluster::init()
{
    m_db = std::make_unique<TestDatabase>(u"postgresql"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    QVERIFY(startBoth());
}

void TestRealtimeCluster::cleanup()
{
    for (auto &server : m_servers)
        server.reset();
    m_db.reset();
}

bool TestRealtimeCluster::startBoth()
{
    // One data folder for both: they share the signing key, as instances behind one name do.
    for (int i = 0; i < 2; ++i) {
        m_servers[i] = std::make_unique<ServerProcess>();
        if (!m_servers[i]->start(m_db->serverArguments() << u"--demo"_s)) {
            qWarning("instance %d: %s", i, qPrintable(m_servers[i]->errorString()));
            return false;
        }
    }
    return true;
}

bool TestRealtimeCluster::joinBoth(TestClient &onA, TestClient &onB)
{
    return onA.open(socketUrl(0, token(0, u"admin@evergreen.demo"_s)))
        && onB.open(socketUrl(1, token(1, u"planner@evergreen.demo"_s))) && onA.joinOk(orgTopic())
        && onB.joinOk(orgTopic());
}

QString TestRealtimeCluster::token(int instance, const QString &email)
{
    HttpTestClient api(m_servers[instance]->baseUrl());
    const HttpTestReply reply
        = api.post(u"/api/v1/auth/login"_s,
                   QJsonObject {{u"email"_s, email}, {u"password"_s, DemoData::password()}});
    if (reply.status != 200)
        qWarning("login %s: %s", qPrintable(email), reply.describe().constData());
    return reply.object().value(u"accessToken"_s).toString();
}

QUrl TestRealtimeCluster::socketUrl(int instance, const QString &token) const
{
    QUrl url = m_servers[instance]->baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/realtime/v1/websocket"_s);
    url.setQuery(u"vsn=2.0.0&apikey="_s + QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return url;
}

void TestRealtimeCluster::broadcastCrossesInstances()
{
    TestClient onA;
    TestClient onB;
    QVERIFY(onA.open(socketUrl(0, token(0, u"admin@evergreen.demo"_s))));
    QVERIFY(onB.open(socketUrl(1, token(1, u"planner@evergreen.demo"_s))));
    const QJsonObject ack {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}};
    const auto joinedA = onA.joinOk(orgTopic(), ack);
    const auto joinedB = onB.joinOk(orgTopic(), ack);
    QVERIFY(joinedA && joinedB);
    QCOMPARE(joinedA->value(u"seq"_s).toInteger(), joinedB->value(u"seq"_s).toInteger());

    const auto sentB = onB.takeReply(onB.push(
        orgTopic(), u"broadcast"_s, broadcast(u"hi"_s, QJsonObject {{u"from"_s, u"b"_s}})));
    QVERIFY(sentB);
    const qint64 seqB = replyResponse(*sentB).value(u"seq"_s).toInteger();
    const auto atA = onA.take(isBroadcast);
    QVERIFY2(atA, "a client of A hears what was sent through B");
    QCOMPARE(seqOf(*atA), seqB);

    const auto sentA = onA.takeReply(onA.push(
        orgTopic(), u"broadcast"_s, broadcast(u"hi"_s, QJsonObject {{u"from"_s, u"a"_s}})));
    QVERIFY(sentA);
    QCOMPARE(replyResponse(*sentA).value(u"seq"_s).toInteger(), seqB + 1);
    const auto atB = onB.take(isBroadcast);
    QVERIFY(atB);
    QCOMPARE(seqOf(*atB), seqB + 1);
}

void TestRealtimeCluster::concurrentPublishersShareOneOrder()
{
    constexpr int PerSender = 60;
    TestClient onA;
    TestClient onB;
    QVERIFY(onA.open(socketUrl(0, token(0, u"admin@evergreen.demo"_s))));
    QVERIFY(onB.open(socketUrl(1, token(1, u"planner@evergreen.demo"_s))));
    const QJsonObject self {{u"broadcast"_s, QJsonObject {{u"self"_s, true}}}};
    QVERIFY(onA.joinOk(orgTopic(), self));
    QVERIFY(onB.joinOk(orgTopic(), self));
    // Both send without waiting, so both servers number messages of one topic at once.
    for (int n = 0; n < PerSender; ++n) {
        onA.push(orgTopic(), u"broadcast"_s,
                 broadcast(u"n"_s, QJsonObject {{u"from"_s, u"a"_s}, {u"n"_s, n}}));
        onB.push(orgTopic(), u"broadcast"_s,
                 broadcast(u"n"_s, QJsonObject {{u"from"_s, u"b"_s}, {u"n"_s, n}}));
    }
    const auto gotA = drain(onA, 2 * PerSender);
    const auto gotB = drain(onB, 2 * PerSender);
    QCOMPARE(gotA.size(), 2 * PerSender);
    QCOMPARE(gotB.size(), 2 * PerSender);
    QCOMPARE(gotA, gotB); // the same messages with the same numbers in the same order
    for (qsizetype i = 1; i < gotA.size(); ++i)
        QCOMPARE(gotA.at(i).first, gotA.at(i - 1).first + 1);
    QVERIFY(onA.nothingFor(isBroadcast, 300));
}

void TestRealtimeCluster::restEditThroughOneReachesTheOther()
{
    const QString evergreen = DemoData::evergreenId();
    TestClient console;
    QVERIFY(console.open(socketUrl(0, token(0, u"planner@evergreen.demo"_s))));
    const QJsonObject binding {{u"event"_s, u"*"_s},
                               {u"schema"_s, u"public"_s},
                               {u"table"_s, u"section_configurations"_s},
                               {u"filter"_s, QString(u"organization_id=eq."_s + evergreen)}};
    QVERIFY(console.joinOk(orgTopic(), {{u"postgres_changes"_s, QJsonArray {binding}}}));

    HttpTestClient throughB(m_servers[1]->baseUrl());
    throughB.setBearerToken(token(1, u"admin@evergreen.demo"_s));
    const QJsonObject section
        = throughB.get(u"/api/v1/organizations/"_s + evergreen + u"/sections?scope=organization"_s)
              .object()
              .value(u"items"_s)
              .toArray()
              .at(0)
              .toObject();
    const int version = section.value(u"version"_s).toInt();
    const HttpTestReply patched = throughB.send(
        "PATCH", u"/api/v1/sections/"_s + section.value(u"id"_s).toString(),
        QJsonDocument(QJsonObject {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"via B"_s}}}})
            .toJson(QJsonDocument::Compact),
        {{"If-Match", QByteArray("\"" + QByteArray::number(version) + "\"")},
         {"Content-Type", "application/json"}});
    QVERIFY2(patched.status == 200, patched.describe().constData());

    const auto change = console.takeEvent(orgTopic(), u"postgres_changes"_s, 10000);
    QVERIFY2(change, "the console on A sees the edit made through B");
    const QJsonObject data = change->payload.toObject().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"record"_s)[u"id"_s], section.value(u"id"_s));
    QCOMPARE(data.value(u"record"_s)[u"version"_s].toInt(), version + 1);
    QCOMPARE(data.value(u"record"_s)[u"config"_s][u"customization"_s][u"subtitle"_s].toString(),
             u"via B"_s);
}

void TestRealtimeCluster::largePayloadTravelsByReference()
{
    TestClient onA;
    TestClient onB;
    QVERIFY(joinBoth(onA, onB));
    // Far above PostgreSQL's 8000-byte NOTIFY payload.
    const QString big(50'000, u'x');
    onB.push(orgTopic(), u"broadcast"_s,
             broadcast(u"big"_s, QJsonObject {{u"text"_s, big}, {u"from"_s, u"b"_s}}));
    const auto atA = onA.take(isBroadcast, 10000);
    QVERIFY(atA);
    QCOMPARE(atA->payload.toObject().value(u"payload"_s)[u"text"_s].toString(), big);
}

void TestRealtimeCluster::oddTextCrossesUnchanged()
{
    TestClient onA;
    TestClient onB;
    QVERIFY(joinBoth(onA, onB));
    // Quotes, backslashes, escapes as text, a NUL, accents and a character beyond the BMP:
    // stored and notified inside other JSON, they must come back as they were sent.
    const QString odd = u"\"q\" \\ \\u0000 \\n ‘ñ’ 💍 end"_s + QChar(0) + u"after"_s;
    for (const QString &text : {odd, odd.repeated(400)}) { // inline, then by reference
        onB.push(orgTopic(), u"broadcast"_s,
                 broadcast(u"odd"_s, QJsonObject {{u"text"_s, text}, {u"from"_s, u"b"_s}}));
        const auto atA = onA.take(isBroadcast, 10000);
        QVERIFY(atA);
        QCOMPARE(atA->payload.toObject().value(u"payload"_s)[u"text"_s].toString(), text);
    }
}

void TestRealtimeCluster::replayAfterBothRestarted()
{
    TestClient first;
    QVERIFY(first.open(socketUrl(0, token(0, u"admin@evergreen.demo"_s))));
    const auto joined = first.joinOk(orgTopic());
    QVERIFY(joined);
    const qint64 seen = joined->value(u"seq"_s).toInteger();
    first.close();

    // Messages the client misses, sent through both instances.
    for (int i = 0; i < 2; ++i) {
        TestClient sender;
        QVERIFY(sender.open(socketUrl(i, token(i, u"planner@evergreen.demo"_s))));
        QVERIFY(sender.joinOk(orgTopic(), {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}}));
        for (int n = 0; n < 3; ++n) {
            const QString ref = sender.push(
                orgTopic(), u"broadcast"_s,
                broadcast(u"n"_s, QJsonObject {{u"from"_s, QString::number(i)}, {u"n"_s, n}}));
            QVERIFY(sender.takeReply(ref));
        }
    }
    // Both instances restart: only the database remembers.
    for (auto &server : m_servers)
        QCOMPARE(server->stop(), 0);
    QVERIFY(startBoth());

    TestClient back;
    QVERIFY(back.open(socketUrl(1, token(1, u"admin@evergreen.demo"_s))));
    const auto rejoined = back.joinOk(orgTopic(), {{u"last_seq"_s, seen}});
    QVERIFY(rejoined);
    QCOMPARE(rejoined->value(u"seq"_s).toInteger(), seen + 6);
    const auto replayed = drain(back, 6, 5000);
    QCOMPARE(replayed.size(), 6);
    QStringList order;
    for (qsizetype i = 0; i < replayed.size(); ++i) {
        QCOMPARE(replayed.at(i).first, seen + 1 + i);
        order << replayed.at(i).second;
    }
    QCOMPARE(order, (QStringList {u"0:0"_s, u"0:1"_s, u"0:2"_s, u"1:0"_s, u"1:1"_s, u"1:2"_s}));
}

void TestRealtimeCluster::cutConnectionsAreReopened()
{
    TestClient onA;
    TestClient onB;
    QVERIFY(joinBoth(onA, onB));

    // Cut both instances' realtime connections (LISTEN and statements), as a failover or a
    // killed backend would.
    {
        const QString name = u"cut-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            const QUrl url(m_db->url());
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery cut(db);
            QVERIFY2(cut.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                              " WHERE datname = current_database()"
                              " AND application_name = 'wedsync-realtime'"_s),
                     qPrintable(cut.lastError().text()));
            QVERIFY(cut.next());
            QCOMPARE(cut.value(0).toInt(), 4);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The first publish may fail (and says so); within a few pings the instances listen again,
    // and broadcasts flow.
    bool arrived = false;
    for (int attempt = 0; attempt < 30 && !arrived; ++attempt) {
        onB.push(orgTopic(), u"broadcast"_s,
                 broadcast(u"again"_s, QJsonObject {{u"n"_s, attempt}}));
        arrived = onA.take(isBroadcast, 1000).has_value();
    }
    QVERIFY2(arrived, "A hears B again after their realtime connections were cut");
}

QTEST_GUILESS_MAIN(TestRealtimeCluster)
#include "tst_realtimecluster.moc"
