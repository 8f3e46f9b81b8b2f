#include "RawHttpClient.h"

#include <QHostAddress>

namespace wedsync::test {

RawHttpClient::RawHttpClient(const QUrl &server)
    : m_host(server.host().toLatin1())
{
    connect(&socket, &QTcpSocket::readyRead, this, [this] { take(); });
    socket.connectToHost(QHostAddress(server.host()), quint16(server.port()));
}

void RawHttpClient::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                         const QByteArray &extraHeaders)
{
    socket.write(request(method, path, body, extraHeaders));
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &path,
                                  const QByteArray &body, const QByteArray &extraHeaders) const
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host + "\r\n" + extraHeaders;
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

void RawHttpClient::take()
{
    m_buffer += socket.readAll();
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        answers.append({head.split(' ').value(1).toInt(), m_buffer.mid(headEnd + 4, length)});
        m_buffer.remove(0, headEnd + 4 + length);
        if (onAnswer)
            onAnswer();
    }
}

} // namespace wedsync::test
