// Nothing lost: a client that rejoins with the last sequence number it saw gets everything it
// missed, in order, once, marked as replayed, or is told to refetch when retention cannot
// cover the gap; Supabase's broadcast.replay {since, limit} works too.
#include "RealtimeTestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

const QString Org1 = u"realtime:org:1"_s;

bool isBroadcast(const RealtimeMessage &m)
{
    return m.event == "broadcast"_L1;
}

bool isSequenced(const RealtimeMessage &m)
{
    return m.event == "broadcast"_L1 || m.event == "postgres_changes"_L1;
}

QJsonObject metaOf(const RealtimeMessage &m)
{
    return m.payload.toObject().value(u"meta"_s).toObject();
}

qint64 seqOf(const RealtimeMessage &m)
{
    return metaOf(m).value(u"seq"_s).toInteger();
}

bool isRefetch(const RealtimeMessage &m)
{
    return m.event == "system"_L1
        && m.payload.toObject().value(u"code"_s) == QJsonValue(u"refetch_required"_s);
}

QJsonObject resumeFrom(qint64 seq, QJsonObject config = {})
{
    config.insert(u"last_seq"_s, seq);
    return config;
}

void publishNumbered(RealtimeHub &hub, int from, int count)
{
    for (int n = from; n < from + count; ++n)
        QVERIFY(hub.broadcastFromServer(u"org:1"_s, u"tick"_s, QJsonObject {{u"n"_s, n}}));
}

} // namespace

class TestRealtimeReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thousandMissedMessagesArriveInOrderOnce();
    void messagesPublishedDuringTheRejoinAreNotDoubled();
    void rowChangesAreReplayedThroughTheNewBindings();
    void ownBroadcastsAreNotReplayedWithoutSelf();
    void gapBeyondRetentionCountAsksToRefetch();
    void gapBeyondRetentionAgeAsksToRefetch();
    void sequenceFromAnotherStreamAsksToRefetch();
    void upToDateClientGetsNothing();
    void supabaseReplaySinceAndLimit();
};

void TestRealtimeReplay::thousandMissedMessagesArriveInOrderOnce()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    auto client = std::make_unique<TestClient>();
    QVERIFY(client->open(f.url(u"t"_s)));
    QVERIFY(client->joinOk(Org1));

    publishNumbered(*f.hub, 0, 200);
    qint64 lastSeen = 0;
    for (int n = 0; n < 200; ++n) {
        const auto live = client->take(isBroadcast);
        QVERIFY(live);
        QCOMPARE(live->payload.toObject().value(u"payload"_s).toObject().value(u"n"_s).toInt(), n);
        lastSeen = seqOf(*live);
    }

    client->close();
    QVERIFY(client->waitForDisconnected());
    QTRY_COMPARE(f.hub->connectionCount(), 0);
    publishNumbered(*f.hub, 200, 1000); // sent while nobody listens

    client = std::make_unique<TestClient>();
    QVERIFY(client->open(f.url(u"t"_s)));
    const auto reply = client->joinOk(Org1, resumeFrom(lastSeen));
    QVERIFY(reply);
    QCOMPARE(reply->value(u"seq"_s).toInteger(), lastSeen + 1000);

    QSet<qint64> seen;
    for (int n = 200; n < 1200; ++n) {
        const auto replayed = client->take(isBroadcast);
        QVERIFY2(replayed, qPrintable(u"message %1 missing"_s.arg(n)));
        QCOMPARE(replayed->payload.toObject().value(u"payload"_s).toObject().value(u"n"_s).toInt(),
                 n);
        QCOMPARE(seqOf(*replayed), lastSeen + (n - 199));
        QCOMPARE(metaOf(*replayed).value(u"replayed"_s), QJsonValue(true));
        seen.insert(seqOf(*replayed));
    }
    QCOMPARE(seen.size(), 1000);
    QVERIFY(client->nothingFor(isBroadcast));

    // Live again afterwards, and no longer marked as replayed.
    publishNumbered(*f.hub, 1200, 1);
    const auto live = client->take(isBroadcast);
    QVERIFY(live);
    QCOMPARE(seqOf(*live), lastSeen + 1001);
    QVERIFY(!metaOf(*live).contains(u"replayed"_s));
}

