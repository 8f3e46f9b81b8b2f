#pragma once
// A small HTTP/1.1 load generator for the server bench: N keep-alive connections to one server,
// each running its own request loop, with the latency of every measured request. Raw sockets
// rather than QNetworkAccessManager, which opens at most six connections per host in Qt 6.4.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

#include <functional>

namespace wedsync::bench {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpAnswer
{
    int status = 0; // 0: no answer (see error)
    Headers headers;
    QByteArray body;
    QString error;

    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// One keep-alive connection; one request in flight at a time.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpAnswer &)>;

    HttpConnection(const QString &host, quint16 port, const QByteArray &bearerToken);

    bool connectNow(int timeoutMs = 5000);
    // Sends and calls `done` from the event loop with the whole answer.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
              const Headers &headers, Done done);
    // For setting up: sends and waits (no event loop needed).
    HttpAnswer exchange(const QByteArray &method, const QByteArray &path,
                        const QByteArray &body = {}, const Headers &headers = {});

private:
    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const Headers &headers) const;
    void onReadyRead();
    // Takes one complete answer off the buffer, if there is one.
    bool takeAnswer(HttpAnswer *answer);
    void fail(const QString &error);

    QString m_host;
    quint16 m_port;
    QByteArray m_token;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

struct LoadResult
{
    qint64 completed = 0; // measured operations that succeeded
    qint64 failed = 0;
    double seconds = 0;
    QList<qint64> latenciesNs; // of the successful ones
    QString firstError;

    double perSecond() const { return seconds > 0 ? double(completed) / seconds : 0; }
    double percentileMs(double p) const; // p in [0, 1]
};

// One operation of a connection's loop: does its requests and reports the latency of the one
// that counts (and whether it succeeded) through `finished`.
using Step = std::function<void(
    int connection, HttpConnection &http,
    std::function<void(qint64 latencyNs, bool ok, const QString &error)> finished)>;

// GET `path`; a 200 counts.
Step getStep(const QByteArray &path);

// Runs `step` on `connections` connections in loops: `warmupSeconds` unmeasured, then
// `seconds` measured; waits for the requests in flight before returning.
LoadResult runLoad(const QString &host, quint16 port, const QByteArray &bearerToken,
                   int connections, double warmupSeconds, double seconds, const Step &step);

} // namespace wedsync::bench
