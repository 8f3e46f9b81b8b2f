// Memory and sockets have a ceiling: retention is capped per topic and for the whole hub
// (the topic retaining the most pays first), config:<type> retains nothing, and one user
// cannot hold more than a set number of sockets. Measured with the hub's own accounting.
#include "RealtimeTestSupport.h"

#include <QTest>

using namespace wedsync;
using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 TopicCap = 64 * 1024;
constexpr qint64 HubCap = 256 * 1024;
constexpr int Topics = 16;
constexpr int PayloadBytes = 8 * 1024;

RealtimeSettings cappedSettings()
{
    RealtimeSettings settings = testSettings();
    settings.retentionMaxBytes = TopicCap;
    settings.retentionMaxTotalBytes = HubCap;
    settings.maxConnectionsPerUser = 3;
    return settings;
}

QString orgTopic(int n)
{
    return u"realtime:org:%1"_s.arg(n);
}

QJsonObject ackConfig()
{
    return {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}};
}

// Sends `count` broadcasts of about PayloadBytes each and waits for the last one's ack, so
// that the hub has handled them all.
bool flood(TestClient &client, const QString &topic, int count)
{
    const QString filler(PayloadBytes, u'x');
    QString ref;
    for (int i = 0; i < count; ++i) {
        ref = client.push(topic, u"broadcast"_s,
                          QJsonObject {{u"type"_s, u"broadcast"_s},
                                       {u"event"_s, u"fill"_s},
                                       {u"payload"_s, QJsonObject {{u"blob"_s, filler}}}});
    }
    const auto ack = client.takeReply(ref, 20'000);
    return ack && replyStatus(*ack) == "ok"_L1;
}

bool isRefetch(const RealtimeMessage &m)
{
    return m.event == "system"_L1
        && m.payload.toObject().value(u"code"_s) == QJsonValue(u"refetch_required"_s);
}

} // namespace

class TestRealtimeLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retentionStaysUnderBothCaps();
    void theLargestTopicIsEvictedFirst();
    void configTopicsRetainNothing();
    void socketsPerUserAreCapped();
};

void TestRealtimeLimits::retentionStaysUnderBothCaps()
{
    HubFixture f(cappedSettings());
    QStringList names;
    for (int n = 0; n < Topics; ++n)
        names << u"org:%1"_s.arg(n);
    f.authorizer.grant(u"t"_s, u"flooder"_s, names);
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));

    // 16 topics x 40 messages x 8 KiB = 5 MiB offered; the caps allow 256 KiB in all.
    for (int n = 0; n < Topics; ++n) {
        QVERIFY(client.joinOk(orgTopic(n), ackConfig()));
        QVERIFY(flood(client, orgTopic(n), 40));
        QVERIFY2(f.hub->retainedBytes() <= HubCap,
                 qPrintable(QString::number(f.hub->retainedBytes())));
    }
    QVERIFY(f.hub->retainedBytes() > HubCap - 2 * (PayloadBytes + 512));

    // Still live, and replay still serves what is retained.
    QVERIFY(flood(client, orgTopic(Topics - 1), 1));
    QVERIFY(f.hub->retainedBytes() <= HubCap);
}

void TestRealtimeLimits::theLargestTopicIsEvictedFirst()
{
    HubFixture f(cappedSettings());
    f.authorizer.grant(
        u"t"_s, u"u"_s,
        {u"org:quiet"_s, u"org:a"_s, u"org:b"_s, u"org:c"_s, u"org:d"_s, u"org:e"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const QString quiet = u"realtime:org:quiet"_s;
    const qint64 start = client.joinOk(quiet, ackConfig())->value(u"seq"_s).toInteger();
    QVERIFY(flood(client, quiet, 2));
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}) {
        const QString topic = u"realtime:org:"_s + name;
        QVERIFY(client.joinOk(topic, ackConfig()));
        QVERIFY(flood(client, topic, 12));
    }
    QVERIFY(f.hub->retainedBytes() <= HubCap);

    // The quiet topic kept its two messages: a client resuming from its start gets both.
    TestClient late;
    f.authorizer.grant(u"late"_s, u"late"_s, {u"org:quiet"_s});
    QVERIFY(late.open(f.url(u"late"_s)));
    QVERIFY(late.joinOk(quiet, {{u"last_seq"_s, start}}));
    for (int i = 1; i <= 2; ++i) {
        const auto replayed = late.takeEvent(quiet, u"broadcast"_s);
        QVERIFY(replayed);
        QCOMPARE(replayed->payload.toObject()[u"meta"_s].toObject()[u"seq"_s].toInteger(),
                 start + i);
    }
    QVERIFY(late.nothingFor(isRefetch));

    // A flooded topic was cut from its oldest end: resuming from its start asks to refetch.
    TestClient behind;
    f.authorizer.grant(u"behind"_s, u"behind"_s, {u"org:a"_s});
    QVERIFY(behind.open(f.url(u"behind"_s)));
    QVERIFY(behind.joinOk(u"realtime:org:a"_s, {{u"last_seq"_s, 0}}));
    QVERIFY(behind.take(isRefetch));
}

void TestRealtimeLimits::configTopicsRetainNothing()
{
    HubFixture f(cappedSettings());
    f.authorizer.grant(u"t"_s, u"u"_s, {u"config:sections"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const QString topic = u"realtime:config:sections"_s;
    QVERIFY(client.joinOk(topic, ackConfig()));
    // Clients may not broadcast there; what the server would send is not kept either.
    QVERIFY(!flood(client, topic, 1));
    for (int i = 0; i < 5; ++i)
        QVERIFY(f.hub->broadcastFromServer(u"config:sections"_s, u"fill"_s,
                                           QJsonObject {{u"blob"_s, QString(PayloadBytes, u'x')}}));
    QCOMPARE(f.hub->retainedBytes(), qint64(0));

    // Nothing to replay, so the topic is forgotten as soon as nobody is on it.
    client.push(topic, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(topic, u"phx_close"_s));
    QTRY_COMPARE(f.hub->topicCount(), 0);
}

void TestRealtimeLimits::socketsPerUserAreCapped()
{
    HubFixture f(cappedSettings());
    f.authorizer.grant(u"a1"_s, u"alice"_s, {});
    f.authorizer.grant(u"a2"_s, u"alice"_s, {}); // another token, the same user
    f.authorizer.grant(u"b"_s, u"bob"_s, {});
    std::vector<std::unique_ptr<TestClient>> alice;
    for (int i = 0; i < 3; ++i) {
        alice.push_back(std::make_unique<TestClient>());
        QVERIFY(alice.back()->open(f.url(i == 0 ? u"a1"_s : u"a2"_s)));
    }
    QTRY_COMPARE(f.hub->connectionCount(), 3);

    TestClient fourth;
    fourth.open(f.url(u"a2"_s));
    QVERIFY(fourth.waitForDisconnected());
    QCOMPARE(fourth.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(fourth.closeReason().contains(u"too many connections"_s),
             qPrintable(fourth.closeReason()));

    TestClient other;
    QVERIFY(other.open(f.url(u"b"_s)));
    QTRY_COMPARE(f.hub->connectionCount(), 4);

    // A socket closed frees its place.
    alice.front()->close();
    QTRY_COMPARE(f.hub->connectionCount(), 3);
    TestClient again;
    QVERIFY(again.open(f.url(u"a1"_s)));
    QTRY_COMPARE(f.hub->connectionCount(), 4);
    QVERIFY(again.isConnected());
}

QTEST_MAIN(TestRealtimeLimits)
#include "tst_realtimelimits.moc"
