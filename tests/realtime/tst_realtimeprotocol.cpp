// The socket-level protocol with a real QWebSocket client: heartbeat, serializer versions,
// join/leave, refusals, malformed frames and limits, with the server staying up throughout.
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
const QString Org2 = u"realtime:org:2"_s;

bool isProtocolError(const RealtimeMessage &m, const QString &code)
{
    return m.topic == "phoenix"_L1 && m.event == "system"_L1
        && m.payload.toObject().value(u"code"_s).toString() == code;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

} // namespace

class TestRealtimeProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heartbeatV2();
    void heartbeatV1IsTheDefault();
    void unknownVsnIsClosedWithReason();
    void missingOrBadTokenIsClosed();
    void joinEchoesBindingsInOrder();
    void joinOfAnotherTenantIsRefused();
    void unknownTopicIsRefused();
    void leaveRepliesThenCloses();
    void rejoinReplacesTheChannel();
    void malformedTextFrames_data();
    void malformedTextFrames();
    void unknownEvents();
    void badBinaryFrames();
    void hugeFrames();
    void idleTimeout();
    void channelLimit();
    void joinRateLimit();
    void eventRateLimit();
    void payloadLimit();
    void closeAllForAGracefulStop();
};

void TestRealtimeProtocol::heartbeatV2()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    client.sendRaw(R"([null,"1","phoenix","heartbeat",{}])");
    const auto reply = client.takeReply(u"1"_s);
    QVERIFY(reply);
    QVERIFY(!reply->joinRef);
    QCOMPARE(replyStatus(*reply), u"ok"_s);
    // The ref comes back as the same string, never as a number.
    QVERIFY(client.rawFrames().constLast().startsWith(uR"([null,"1","phoenix","phx_reply",)"_s));
}

void TestRealtimeProtocol::heartbeatV1IsTheDefault()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {});
    TestClient client(RealtimeVsn::V1);
    QVERIFY(client.open(f.url(u"t1"_s, QString())));
    client.sendRaw(R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":"7"})");
    const auto reply = client.takeReply(u"7"_s);
    QVERIFY(reply);
    QCOMPARE(replyStatus(*reply), u"ok"_s);
    const QJsonObject raw
        = QJsonDocument::fromJson(client.rawFrames().constLast().toUtf8()).object();
    QVERIFY(!raw.contains(u"join_ref"_s)); // the V1 serializer's server frames have none
    QCOMPARE(raw.value(u"ref"_s), QJsonValue(u"7"_s));
}

void TestRealtimeProtocol::unknownVsnIsClosedWithReason()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {});
    TestClient client;
    client.open(f.url(u"t1"_s, u"3.0.0"_s));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
    QVERIFY2(client.closeReason().contains(u"3.0.0"_s), qPrintable(client.closeReason()));
    QCOMPARE(f.hub->connectionCount(), 0);
}

