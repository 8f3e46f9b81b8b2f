#pragma once
// Watches one connection's bytes ahead of Qt HttpServer's parser and refuses what the parser
// would take too leniently or too late:
// - framing (http/RequestHead): malformed heads, ambiguous lengths, missing or doubled Host,
//   bare CR/LF: 400 and close, so that nothing after the refused head runs as a request;
// - sizes: a declared body over the limit 413 before it is buffered, a head over 64 KiB 431,
//   a chunked body 411 (our clients always send Content-Length);
// - time: a head not complete within the header timeout, or a body that stops arriving for
//   the idle timeout, 408; a connection idle between requests for the idle timeout is closed;
// - "Connection: close" (and HTTP/1.0 without keep-alive): closed once answered;
// - order: answers leave in request order, also when one is given later (http/PendingAnswer):
//   the server takes a ticket per request and hands each answer in with it; a connection with
//   an answer still to come is neither timed out nor closed. A request that may change
//   something waits to be dispatched until the answers before it are written, and the requests
//   behind it wait their turn (mustWaitTurn, dispatchInTurn).
//
// Why below the parser: Qt HttpServer 6.4 buffers a whole request body in memory before the
// server sees it, accepts bare-LF lines, obs-fold and duplicate lengths, and has no timeouts.
// It relies on the 6.4 parser reading every readyRead chunk completely (in a transaction), so
// that peek() here always shows exactly the bytes that just arrived. It is connected before
// the HTTP server's own readyRead handler. After a WebSocket upgrade (watchFrames()) the HTTP
// rules and timers stop; it follows the client's frames (http/ClientFrameScanner) and closes
// with 1002 on an unmasked one before the WebSocket sees it.
// It holds its connection's place in the per-address tally until the socket is gone.

#include "http/ClientFrameScanner.h"
#include "http/ConnectionLimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

#include <map>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace wedsync::server {

class ConnectionTally;

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

    // Becomes a child of `socket` and watches it from now on. `tally` (may be null) is told
    // when the socket is gone.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits,
                    std::shared_ptr<ConnectionTally> tally);
    ~ConnectionGuard() override;

    // The connection is now a WebSocket: its timers are the realtime hub's; only the masking
    // of the client's frames is still checked here.
    void watchFrames();
    // The place of the next request's answer; sendAnswer() writes it once every earlier
    // answer is written.
    quint64 reserveAnswer() { return m_ticketsIssued++; }
    void sendAnswer(quint64 ticket, const QByteArray &bytes);
    bool answersPending() const { return m_ticketsWritten < m_ticketsIssued; }
    // Whether the request of `ticket` must wait for the answers before it: a request that is
    // not safe (RFC 9110: it may change something) while an earlier answer is still to come
    // (a read on a reader thread, a login) — run now, it could change what that earlier read
    // shows —, any request behind an unsafe one whose answer is still to come (a write on a
    // writer thread: run now, a read could miss it), and any request behind one that waits, so
    // that none overtakes another. Called once per request, in ticket order.
    bool mustWaitTurn(quint64 ticket, bool safe)
    {
        const bool behindWrite = m_lastUnsafe && *m_lastUnsafe >= m_ticketsWritten;
        if (!safe)
            m_lastUnsafe = ticket;
        return !m_waitingTurn.empty() || behindWrite || (!safe && ticket > m_ticketsWritten);
    }
    // Runs `dispatch` from the event loop once every answer before `ticket` is written, in
    // ticket order; dropped with the connection.
    void dispatchInTurn(quint64 ticket, std::function<void()> dispatch);

    // Answers at once with this error and closes (e.g. too many connections).
    void refuseNow(int status, const QByteArray &reason, const QString &code,
                   const QString &message, const QByteArray &extraHeaders = {});

private:
    enum class State { Idle, Head, Body, Frames, Refused, Released };
    void startNextInTurn();

    void inspect();
    void inspectFrames();
    void refuseFrames();
    void consume(const QByteArray &chunk);
    bool hasStrayLineBreak(qsizetype from, qsizetype to) const;
    void onHead(const QByteArray &head);
    void expectNextRequest();
    void onDeadline();
    void refuse(int status, const QByteArray &reason, const QString &code, const QString &message,
                qint64 bodyBytesToDrain, const QByteArray &extraHeaders = {});
    void drain();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    std::shared_ptr<ConnectionTally> m_tally;
    QHostAddress m_peer;
    State m_state = State::Idle;
    QByteArray m_headerBuffer;
    qint64 m_streamSeen = 0; // bytes of the stream inspected so far
    qint64 m_lastHeadEnd = 0; // where in the stream the last complete request head ended
    ClientFrameScanner m_frames;
    qint64 m_bodyRemaining = 0;
    bool m_closeAfterAnswer = false;
    qint64 m_drainRemaining = 0;
    QTimer m_deadline;
    quint64 m_ticketsIssued = 0;
    quint64 m_ticketsWritten = 0;
    std::map<quint64, QByteArray> m_waitingAnswers; // ready, behind one still to come
    std::map<quint64, std::function<void()>> m_waitingTurn; // requests not yet dispatched
    std::optional<quint64> m_lastUnsafe; // the ticket of the last request that may change data
    bool m_closeWhenAnswered = false;
};

} // namespace wedsync::server
