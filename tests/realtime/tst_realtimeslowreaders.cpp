// Clients that read slowly or not at all. The hub writes its frames straight onto each
// connection's TCP socket (realtime/FrameWriter); what the kernel cannot take waits in Qt's
// buffer. A client that stalls and then reads gets every message whole and in order; one that
// never reads is cut off at the hub's ceiling while the others get everything.
// The slow client is a WebSocket client written by hand on QTcpSocket, so that it can stop
// reading (Qt then leaves the bytes in the kernel) and check each frame the hub wrote.
#include "RealtimeCodec.h"
#include "RealtimeTestSupport.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace wedsync;
using namespace wedsync::test;
using namespace Qt::StringLiterals;

namespace {

// More than the kernel holds for one loopback connection once the reader's receive buffer is
// small (the hub's send buffer grows to 4 MiB at most: net.ipv4.tcp_wmem), so Qt's buffer on the
// hub takes the rest (9.4 MiB in all).
constexpr int Messages = 240;
constexpr int PayloadBytes = 40 * 1024; // one frame each: under FrameWriter::MaxDirectPayload
constexpr qint64 ReaderKernelBuffer = 64 * 1024;
const QString OrgTopic = u"realtime:org:1"_s;

struct Frame
{
    bool final = false;
    int opcode = 0;
    bool masked = false;
    QByteArray payload;
};

class RawClient
{
public:
    bool open(quint16 port, const QString &apikey)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption,
                                 ReaderKernelBuffer);
        m_socket.write("GET /realtime/v1/websocket?vsn=2.0.0&apikey=" + apikey.toUtf8()
                       + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n\r\n");
        if (!QTest::qWaitFor([this] {
                m_unparsed += m_socket.readAll();
                return m_unparsed.contains("\r\n\r\n");
            })) {
            return false;
        }
        const qsizetype end = m_unparsed.indexOf("\r\n\r\n") + 4;
        const bool upgraded = m_unparsed.startsWith("HTTP/1.1 101");
        m_unparsed.remove(0, end);
        return upgraded;
    }

    // A masked text frame, as a client must send.
    void sendText(const QByteArray &utf8)
    {
        Q_ASSERT(utf8.size() < 126);
        const char key[4] = {0x12, 0x34, 0x56, 0x78};
        QByteArray frame;
        frame.append(char(0x81));
        frame.append(char(0x80 | utf8.size()));
        frame.append(key, 4);
        for (qsizetype i = 0; i < utf8.size(); ++i)
            frame.append(char(utf8[i] ^ key[i % 4]));
        m_socket.write(frame);
    }

