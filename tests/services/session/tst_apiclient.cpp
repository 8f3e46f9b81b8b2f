// ApiClient against the real wedsync-server (both backends) and against local sockets that
// misbehave: typed calls, error mapping, Retry-After from the login throttle, timeouts,
// cancellation, If-Match, and which calls are retried after a network error.
#include "SessionTestSupport.h"
#include "TestDatabase.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using wedsync::ApiClient;
using wedsync::ApiError;
using wedsync::ApiReply;
using wedsync::RetryPolicy;
using wedsync::server::DemoData;
using wedsync::test::DemoServer;
using wedsync::test::finishes;
using wedsync::test::TestDatabase;
using namespace wedsync::test::accounts;

namespace {

QByteArray describe(const ApiReply *reply)
{
    return QByteArray::number(reply->status()) + ' ' + reply->error().code.toUtf8() + ' '
        + reply->error().userMessage().toUtf8() + ' ' + reply->body().left(400);
}

// Finished and successful; otherwise says what came back instead.
bool succeeded(ApiReply *reply)
{
    if (!finishes(reply))
        return false;
    if (!reply->ok())
        qWarning("%s", describe(reply).constData());
    return reply->ok();
}

// A local server that accepts connections and then either never answers or hangs up at once.
class SilentServer : public QObject
{
public:
    enum class Mode { NeverAnswer, HangUp };
    explicit SilentServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                if (m_mode == Mode::HangUp) {
                    // Read the request first, so that the client sees a closed connection and
                    // not a refused one.
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                        socket->readAll();
                        socket->abort();
                    });
                }
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int connections = 0;

private:
    Mode m_mode;
    QTcpServer m_server;
};

// A local server that records each request and answers 200 with an empty JSON object.
class RecordingServer : public QObject
{
public:
    RecordingServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer.left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer.size() < end + 4 + length)
                        return;
                    requests.append(buffer.left(end + 4 + length));
                    buffer.remove(0, end + 4 + length);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\n\r\n{}");
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

bool hasHeader(const QByteArray &request, const QByteArray &line)
{
    return request.contains(QByteArray("\r\n" + line + "\r\n"));
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedCalls_data() { TestDatabase::addBackendRows(); }
    void typedCalls();
    void syncCalls_data() { TestDatabase::addBackendRows(); }
    void syncCalls();
    void errorsSayWhatToDo_data() { TestDatabase::addBackendRows(); }
    void errorsSayWhatToDo();
    void versionedWritesSendIfMatch_data() { TestDatabase::addBackendRows(); }
    void versionedWritesSendIfMatch();
    void idempotencyKeyAppliesOnce_data() { TestDatabase::addBackendRows(); }
    void idempotencyKeyAppliesOnce();
    void loginThrottleIsWaitedOut();
    void headersOnTheWire();
    void unreachableServerIsNamed();
    void noServerYetIsNotAnOutage();
    void silentServerTimesOut();
    void abortCancels();
    void onlyIdempotentCallsAreRetried();
    void unauthorizedIsSignalled();

private:
    bool startServer(const QString &backend);
    // Signs `m_api` in as `email` (the access token is set on success).
    bool signIn(const QString &email);
    // The first of Evergreen's sections as the server has it now.
    QJsonObject firstSection();
    // startServer() and signIn(Admin); `section` = firstSection().
    bool startWithSection(const QString &backend, QJsonObject *section);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;

    void cleanup();
};

bool TestApiClient::startServer(const QString &backend)
{
    m_server = std::make_unique<DemoServer>();
    if (!m_server->start(backend))
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    m_api->setBaseUrl(m_server->url());
    return true;
}

QJsonObject TestApiClient::firstSection()
{
    std::unique_ptr<ApiReply> list(m_api->sections(DemoData::evergreenId()));
    if (!finishes(list.get()) || !list->ok())
        return {};
    return list->object()[u"items"_s].toArray().first().toObject();
}

bool TestApiClient::signIn(const QString &email)
{
    std::unique_ptr<ApiReply> reply(m_api->login(email, DemoData::password()));
    if (!finishes(reply.get()) || !reply->ok()) {
        qWarning("login %s: %s", qPrintable(email), describe(reply.get()).constData());
        return false;
    }
    m_api->setAccessToken(reply->object().value(u"accessToken"_s).toString());
    return true;
}

