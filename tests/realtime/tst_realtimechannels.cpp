// Channel features between real clients: broadcast (self, ack, binary pushes, both
// serializers), presence state and diffs, postgres_changes with filters, and tokens.
#include "RealtimeTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

const QString Org1 = u"realtime:org:1"_s;

QJsonObject broadcast(const QString &event, const QJsonValue &payload)
{
    return QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, event}, {u"payload"_s, payload}};
}

QJsonObject presence(const QString &event, const QJsonObject &payload = {})
{
    QJsonObject body {{u"type"_s, u"presence"_s}, {u"event"_s, event}};
    if (!payload.isEmpty())
        body.insert(u"payload"_s, payload);
    return body;
}

bool isBroadcast(const RealtimeMessage &m)
{
    return m.event == "broadcast"_L1;
}

QJsonObject metaOf(const QJsonObject &diffSide, const QString &key)
{
    return diffSide.value(key).toObject().value(u"metas"_s).toArray().at(0).toObject();
}

QJsonObject binding(const QString &event, const QString &table, const QString &filter = {})
{
    QJsonObject b {{u"event"_s, event}, {u"schema"_s, u"public"_s}, {u"table"_s, table}};
    if (!filter.isEmpty())
        b.insert(u"filter"_s, filter);
    return b;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

} // namespace

class TestRealtimeChannels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void broadcastSelfAndAck();
    void broadcastShapeInBothSerializers();
    void binaryPushIsBroadcast();
    void presenceBetweenTwoClients();
    void postgresChangesFilterMatchAndMiss();
    void postgresChangesStayInTheirTenant();
    void tokenRefresh();
    void expiredTokenClosesChannels();
};

void TestRealtimeChannels::broadcastSelfAndAck()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient a;
    TestClient b;
    QVERIFY(a.open(f.url(u"t"_s)));
    QVERIFY(b.open(f.url(u"t"_s)));
    QVERIFY(a.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}, {u"self"_s, false}}}}));
    QVERIFY(b.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"self"_s, true}}}}));

    const QString ref
        = a.push(Org1, u"broadcast"_s, broadcast(u"cursor-pos"_s, QJsonObject {{u"x"_s, 1}}));
    const auto ack = a.takeReply(ref);
    QVERIFY(ack);
    QCOMPARE(replyStatus(*ack), u"ok"_s);
    const qint64 seq = replyResponse(*ack).value(u"seq"_s).toInteger();
    const auto atB = b.take(isBroadcast);
    QVERIFY(atB);
    QVERIFY(!atB->ref && !atB->joinRef);
    const QJsonObject body = atB->payload.toObject();
    QCOMPARE(body.value(u"event"_s), QJsonValue(u"cursor-pos"_s));
    QCOMPARE(body.value(u"payload"_s).toObject().value(u"x"_s).toInt(), 1);
    QCOMPARE(body.value(u"meta"_s).toObject().value(u"seq"_s).toInteger(), seq);
    QVERIFY(!body.value(u"meta"_s).toObject().contains(u"replayed"_s));
    QVERIFY(a.nothingFor(isBroadcast)); // self: false

    // self: true hears its own; ack: false gets no reply.
    const QString bRef = b.push(Org1, u"broadcast"_s, broadcast(u"hello"_s, 2));
    const auto own = b.take(isBroadcast);
    QVERIFY(own);
    QCOMPARE(own->payload.toObject().value(u"meta"_s).toObject().value(u"seq"_s).toInteger(),
             seq + 1);
    QVERIFY(a.take(isBroadcast));
    QVERIFY(b.nothingFor([&](const RealtimeMessage &m) { return m.ref == bRef; }));
}

