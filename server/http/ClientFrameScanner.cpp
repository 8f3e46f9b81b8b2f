#include "http/ClientFrameScanner.h"

#include <algorithm>

namespace wedsync::server {

qsizetype ClientFrameScanner::headerLength() const
{
    // Known once the second byte is in: the mask bit and the 7-bit length.
    const bool masked = (m_header[1] & 0x80) != 0;
    const int length7 = m_header[1] & 0x7f;
    const qsizetype extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
    return 2 + extended + (masked ? 4 : 0);
}

ClientFrameScanner::Verdict ClientFrameScanner::feed(QByteArrayView bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && m_verdict == Verdict::Fine) {
        if (m_payloadLeft > 0) {
            const quint64 take = std::min<quint64>(m_payloadLeft, quint64(bytes.size() - at));
            m_payloadLeft -= take;
            at += qsizetype(take);
            continue;
        }
        m_header[m_headerBytes++] = static_cast<unsigned char>(bytes[at++]);
        if (m_headerBytes < 2 || m_headerBytes < headerLength())
            continue;
        ++m_frames;
        if ((m_header[1] & 0x80) == 0) {
            m_verdict = Verdict::Unmasked;
            break;
        }
        const int length7 = m_header[1] & 0x7f;
        if (length7 < 126) {
            m_payloadLeft = quint64(length7);
        } else {
            const int extended = length7 == 126 ? 2 : 8;
            m_payloadLeft = 0;
            for (int i = 0; i < extended; ++i)
                m_payloadLeft = (m_payloadLeft << 8) | m_header[2 + i];
        }
        m_headerBytes = 0;
    }
    return m_verdict;
}

} // namespace wedsync::server
