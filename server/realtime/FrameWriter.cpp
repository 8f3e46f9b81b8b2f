#include "realtime/FrameWriter.h"

#include "realtime/FrameBatch.h"

#include <QTcpSocket>
#include <QWebSocket>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/socket.h>
#include <sys/types.h>
#endif

namespace wedsync::server {

namespace {

constexpr char FinalTextFrame = char(0x81); // FIN, opcode 1 (text)
constexpr quint8 SixteenBitLength = 126;

// Hands as much of `bytes` to the kernel as it takes now; returns how many bytes it took.
qsizetype sendNow(QTcpSocket &tcp, const QByteArray &bytes)
{
#ifdef Q_OS_LINUX
    const qintptr fd = tcp.socketDescriptor();
    if (fd < 0)
        return 0;
    ssize_t sent = -1;
    do {
        sent
            = ::send(int(fd), bytes.constData(), size_t(bytes.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    // EAGAIN: the kernel's buffer is full. Any other error: Qt meets it again when it writes
    // the bytes from its buffer, and reports it as it does for its own writes.
    return sent > 0 ? qsizetype(sent) : 0;
#else
    Q_UNUSED(tcp);
    Q_UNUSED(bytes);
    return 0;
#endif
}

} // namespace

QByteArray serverTextFrame(QByteArrayView utf8)
{
    Q_ASSERT(utf8.size() <= FrameWriter::MaxDirectPayload);
    const auto size = quint16(utf8.size());
    QByteArray frame;
    frame.reserve(4 + utf8.size());
    frame.append(FinalTextFrame);
    if (size < SixteenBitLength) {
        frame.append(char(size));
    } else {
        frame.append(char(SixteenBitLength));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xFF));
    }
    frame.append(utf8);
    return frame;
}

FrameWriter::FrameWriter(QWebSocket &webSocket, QTcpSocket *tcp, FrameBatch &batch)
    : m_webSocket(webSocket)
    , m_tcp(tcp)
    , m_batch(batch)
{ }

FrameWriter::~FrameWriter()
{
    if (m_inBatch)
        m_batch.forget(*this);
}

bool FrameWriter::writesDirectly(qsizetype size) const
{
    return m_tcp && size <= MaxDirectPayload
        && m_webSocket.state() == QAbstractSocket::ConnectedState
        && m_tcp->state() == QAbstractSocket::ConnectedState;
}

void FrameWriter::writeFrame(const QByteArray &frame)
{
    if (m_queued.isEmpty())
        m_queued = frame; // shared, not copied: most turns carry one message
    else
        m_queued.append(frame);
    if (!m_inBatch) {
        m_inBatch = true;
        m_batch.add(*this);
    }
}

void FrameWriter::writeText(const QByteArray &utf8)
{
    if (writesDirectly(utf8.size())) {
        writeFrame(serverTextFrame(utf8));
        return;
    }
    writeQueued();
    m_webSocket.sendTextMessage(QString::fromUtf8(utf8));
}

void FrameWriter::writeQueued()
{
    m_inBatch = false;
    if (m_queued.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_queued, {});
    // A WebSocket that started closing meanwhile gets nothing after its close frame.
    if (writesDirectly(0))
        send(bytes);
}

void FrameWriter::send(const QByteArray &bytes)
{
    QTcpSocket *tcp = m_tcp.data();
    if (!tcp)
        return; // the connection is gone (writesDirectly() said no)
    const qsizetype sent = tcp->bytesToWrite() == 0 ? sendNow(*tcp, bytes) : 0;
    if (sent == bytes.size())
        return;
    if (sent == 0)
        tcp->write(bytes);
    else
        tcp->write(bytes.constData() + sent, bytes.size() - sent);
}

} // namespace wedsync::server