void TestRealtimeChannels::broadcastShapeInBothSerializers()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient v1(RealtimeVsn::V1);
    TestClient v2(RealtimeVsn::V2);
    QVERIFY(v1.open(f.url(u"t"_s, u"1.0.0"_s)));
    QVERIFY(v2.open(f.url(u"t"_s, u"2.0.0"_s)));
    QVERIFY(v1.joinOk(Org1));
    QVERIFY(v2.joinOk(Org1));
    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"saved"_s, QJsonObject {{u"id"_s, 7}}));
    QVERIFY(v1.take(isBroadcast));
    QVERIFY(v2.take(isBroadcast));

    const QJsonObject object
        = QJsonDocument::fromJson(v1.rawFrames().constLast().toUtf8()).object();
    QCOMPARE(object.value(u"event"_s), QJsonValue(u"broadcast"_s));
    QVERIFY(object.value(u"ref"_s).isNull());
    QVERIFY(!object.contains(u"join_ref"_s));
    const QJsonArray array = QJsonDocument::fromJson(v2.rawFrames().constLast().toUtf8()).array();
    QCOMPARE(array.size(), 5);
    QVERIFY(array.at(0).isNull() && array.at(1).isNull());
    QCOMPARE(array.at(2), QJsonValue(Org1));
    QCOMPARE(array.at(4).toObject().value(u"type"_s), QJsonValue(u"broadcast"_s));
    // We never send binary frames the official client could not read.
    QVERIFY(v2.binaryFrames().isEmpty());
}

void TestRealtimeChannels::binaryPushIsBroadcast()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient sender;
    TestClient listener(RealtimeVsn::V1);
    QVERIFY(sender.open(f.url(u"t"_s)));
    QVERIFY(listener.open(f.url(u"t"_s, u"1.0.0"_s)));
    QVERIFY(sender.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"ack"_s, true}}}}));
    QVERIFY(listener.joinOk(Org1));
    const QString joinRef = sender.joinRef(Org1).value();
    QCOMPARE(joinRef.size(), 1);
    // The reference's worked example, as realtime-js ≥ 2.85 writes it (ref "3").
    sender.sendBinary(QByteArray(bytes({3, 1, 1, 14, 10, 0, 1}) + joinRef.toUtf8() + "3"
                                 + "realtime:org:1" + "cursor-pos" + R"({"x":1,"y":2})"));
    const auto ack = sender.takeReply(u"3"_s);
    QVERIFY(ack);
    QCOMPARE(replyStatus(*ack), u"ok"_s);
    QCOMPARE(ack->joinRef.value(), joinRef);
    const auto heard = listener.take(isBroadcast);
    QVERIFY(heard);
    QCOMPARE(heard->payload.toObject().value(u"event"_s), QJsonValue(u"cursor-pos"_s));
    QCOMPARE(heard->payload.toObject().value(u"payload"_s).toObject().value(u"y"_s).toInt(), 2);

    // An ArrayBuffer payload is refused on the channel with a clear reason.
    sender.sendBinary(QByteArray(bytes({3, 1, 1, 14, 1, 0, 0}) + joinRef.toUtf8() + "4"
                                 + "realtime:org:1" + "e" + bytes({1, 2, 3})));
    const auto refused = sender.takeReply(u"4"_s);
    QVERIFY(refused);
    QVERIFY(replyResponse(*refused)
                .value(u"reason"_s)
                .toString()
                .startsWith(u"binary_payload_unsupported"_s));
}

