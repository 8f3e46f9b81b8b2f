#pragma once
// What the realtime tests share: an authorizer built from plain data, a hub served on
// 127.0.0.1:0 by a QWebSocketServer, and a real QWebSocket client that records frames.

#include "Clock.h"
#include "RealtimeFrame.h"
#include "realtime/RealtimeAuthorizer.h"
#include "realtime/RealtimeHub.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <memory>
#include <optional>

namespace wedsync::test {

using namespace wedsync::server; // the hub under test

// Tokens are plain names; each grants a subject the topics (by name, e.g. "org:1") it may
// read, until an optional expiry.
class TableAuthorizer final : public RealtimeAuthorizer
{
public:
    void grant(const QString &token, const QString &subject, const QStringList &topics,
               const QDateTime &expiresAt = {});
    void revoke(const QString &token) { m_grants.remove(token); }

    Result<RealtimeIdentity> authenticate(const QString &token) const override;
    Result<JoinGranted> mayJoin(const RealtimeIdentity &identity,
                                const RealtimeTopic &topic) const override;

private:
    struct Grant
    {
        QString subject;
        QStringList topics;
        QDateTime expiresAt;
    };
    QHash<QString, Grant> m_grants;
};

// Timers short enough for tests, limits high enough not to get in the way.
RealtimeSettings testSettings();

// A hub behind a real WebSocket server on an ephemeral loopback port. As in the server, the
// TCP connections are accepted here and upgraded by the WebSocket server, and the hub is given
// each WebSocket's TCP socket to write its frames to (realtime/FrameWriter).
class HubFixture
{
public:
    explicit HubFixture(const RealtimeSettings &settings = testSettings());
    ~HubFixture();

    QUrl url(const QString &apikey, const QString &vsn = QStringLiteral("2.0.0")) const;
    quint16 port() const { return tcpServer.serverPort(); }

    FixedClock clock;
    TableAuthorizer authorizer;
    std::unique_ptr<RealtimeHub> hub;
    QTcpServer tcpServer;
    QWebSocketServer server;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_upgrading; // by the client's port
};

class TestClient : public QObject
{
    Q_OBJECT
public:
    explicit TestClient(RealtimeVsn vsn = RealtimeVsn::V2, QObject *parent = nullptr);

    // Connects and waits until the socket is open (true) or closed (false).
    bool open(const QUrl &url);
    void close() { m_socket.close(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitForDisconnected(int timeoutMs = 5000);

    void sendRaw(const QByteArray &text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }
    void sendBinary(const QByteArray &frame) { m_socket.sendBinaryMessage(frame); }

    // Sends a message with a fresh ref; join_ref is the topic's current join ref.
    QString push(const QString &topic, const QString &event, const QJsonValue &payload);
    // phx_join with {config: config, ...extra}; ref == join_ref, as realtime-js does.
    QString join(const QString &topic, const QJsonObject &config = {},
                 const QJsonObject &extra = {});
    std::optional<QString> joinRef(const QString &topic) const { return m_joinRefs.value(topic); }

    // Waits for a message matching `accept` among those not yet taken; takes and returns it.
    std::optional<RealtimeMessage> take(const std::function<bool(const RealtimeMessage &)> &accept,
                                        int timeoutMs = 5000);
    std::optional<RealtimeMessage> takeReply(const QString &ref, int timeoutMs = 5000);
    std::optional<RealtimeMessage> takeEvent(const QString &topic, const QString &event,
                                             int timeoutMs = 5000);
    // Joins and checks the reply is ok; returns the reply's response.
    std::optional<QJsonObject> joinOk(const QString &topic, const QJsonObject &config = {},
                                      const QJsonObject &extra = {});

    // Lets the event loop run and reports whether no message matching `accept` came.
    bool nothingFor(const std::function<bool(const RealtimeMessage &)> &accept, int waitMs = 150);

    QList<RealtimeMessage> pending() const { return m_pending; }
    QStringList rawFrames() const { return m_raw; }
    QList<QByteArray> binaryFrames() const { return m_binary; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    RealtimeVsn m_vsn;
    QWebSocket m_socket;
    int m_nextRef = 0;
    QHash<QString, std::optional<QString>> m_joinRefs;
    QList<RealtimeMessage> m_pending;
    QStringList m_raw;
    QList<QByteArray> m_binary;
};

// Helpers for the payload of a reply.
QString replyStatus(const RealtimeMessage &reply);
QJsonObject replyResponse(const RealtimeMessage &reply);

} // namespace wedsync::test