void TestRealtimeProtocol::missingOrBadTokenIsClosed()
{
    HubFixture f;
    TestClient anonymous;
    anonymous.open(f.url(QString()));
    QVERIFY(anonymous.waitForDisconnected());
    QCOMPARE(anonymous.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(anonymous.closeReason().contains(u"API key is missing"_s));

    TestClient forged;
    forged.open(f.url(u"forged"_s));
    QVERIFY(forged.waitForDisconnected());
    QVERIFY(forged.closeReason().contains(u"not a valid JWT"_s));

    f.authorizer.grant(u"old"_s, u"u1"_s, {}, f.clock.now().addSecs(-5));
    TestClient expired;
    expired.open(f.url(u"old"_s));
    QVERIFY(expired.waitForDisconnected());
    QVERIFY(expired.closeReason().contains(u"expired"_s));
}

void TestRealtimeProtocol::joinEchoesBindingsInOrder()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    const QJsonArray requested {QJsonObject {{u"event"_s, u"UPDATE"_s},
                                             {u"schema"_s, u"public"_s},
                                             {u"table"_s, u"sections"_s},
                                             {u"filter"_s, u"organization_id=eq.1"_s}},
                                QJsonObject {{u"event"_s, u"*"_s},
                                             {u"schema"_s, u"public"_s},
                                             {u"table"_s, u"permissions"_s}}};
    const QString ref
        = client.join(Org1,
                      {{u"broadcast"_s, QJsonObject {{u"ack"_s, false}, {u"self"_s, false}}},
                       {u"presence"_s, QJsonObject {{u"key"_s, u""_s}, {u"enabled"_s, true}}},
                       {u"postgres_changes"_s, requested},
                       {u"private"_s, false}},
                      {{u"access_token"_s, u"t1"_s}, {u"version"_s, u"realtime-js/2.112.2"_s}});
    const auto reply = client.takeReply(ref);
    QVERIFY(reply);
    QCOMPARE(replyStatus(*reply), u"ok"_s);
    QCOMPARE(reply->joinRef.value(), ref);
    QCOMPARE(reply->topic, Org1);
    const QJsonArray echoed = replyResponse(*reply).value(u"postgres_changes"_s).toArray();
    QCOMPARE(echoed.size(), 2);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < requested.size(); ++i) {
        QJsonObject withoutId = echoed.at(i).toObject();
        QVERIFY(withoutId.value(u"id"_s).isDouble());
        ids.insert(withoutId.take(u"id"_s).toInteger());
        QCOMPARE(withoutId, requested.at(i).toObject());
    }
    QCOMPARE(ids.size(), 2);
    QVERIFY(replyResponse(*reply).value(u"seq"_s).toInteger() > 0);

    const auto subscribed = client.takeEvent(Org1, u"system"_s);
    QVERIFY(subscribed);
    QCOMPARE(subscribed->payload.toObject().value(u"extension"_s),
             QJsonValue(u"postgres_changes"_s));
    QCOMPARE(subscribed->payload.toObject().value(u"channel"_s), QJsonValue(u"org:1"_s));
    const auto state = client.takeEvent(Org1, u"presence_state"_s);
    QVERIFY(state);
    QCOMPARE(state->joinRef.value(), ref);
    QVERIFY(state->payload.toObject().isEmpty());
}

void TestRealtimeProtocol::joinOfAnotherTenantIsRefused()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    const auto reply = client.takeReply(client.join(Org2));
    QVERIFY(reply);
    QCOMPARE(replyStatus(*reply), u"error"_s);
    const QString reason = replyResponse(*reply).value(u"reason"_s).toString();
    QVERIFY2(reason.startsWith(u"unauthorized: "_s) && reason.contains(u"org:2"_s),
             qPrintable(reason));

    // The refused topic was never joined, so messages to it are unmatched.
    const auto stray = client.takeReply(client.push(
        Org2, u"broadcast"_s, QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, u"x"_s}}));
    QVERIFY(stray);
    QCOMPARE(replyResponse(*stray).value(u"reason"_s), QJsonValue(u"unmatched topic"_s));
    // A join token that is not valid is refused too, even over a valid socket.
    const auto badToken = client.takeReply(client.join(Org1, {}, {{u"access_token"_s, u"x"_s}}));
    QCOMPARE(replyStatus(*badToken), u"error"_s);
    QVERIFY(client.joinOk(Org1));
}

void TestRealtimeProtocol::unknownTopicIsRefused()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    for (const QString &topic : {u"realtime:room1"_s, u"org:1"_s, u"realtime:"_s}) {
        const auto reply = client.takeReply(client.join(topic));
        QVERIFY(reply);
        QCOMPARE(replyStatus(*reply), u"error"_s);
        QVERIFY(!replyResponse(*reply).value(u"reason"_s).toString().isEmpty());
    }
}

void TestRealtimeProtocol::leaveRepliesThenCloses()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1));
    const QString joinRef = client.joinRef(Org1).value();
    const QString leaveRef = client.push(Org1, u"phx_leave"_s, QJsonObject());
    const auto reply = client.takeReply(leaveRef);
    QVERIFY(reply);
    QCOMPARE(replyStatus(*reply), u"ok"_s);
    const auto close = client.takeEvent(Org1, u"phx_close"_s);
    QVERIFY(close);
    QCOMPARE(close->ref.value(), joinRef);
    QCOMPARE(close->joinRef.value(), joinRef);

    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"after-leave"_s, QJsonObject()));
    QVERIFY(client.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }));
}

void TestRealtimeProtocol::rejoinReplacesTheChannel()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1));
    const QString first = client.joinRef(Org1).value();
    QVERIFY(client.joinOk(Org1));
    const auto close = client.takeEvent(Org1, u"phx_close"_s);
    QVERIFY(close);
    QCOMPARE(close->ref.value(), first);

    QVERIFY(f.hub->broadcastFromServer(u"org:1"_s, u"once"_s, QJsonObject()));
    QVERIFY(client.takeEvent(Org1, u"broadcast"_s));
    QVERIFY(client.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }));
}

