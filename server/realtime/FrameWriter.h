#pragma once
// Writes the hub's text frames onto a WebSocket's TCP socket itself, so that a message sent to a
// thousand sockets is framed once and costs each socket one send(2). The profile of a fan-out
// through QWebSocket::sendTextMessage (server README, "Realtime CPU") showed Qt spending as
// long as the kernel per delivery: a UTF-8 copy and a frame per socket, then Qt's buffer, a
// write notifier registered and fired, and its signals.
//
// - Server frames are not masked (RFC 6455, section 5.1): FIN, opcode 1, length, payload.
// - Frames wait in the writer until the end of the event loop's turn (FrameBatch), so that
//   the frames of one turn leave together; they keep their order.
// - When Qt holds no bytes for the socket, they go to the kernel at once (non-blocking), as
//   Qt's own unbuffered TCP sockets write; whatever the kernel does not take waits in the
//   socket's Qt buffer and is written when the socket is writable.
// - Otherwise they join Qt's buffer behind what is there. QWebSocket's own frames (pongs, the
//   close frame, messages too large for one frame here) go through that same buffer, so frames
//   never interleave.
// - Without the TCP socket (a WebSocket not upgraded by our HTTP server), or once the WebSocket
//   is closing, text goes to QWebSocket, which frames and checks its state itself.

#include <QByteArray>
#include <QByteArrayView>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace wedsync::server {

class FrameBatch;

// A whole unmasked text frame for `utf8`, which must be at most MaxDirectPayload bytes.
QByteArray serverTextFrame(QByteArrayView utf8);

class FrameWriter
{
public:
    // Payloads above this (a 16-bit length) go through QWebSocket, which fragments large ones.
    static constexpr qsizetype MaxDirectPayload = 0xFFFF;

    // `tcp`: the socket `webSocket` was upgraded from, or null. `batch` must outlive the writer.
    FrameWriter(QWebSocket &webSocket, QTcpSocket *tcp, FrameBatch &batch);
    ~FrameWriter();
    FrameWriter(const FrameWriter &) = delete;
    FrameWriter &operator=(const FrameWriter &) = delete;

    // Whether a payload of `size` bytes is written here (as a frame from serverTextFrame()).
    bool writesDirectly(qsizetype size) const;
    // A frame from serverTextFrame(); only when writesDirectly() said so.
    void writeFrame(const QByteArray &frame);
    // Frames `utf8` here when it can, otherwise hands it to QWebSocket (after what waits here).
    void writeText(const QByteArray &utf8);

    // Bytes waiting here for the end of the turn.
    qsizetype queuedBytes() const { return m_queued.size(); }
    // Writes what waits here now (FrameBatch at the end of the turn; before a close frame).
    void writeQueued();

private:
    void send(const QByteArray &bytes);

    QWebSocket &m_webSocket;
    QPointer<QTcpSocket> m_tcp;
    FrameBatch &m_batch;
    QByteArray m_queued;
    bool m_inBatch = false;
};

} // namespace wedsync::server
