#include "HttpLoad.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace wedsync::bench {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpConnection::HttpConnection(const QString &host, quint16 port, const QByteArray &bearerToken)
    : m_host(host)
    , m_port(port)
    , m_token(bearerToken)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this,
            [this] { fail(u"socket: "_s + m_socket.errorString()); });
}

bool HttpConnection::connectNow(int timeoutMs)
{
    m_socket.connectToHost(m_host, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

QByteArray HttpConnection::request(const QByteArray &method, const QByteArray &path,
                                   const QByteArray &body, const Headers &headers) const
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
        + QByteArray::number(m_port) + "\r\n";
    if (!m_token.isEmpty())
        out += "Authorization: Bearer " + m_token + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method != "GET")
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

void HttpConnection::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          const Headers &headers, Done done)
{
    m_done = std::move(done);
    m_socket.write(request(method, path, body, headers));
}

HttpAnswer HttpConnection::exchange(const QByteArray &method, const QByteArray &path,
                                    const QByteArray &body, const Headers &headers)
{
    m_socket.write(request(method, path, body, headers));
    HttpAnswer answer;
    QDeadlineTimer deadline(30000);
    while (!takeAnswer(&answer)) {
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState) {
            answer.error = u"no answer: "_s + m_socket.errorString();
            return answer;
        }
        if (m_socket.bytesToWrite() > 0)
            m_socket.waitForBytesWritten(100);
        if (m_socket.waitForReadyRead(100))
            m_buffer += m_socket.readAll();
    }
    return answer;
}

bool HttpConnection::takeAnswer(HttpAnswer *answer)
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    HttpAnswer out;
    out.status = lines.first().split(' ').value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (m_buffer.size() < end + 4 + length)
        return false;
    out.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    *answer = std::move(out);
    return true;
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    HttpAnswer answer;
    if (m_done && takeAnswer(&answer)) {
        Done done = std::exchange(m_done, nullptr);
        done(answer);
    }
}

void HttpConnection::fail(const QString &error)
{
    if (!m_done)
        return;
    HttpAnswer answer;
    answer.error = error;
    Done done = std::exchange(m_done, nullptr);
    done(answer);
}

double LoadResult::percentileMs(double p) const
{
    if (latenciesNs.isEmpty())
        return 0;
    QList<qint64> sorted = latenciesNs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return double(sorted.at(std::clamp<qsizetype>(at, 0, sorted.size() - 1))) / 1e6;
}

LoadResult runLoad(const QString &host, quint16 port, const QByteArray &bearerToken,
                   int connections, double warmupSeconds, double seconds, const Step &step)
{
    LoadResult result;
    std::vector<std::unique_ptr<HttpConnection>> pool;
    for (int i = 0; i < connections; ++i) {
        pool.push_back(std::make_unique<HttpConnection>(host, port, bearerToken));
        if (!pool.back()->connectNow()) {
            result.firstError = u"cannot connect connection %1"_s.arg(i);
            return result;
        }
    }
    bool measuring = false;
    bool stopping = false;
    int inFlight = 0;
    QElapsedTimer clock;
    QEventLoop loop;
    std::function<void(int)> next = [&](int i) {
        ++inFlight;
        step(i, *pool[size_t(i)], [&, i](qint64 latencyNs, bool ok, const QString &error) {
            --inFlight;
            if (measuring) {
                if (ok) {
                    ++result.completed;
                    result.latenciesNs.append(latencyNs);
                } else {
                    ++result.failed;
                    if (result.firstError.isEmpty())
                        result.firstError = error;
                }
            }
            if (!stopping)
                QTimer::singleShot(0, &loop, [&, i] { next(i); });
            else if (inFlight == 0)
                loop.quit();
        });
    };
    QTimer::singleShot(qint64(warmupSeconds * 1000), &loop, [&] {
        measuring = true;
        clock.start();
    });
    QTimer::singleShot(qint64((warmupSeconds + seconds) * 1000), &loop, [&] {
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        measuring = false;
        stopping = true;
        if (inFlight == 0)
            loop.quit();
    });
    // A connection the server dropped never finishes its step; do not wait for it forever.
    QTimer::singleShot(qint64((warmupSeconds + seconds + 30) * 1000), &loop, [&] {
        if (result.firstError.isEmpty())
            result.firstError = u"%1 requests never answered"_s.arg(inFlight);
        loop.quit();
    });
    for (int i = 0; i < connections; ++i)
        next(i);
    loop.exec();
    return result;
}

Step getStep(const QByteArray &path)
{
    return [path](int, HttpConnection &http, auto finished) {
        QElapsedTimer timer;
        timer.start();
        http.send("GET", path, {}, {}, [timer, finished](const HttpAnswer &answer) {
            finished(timer.nsecsElapsed(), answer.status == 200,
                     QStringLiteral("%1 %2").arg(answer.status).arg(answer.error));
        });
    };
}

} // namespace wedsync::bench