void TestRealtimeProtocol::malformedTextFrames_data()
{
    QTest::addColumn<int>("vsn");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    const int v1 = int(RealtimeVsn::V1);
    const int v2 = int(RealtimeVsn::V2);
    QTest::newRow("bad JSON") << v2 << QByteArray(R"([null,"1","phoenix",)") << u"malformed_json"_s;
    QTest::newRow("not JSON at all") << v2 << QByteArray("hello") << u"malformed_json"_s;
    QTest::newRow("wrong arity") << v2 << QByteArray(R"(["1","1","realtime:org:1"])")
                                 << u"wrong_arity"_s;
    QTest::newRow("object under v2")
        << v2 << QByteArray(R"({"topic":"phoenix"})") << u"not_an_array"_s;
    QTest::newRow("array under v1")
        << v1 << QByteArray(R"([null,"1","phoenix","heartbeat",{}])") << u"not_an_object"_s;
    QTest::newRow("numeric ref") << v2 << QByteArray(R"([null,1,"phoenix","heartbeat",{}])")
                                 << u"invalid_field"_s;
    QTest::newRow("scalar") << v1 << QByteArray("42") << u"malformed_json"_s;
}

void TestRealtimeProtocol::malformedTextFrames()
{
    QFETCH(int, vsn);
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    const auto version = static_cast<RealtimeVsn>(vsn);
    TestClient client(version);
    QVERIFY(client.open(f.url(u"t1"_s, realtimeVsnName(version))));
    client.sendRaw(frame);
    const auto error
        = client.take([&](const RealtimeMessage &m) { return isProtocolError(m, code); });
    QVERIFY2(error, qPrintable(client.rawFrames().join(u'\n')));
    QVERIFY(!error->payload.toObject().value(u"message"_s).toString().isEmpty());
    // The connection survives and still works.
    QVERIFY(client.joinOk(Org1));
    QVERIFY(client.isConnected());
}

void TestRealtimeProtocol::unknownEvents()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1));
    const auto unknown = client.takeReply(client.push(Org1, u"shout"_s, QJsonObject()));
    QVERIFY(unknown);
    QVERIFY(replyResponse(*unknown).value(u"reason"_s).toString().startsWith(u"unknown_event"_s));
    const auto phoenix = client.takeReply(client.push(u"phoenix"_s, u"shout"_s, QJsonObject()));
    QCOMPARE(replyResponse(*phoenix).value(u"reason"_s), QJsonValue(u"unmatched topic"_s));
    const auto badBroadcast = client.takeReply(client.push(Org1, u"broadcast"_s, u"text"_s));
    QVERIFY(replyResponse(*badBroadcast)
                .value(u"reason"_s)
                .toString()
                .startsWith(u"invalid_broadcast"_s));
    const auto badPresence = client.takeReply(client.push(
        Org1, u"presence"_s, QJsonObject {{u"type"_s, u"presence"_s}, {u"event"_s, u"dance"_s}}));
    QCOMPARE(replyStatus(*badPresence), u"error"_s);
    const auto listTrack = client.takeReply(client.push(
        Org1, u"presence"_s,
        QJsonObject {
            {u"type"_s, u"presence"_s}, {u"event"_s, u"track"_s}, {u"payload"_s, QJsonArray {1}}}));
    QVERIFY(replyResponse(*listTrack).value(u"reason"_s).toString().contains(u"must be a map"_s));
    QVERIFY(client.isConnected());
}