bool TestApiClient::startWithSection(const QString &backend, QJsonObject *section)
{
    if (!startServer(backend) || !signIn(Admin))
        return false;
    *section = firstSection();
    return !section->isEmpty();
}

void TestApiClient::cleanup()
{
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

void TestApiClient::typedCalls()
{
    QFETCH(QString, backend);
    QVERIFY(startServer(backend));
    QVERIFY(signIn(Admin));

    std::unique_ptr<ApiReply> me(m_api->me());
    QVERIFY(succeeded(me.get()));
    QCOMPARE(me->object()[u"user"_s][u"email"_s].toString(), Admin);
    QVERIFY(me->object()[u"consoleAccess"_s].toBool());

    std::unique_ptr<ApiReply> orgs(m_api->organizations());
    QVERIFY(succeeded(orgs.get()));
    const QJsonArray items = orgs->object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"id"_s].toString(), DemoData::evergreenId());

    std::unique_ptr<ApiReply> weddings(m_api->weddings(DemoData::evergreenId()));
    QVERIFY(succeeded(weddings.get()));
    QVERIFY(!weddings->object()[u"items"_s].toArray().isEmpty());

    std::unique_ptr<ApiReply> sections(m_api->sections(DemoData::evergreenId()));
    QVERIFY(succeeded(sections.get()));
    QVERIFY(sections->object()[u"items"_s].toArray().size() >= 9);
    QCOMPARE(sections->attempts(), 1);

    QUrlQuery filters;
    filters.addQueryItem(u"organizationId"_s, DemoData::evergreenId());
    filters.addQueryItem(u"limit"_s, u"5"_s);
    std::unique_ptr<ApiReply> audit(m_api->audit(filters));
    QVERIFY(succeeded(audit.get()));
    QVERIFY(audit->object().contains(u"items"_s));

    std::unique_ptr<ApiReply> csv(m_api->auditExport(filters, u"csv"_s));
    QVERIFY(succeeded(csv.get()));
    QVERIFY(csv->body().startsWith("id,occurredAt,"));

    std::unique_ptr<ApiReply> logout(m_api->logout());
    QVERIFY(succeeded(logout.get()));
    QCOMPARE(logout->status(), 204);
    std::unique_ptr<ApiReply> after(m_api->me());
    QVERIFY(finishes(after.get()));
    QCOMPARE(after->status(), 401);
}

void TestApiClient::syncCalls()
{
    QFETCH(QString, backend);
    QVERIFY(startServer(backend));
    QVERIFY(signIn(Platform));

    std::unique_ptr<ApiReply> health(m_api->syncHealth());
    QVERIFY(succeeded(health.get()));
    QVERIFY(health->object()[u"tenants"_s].toArray().size() >= 2);

    std::unique_ptr<ApiReply> connections(m_api->syncConnections());
    QVERIFY(succeeded(connections.get()));

    std::unique_ptr<ApiReply> resync(m_api->resyncTenant(DemoData::evergreenId()));
    QVERIFY(succeeded(resync.get()));
    QCOMPARE(resync->status(), 202);

    // The resync is the newest event of its kind for that tenant (no client is connected
    // here, so it is the kind that says nothing was delivered).
    QUrlQuery filters;
    filters.addQueryItem(u"organizationId"_s, DemoData::evergreenId());
    filters.addQueryItem(u"kind"_s, u"resync_unheard"_s);
    filters.addQueryItem(u"limit"_s, u"1"_s);
    std::unique_ptr<ApiReply> events(m_api->syncEvents(filters));
    QVERIFY(succeeded(events.get()));
    const QJsonArray items = events->object()[u"items"_s].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"kind"_s].toString(), u"resync_unheard"_s);
    QCOMPARE(items[0][u"organizationId"_s].toString(), DemoData::evergreenId());
}

