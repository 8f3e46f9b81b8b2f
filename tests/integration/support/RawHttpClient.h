#pragma once
// A raw keep-alive HTTP/1.1 connection that writes requests as given (pipelined if sent
// together) and collects each complete answer in the order it arrived: for checks of answer
// order and of what a server does while other answers are pending.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace wedsync::test {

class RawHttpClient : public QObject
{
public:
    explicit RawHttpClient(const QUrl &server);

    bool connected() { return socket.waitForConnected(10000); }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
              const QByteArray &extraHeaders = {});
    // One request's bytes (a JSON body gets its Content-Type and Content-Length); each line of
    // `extraHeaders` ends in CR LF.
    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders = {}) const;

    // Status and body of each complete answer, in order.
    QList<QPair<int, QByteArray>> answers;
    std::function<void()> onAnswer;
    QTcpSocket socket;

private:
    void take();

    QByteArray m_host;
    QByteArray m_buffer;
};

} // namespace wedsync::test
