// The frame follower behind the unmasked-frame check: masked frames of every length form pass
// in chunks of any size, and the first unmasked frame is caught wherever its header is split.
#include "http/ClientFrameScanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace wedsync::server;

namespace {

QByteArray frame(QByteArrayView payload, bool masked, unsigned char opcode = 0x1)
{
    QByteArray out;
    out += char(0x80 | opcode);
    const char maskBit = masked ? char(0x80) : char(0);
    const auto size = quint64(payload.size());
    if (size < 126) {
        out += char(maskBit | char(size));
    } else if (size <= 0xffff) {
        out += char(maskBit | 126);
        out += char(size >> 8);
        out += char(size & 0xff);
    } else {
        out += char(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            out += char((size >> shift) & 0xff);
    }
    const QByteArray key("\x11\x22\x33\x44", 4);
    if (masked)
        out += key;
    for (qsizetype i = 0; i < payload.size(); ++i)
        out += masked ? char(payload[i] ^ key[i % 4]) : payload[i];
    return out;
}

// Feeds `stream` in chunks of `chunk` bytes (0: random sizes), returns the verdict.
ClientFrameScanner::Verdict feedInChunks(ClientFrameScanner &scanner, const QByteArray &stream,
                                         int chunk)
{
    auto verdict = ClientFrameScanner::Verdict::Fine;
    QRandomGenerator random(7);
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype take = chunk > 0 ? chunk : random.bounded(1, 40);
        verdict = scanner.feed(QByteArrayView(stream).sliced(at, qMin(take, stream.size() - at)));
        at += take;
    }
    return verdict;
}

} // namespace

class TestClientFrameScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedFramesPass_data();
    void maskedFramesPass();
    void unmaskedFrameIsCaught_data();
    void unmaskedFrameIsCaught();
    void payloadThatLooksLikeAHeaderIsSkipped();
};

void TestClientFrameScanner::maskedFramesPass_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << -1;
    QTest::newRow("one byte at a time") << 1;
    QTest::newRow("three bytes") << 3;
    QTest::newRow("random") << 0;
}

void TestClientFrameScanner::maskedFramesPass()
{
    QFETCH(int, chunk);
    QByteArray stream;
    stream += frame("", true);
    stream += frame(QByteArray(125, 'a'), true);
    stream += frame(QByteArray(126, 'b'), true);
    stream += frame(QByteArray(70000, 'c'), true); // the 64-bit length form
    stream += frame("ping", true, 0x9);
    ClientFrameScanner scanner;
    QCOMPARE(feedInChunks(scanner, stream, chunk < 0 ? int(stream.size()) : chunk),
             ClientFrameScanner::Verdict::Fine);
    QCOMPARE(scanner.frames(), 5);
}

void TestClientFrameScanner::unmaskedFrameIsCaught_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<int>("chunk");
    for (const int size : {0, 5, 126, 70000})
        for (const int chunk : {1, 2, 7, 0})
            QTest::addRow("payload %d, chunks of %d", size, chunk) << size << chunk;
}

void TestClientFrameScanner::unmaskedFrameIsCaught()
{
    QFETCH(int, payloadSize);
    QFETCH(int, chunk);
    QByteArray stream
        = frame("hello", true) + frame(QByteArray(payloadSize, 'x'), false) + frame("after", true);
    ClientFrameScanner scanner;
    QCOMPARE(feedInChunks(scanner, stream, chunk), ClientFrameScanner::Verdict::Unmasked);
    QCOMPARE(scanner.frames(), 2); // it stops at the offending frame
}

void TestClientFrameScanner::payloadThatLooksLikeAHeaderIsSkipped()
{
    // A masked frame whose (masked) payload bytes read like an unmasked header is still fine.
    QByteArray payload;
    for (int i = 0; i < 64; ++i)
        payload += char(0x81 ^ 0x11) + char(0x05 ^ 0x22);
    ClientFrameScanner scanner;
    QCOMPARE(scanner.feed(frame(payload, true)), ClientFrameScanner::Verdict::Fine);
    QCOMPARE(scanner.frames(), 1);
}

QTEST_GUILESS_MAIN(TestClientFrameScanner)
#include "tst_clientframescanner.moc"