void TestRealtimeChannels::presenceBetweenTwoClients()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"wedding:w1"_s});
    const QString topic = u"realtime:wedding:w1"_s;
    auto isDiff = [&](const RealtimeMessage &m) {
        return m.topic == topic && m.event == "presence_diff"_L1;
    };
    TestClient alice;
    QVERIFY(alice.open(f.url(u"t"_s)));
    QVERIFY(alice.joinOk(
        topic, {{u"presence"_s, QJsonObject {{u"key"_s, u"alice"_s}, {u"enabled"_s, true}}}}));
    QVERIFY(alice.takeEvent(topic, u"presence_state"_s));

    QCOMPARE(replyStatus(*alice.takeReply(alice.push(
                 topic, u"presence"_s, presence(u"track"_s, {{u"online_at"_s, u"10:00"_s}})))),
             u"ok"_s);
    const auto ownJoin = alice.take(isDiff); // the tracker hears about itself too
    QVERIFY(ownJoin);
    const QJsonObject aliceMeta
        = metaOf(ownJoin->payload.toObject().value(u"joins"_s).toObject(), u"alice"_s);
    QCOMPARE(aliceMeta.value(u"online_at"_s), QJsonValue(u"10:00"_s));
    const QString aliceRef = aliceMeta.value(u"phx_ref"_s).toString();
    QVERIFY(!aliceRef.isEmpty());

    // Bob, on the other serializer, sees Alice.
    TestClient bob(RealtimeVsn::V1);
    QVERIFY(bob.open(f.url(u"t"_s, u"1.0.0"_s)));
    QVERIFY(bob.joinOk(topic, {{u"presence"_s, QJsonObject {{u"key"_s, u"bob"_s}}}}));
    const auto state = bob.takeEvent(topic, u"presence_state"_s);
    QVERIFY(state);
    QCOMPARE(metaOf(state->payload.toObject(), u"alice"_s).value(u"phx_ref"_s).toString(),
             aliceRef);

    bob.push(topic, u"presence"_s, presence(u"TRACK"_s, {{u"online_at"_s, u"10:01"_s}}));
    for (TestClient *client : {&alice, &bob}) {
        const auto diff = client->take(isDiff);
        QVERIFY(diff);
        QVERIFY(!diff->joinRef);
        QVERIFY(diff->payload.toObject().value(u"joins"_s).toObject().contains(u"bob"_s));
    }

    // An update is a leave of the old meta and a join of the new one.
    alice.push(topic, u"presence"_s, presence(u"track"_s, {{u"online_at"_s, u"10:02"_s}}));
    const auto update = bob.take(isDiff);
    QVERIFY(update);
    QCOMPARE(metaOf(update->payload.toObject().value(u"leaves"_s).toObject(), u"alice"_s)
                 .value(u"phx_ref"_s)
                 .toString(),
             aliceRef);
    QCOMPARE(metaOf(update->payload.toObject().value(u"joins"_s).toObject(), u"alice"_s)
                 .value(u"phx_ref_prev"_s)
                 .toString(),
             aliceRef);
    QVERIFY(alice.take(isDiff));

    // Bob going away without a word is a leave for everyone else.
    bob.close();
    const auto gone = alice.take(isDiff);
    QVERIFY(gone);
    QVERIFY(gone->payload.toObject().value(u"leaves"_s).toObject().contains(u"bob"_s));

    alice.push(topic, u"presence"_s, presence(u"untrack"_s));
    const auto untracked = alice.take(isDiff);
    QVERIFY(untracked);
    QVERIFY(untracked->payload.toObject().value(u"leaves"_s).toObject().contains(u"alice"_s));
}