    // Qt keeps at most this much of what arrives; the rest stays in the kernel.
    void stopReading() { m_socket.setReadBufferSize(1024); }
    void resumeReading() { m_socket.setReadBufferSize(0); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Waits until `count` frames have come, and takes them.
    QList<Frame> takeFrames(int count, int timeoutMs)
    {
        [[maybe_unused]] const bool all = QTest::qWaitFor(
            [&] {
                m_unparsed += m_socket.readAll();
                parse();
                return m_frames.size() >= count;
            },
            timeoutMs);
        QList<Frame> taken = m_frames.mid(0, std::min<qsizetype>(count, m_frames.size()));
        m_frames.remove(0, taken.size());
        return taken;
    }

private:
    // RFC 6455, section 5.2.
    void parse()
    {
        while (m_unparsed.size() >= 2) {
            const auto b0 = quint8(m_unparsed[0]);
            const auto b1 = quint8(m_unparsed[1]);
            qsizetype header = 2;
            quint64 length = b1 & 0x7F;
            if (length == 126) {
                if (m_unparsed.size() < 4)
                    return;
                length = (quint64(quint8(m_unparsed[2])) << 8) | quint8(m_unparsed[3]);
                header = 4;
            } else if (length == 127) {
                if (m_unparsed.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | quint8(m_unparsed[i]);
                header = 10;
            }
            const bool masked = b1 & 0x80;
            if (masked)
                header += 4;
            if (quint64(m_unparsed.size()) < header + length)
                return;
            m_frames.append(Frame {bool(b0 & 0x80), b0 & 0x0F, masked,
                                   m_unparsed.mid(header, qsizetype(length))});
            m_unparsed.remove(0, header + qsizetype(length));
        }
    }

    QTcpSocket m_socket;
    QByteArray m_unparsed;
    QList<Frame> m_frames;
};

// Joins, and takes the join's reply and presence state.
bool joinOk(RawClient &client)
{
    client.sendText(R"(["1","1","realtime:org:1","phx_join",{"config":{}}])");
    const QList<Frame> frames = client.takeFrames(2, 5000);
    if (frames.size() != 2)
        return false;
    auto reply = RealtimeCodec::decodeText(RealtimeVsn::V2, frames[0].payload, 1 << 20);
    auto presence = RealtimeCodec::decodeText(RealtimeVsn::V2, frames[1].payload, 1 << 20);
    return reply && reply->event == "phx_reply"_L1 && replyStatus(reply.value()) == "ok"_L1
        && presence && presence->event == "presence_state"_L1;
}

// Opens `slow` and `live` on the hub and joins both to org:1.
bool joinBoth(HubFixture &f, RawClient &slow, TestClient &live)
{
    f.authorizer.grant(u"t"_s, u"u"_s, {u"org:1"_s});
    return slow.open(f.port(), u"t"_s) && joinOk(slow) && live.open(f.url(u"t"_s))
        && live.joinOk(OrgTopic).has_value();
}

// Publishes every message, each once `live` has had the one before: the live client keeps up
// while the slow one falls behind.
QList<RealtimeMessage> publishWhileReading(HubFixture &f, TestClient &live)
{
    const QString filler(PayloadBytes, u'x');
    QList<RealtimeMessage> received;
    for (int i = 0; i < Messages; ++i) {
        if (!f.hub->broadcastFromServer(u"org:1"_s, u"fill"_s,
                                        QJsonObject {{u"i"_s, i}, {u"blob"_s, filler}})) {
            break;
        }
        auto message = live.takeEvent(OrgTopic, u"broadcast"_s, 20'000);
        if (!message)
            break;
        received.append(*message);
    }
    return received;
}

// Each of the messages came once, whole and in order, numbered one after the other.
void checkAllInOrder(const QList<RealtimeMessage> &messages)
{
    QCOMPARE(messages.size(), Messages);
    qint64 seq = 0;
    for (int i = 0; i < Messages; ++i) {
        const QJsonObject payload = messages[i].payload.toObject();
        QCOMPARE(messages[i].event, u"broadcast"_s);
        QCOMPARE(payload[u"payload"_s].toObject()[u"i"_s].toInt(), i);
        QCOMPARE(payload[u"payload"_s].toObject()[u"blob"_s].toString().size(), PayloadBytes);
        const qint64 next = payload[u"meta"_s].toObject()[u"seq"_s].toInteger();
        if (i > 0)
            QCOMPARE(next, seq + 1);
        seq = next;
    }
}

} // namespace

class TestRealtimeSlowReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStalledReaderGetsEveryMessageWholeAndInOrder();
    void aReaderThatNeverReadsIsCutOff();
};

void TestRealtimeSlowReaders::aStalledReaderGetsEveryMessageWholeAndInOrder()
{
    HubFixture f;
    RawClient stalled;
    TestClient live;
    QVERIFY(joinBoth(f, stalled, live));

    stalled.stopReading();
    // The live client gets everything while the stalled one reads nothing.
    checkAllInOrder(publishWhileReading(f, live));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(stalled.isConnected());

    stalled.resumeReading();
    const QList<Frame> frames = stalled.takeFrames(Messages, 30'000);
    QList<RealtimeMessage> messages;
    for (const Frame &frame : frames) {
        // Whole text frames, not masked (RFC 6455: a server never masks).
        QVERIFY(frame.final);
        QCOMPARE(frame.opcode, 1);
        QVERIFY(!frame.masked);
        auto message = RealtimeCodec::decodeText(RealtimeVsn::V2, frame.payload, 1 << 20);
        QVERIFY2(message, frame.payload.left(200).constData());
        messages.append(message.value());
    }
    checkAllInOrder(messages);
}

void TestRealtimeSlowReaders::aReaderThatNeverReadsIsCutOff()
{
    RealtimeSettings settings = testSettings();
    settings.maxPendingOutgoingBytes = 1024 * 1024;
    HubFixture f(settings);
    RawClient deaf;
    TestClient live;
    QVERIFY(joinBoth(f, deaf, live));
    QTRY_COMPARE(f.hub->connectionCount(), 2);

    deaf.stopReading();
    checkAllInOrder(publishWhileReading(f, live));
    if (QTest::currentTestFailed())
        return;
    // Cut off once more than the ceiling waited for it; the live client stays.
    QTRY_COMPARE_WITH_TIMEOUT(f.hub->connectionCount(), 1, 10'000);
    QVERIFY(live.isConnected());
}

QTEST_MAIN(TestRealtimeSlowReaders)
#include "tst_realtimeslowreaders.moc"
