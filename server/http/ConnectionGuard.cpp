#include "http/ConnectionGuard.h"

#include "common/Ids.h"
#include "http/ApiResponse.h"
#include "http/ConnectionTally.h"
#include "http/HttpLogging.h"
#include "http/RequestHead.h"
#include "http/SocketStreamPosition.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// We read and drop at most this much of a refused body so that the client sees our answer
// (closing with unread data makes the kernel send a reset that can swallow the response).
constexpr qint64 MaxDrainBytes = 64LL * 1024 * 1024;
constexpr std::chrono::seconds DrainTimeout {10};

// A close frame from the server (unmasked): status 1002, protocol error, with its reason.
QByteArray protocolErrorClose(QByteArrayView reason)
{
    QByteArray frame;
    frame += char(0x88); // FIN, close
    frame += char(2 + reason.size());
    frame += char(1002 >> 8);
    frame += char(1002 & 0xff);
    frame += reason;
    return frame;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits,
                                 std::shared_ptr<ConnectionTally> tally)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_tally(std::move(tally))
    , m_peer(socket->peerAddress())
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    // A connection that never speaks has as long as a slow head, no more.
    m_deadline.start(m_limits.headerTimeout);
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_tally)
        m_tally->release(m_peer);
}

void ConnectionGuard::watchFrames()
{
    m_deadline.stop();
    // Frames start right after the upgrade request's head (which has no body).
    m_state = State::Frames;
    m_streamSeen = m_lastHeadEnd;
    // Qt HttpServer 6.4 cuts every connection of the socket once this request is handled and
    // gives it to its WebSocket server: listen again from the next event loop turn, before the
    // client (which waits for the handshake answer still being written) can send a frame.
    // The WebSocket reads its frames in a queued slot, so this one looks at them first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state == State::Frames)
                connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
        },
        Qt::QueuedConnection);
}

void ConnectionGuard::inspect()
{
    if (m_state == State::Frames) {
        inspectFrames();
        return;
    }
    if (m_state == State::Refused || m_state == State::Released)
        return;
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    consume(chunk);
    m_streamSeen += chunk.size();
}

void ConnectionGuard::inspectFrames()
{
    // The WebSocket may leave part of a frame unread, so the read buffer does not start where
    // the last look ended; the kernel's count says where it starts.
    const auto taken = bytesTakenFromKernel(m_socket->socketDescriptor());
    const qint64 available = m_socket->bytesAvailable();
    if (!taken || *taken - available > m_streamSeen) {
        qCDebug(lcHttp).noquote() << "no longer following the frames from" << m_peer.toString();
        m_state = State::Released;
        disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        return;
    }
    const qint64 start = *taken - available;
    const QByteArray fresh = m_socket->peek(available).mid(m_streamSeen - start);
    m_streamSeen = *taken;
    if (m_frames.feed(fresh) == ClientFrameScanner::Verdict::Unmasked)
        refuseFrames();
}

void ConnectionGuard::refuseFrames()
{
    qCInfo(lcHttp).noquote() << "closing WebSocket from" << m_peer.toString()
                             << ": an unmasked client frame";
    m_state = State::Refused;
    // The WebSocket must not act on the unmasked frame: take the bytes away from it.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->write(protocolErrorClose("Client frames must be masked (RFC 6455, section 5.1)."));
    m_drainRemaining = 0;
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    m_deadline.start(DrainTimeout);
    drain();
}

bool ConnectionGuard::hasStrayLineBreak(qsizetype from, qsizetype to) const
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < to; ++i) {
        const char c = m_headerBuffer.at(i);
        if (c == '\n' && (i == 0 || m_headerBuffer.at(i - 1) != '\r'))
            return true;
        if (c == '\r' && i + 1 < m_headerBuffer.size() && m_headerBuffer.at(i + 1) != '\n')
            return true;
    }
    return false;
}