void TestRealtimeProtocol::badBinaryFrames()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1));

    client.sendBinary(bytes({3, 1, 1, 14}));
    QVERIFY(client.take(
        [](const RealtimeMessage &m) { return isProtocolError(m, u"truncated_frame"_s); }));
    client.sendBinary(QByteArray(bytes({3, 1, 1, 14, 5, 0, 1}) + "1" + "2" + "realtime"));
    QVERIFY(client.take(
        [](const RealtimeMessage &m) { return isProtocolError(m, u"truncated_frame"_s); }));
    client.sendBinary(bytes({0, 1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(client.take(
        [](const RealtimeMessage &m) { return isProtocolError(m, u"unsupported_binary_kind"_s); }));

    // A readable header with a payload that is not JSON is answered on the channel.
    client.sendBinary(QByteArray(bytes({3, 1, 1, 14, 1, 0, 1}) + "1" + "9" + "realtime:org:1" + "e"
                                 + "{not json"));
    const auto reply = client.takeReply(u"9"_s);
    QVERIFY(reply);
    QVERIFY(replyResponse(*reply).value(u"reason"_s).toString().startsWith(u"malformed_json"_s));

    TestClient v1(RealtimeVsn::V1);
    QVERIFY(v1.open(f.url(u"t1"_s, u"1.0.0"_s)));
    v1.sendBinary(QByteArray(bytes({3, 1, 1, 14, 1, 0, 1}) + "1" + "9" + "realtime:org:1" + "e{}"));
    QVERIFY(v1.take([](const RealtimeMessage &m) {
        return isProtocolError(m, u"binary_frame_unsupported"_s);
    }));
    QVERIFY(client.isConnected() && v1.isConnected());
}

void TestRealtimeProtocol::hugeFrames()
{
    RealtimeSettings settings = testSettings();
    settings.maxFrameBytes = 64 * 1024;
    settings.hardMaxFrameBytes = 256 * 1024;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    TestClient bystander;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(bystander.open(f.url(u"t1"_s)));

    // Above the soft limit: an error, and the socket stays usable.
    const QByteArray big
        = R"([null,"1","phoenix","heartbeat",{"pad":")" + QByteArray(100 * 1024, 'x') + R"("}])";
    client.sendRaw(big);
    QVERIFY(client.take(
        [](const RealtimeMessage &m) { return isProtocolError(m, u"frame_too_large"_s); }));
    client.sendBinary(QByteArray(bytes({3, 1, 1, 14, 1, 0, 1}) + "1" + "9" + "realtime:org:1" + "e"
                                 + QByteArray(100 * 1024, ' ')));
    QVERIFY(client.take(
        [](const RealtimeMessage &m) { return isProtocolError(m, u"frame_too_large"_s); }));
    QVERIFY(client.joinOk(Org1));

    // Above the hard limit Qt cuts the socket (1009) without buffering the frame.
    client.sendRaw(QByteArray(R"([null,"2","phoenix","heartbeat",")") + QByteArray(1024 * 1024, 'y')
                   + R"("])");
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    // The server is still up for everyone else.
    bystander.sendRaw(R"([null,"5","phoenix","heartbeat",{}])");
    QVERIFY(bystander.takeReply(u"5"_s));
    TestClient newcomer;
    QVERIFY(newcomer.open(f.url(u"t1"_s)));
    QVERIFY(newcomer.joinOk(Org1));
    QTRY_COMPARE(f.hub->connectionCount(), 2);
}

void TestRealtimeProtocol::idleTimeout()
{
    RealtimeSettings settings = testSettings();
    settings.idleTimeoutMs = 300;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient silent;
    TestClient chatty;
    QVERIFY(silent.open(f.url(u"t1"_s)));
    QVERIFY(chatty.open(f.url(u"t1"_s)));
    QElapsedTimer elapsed;
    elapsed.start();
    int ref = 0;
    while (elapsed.elapsed() < 900) {
        chatty.sendRaw(QByteArray(R"([null,")") + QByteArray::number(++ref)
                       + R"(","phoenix","heartbeat",{}])");
        QTest::qWait(50); // the chatty client's pace, well inside the idle timeout
    }
    QVERIFY(silent.waitForDisconnected(2000));
    QCOMPARE(silent.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QVERIFY(silent.closeReason().contains(u"idle"_s));
    QVERIFY(chatty.isConnected());
    QVERIFY(chatty.takeReply(QString::number(ref)));
}

void TestRealtimeProtocol::channelLimit()
{
    RealtimeSettings settings = testSettings();
    settings.maxChannelsPerConnection = 2;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s, u"org:2"_s, u"user:u1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1));
    QVERIFY(client.joinOk(Org2));
    const auto third = client.takeReply(client.join(u"realtime:user:u1"_s));
    QVERIFY(third);
    QVERIFY(replyResponse(*third).value(u"reason"_s).toString().startsWith(u"too_many_channels"_s));
    // Leaving one makes room again; rejoining a joined topic never counts twice.
    QVERIFY(client.joinOk(Org1));
    client.push(Org2, u"phx_leave"_s, QJsonObject());
    QVERIFY(client.takeEvent(Org2, u"phx_close"_s));
    QVERIFY(client.joinOk(u"realtime:user:u1"_s));
}

void TestRealtimeProtocol::joinRateLimit()
{
    RealtimeSettings settings = testSettings();
    settings.maxJoinsPerSecond = 3;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.joinOk(Org1));
    const auto limited = client.takeReply(client.join(Org1));
    QVERIFY(limited);
    QVERIFY(
        replyResponse(*limited).value(u"reason"_s).toString().startsWith(u"join_rate_limited"_s));
    f.clock.advanceSecs(1);
    QVERIFY(client.joinOk(Org1));
}