void TestApiClient::errorsSayWhatToDo()
{
    QFETCH(QString, backend);
    QVERIFY(startServer(backend));

    // 401 on login: wrong password, and not a session problem.
    QSignalSpy unauthorized(m_api.get(), &ApiClient::unauthorized);
    std::unique_ptr<ApiReply> wrong(m_api->login(Admin, u"not-the-password"_s));
    QVERIFY(finishes(wrong.get()));
    QCOMPARE(wrong->status(), 401);
    QCOMPARE(wrong->error().code, u"invalid_credentials"_s);
    QVERIFY2(wrong->error().userMessage().contains(u"password is wrong"_s),
             qPrintable(wrong->error().userMessage()));
    QCOMPARE(unauthorized.size(), 0);

    // 403: a vendor signs in but may not use the console.
    QVERIFY(signIn(Vendor));
    std::unique_ptr<ApiReply> vendorOrgs(m_api->organizations());
    QVERIFY(finishes(vendorOrgs.get()));
    QCOMPARE(vendorOrgs->status(), 403);
    QCOMPARE(vendorOrgs->error().code, u"no_console_access"_s);
    QVERIFY(vendorOrgs->error().userMessage().contains(u"no access to the admin console"_s));

    // 404: another tenant's or a missing organization.
    QVERIFY(signIn(Admin));
    std::unique_ptr<ApiReply> missing(
        m_api->sections(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(finishes(missing.get()));
    QCOMPARE(missing->status(), 404);
    QCOMPARE(missing->error().code, u"not_found"_s);
    QVERIFY(missing->error().userMessage().contains(u"no longer exists"_s));

    // 400: validation errors name the fields.
    const QJsonObject section = firstSection();
    QVERIFY(!section.isEmpty());
    const QJsonObject bad {{u"layout"_s, QJsonObject {{u"columns"_s, 13}}}};
    std::unique_ptr<ApiReply> invalid(
        m_api->patchSection(section[u"id"_s].toString(), bad, section[u"version"_s].toInteger()));
    QVERIFY(finishes(invalid.get()));
    QCOMPARE(invalid->status(), 400);
    QCOMPARE(invalid->error().code, u"validation_failed"_s);
    QVERIFY2(invalid->error().userMessage().contains(u"layout.columns"_s),
             qPrintable(invalid->error().userMessage()));
    QCOMPARE(invalid->attempts(), 1);
}

void TestApiClient::versionedWritesSendIfMatch()
{
    QFETCH(QString, backend);
    QJsonObject section;
    QVERIFY(startWithSection(backend, &section));
    const QString id = section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();

    // The server refuses PATCH without If-Match (428), so a 200 shows that it was sent.
    const QJsonObject patch {{u"layout"_s, QJsonObject {{u"columns"_s, 6}}}};
    std::unique_ptr<ApiReply> first(m_api->patchSection(id, patch, version));
    QVERIFY(succeeded(first.get()));
    QCOMPARE(first->object()[u"version"_s].toInteger(), version + 1);
    QCOMPARE(first->header("etag"), QByteArray::number(version + 1).prepend('"').append('"'));

    // The same version again is stale now: 412 with the section as it is.
    const QJsonObject other {{u"layout"_s, QJsonObject {{u"columns"_s, 4}}}};
    std::unique_ptr<ApiReply> stale(m_api->patchSection(id, other, version));
    QVERIFY(finishes(stale.get()));
    QCOMPARE(stale->status(), 412);
    QCOMPARE(stale->error().code, u"version_conflict"_s);
    QCOMPARE(stale->error().details[u"current"_s][u"version"_s].toInteger(), version + 1);
    QVERIFY(stale->error().userMessage().contains(u"Someone else changed this"_s));
}

void TestApiClient::idempotencyKeyAppliesOnce()
{
    QFETCH(QString, backend);
    QJsonObject section;
    QVERIFY(startWithSection(backend, &section));
    const QString id = section[u"id"_s].toString();
    const qint64 version = section[u"version"_s].toInteger();
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject patch {{u"layout"_s, QJsonObject {{u"columns"_s, 8}}}};

    // Sent twice with one key (an outbox replayed after a crash): applied once, answered twice.
    std::unique_ptr<ApiReply> first(m_api->patchSection(id, patch, version, key));
    QVERIFY(succeeded(first.get()));
    QVERIFY(first->header("Idempotency-Replayed").isEmpty());
    std::unique_ptr<ApiReply> again(m_api->patchSection(id, patch, version, key));
    QVERIFY(succeeded(again.get()));
    QCOMPARE(again->header("Idempotency-Replayed"), "true"_ba);
    QCOMPARE(again->object()[u"version"_s].toInteger(), version + 1);

    std::unique_ptr<ApiReply> now(m_api->sections(DemoData::evergreenId()));
    QVERIFY(finishes(now.get()));
    for (const QJsonValue &item : now->object()[u"items"_s].toArray()) {
        if (item[u"id"_s].toString() == id)
            QCOMPARE(item[u"version"_s].toInteger(), version + 1);
    }
}

void TestApiClient::loginThrottleIsWaitedOut()
{
    QVERIFY(startServer(u"sqlite"_s));
    RetryPolicy once;
    once.maxAttempts = 1;
    m_api->setRetryPolicy(once);
    // Five failures are free; the sixth attempt within a second is refused with Retry-After.
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<ApiReply> wrong(m_api->login(Admin, u"guess-%1"_s.arg(i)));
        QVERIFY(finishes(wrong.get()));
        QCOMPARE(wrong->status(), 401);
    }
    std::unique_ptr<ApiReply> refused(m_api->login(Admin, u"guess-again"_s));
    QVERIFY(finishes(refused.get()));
    QCOMPARE(refused->status(), 429);
    QVERIFY(refused->error().retryAfterSecs >= 1);
    QVERIFY2(refused->error().userMessage().contains(u"Try again in"_s),
             qPrintable(refused->error().userMessage()));
    QCOMPARE(refused->attempts(), 1);

    // With retries allowed the client waits as told and the right password gets through.
    RetryPolicy patient;
    patient.maxAttempts = 3;
    patient.initialDelayMs = 50;
    m_api->setRetryPolicy(patient);
    std::unique_ptr<ApiReply> right(m_api->login(Admin, DemoData::password()));
    QVERIFY(succeeded(right.get()));
    QVERIFY2(right->attempts() >= 2, "the first attempt should have met the throttle");

    // A wait longer than the policy allows is left to the user.
    RetryPolicy hasty;
    hasty.maxAttempts = 3;
    hasty.maxDelayMs = 100;
    m_api->setRetryPolicy(hasty);
    for (int i = 0; i < 6; ++i) {
        std::unique_ptr<ApiReply> wrong(m_api->login(Admin, u"guess-%1"_s.arg(i)));
        QVERIFY(finishes(wrong.get()));
    }
    std::unique_ptr<ApiReply> held(m_api->login(Admin, DemoData::password()));
    QVERIFY(finishes(held.get()));
    QCOMPARE(held->status(), 429);
    QCOMPARE(held->attempts(), 1);
}

void TestApiClient::headersOnTheWire()
{
    RecordingServer recorder;
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(recorder.url());
    api.setAccessToken(u"token-1"_s);

    const QJsonObject patch {{u"layout"_s, QJsonObject {{u"columns"_s, 6}}}};
    std::unique_ptr<ApiReply> write(api.patchSection(u"abc"_s, patch, 7, u"key-1"_s));
    QVERIFY(finishes(write.get()));
    QVERIFY(write->ok());
    std::unique_ptr<ApiReply> login(api.login(Admin, u"secret"_s));
    QVERIFY(finishes(login.get()));
    QCOMPARE(recorder.requests.size(), 2);

    const QByteArray patchRequest = recorder.requests.at(0);
    QVERIFY2(patchRequest.startsWith("PATCH /api/v1/sections/abc HTTP/1.1\r\n"),
             patchRequest.constData());
    QVERIFY2(hasHeader(patchRequest, "If-Match: \"7\""), patchRequest.constData());
    QVERIFY2(hasHeader(patchRequest, "Idempotency-Key: key-1"), patchRequest.constData());
    QVERIFY2(hasHeader(patchRequest, "Authorization: Bearer token-1"), patchRequest.constData());
    QVERIFY2(hasHeader(patchRequest, "Content-Type: application/json"), patchRequest.constData());
    const QByteArray body = patchRequest.mid(patchRequest.indexOf("\r\n\r\n") + 4);
    QCOMPARE(QJsonDocument::fromJson(body).object(), patch);

    // Credentials go in the body only; the session's token is not sent along with them.
    const QByteArray loginRequest = recorder.requests.at(1);
    QVERIFY(loginRequest.startsWith("POST /api/v1/auth/login HTTP/1.1\r\n"));
    QVERIFY2(!loginRequest.contains("Authorization:"), loginRequest.constData());
}

void TestApiClient::noServerYetIsNotAnOutage()
{
    // Before the console knows its server (the built-in one is starting): nothing is sent, and
    // the error says so instead of "Protocol \"\" is unknown".
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    std::unique_ptr<ApiReply> reply(api.organizations());
    QVERIFY(finishes(reply.get()));
    QVERIFY(!reply->ok());
    QVERIFY(reply->error().isNotConnected());
    QCOMPARE(reply->error().userMessage(), u"The console is not connected to a server yet."_s);
    QVERIFY(!reply->error().userMessage().contains(u"Protocol"_s));
}

void TestApiClient::unreachableServerIsNamed()
{
    // A port that was free a moment ago.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();

    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(url);
    api.setRetryPolicy({2, 20, 100});
    std::unique_ptr<ApiReply> reply(api.organizations());
    QVERIFY(finishes(reply.get()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QCOMPARE(reply->attempts(), 2);
    const QString message = reply->error().userMessage();
    QVERIFY2(message.contains(u"Is the server running at "_s + url.toString()),
             qPrintable(message));
}

void TestApiClient::silentServerTimesOut()
{
    SilentServer silent(SilentServer::Mode::NeverAnswer);
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(silent.url());
    api.setRetryPolicy({1, 20, 100});
    ApiClient::Request request;
    request.path = u"/api/v1/organizations"_s;
    request.timeoutMs = 300;
    std::unique_ptr<ApiReply> reply(api.send(request));
    QVERIFY(finishes(reply.get()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(reply->error().code, u"timeout"_s);
    QVERIFY(silent.connections >= 1);
    QVERIFY2(reply->error().userMessage().contains(silent.url().toString()),
             qPrintable(reply->error().userMessage()));
}

void TestApiClient::abortCancels()
{
    SilentServer silent(SilentServer::Mode::NeverAnswer);
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(silent.url());
    std::unique_ptr<ApiReply> reply(api.organizations());
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QTRY_VERIFY(silent.connections >= 1);
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    reply->abort(); // a second abort changes nothing
    QTest::qWait(50); // proves that no late finished() follows: a bounded wait
    QCOMPARE(finished.size(), 1);
}

void TestApiClient::onlyIdempotentCallsAreRetried()
{
    SilentServer hangUp(SilentServer::Mode::HangUp);
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(hangUp.url());
    api.setRetryPolicy({3, 20, 100});

    std::unique_ptr<ApiReply> get(api.organizations());
    QVERIFY(finishes(get.get()));
    QCOMPARE(get->error().kind, ApiError::Kind::Network);
    QCOMPARE(get->attempts(), 3);

    // A write without an idempotency key may have been applied: it is not sent again.
    ApiClient::Request post;
    post.method = "POST";
    post.path = u"/api/v1/organizations/x/sections"_s;
    post.body = QJsonObject {{u"title"_s, u"Timeline"_s}};
    std::unique_ptr<ApiReply> once(api.send(post));
    QVERIFY(finishes(once.get()));
    QCOMPARE(once->error().kind, ApiError::Kind::Network);
    QCOMPARE(once->attempts(), 1);

    post.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ApiReply> keyed(api.send(post));
    QVERIFY(finishes(keyed.get()));
    QCOMPARE(keyed->attempts(), 3);
}

void TestApiClient::unauthorizedIsSignalled()
{
    QVERIFY(startServer(u"sqlite"_s));
    m_api->setAccessToken(u"not-a-token"_s);
    QSignalSpy unauthorized(m_api.get(), &ApiClient::unauthorized);
    std::unique_ptr<ApiReply> reply(m_api->organizations());
    QVERIFY(finishes(reply.get()));
    QCOMPARE(reply->status(), 401);
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(unauthorized.first().first().value<ApiError>().httpStatus, 401);
    QVERIFY(reply->error().userMessage().contains(u"Sign in again"_s));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