void ConnectionGuard::consume(const QByteArray &chunk)
{
    qsizetype at = 0;
    while (at < chunk.size() && (m_state != State::Refused && m_state != State::Released)) {
        if (m_state == State::Body) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, chunk.size() - at);
            m_bodyRemaining -= take;
            at += take;
            if (m_bodyRemaining == 0)
                expectNextRequest();
            else
                m_deadline.start(m_limits.idleTimeout); // the body is still coming
            continue;
        }
        if (m_state == State::Idle) {
            m_state = State::Head;
            m_deadline.start(m_limits.headerTimeout);
        }
        // Head: collect until the blank line, checking line breaks as they arrive, before the
        // HTTP parser (which takes a bare LF for a line end) can act on them.
        const qsizetype before = m_headerBuffer.size();
        m_headerBuffer += chunk.mid(at);
        const qsizetype end = m_headerBuffer.indexOf("\r\n\r\n", qMax<qsizetype>(before - 3, 0));
        const qsizetype checkedEnd = end < 0 ? m_headerBuffer.size() : end + 4;
        if (hasStrayLineBreak(before - 1, checkedEnd)) {
            refuse(400, QByteArrayLiteral("Bad Request"), u"bad_request"_s,
                   u"Lines of a request head must end in CR LF."_s, 0);
            drain();
            return;
        }
        if ((end < 0 && m_headerBuffer.size() > MaxHeaderBytes) || end + 4 > MaxHeaderBytes) {
            refuse(431, QByteArrayLiteral("Request Header Fields Too Large"),
                   u"headers_too_large"_s, u"The request headers are too large."_s, 0);
            drain();
            return;
        }
        if (end < 0)
            return;
        const qsizetype headEnd = end + 4;
        const QByteArray head = m_headerBuffer.left(headEnd);
        m_headerBuffer.clear();
        at += headEnd - before;
        m_lastHeadEnd = m_streamSeen + at;
        onHead(head);
        if (m_state == State::Refused) {
            // The socket now holds exactly this chunk: drop its head, drain what follows.
            m_socket->skip(at);
            drain();
        }
    }
}

void ConnectionGuard::onHead(const QByteArray &headBytes)
{
    const auto head = parseRequestHead(headBytes);
    if (!head) {
        // The framing is unknown: nothing after this head can be trusted to be a body.
        refuse(400, QByteArrayLiteral("Bad Request"), head.error().code, head.error().message, 0);
        return;
    }
    if (head->chunked) {
        refuse(411, QByteArrayLiteral("Length Required"), u"length_required"_s,
               u"Send the request body with a Content-Length header."_s, 0);
        return;
    }
    const qint64 length = head->contentLength;
    if (length > m_limits.maxBodyBytes) {
        // A client waiting for "100 Continue" has not sent the body: nothing to drain.
        refuse(
            413, QByteArrayLiteral("Payload Too Large"), u"payload_too_large"_s,
            u"The request body is larger than the limit of %1 bytes."_s.arg(m_limits.maxBodyBytes),
            head->expectsContinue ? 0 : length);
        return;
    }
    if (head->expectsContinue && length > 0)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    // Qt HttpServer 6.4 keeps every connection open; we honour "Connection: close" (and
    // HTTP/1.0 without keep-alive) ourselves once the answer is written.
    const QByteArray connection = head->field("Connection").toLower();
    const auto hasToken = [&](QByteArrayView token) {
        for (const QByteArray &part : connection.split(','))
            if (part.trimmed() == token)
                return true;
        return false;
    };
    m_closeAfterAnswer
        = hasToken("close") || (head->version == "HTTP/1.0" && !hasToken("keep-alive"));
    m_bodyRemaining = length;
    if (length > 0) {
        m_state = State::Body;
        m_deadline.start(m_limits.idleTimeout);
    } else {
        expectNextRequest();
    }
}

void ConnectionGuard::expectNextRequest()
{
    // The HTTP server answers in this same readyRead; from now on the connection is idle.
    m_state = State::Idle;
    m_deadline.start(m_limits.idleTimeout);
    if (m_closeAfterAnswer) {
        m_state = State::Released;
        m_deadline.stop();
        // By then the server has handled the request; its answer may still be to come.
        QTimer::singleShot(0, this, [this] {
            if (answersPending())
                m_closeWhenAnswered = true;
            else
                m_socket->disconnectFromHost();
        });
    }
}