void TestRealtimeChannels::postgresChangesFilterMatchAndMiss()
{
    HubFixture f;
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    TestClient all;
    TestClient insertsOnly(RealtimeVsn::V1);
    QVERIFY(all.open(f.url(u"t"_s)));
    QVERIFY(insertsOnly.open(f.url(u"t"_s, u"1.0.0"_s)));
    const auto joined
        = all.joinOk(Org1,
                     {{u"postgres_changes"_s,
                       QJsonArray {binding(u"*"_s, u"sections"_s, u"status=eq.active"_s),
                                   binding(u"DELETE"_s, u"sections"_s)}}});
    QVERIFY(joined);
    const QJsonArray bindings = joined->value(u"postgres_changes"_s).toArray();
    const qint64 starId = bindings.at(0).toObject().value(u"id"_s).toInteger();
    const qint64 deleteId = bindings.at(1).toObject().value(u"id"_s).toInteger();
    QVERIFY(insertsOnly.joinOk(
        Org1, {{u"postgres_changes"_s, QJsonArray {binding(u"INSERT"_s, u"sections"_s)}}}));
    auto isChange = [](const RealtimeMessage &m) {
        return m.event == "postgres_changes"_L1;
    };

    const QJsonObject before {{u"id"_s, u"s1"_s},
                              {u"organization_id"_s, u"1"_s},
                              {u"status"_s, u"active"_s},
                              {u"position"_s, 1}};
    QJsonObject after = before;
    after.insert(u"position"_s, 2);
    QCOMPARE(f.hub->publishChange(u"sections"_s, u"UPDATE"_s, u"1"_s, after, before).value(), 3);
    const auto update = all.take(isChange);
    QVERIFY(update);
    const QJsonObject payload = update->payload.toObject();
    QCOMPARE(payload.value(u"ids"_s).toArray(), QJsonArray {starId});
    const QJsonObject data = payload.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"schema"_s), QJsonValue(u"public"_s));
    QCOMPARE(data.value(u"table"_s), QJsonValue(u"sections"_s));
    QCOMPARE(data.value(u"type"_s), QJsonValue(u"UPDATE"_s));
    QCOMPARE(data.value(u"commit_timestamp"_s), QJsonValue(u"2026-08-21T10:00:00.000Z"_s));
    QCOMPARE(data.value(u"record"_s).toObject(), after);
    QCOMPARE(data.value(u"old_record"_s).toObject(), before);
    QVERIFY(data.value(u"errors"_s).isNull());
    QVERIFY(data.value(u"columns"_s)
                .toArray()
                .contains(QJsonObject {{u"name"_s, u"position"_s}, {u"type"_s, u"int8"_s}}));
    QVERIFY(payload.value(u"meta"_s).toObject().value(u"seq"_s).toInteger() > 0);
    QVERIFY(insertsOnly.nothingFor(isChange)); // an UPDATE, and it bound INSERT only

    // The filter does not match an archived row.
    QJsonObject archived = after;
    archived.insert(u"status"_s, u"archived"_s);
    QVERIFY(f.hub->publishChange(u"sections"_s, u"UPDATE"_s, u"1"_s, archived, after));
    QVERIFY(all.nothingFor(isChange));

    // A delete matches the DELETE binding (and the * one, whose filter sees the old row).
    QVERIFY(f.hub->publishChange(u"sections"_s, u"DELETE"_s, u"1"_s, {}, before));
    const auto removed = all.take(isChange);
    QVERIFY(removed);
    QCOMPARE(removed->payload.toObject().value(u"ids"_s).toArray(),
             (QJsonArray {starId, deleteId}));
    QVERIFY(!removed->payload.toObject().value(u"data"_s).toObject().contains(u"record"_s));

    QVERIFY(f.hub->publishChange(u"sections"_s, u"insert"_s, u"1"_s, after, {}));
    const auto inserted = insertsOnly.take(isChange);
    QVERIFY(inserted);
    QVERIFY(!inserted->payload.toObject().value(u"data"_s).toObject().contains(u"old_record"_s));
    QVERIFY(all.take(isChange));

    QVERIFY(!f.hub->publishChange(u"sections"_s, u"MERGE"_s, u"1"_s, after, {}));
}

void TestRealtimeChannels::postgresChangesStayInTheirTenant()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    f.authorizer.grant(u"t2"_s, u"u2"_s, {u"org:2"_s, u"wedding:w2"_s});
    TestClient one;
    TestClient two;
    QVERIFY(one.open(f.url(u"t1"_s)));
    QVERIFY(two.open(f.url(u"t2"_s)));
    const QJsonObject config {{u"postgres_changes"_s, QJsonArray {binding(u"*"_s, u"sections"_s)}}};
    QVERIFY(one.joinOk(Org1, config));
    QVERIFY(two.joinOk(u"realtime:org:2"_s, config));
    QVERIFY(two.joinOk(u"realtime:wedding:w2"_s, config));
    auto isChange = [](const RealtimeMessage &m) {
        return m.event == "postgres_changes"_L1;
    };

    const QJsonObject row {
        {u"id"_s, u"s9"_s}, {u"organization_id"_s, u"2"_s}, {u"wedding_id"_s, u"w2"_s}};
    QCOMPARE(f.hub->publishChange(u"sections"_s, u"INSERT"_s, u"2"_s, row, {}).value(), 4);
    const auto onOrg = two.take(
        [&](const RealtimeMessage &m) { return isChange(m) && m.topic == "realtime:org:2"_L1; });
    const auto onWedding = two.take([&](const RealtimeMessage &m) {
        return isChange(m) && m.topic == "realtime:wedding:w2"_L1;
    });
    QVERIFY(onOrg && onWedding);
    QVERIFY(one.nothingFor(isChange));
}

