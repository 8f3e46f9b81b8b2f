#include "http/RequestSizeGuard.h"

#include "common/Ids.h"
#include "http/ApiResponse.h"
#include "http/HttpLogging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// We read and drop at most this much of a refused body so that the client sees our answer
// (closing with unread data makes the kernel send a reset that can swallow the response).
constexpr qint64 MaxDrainBytes = 64LL * 1024 * 1024;
constexpr int DrainTimeoutMs = 10000;

// Value of a header in a raw header block, or empty.
QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::inspect);
    m_drainDeadline.setSingleShot(true);
    m_drainDeadline.setInterval(DrainTimeoutMs);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] { m_socket->abort(); });
}

void RequestSizeGuard::inspect()
{
    if (m_state == State::Refused)
        return;
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void RequestSizeGuard::consume(const QByteArray &chunk)
{
    qsizetype at = 0;
    while (at < chunk.size() && m_state != State::Refused) {
        if (m_state == State::Body) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, chunk.size() - at);
            m_bodyRemaining -= take;
            at += take;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            continue;
        }
        // Headers: collect until the blank line. Keep the tail of the previous chunk so that
        // a "\r\n\r\n" split across chunks is found.
        const qsizetype before = m_headerBuffer.size();
        m_headerBuffer += chunk.mid(at);
        const qsizetype end = m_headerBuffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_headerBuffer.size() > MaxHeaderBytes) {
                refuse(431, QByteArrayLiteral("Request Header Fields Too Large"),
                       u"headers_too_large"_s, u"The request headers are too large."_s, 0);
                drain();
            }
            return;
        }
        const qsizetype headerEnd = end + 4;
        if (headerEnd > MaxHeaderBytes) {
            refuse(431, QByteArrayLiteral("Request Header Fields Too Large"),
                   u"headers_too_large"_s, u"The request headers are too large."_s, 0);
            drain();
            return;
        }
        const QByteArray block = m_headerBuffer.left(headerEnd);
        m_headerBuffer.clear();
        at += headerEnd - before;
        onHeaders(block);
        if (m_state == State::Refused) {
            // The socket now holds exactly this chunk: drop its header part, drain the body.
            m_socket->skip(at);
            drain();
        }
    }
}

void RequestSizeGuard::onHeaders(const QByteArray &headerBlock)
{
    const QList<QByteArray> lines = headerBlock.split('\n');
    const QByteArray transferEncoding = headerValue(lines, QByteArrayLiteral("Transfer-Encoding"));
    if (!transferEncoding.isEmpty()
        && transferEncoding.compare("identity", Qt::CaseInsensitive) != 0) {
        refuse(411, QByteArrayLiteral("Length Required"), u"length_required"_s,
               u"Send the request body with a Content-Length header."_s, 0);
        return;
    }
    const QByteArray lengthText = headerValue(lines, QByteArrayLiteral("Content-Length"));
    bool ok = true;
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        refuse(400, QByteArrayLiteral("Bad Request"), u"bad_request"_s,
               u"The Content-Length header is not a number."_s, 0);
        return;
    }
    const bool expectsContinue = headerValue(lines, QByteArrayLiteral("Expect"))
                                     .compare("100-continue", Qt::CaseInsensitive)
        == 0;
    if (length > m_maxBodyBytes) {
        // A client waiting for "100 Continue" has not sent the body: nothing to drain.
        refuse(413, QByteArrayLiteral("Payload Too Large"), u"payload_too_large"_s,
               u"The request body is larger than the limit of %1 bytes."_s.arg(m_maxBodyBytes),
               expectsContinue ? 0 : length);
        return;
    }
    if (expectsContinue && length > 0)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    m_bodyRemaining = length;
    m_state = length > 0 ? State::Body : State::Headers;
}

void RequestSizeGuard::refuse(int status, const QByteArray &reason, const QString &code,
                              const QString &message, qint64 bodyBytesToDrain)
{
    // Refused before routing, but still with a request id like every other answer.
    const QString requestId = ids::create();
    qCInfo(lcHttp).noquote() << "refusing request" << requestId << "from"
                             << m_socket->peerAddress().toString() << ":" << status << code;
    m_state = State::Refused;
    // Take the connection away from the HTTP parser (it must not see this request) and drop
    // what it has read so far.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // forgets the chunks the parser already read

    const QJsonObject details
        = status == 413 ? QJsonObject {{u"limit"_s, m_maxBodyBytes}} : QJsonObject {};
    const QByteArray body = ApiResponse::errorBody(code, message, details);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\nX-Request-Id: "
        + requestId.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
    m_socket->write(response);

    // Beyond MaxDrainBytes reading along is not worth it: close at once.
    m_drainRemaining = bodyBytesToDrain > MaxDrainBytes ? 0 : bodyBytesToDrain;
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::drain);
    m_drainDeadline.start();
    // The current chunk is still unread in the socket; consume() skips its headers and drains.
}

void RequestSizeGuard::drain()
{
    m_drainRemaining -= m_socket->read(m_socket->bytesAvailable()).size();
    if (m_drainRemaining <= 0) {
        m_drainDeadline.stop();
        disconnect(m_socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::drain);
        m_socket->disconnectFromHost();
    }
}

} // namespace wedsync::server