void ConnectionGuard::sendAnswer(quint64 ticket, const QByteArray &bytes)
{
    if (ticket < m_ticketsWritten || m_state == State::Refused)
        return;
    m_waitingAnswers.emplace(ticket, bytes);
    bool wrote = false;
    for (auto it = m_waitingAnswers.begin();
         it != m_waitingAnswers.end() && it->first == m_ticketsWritten;
         it = m_waitingAnswers.erase(it)) {
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->write(it->second);
            wrote = true;
        }
        ++m_ticketsWritten;
    }
    // Out now rather than at the next event loop turn: what the server does after answering
    // (realtime fan-out) must not hold the answer back.
    if (wrote)
        m_socket->flush();
    startNextInTurn();
    if (m_closeWhenAnswered && !answersPending())
        m_socket->disconnectFromHost();
}

void ConnectionGuard::dispatchInTurn(quint64 ticket, std::function<void()> dispatch)
{
    m_waitingTurn.emplace(ticket, std::move(dispatch));
    startNextInTurn();
}

void ConnectionGuard::startNextInTurn()
{
    const auto next = m_waitingTurn.begin();
    if (next == m_waitingTurn.end() || next->first != m_ticketsWritten)
        return;
    // Queued: this may run inside an answer being written, and the request answers here too.
    QMetaObject::invokeMethod(
        this,
        [this, ticket = next->first] {
            const auto found = m_waitingTurn.find(ticket);
            if (found == m_waitingTurn.end())
                return;
            const std::function<void()> dispatch = std::move(found->second);
            m_waitingTurn.erase(found);
            dispatch();
        },
        Qt::QueuedConnection);
}

void ConnectionGuard::onDeadline()
{
    switch (m_state) {
    case State::Idle:
        if (answersPending()) { // the server is still working on its answer
            m_deadline.start(m_limits.idleTimeout);
            break;
        }
        qCDebug(lcHttp).noquote() << "closing idle connection from" << m_peer.toString();
        m_state = State::Released;
        m_socket->disconnectFromHost();
        break;
    case State::Head:
        refuse(408, QByteArrayLiteral("Request Timeout"), u"request_timeout"_s,
               u"The request headers did not arrive within %1 ms."_s.arg(
                   m_limits.headerTimeout.count()),
               0);
        drain();
        break;
    case State::Body:
        refuse(408, QByteArrayLiteral("Request Timeout"), u"request_timeout"_s,
               u"The request body stopped arriving for %1 ms."_s.arg(m_limits.idleTimeout.count()),
               0);
        drain();
        break;
    case State::Refused:
        m_socket->abort(); // the client neither read our answer nor closed
        break;
    case State::Frames: // no timer: the hub's heartbeat watches a WebSocket
    case State::Released:
        break;
    }
}

void ConnectionGuard::refuseNow(int status, const QByteArray &reason, const QString &code,
                                const QString &message, const QByteArray &extraHeaders)
{
    refuse(status, reason, code, message, 0, extraHeaders);
    drain();
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QString &code,
                             const QString &message, qint64 bodyBytesToDrain,
                             const QByteArray &extraHeaders)
{
    // Refused before routing, but still with a request id like every other answer.
    const QString requestId = ids::create();
    qCInfo(lcHttp).noquote() << "refusing request" << requestId << "from" << m_peer.toString()
                             << ":" << status << code;
    m_state = State::Refused;
    // Take the connection away from the HTTP parser (it must not see this request) and drop
    // what it has read so far.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // forgets the chunks the parser already read

    const QJsonObject details
        = status == 413 ? QJsonObject {{u"limit"_s, m_limits.maxBodyBytes}} : QJsonObject {};
    const QByteArray body = ApiResponse::errorBody(code, message, details);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\n"
                "X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n"
        + extraHeaders + "X-Request-Id: " + requestId.toLatin1()
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(response);

    // Beyond MaxDrainBytes reading along is not worth it: close at once.
    m_drainRemaining = bodyBytesToDrain > MaxDrainBytes ? 0 : bodyBytesToDrain;
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    m_deadline.start(DrainTimeout);
    // The current chunk may still be unread in the socket; the caller drains it.
}

void ConnectionGuard::drain()
{
    m_drainRemaining -= m_socket->read(m_socket->bytesAvailable()).size();
    if (m_drainRemaining <= 0) {
        disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
        m_socket->disconnectFromHost();
    }
}

} // namespace wedsync::server
