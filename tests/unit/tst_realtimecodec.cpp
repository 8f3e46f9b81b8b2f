// The Realtime wire codec: both serializer versions, binary user broadcasts, and every kind
// of malformed input turning into an error rather than a crash.
#include "RealtimeCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wedsync;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

// The worked example of the reference: realtime-js ≥ 2.85 sending
// channel.send({type:'broadcast', event:'cursor-pos', payload:{x:1,y:2}}).
QByteArray cursorPush()
{
    return bytes({3, 1, 1, 14, 10, 0, 1}) + "1" + "3" + "realtime:room1" + "cursor-pos"
        + R"({"x":1,"y":2})";
}

} // namespace

class TestRealtimeCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vsnNames();
    void decodesV1Object();
    void encodesV1ServerFrameWithoutJoinRef();
    void encodesV1ClientFrameWithJoinRef();
    void decodesV2ArrayIgnoringExtraElements();
    void encodesV2WithNullRefs();
    void roundTripsBothVersions_data();
    void roundTripsBothVersions();
    void refusesMalformedText_data();
    void refusesMalformedText();
    void decodesKind3Push();
    void decodesKind3WithMetadataAndBinaryPayload();
    void refusesBadBinary_data();
    void refusesBadBinary();
    void encodesKind4LikeTheReference();
    void kind4RoundTripAndFieldLimits();
    void parsesScalarJsonValues();
};

void TestRealtimeCodec::vsnNames()
{
    QCOMPARE(parseRealtimeVsn(QString()).value(), RealtimeVsn::V1);
    QCOMPARE(parseRealtimeVsn(u"1.0.0"_s).value(), RealtimeVsn::V1);
    QCOMPARE(parseRealtimeVsn(u"2.0.0"_s).value(), RealtimeVsn::V2);
    const auto bad = parseRealtimeVsn(u"3.0.0"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, u"unsupported_vsn"_s);
    QVERIFY(bad.error().message.contains(u"3.0.0"_s));
    QCOMPARE(realtimeVsnName(RealtimeVsn::V2), u"2.0.0"_s);
}

void TestRealtimeCodec::decodesV1Object()
{
    const auto m = RealtimeCodec::decodeText(
        RealtimeVsn::V1,
        R"({"topic":"realtime:room1","event":"phx_join","payload":{"config":{}},"ref":"1","join_ref":"1"})");
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->topic, u"realtime:room1"_s);
    QCOMPARE(m->event, u"phx_join"_s);
    QCOMPARE(m->ref, std::optional<QString>(u"1"_s));
    QCOMPARE(m->joinRef, std::optional<QString>(u"1"_s));
    QVERIFY(m->payload.toObject().contains(u"config"_s));

    const auto heartbeat = RealtimeCodec::decodeText(
        RealtimeVsn::V1, R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":"7"})");
    QVERIFY(heartbeat);
    QVERIFY(!heartbeat->joinRef);
}

void TestRealtimeCodec::encodesV1ServerFrameWithoutJoinRef()
{
    const RealtimeMessage m {u"1"_s, u"6"_s, u"realtime:room1"_s, u"phx_reply"_s,
                             QJsonObject {{u"status"_s, u"ok"_s}}};
    const QJsonObject o
        = QJsonDocument::fromJson(
              RealtimeCodec::encodeText(RealtimeVsn::V1, m, RealtimeDirection::ServerToClient))
              .object();
    QVERIFY(!o.contains(u"join_ref"_s));
    QCOMPARE(o.value(u"ref"_s), QJsonValue(u"6"_s));
    QCOMPARE(o.value(u"topic"_s), QJsonValue(u"realtime:room1"_s));

    const RealtimeMessage broadcast {{}, {}, u"realtime:room1"_s, u"broadcast"_s, QJsonObject {}};
    const QJsonObject b
        = QJsonDocument::fromJson(RealtimeCodec::encodeText(RealtimeVsn::V1, broadcast,
                                                            RealtimeDirection::ServerToClient))
              .object();
    QVERIFY(b.value(u"ref"_s).isNull());
}

void TestRealtimeCodec::encodesV1ClientFrameWithJoinRef()
{
    const RealtimeMessage m {u"1"_s, u"1"_s, u"realtime:room1"_s, u"phx_join"_s, QJsonObject {}};
    const QJsonObject o
        = QJsonDocument::fromJson(
              RealtimeCodec::encodeText(RealtimeVsn::V1, m, RealtimeDirection::ClientToServer))
              .object();
    QCOMPARE(o.value(u"join_ref"_s), QJsonValue(u"1"_s));
}

void TestRealtimeCodec::decodesV2ArrayIgnoringExtraElements()
{
    const auto m = RealtimeCodec::decodeText(RealtimeVsn::V2,
                                             R"([null,"3","phoenix","heartbeat",{},"extra",42])");
    QVERIFY(m);
    QVERIFY(!m->joinRef);
    QCOMPARE(m->ref.value(), u"3"_s);
    QCOMPARE(m->topic, u"phoenix"_s);
    QCOMPARE(m->event, u"heartbeat"_s);
}