void TestRealtimeReplay::messagesPublishedDuringTheRejoinAreNotDoubled()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const qint64 start = client.joinOk(Org1)->value(u"seq"_s).toInteger();
    client.push(Org1, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));
    publishNumbered(*f.hub, 0, 50);

    // The join is on its way while more is published: whatever the server handled first is
    // replayed, the rest is live, and nothing comes twice.
    const QString ref = client.join(Org1, resumeFrom(start));
    publishNumbered(*f.hub, 50, 50);
    QVERIFY(client.takeReply(ref));
    publishNumbered(*f.hub, 100, 50);
    QList<qint64> order;
    for (int n = 0; n < 150; ++n) {
        const auto m = client.take(isBroadcast);
        QVERIFY(m);
        QCOMPARE(m->payload.toObject().value(u"payload"_s).toObject().value(u"n"_s).toInt(), n);
        order.append(seqOf(*m));
    }
    for (qsizetype i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), start + 1 + i);
    QVERIFY(client.nothingFor(isBroadcast));
}

void TestRealtimeReplay::rowChangesAreReplayedThroughTheNewBindings()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    const QJsonObject config {
        {u"postgres_changes"_s,
         QJsonArray {QJsonObject {{u"event"_s, u"*"_s},
                                  {u"schema"_s, u"public"_s},
                                  {u"table"_s, u"sections"_s},
                                  {u"filter"_s, u"organization_id=eq.1"_s}}}}};
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const qint64 start = client.joinOk(Org1, config)->value(u"seq"_s).toInteger();
    client.close();
    QVERIFY(client.waitForDisconnected());

    const QJsonObject mine {{u"id"_s, u"s1"_s}, {u"organization_id"_s, u"1"_s}};
    const QJsonObject unfiltered {{u"id"_s, u"s2"_s}, {u"organization_id"_s, u"other"_s}};
    QVERIFY(f.hub->publishChange(u"sections"_s, u"INSERT"_s, u"1"_s, mine, {}));
    QVERIFY(f.hub->publishChange(u"sections"_s, u"INSERT"_s, u"1"_s, unfiltered, {}));
    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"note"_s, 1));
    QVERIFY(f.hub->publishChange(u"sections"_s, u"DELETE"_s, u"1"_s, {}, mine));

    TestClient again;
    QVERIFY(again.open(f.url(u"t"_s)));
    const auto reply = again.joinOk(Org1, resumeFrom(start, config));
    QVERIFY(reply);
    const qint64 newId
        = reply->value(u"postgres_changes"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    const QStringList expected {u"postgres_changes"_s, u"broadcast"_s, u"postgres_changes"_s};
    const QList<qint64> expectedSeqs {start + 1, start + 3, start + 4};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto m = again.take(isSequenced);
        QVERIFY(m);
        QCOMPARE(m->event, expected.at(i));
        QCOMPARE(seqOf(*m), expectedSeqs.at(i));
        QCOMPARE(metaOf(*m).value(u"replayed"_s), QJsonValue(true));
        if (m->event == "postgres_changes"_L1)
            QCOMPARE(m->payload.toObject().value(u"ids"_s).toArray(), QJsonArray {newId});
    }
    QVERIFY(again.nothingFor(isSequenced));
}

void TestRealtimeReplay::ownBroadcastsAreNotReplayedWithoutSelf()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const qint64 start = client.joinOk(Org1)->value(u"seq"_s).toInteger();
    client.push(
        Org1, u"broadcast"_s,
        QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, u"mine"_s}, {u"payload"_s, 1}});
    client.push(Org1, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));
    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"theirs"_s, 2));

    QVERIFY(client.joinOk(Org1, resumeFrom(start)));
    const auto replayed = client.take(isBroadcast);
    QVERIFY(replayed);
    QCOMPARE(replayed->payload.toObject().value(u"event"_s), QJsonValue(u"theirs"_s));
    QCOMPARE(seqOf(*replayed), start + 2);
    QVERIFY(client.nothingFor(isBroadcast));
}

void TestRealtimeReplay::gapBeyondRetentionCountAsksToRefetch()
{
    RealtimeSettings settings = testSettings();
    settings.retentionCount = 10;
    HubFixture f(settings);
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const qint64 start = client.joinOk(Org1)->value(u"seq"_s).toInteger();
    client.push(Org1, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));
    publishNumbered(*f.hub, 0, 50);

    QVERIFY(client.joinOk(Org1, resumeFrom(start)));
    const auto refetch = client.take(isRefetch);
    QVERIFY(refetch);
    QCOMPARE(refetch->joinRef, client.joinRef(Org1));
    const QJsonObject body = refetch->payload.toObject();
    QCOMPARE(body.value(u"extension"_s), QJsonValue(u"replay"_s));
    QCOMPARE(body.value(u"channel"_s), QJsonValue(u"org:1"_s));
    QCOMPARE(body.value(u"last_seq"_s).toInteger(), start);
    QCOMPARE(body.value(u"seq"_s).toInteger(), start + 50);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QVERIFY(client.nothingFor(isBroadcast)); // a partial replay would only mislead

    // Within retention it works again, and the channel is live.
    publishNumbered(*f.hub, 50, 1);
    QCOMPARE(seqOf(*client.take(isBroadcast)), start + 51);
    QVERIFY(client.joinOk(Org1, resumeFrom(start + 45)));
    for (qint64 seq = start + 46; seq <= start + 51; ++seq)
        QCOMPARE(seqOf(*client.take(isBroadcast)), seq);
}