void TestRealtimeChannels::tokenRefresh()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s}, f.clock.now().addSecs(60));
    f.authorizer.grant(u"t2"_s, u"u1"_s, {u"org:1"_s}, f.clock.now().addSecs(3600));
    f.authorizer.grant(u"demoted"_s, u"u1"_s, {u"org:2"_s}, f.clock.now().addSecs(3600));
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1, {}, {{u"access_token"_s, u"t1"_s}}));

    // A good token: no reply, and the channel outlives the old token's expiry.
    const QString ref
        = client.push(Org1, u"access_token"_s, QJsonObject {{u"access_token"_s, u"t2"_s}});
    QVERIFY(client.nothingFor([&](const RealtimeMessage &m) { return m.ref == ref; }));
    f.clock.advanceSecs(120);
    f.hub->runHousekeeping();
    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"still-here"_s, QJsonObject()));
    QVERIFY(client.take(isBroadcast));

    // A token that no longer grants the topic shuts the channel down.
    client.push(Org1, u"access_token"_s, QJsonObject {{u"access_token"_s, u"demoted"_s}});
    const auto system = client.takeEvent(Org1, u"system"_s);
    QVERIFY(system);
    QCOMPARE(system->payload.toObject().value(u"status"_s), QJsonValue(u"error"_s));
    QVERIFY(system->payload.toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"no longer have permission"_s));
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));

    // A forged token does too.
    QVERIFY(client.joinOk(Org1, {}, {{u"access_token"_s, u"t2"_s}}));
    client.push(Org1, u"access_token"_s, QJsonObject {{u"access_token"_s, u"forged"_s}});
    QVERIFY(client.takeEvent(Org1, u"system"_s));
    QVERIFY(client.takeEvent(Org1, u"phx_close"_s));
    QVERIFY(client.isConnected());
}

void TestRealtimeChannels::expiredTokenClosesChannels()
{
    HubFixture f;
    f.authorizer.grant(u"short"_s, u"u1"_s, {u"org:1"_s, u"user:u1"_s}, f.clock.now().addSecs(30));
    TestClient client;
    QVERIFY(client.open(f.url(u"short"_s)));
    QVERIFY(client.joinOk(Org1));
    QVERIFY(client.joinOk(u"realtime:user:u1"_s));
    const QString joinRef = client.joinRef(Org1).value();

    f.clock.advanceSecs(31);
    const auto system = client.takeEvent(Org1, u"system"_s);
    QVERIFY(system);
    const QJsonObject body = system->payload.toObject();
    QCOMPARE(body.value(u"extension"_s), QJsonValue(u"system"_s));
    QCOMPARE(body.value(u"status"_s), QJsonValue(u"error"_s));
    QCOMPARE(body.value(u"message"_s), QJsonValue(u"Token has expired 1 seconds ago"_s));
    QCOMPARE(body.value(u"channel"_s), QJsonValue(u"org:1"_s));
    const auto close = client.takeEvent(Org1, u"phx_close"_s);
    QVERIFY(close);
    QCOMPARE(close->ref.value(), joinRef);
    QVERIFY(client.takeEvent(u"realtime:user:u1"_s, u"phx_close"_s));

    // The socket stays; joining again needs a fresh token.
    QVERIFY(client.isConnected());
    const auto refused = client.takeReply(client.join(Org1));
    QVERIFY(replyResponse(*refused).value(u"reason"_s).toString().startsWith(u"token_expired"_s));
    f.authorizer.grant(u"fresh"_s, u"u1"_s, {u"org:1"_s}, f.clock.now().addSecs(3600));
    QVERIFY(client.joinOk(Org1, {}, {{u"access_token"_s, u"fresh"_s}}));
}

QTEST_GUILESS_MAIN(TestRealtimeChannels)
#include "tst_realtimechannels.moc"