void TestRealtimeCodec::encodesV2WithNullRefs()
{
    const RealtimeMessage m {
        {}, {}, u"realtime:room1"_s, u"broadcast"_s, QJsonObject {{u"type"_s, u"broadcast"_s}}};
    QCOMPARE(RealtimeCodec::encodeText(RealtimeVsn::V2, m, RealtimeDirection::ServerToClient),
             QByteArray(R"([null,null,"realtime:room1","broadcast",{"type":"broadcast"}])"));
}

void TestRealtimeCodec::roundTripsBothVersions_data()
{
    QTest::addColumn<int>("vsnNumber");
    QTest::newRow("1.0.0") << int(RealtimeVsn::V1);
    QTest::newRow("2.0.0") << int(RealtimeVsn::V2);
}

void TestRealtimeCodec::roundTripsBothVersions()
{
    QFETCH(int, vsnNumber);
    const auto vsn = static_cast<RealtimeVsn>(vsnNumber);
    const RealtimeMessage m {
        u"12"_s, u"13"_s, u"realtime:wedding:ü"_s, u"presence"_s,
        QJsonObject {{u"type"_s, u"presence"_s}, {u"payload"_s, QJsonArray {1, u"zwei"_s, true}}}};
    const auto back = RealtimeCodec::decodeText(
        vsn, RealtimeCodec::encodeText(vsn, m, RealtimeDirection::ClientToServer));
    QVERIFY(back);
    QCOMPARE(back.value(), m);
}

void TestRealtimeCodec::refusesMalformedText_data()
{
    QTest::addColumn<int>("vsn");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    const int v1 = int(RealtimeVsn::V1);
    const int v2 = int(RealtimeVsn::V2);
    QTest::newRow("v1 empty") << v1 << QByteArray() << u"malformed_json"_s;
    QTest::newRow("v1 truncated") << v1 << QByteArray(R"({"topic":)") << u"malformed_json"_s;
    QTest::newRow("v1 array") << v1 << QByteArray(R"([null,"1","t","e",{}])") << u"not_an_object"_s;
    QTest::newRow("v1 numeric ref")
        << v1 << QByteArray(R"({"topic":"t","event":"e","payload":{},"ref":1})")
        << u"invalid_field"_s;
    QTest::newRow("v1 no topic") << v1 << QByteArray(R"({"event":"e","payload":{},"ref":"1"})")
                                 << u"invalid_field"_s;
    QTest::newRow("v1 no payload")
        << v1 << QByteArray(R"({"topic":"t","event":"e","ref":"1"})") << u"invalid_field"_s;
    QTest::newRow("v2 object") << v2 << QByteArray(R"({"topic":"t"})") << u"not_an_array"_s;
    QTest::newRow("v2 four elements")
        << v2 << QByteArray(R"([null,"1","phoenix","heartbeat"])") << u"wrong_arity"_s;
    QTest::newRow("v2 empty array") << v2 << QByteArray("[]") << u"wrong_arity"_s;
    QTest::newRow("v2 numeric topic")
        << v2 << QByteArray(R"([null,"1",5,"heartbeat",{}])") << u"invalid_field"_s;
    QTest::newRow("v2 object ref")
        << v2 << QByteArray(R"([null,{},"t","e",{}])") << u"invalid_field"_s;
    QTest::newRow("garbage") << v2 << QByteArray("\xff\xfe<script>") << u"malformed_json"_s;
    QTest::newRow("too large") << v2 << QByteArray(2 * 1024 * 1024, ' ') << u"frame_too_large"_s;
}

void TestRealtimeCodec::refusesMalformedText()
{
    QFETCH(int, vsn);
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    const auto m = RealtimeCodec::decodeText(static_cast<RealtimeVsn>(vsn), frame);
    QVERIFY(!m);
    QCOMPARE(m.error().code, code);
    QVERIFY(!m.error().message.isEmpty());
}

void TestRealtimeCodec::decodesKind3Push()
{
    const auto b = RealtimeCodec::decodeBinary(cursorPush(), RealtimeDirection::ClientToServer);
    QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
    QCOMPARE(b->joinRef.value(), u"1"_s);
    QCOMPARE(b->ref.value(), u"3"_s);
    QCOMPARE(b->topic, u"realtime:room1"_s);
    QCOMPARE(b->userEvent, u"cursor-pos"_s);
    QVERIFY(b->metadata.isEmpty());
    QCOMPARE(b->encoding, RealtimeUserBroadcast::Encoding::Json);

    const auto m = RealtimeCodec::toBroadcastMessage(b.value());
    QVERIFY(m);
    QCOMPARE(m->event, u"broadcast"_s);
    QCOMPARE(m->ref.value(), u"3"_s);
    const QJsonObject body = m->payload.toObject();
    QCOMPARE(body.value(u"type"_s), QJsonValue(u"broadcast"_s));
    QCOMPARE(body.value(u"event"_s), QJsonValue(u"cursor-pos"_s));
    QCOMPARE(body.value(u"payload"_s).toObject().value(u"y"_s).toInt(), 2);
}