void TestRealtimeProtocol::eventRateLimit()
{
    RealtimeSettings settings = testSettings();
    settings.maxEventsPerSecond = 5;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient sender;
    TestClient receiver;
    QVERIFY(sender.open(f.url(u"t1"_s)));
    QVERIFY(receiver.open(f.url(u"t1"_s)));
    QVERIFY(sender.joinOk(Org1));
    QVERIFY(receiver.joinOk(Org1));
    const QJsonObject broadcast {{u"type"_s, u"broadcast"_s}, {u"event"_s, u"tick"_s}};
    for (int i = 0; i < 5; ++i)
        sender.push(Org1, u"broadcast"_s, broadcast);
    const auto limited = sender.takeReply(sender.push(Org1, u"broadcast"_s, broadcast));
    QVERIFY(limited);
    QVERIFY(replyResponse(*limited).value(u"reason"_s).toString().startsWith(u"rate_limited"_s));
    for (int i = 0; i < 5; ++i)
        QVERIFY(receiver.takeEvent(Org1, u"broadcast"_s));
    QVERIFY(
        receiver.nothingFor([](const RealtimeMessage &m) { return m.event == "broadcast"_L1; }));

    // Heartbeats are never limited, and the next second has a fresh budget.
    sender.sendRaw(R"([null,"hb","phoenix","heartbeat",{}])");
    QCOMPARE(replyStatus(*sender.takeReply(u"hb"_s)), u"ok"_s);
    f.clock.advanceSecs(1);
    sender.push(Org1, u"broadcast"_s, broadcast);
    QVERIFY(receiver.takeEvent(Org1, u"broadcast"_s));
}

void TestRealtimeProtocol::payloadLimit()
{
    RealtimeSettings settings = testSettings();
    settings.maxPayloadBytes = 1000;
    HubFixture f(settings);
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient client;
    QVERIFY(client.open(f.url(u"t1"_s)));
    QVERIFY(client.joinOk(Org1, {{u"broadcast"_s, QJsonObject {{u"self"_s, true}}}}));
    const QString big(2000, u'x');
    const auto broadcast = client.takeReply(client.push(
        Org1, u"broadcast"_s,
        QJsonObject {{u"type"_s, u"broadcast"_s}, {u"event"_s, u"e"_s}, {u"payload"_s, big}}));
    QVERIFY(broadcast);
    QVERIFY(
        replyResponse(*broadcast).value(u"reason"_s).toString().startsWith(u"payload_too_large"_s));
    const auto track = client.takeReply(
        client.push(Org1, u"presence"_s,
                    QJsonObject {{u"type"_s, u"presence"_s},
                                 {u"event"_s, u"track"_s},
                                 {u"payload"_s, QJsonObject {{u"bio"_s, big}}}}));
    QVERIFY(replyResponse(*track).value(u"reason"_s).toString().startsWith(u"payload_too_large"_s));
    // A large frame whose payload is small is fine.
    client.push(Org1, u"broadcast"_s,
                QJsonObject {{u"type"_s, u"broadcast"_s},
                             {u"event"_s, u"e"_s},
                             {u"payload"_s, 1},
                             {u"padding"_s, big}});
    QVERIFY(client.takeEvent(Org1, u"broadcast"_s));
}

void TestRealtimeProtocol::closeAllForAGracefulStop()
{
    HubFixture f;
    f.authorizer.grant(u"t1"_s, u"u1"_s, {u"org:1"_s});
    TestClient v1(RealtimeVsn::V1);
    TestClient v2;
    QVERIFY(v1.open(f.url(u"t1"_s, u"1.0.0"_s)));
    QVERIFY(v2.open(f.url(u"t1"_s)));
    QVERIFY(v2.joinOk(Org1));
    QTRY_COMPARE(f.hub->connectionCount(), 2);
    f.hub->closeAll();
    for (TestClient *client : {&v1, &v2}) {
        const auto notice = client->takeEvent(u"phoenix"_s, u"system"_s);
        QVERIFY(notice);
        QCOMPARE(notice->payload.toObject().value(u"message"_s),
                 QJsonValue(u"Server requested disconnect"_s));
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }
    QTRY_COMPARE(f.hub->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestRealtimeProtocol)
#include "tst_realtimeprotocol.moc"
