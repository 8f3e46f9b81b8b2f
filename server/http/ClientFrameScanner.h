#pragma once
// Follows the frame boundaries of the bytes a WebSocket client sends and says when a frame
// arrives unmasked. RFC 6455 section 5.1: a client masks every frame, and a server that receives
// an unmasked one closes the connection (status 1002). Qt WebSockets 6.4 accepts them silently.
//
// Pure: it sees bytes in order, in chunks of any size, and keeps only a frame header's bytes
// (at most 14) and how much payload is left to skip.

#include <QByteArrayView>

namespace wedsync::server {

class ClientFrameScanner
{
public:
    enum class Verdict { Fine, Unmasked };

    // The next bytes of the stream. Unmasked once a complete frame header without the mask bit
    // has been seen (and from then on).
    Verdict feed(QByteArrayView bytes);

    // How many complete frame headers have been seen.
    qint64 frames() const { return m_frames; }

private:
    qsizetype headerLength() const;

    unsigned char m_header[14] {};
    qsizetype m_headerBytes = 0;
    quint64 m_payloadLeft = 0;
    qint64 m_frames = 0;
    Verdict m_verdict = Verdict::Fine;
};

} // namespace wedsync::server