void TestRealtimeCodec::decodesKind3WithMetadataAndBinaryPayload()
{
    const QByteArray meta = R"({"k":"v"})";
    const QByteArray frame
        = bytes({3, 0, 0, 1, 1, int(meta.size()), 0}) + "t" + "e" + meta + bytes({0, 1, 2});
    const auto b = RealtimeCodec::decodeBinary(frame, RealtimeDirection::ClientToServer);
    QVERIFY(b);
    QVERIFY(!b->joinRef);
    QVERIFY(!b->ref);
    QCOMPARE(b->metadata.value(u"k"_s), QJsonValue(u"v"_s));
    QCOMPARE(b->encoding, RealtimeUserBroadcast::Encoding::Binary);
    QCOMPARE(b->payload, bytes({0, 1, 2}));
    const auto m = RealtimeCodec::toBroadcastMessage(b.value());
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"binary_payload_unsupported"_s);
}

void TestRealtimeCodec::refusesBadBinary_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"truncated_frame"_s;
    QTest::newRow("kind 4 from a client")
        << QByteArray(bytes({4, 1, 1, 0, 1}) + "te") << u"unsupported_binary_kind"_s;
    QTest::newRow("kind 0") << bytes({0, 1, 1, 1, 1, 0, 1}) << u"unsupported_binary_kind"_s;
    QTest::newRow("short header") << bytes({3, 1, 1, 14}) << u"truncated_frame"_s;
    QTest::newRow("old 5-byte header (realtime-js 2.81–2.84)")
        << QByteArray(bytes({3, 1, 1, 14, 10, 1}) + "13realtime:room1cursor-pos{}")
        << u"invalid_field"_s;
    QTest::newRow("fields cut off") << cursorPush().left(20) << u"truncated_frame"_s;
    QTest::newRow("bad encoding") << QByteArray(bytes({3, 0, 0, 1, 1, 0, 9}) + "te")
                                  << u"invalid_field"_s;
    QTest::newRow("bad utf-8 topic")
        << QByteArray(bytes({3, 0, 0, 1, 1, 0, 1}) + "\xff" + "e{}") << u"invalid_field"_s;
    QTest::newRow("metadata not an object")
        << QByteArray(bytes({3, 0, 0, 1, 1, 2, 1}) + "te" + "[]" + "{}") << u"invalid_field"_s;
    QTest::newRow("oversize") << QByteArray(bytes({3, 0, 0, 1, 1, 0, 1}) + "te"
                                            + QByteArray(2'000'000, ' '))
                              << u"frame_too_large"_s;
}

void TestRealtimeCodec::refusesBadBinary()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    const auto b = RealtimeCodec::decodeBinary(frame, RealtimeDirection::ClientToServer);
    QVERIFY(!b);
    QCOMPARE(b.error().code, code);
    QVERIFY(!b.error().message.isEmpty());
}

void TestRealtimeCodec::encodesKind4LikeTheReference()
{
    RealtimeUserBroadcast b;
    b.topic = u"realtime:room1"_s;
    b.userEvent = u"cursor-pos"_s;
    b.payload = R"({"x":1,"y":2})";
    const auto frame = RealtimeCodec::encodeUserBroadcast(b);
    QVERIFY(frame);
    QCOMPARE(frame->size(), 42);
    QCOMPARE(frame.value(),
             QByteArray(bytes({4, 14, 10, 0, 1}) + "realtime:room1" + "cursor-pos"
                        + R"({"x":1,"y":2})"));
}

void TestRealtimeCodec::kind4RoundTripAndFieldLimits()
{
    RealtimeUserBroadcast b;
    b.topic = u"realtime:org:1"_s;
    b.userEvent = u"saved"_s;
    b.metadata = QJsonObject {{u"seq"_s, 17}};
    b.payload = "[1,2]";
    const auto frame = RealtimeCodec::encodeUserBroadcast(b);
    QVERIFY(frame);
    const auto back = RealtimeCodec::decodeBinary(frame.value(), RealtimeDirection::ServerToClient);
    QVERIFY(back);
    QCOMPARE(back.value(), b);
    // A client must not be fooled by a server frame of the client's kind.
    QVERIFY(!RealtimeCodec::decodeBinary(frame.value(), RealtimeDirection::ClientToServer));

    b.topic = QString(256, u'x');
    const auto tooLong = RealtimeCodec::encodeUserBroadcast(b);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, u"field_too_long"_s);
}

void TestRealtimeCodec::parsesScalarJsonValues()
{
    QCOMPARE(RealtimeCodec::parseJsonValue("42").value(), QJsonValue(42));
    QCOMPARE(RealtimeCodec::parseJsonValue(R"("hi")").value(), QJsonValue(u"hi"_s));
    QVERIFY(RealtimeCodec::parseJsonValue("null").value().isNull());
    QVERIFY(!RealtimeCodec::parseJsonValue("1,2"));
    QVERIFY(!RealtimeCodec::parseJsonValue(""));
    QVERIFY(!RealtimeCodec::parseJsonValue("]"));
}

QTEST_GUILESS_MAIN(TestRealtimeCodec)
#include "tst_realtimecodec.moc"
