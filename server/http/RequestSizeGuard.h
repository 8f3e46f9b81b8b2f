#pragma once
// Watches one connection's bytes ahead of the HTTP parser and refuses oversized requests
// before their body is buffered: a declared body over the limit gets 413 payload_too_large,
// a header block over 64 KiB 431, a chunked body 411 (our clients always send Content-Length).
//
// Why below the parser: Qt HttpServer 6.4 buffers a whole request body in memory before the
// server sees it, so a check in the handler alone would let any client fill our memory.
// It relies on the 6.4 parser reading every readyRead chunk completely (in a transaction), so
// that peek() here always shows exactly the bytes that just arrived. It is connected before
// the HTTP server's own readyRead handler; a WebSocket upgrade disconnects it with the rest.

#include <QByteArray>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace wedsync::server {

class RequestSizeGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

    // Becomes a child of `socket` and watches it from now on.
    RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes);

private:
    void inspect();
    void consume(const QByteArray &chunk);
    void onHeaders(const QByteArray &headerBlock);
    void refuse(int status, const QByteArray &reason, const QString &code, const QString &message,
                qint64 bodyBytesToDrain);
    void drain();

    enum class State { Headers, Body, Refused };

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    State m_state = State::Headers;
    QByteArray m_headerBuffer;
    qint64 m_bodyRemaining = 0;
    qint64 m_drainRemaining = 0;
    QTimer m_drainDeadline;
};

} // namespace wedsync::server
