#include "RealtimeTestSupport.h"

#include "RealtimeCodec.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>

namespace wedsync::test {

using namespace Qt::StringLiterals;

void TableAuthorizer::grant(const QString &token, const QString &subject, const QStringList &topics,
                            const QDateTime &expiresAt)
{
    m_grants.insert(token, Grant {subject, topics, expiresAt});
}

Result<RealtimeIdentity> TableAuthorizer::authenticate(const QString &token) const
{
    const auto it = m_grants.constFind(token);
    if (it == m_grants.constEnd())
        return Error {u"invalid_token"_s, u"The token provided is not a valid JWT"_s, {}};
    return RealtimeIdentity {it->subject, it->expiresAt,
                             QJsonObject {{u"topics"_s, QJsonArray::fromStringList(it->topics)}}};
}

Result<JoinGranted> TableAuthorizer::mayJoin(const RealtimeIdentity &identity,
                                             const RealtimeTopic &topic) const
{
    const QJsonArray topics = identity.claims.value(u"topics"_s).toArray();
    if (topics.contains(QJsonValue(topic.name())))
        return JoinGranted {};
    return Error {u"unauthorized"_s,
                  u"You do not have permissions to read from this Channel topic: "_s + topic.name(),
                  {}};
}

RealtimeSettings testSettings()
{
    RealtimeSettings settings;
    settings.housekeepingIntervalMs = 20;
    settings.maxJoinsPerSecond = 1'000;
    settings.maxEventsPerSecond = 100'000;
    return settings;
}

HubFixture::HubFixture(const RealtimeSettings &settings)
    : clock(QDateTime(QDate(2026, 8, 21), QTime(10, 0), Qt::UTC))
    , server(u"wedsync-realtime-test"_s, QWebSocketServer::NonSecureMode)
{
    hub = std::make_unique<RealtimeHub>(authorizer, clock, settings);
    QObject::connect(&tcpServer, &QTcpServer::newConnection, hub.get(), [this] {
        while (QTcpSocket *tcp = tcpServer.nextPendingConnection()) {
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_upgrading.insert(tcp->peerPort(), tcp);
            server.handleConnection(tcp);
        }
    });
    QObject::connect(&server, &QWebSocketServer::newConnection, hub.get(), [this] {
        while (server.hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(server.nextPendingConnection());
            QTcpSocket *tcp = m_upgrading.take(socket->peerPort());
            hub->addConnection(std::move(socket), tcp);
        }
    });
    if (!tcpServer.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1: %s", qPrintable(tcpServer.errorString()));
}

HubFixture::~HubFixture()
{
    tcpServer.close();
    server.close();
    hub.reset();
}

QUrl HubFixture::url(const QString &apikey, const QString &vsn) const
{
    QUrl url(u"ws://127.0.0.1/realtime/v1/websocket"_s);
    url.setPort(tcpServer.serverPort());
    QUrlQuery query;
    if (!apikey.isNull())
        query.addQueryItem(u"apikey"_s, apikey);
    if (!vsn.isNull())
        query.addQueryItem(u"vsn"_s, vsn);
    url.setQuery(query);
    return url;
}

TestClient::TestClient(RealtimeVsn vsn, QObject *parent)
    : QObject(parent)
    , m_vsn(vsn)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_raw.append(text);
        auto message = RealtimeCodec::decodeText(m_vsn, text.toUtf8(), 64 * 1024 * 1024);
        if (!message)
            qWarning("test client could not decode %s: %s", qPrintable(text.left(200)),
                     qPrintable(message.error().message));
        else
            m_pending.append(message.value());
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &frame) { m_binary.append(frame); });
}

bool TestClient::open(const QUrl &url)
{
    m_socket.open(url);
    (void)QTest::qWaitFor(
        [this] {
            return m_socket.state() == QAbstractSocket::ConnectedState
                || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return isConnected();
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

QString TestClient::push(const QString &topic, const QString &event, const QJsonValue &payload)
{
    const QString ref = QString::number(++m_nextRef);
    const RealtimeMessage message {m_joinRefs.value(topic), ref, topic, event, payload};
    sendRaw(RealtimeCodec::encodeText(m_vsn, message, RealtimeDirection::ClientToServer));
    return ref;
}

QString TestClient::join(const QString &topic, const QJsonObject &config, const QJsonObject &extra)
{
    const QString ref = QString::number(++m_nextRef);
    m_joinRefs.insert(topic, ref);
    QJsonObject payload = extra;
    payload.insert(u"config"_s, config);
    const RealtimeMessage message {ref, ref, topic, u"phx_join"_s, payload};
    sendRaw(RealtimeCodec::encodeText(m_vsn, message, RealtimeDirection::ClientToServer));
    return ref;
}

std::optional<RealtimeMessage>
TestClient::take(const std::function<bool(const RealtimeMessage &)> &accept, int timeoutMs)
{
    std::optional<RealtimeMessage> found;
    auto scan = [&] {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (accept(m_pending.at(i))) {
                found = m_pending.takeAt(i);
                return true;
            }
        }
        return false;
    };
    if (!scan())
        (void)QTest::qWaitFor(scan, timeoutMs);
    return found;
}

std::optional<RealtimeMessage> TestClient::takeReply(const QString &ref, int timeoutMs)
{
    return take(
        [&ref](const RealtimeMessage &m) { return m.event == "phx_reply"_L1 && m.ref == ref; },
        timeoutMs);
}

std::optional<RealtimeMessage> TestClient::takeEvent(const QString &topic, const QString &event,
                                                     int timeoutMs)
{
    return take([&](const RealtimeMessage &m) { return m.topic == topic && m.event == event; },
                timeoutMs);
}

std::optional<QJsonObject> TestClient::joinOk(const QString &topic, const QJsonObject &config,
                                              const QJsonObject &extra)
{
    const auto reply = takeReply(join(topic, config, extra));
    if (!reply || replyStatus(*reply) != "ok"_L1)
        return std::nullopt;
    return replyResponse(*reply);
}

bool TestClient::nothingFor(const std::function<bool(const RealtimeMessage &)> &accept, int waitMs)
{
    // A bounded wait that proves absence; it ends early, failing, once a matching message is in.
    const auto arrived = [&] {
        return std::any_of(m_pending.cbegin(), m_pending.cend(), accept);
    };
    return !QTest::qWaitFor(arrived, waitMs);
}

QString replyStatus(const RealtimeMessage &reply)
{
    return reply.payload.toObject().value(u"status"_s).toString();
}

QJsonObject replyResponse(const RealtimeMessage &reply)
{
    return reply.payload.toObject().value(u"response"_s).toObject();
}

} // namespace wedsync::test