void TestRealtimeReplay::gapBeyondRetentionAgeAsksToRefetch()
{
    RealtimeSettings settings = testSettings();
    settings.retentionAgeMs = 60'000;
    HubFixture f(settings);
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    const qint64 start = client.joinOk(Org1)->value(u"seq"_s).toInteger();
    client.push(Org1, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));
    publishNumbered(*f.hub, 0, 3);
    f.clock.advanceSecs(30);
    publishNumbered(*f.hub, 3, 3);
    f.clock.advanceSecs(45); // the first three are now 75 s old

    QVERIFY(client.joinOk(Org1, resumeFrom(start)));
    QVERIFY(client.take(isRefetch));
    QVERIFY(client.joinOk(Org1, resumeFrom(start + 3)));
    for (qint64 seq = start + 4; seq <= start + 6; ++seq)
        QCOMPARE(seqOf(*client.take(isBroadcast)), seq);
}

void TestRealtimeReplay::sequenceFromAnotherStreamAsksToRefetch()
{
    qint64 oldStreamSeq = 0;
    {
        HubFixture before;
        before.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
        publishNumbered(*before.hub, 0, 5);
        oldStreamSeq = before.hub->lastSeq(u"org:1"_s).value();
    }
    // A restarted server with the same clock: its stream starts below what the client saw.
    HubFixture after;
    after.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(after.url(u"t"_s)));
    QVERIFY(client.joinOk(Org1, resumeFrom(oldStreamSeq)));
    QVERIFY(client.take(isRefetch));

    // Later restarts start above every earlier number.
    after.clock.advanceSecs(1);
    HubFixture later;
    later.clock.set(after.clock.now());
    later.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    QVERIFY(later.hub->broadcastFromServer(u"org:1"_s, u"x"_s, 1));
    QVERIFY(later.hub->lastSeq(u"org:1"_s).value() > oldStreamSeq);
}

void TestRealtimeReplay::upToDateClientGetsNothing()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    publishNumbered(*f.hub, 0, 3);
    TestClient client;
    QVERIFY(client.open(f.url(u"t"_s)));
    QVERIFY(client.joinOk(Org1, resumeFrom(f.hub->lastSeq(u"org:1"_s).value())));
    QVERIFY(
        client.nothingFor([](const RealtimeMessage &m) { return isSequenced(m) || isRefetch(m); }));
}

void TestRealtimeReplay::supabaseReplaySinceAndLimit()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    const qint64 t0 = f.clock.now().toMSecsSinceEpoch();
    for (int n = 0; n < 10; ++n) {
        QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"tick"_s, n));
        f.clock.advanceSecs(1);
    }
    auto replayConfig = [](qint64 since, std::optional<int> limit) {
        QJsonObject replay {{u"since"_s, since}};
        if (limit)
            replay.insert(u"limit"_s, *limit);
        return QJsonObject {{u"broadcast"_s, QJsonObject {{u"replay"_s, replay}}}};
    };
    auto payloads = [](TestClient &client, int count) {
        QList<int> out;
        for (int i = 0; i < count; ++i) {
            const auto m = client.take(isBroadcast);
            if (!m)
                break;
            out.append(m->payload.toObject().value(u"payload"_s).toInt());
            if (metaOf(*m).value(u"replayed"_s) != QJsonValue(true))
                out.append(-1);
        }
        return out;
    };

    TestClient limited;
    QVERIFY(limited.open(f.url(u"t"_s)));
    QVERIFY(limited.joinOk(Org1, replayConfig(t0 + 5'000, 3)));
    QCOMPARE(payloads(limited, 3), (QList<int> {7, 8, 9}));
    QVERIFY(limited.nothingFor(isBroadcast));

    TestClient unlimited;
    QVERIFY(unlimited.open(f.url(u"t"_s)));
    QVERIFY(unlimited.joinOk(Org1, replayConfig(t0 + 5'000, std::nullopt)));
    QCOMPARE(payloads(unlimited, 5), (QList<int> {5, 6, 7, 8, 9}));
    QVERIFY(unlimited.nothingFor(isBroadcast));
}

QTEST_GUILESS_MAIN(TestRealtimeReplay)
#include "tst_realtimereplay.moc"
