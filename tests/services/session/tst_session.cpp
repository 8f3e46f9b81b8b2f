// Session against the real wedsync-server (both backends) and the private test gnome-keyring:
// sign-in, wrong password, no console access, refresh ahead of expiry with rotation, remember
// and resume, sign-out that forgets and ends the server session, and a missing keychain.
#include "Clock.h"
#include "SessionTestSupport.h"
#include "TestDatabase.h"
#include "TestKeyring.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "session/KeychainStore.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using wedsync::ApiClient;
using wedsync::ApiError;
using wedsync::ApiReply;
using wedsync::KeychainStore;
using wedsync::Session;
using wedsync::SystemClock;
using wedsync::server::DemoData;
using wedsync::test::DemoServer;
using wedsync::test::TestDatabase;
using namespace wedsync::test::accounts;

namespace {

const QString Service = u"WedSync Admin (tests)"_s;
constexpr char ChildVariable[] = "WEDSYNC_SESSION_CHILD_SERVER";

// What one console would hold: a network manager, a client, a keychain and the session.
struct Console
{
    explicit Console(const QString &service = Service)
        : api(&nam)
        , keychain(service)
        , session(&api, &keychain, &clock)
    { }
    QNetworkAccessManager nam;
    ApiClient api;
    KeychainStore keychain;
    SystemClock clock;
    Session session;
};

// Waits for signedIn or signInFailed; returns the failure (code empty on success).
ApiError waitForSignIn(Session &session)
{
    QSignalSpy in(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    if (!QTest::qWaitFor([&] { return !in.isEmpty() || !failed.isEmpty(); }, 60000)) {
        ApiError timeout;
        timeout.code = u"test_timeout"_s;
        return timeout;
    }
    return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
}

// Sends one raw call with its own client, as another program would.
std::unique_ptr<ApiReply> call(const QUrl &server, const QString &token,
                               const std::function<ApiReply *(ApiClient &)> &what)
{
    static QNetworkAccessManager nam;
    static ApiClient api(&nam);
    api.setBaseUrl(server);
    api.setAccessToken(token);
    api.setRetryPolicy({1, 10, 10});
    std::unique_ptr<ApiReply> reply(what(api));
    wedsync::test::finishes(reply.get());
    return reply;
}

// The child: signs in with "remember me" while the session bus is a dead socket.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Console console;
    int code = 4;
    QString problem;
    QObject::connect(&console.session, &Session::keychainProblem, &app,
                     [&](const QString &message) {
                         problem = message;
                         if (console.session.state() == Session::State::SignedIn) {
                             code = 0;
                             app.quit();
                         }
                     });
    QObject::connect(&console.session, &Session::signInFailed, &app, [&](const ApiError &e) {
        std::fputs(qPrintable(u"signInFailed: "_s + e.userMessage()), stdout);
        code = 5;
        app.quit();
    });
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    console.session.signIn(QUrl(qEnvironmentVariable(ChildVariable)), Admin, DemoData::password(),
                           true);
    app.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // finished jobs
    if (code == 0) {
        std::fputs(qPrintable(u"signed in as "_s + console.session.email() + u"\n"_s + problem),
                   stdout);
    }
    return code;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signIn_data();
    void signIn();
    void wrongPassword_data() { TestDatabase::addBackendRows(); }
    void wrongPassword();
    void noConsoleAccess_data() { TestDatabase::addBackendRows(); }
    void noConsoleAccess();
    void refreshesAheadOfExpiryAndRotates();
    void refusedCallRefreshesTheToken();
    void revokedSessionSignsOut();
    void rememberResumeAndForget();
    void nothingRememberedToResume();
    void unavailableKeychainStillSignsIn();
    void cleanup()
    {
        m_server.reset();
        // Replies and keychain jobs delete themselves later; let them before the next test.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    bool startServer(const QString &backend)
    {
        m_server = std::make_unique<DemoServer>();
        return m_server->start(backend);
    }

    std::unique_ptr<DemoServer> m_server;
};

void TestSession::signIn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("staffKind");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        QTest::addRow("%s admin", qPrintable(backend)) << backend << Admin << QString();
        QTest::addRow("%s platform", qPrintable(backend))
            << backend << Platform << u"platform_admin"_s;
    }
}

void TestSession::signIn()
{
    QFETCH(QString, backend);
    QFETCH(QString, email);
    QFETCH(QString, staffKind);
    QVERIFY(startServer(backend));
    Console console;
    QSignalSpy states(&console.session, &Session::stateChanged);
    QSignalSpy tokens(&console.session, &Session::accessTokenChanged);
    console.session.signIn(m_server->url(), email, DemoData::password(), false);
    QCOMPARE(console.session.state(), Session::State::SigningIn);
    const ApiError error = waitForSignIn(console.session);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));
    QCOMPARE(console.session.state(), Session::State::SignedIn);
    QCOMPARE(states.size(), 2);
    QCOMPARE(console.session.email(), email);
    QVERIFY(!console.session.displayName().isEmpty());
    QVERIFY(!console.session.userId().isEmpty());
    QCOMPARE(console.session.staffKind(), staffKind);
    QCOMPARE(console.session.server(), m_server->url());
    QVERIFY(console.session.me().value(u"consoleAccess"_s).toBool());
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().first().toString(), console.session.accessToken());
    // The default margin leaves the 15-minute token alone for now.
    QVERIFY(console.session.accessTokenExpiry() > QDateTime::currentDateTimeUtc().addSecs(600));

    // Calls made through the same client carry the session's token.
    std::unique_ptr<ApiReply> orgs(console.api.organizations());
    QVERIFY(wedsync::test::finishes(orgs.get()));
    QVERIFY2(orgs->ok(), qPrintable(orgs->error().userMessage()));
    QVERIFY(!orgs->object()[u"items"_s].toArray().isEmpty());

    // Signing out (not remembered) ends the server session.
    const QString token = console.session.accessToken();
    QSignalSpy out(&console.session, &Session::signedOut);
    console.session.signOut(false);
    QCOMPARE(out.size(), 1);
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        call(m_server->url(), token, [](ApiClient &api) { return api.me(); })->status(), 401,
        30000);
}

void TestSession::wrongPassword()
{
    QFETCH(QString, backend);
    QVERIFY(startServer(backend));
    Console console;
    console.session.signIn(m_server->url(), Admin, u"not-my-password"_s, false);
    const ApiError error = waitForSignIn(console.session);
    QCOMPARE(error.code, u"invalid_credentials"_s);
    QVERIFY(error.userMessage().contains(u"password is wrong"_s));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
}

void TestSession::noConsoleAccess()
{
    QFETCH(QString, backend);
    QVERIFY(startServer(backend));
    Console console;
    QSignalSpy tokens(&console.session, &Session::accessTokenChanged);
    console.session.signIn(m_server->url(), Vendor, DemoData::password(), false);
    const ApiError error = waitForSignIn(console.session);
    QCOMPARE(error.code, u"no_console_access"_s);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.userMessage().contains(u"no access to the admin console"_s),
             qPrintable(error.userMessage()));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    // The vendor's token was handed out, then withdrawn; and it no longer works on the server.
    QVERIFY(!tokens.isEmpty());
    const QString vendorToken = tokens.first().first().toString();
    QCOMPARE(tokens.last().first().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        call(m_server->url(), vendorToken, [](ApiClient &api) { return api.me(); })->status(), 401,
        30000);
}

void TestSession::refreshesAheadOfExpiryAndRotates()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    QVERIFY(startServer(u"sqlite"_s));
    Console console;
    // Longer than the token lives: the refresh is due at once.
    console.session.setRefreshMarginSecs(3600);
    QSignalSpy tokens(&console.session, &Session::accessTokenChanged);
    QSignalSpy stored(&console.keychain, &KeychainStore::written);
    QSignalSpy problems(&console.session, &Session::keychainProblem);
    console.session.signIn(m_server->url(), Planner, DemoData::password(), true);
    const ApiError error = waitForSignIn(console.session);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));

    QTRY_VERIFY_WITH_TIMEOUT(tokens.size() >= 2, 30000);
    const QString first = tokens.at(0).first().toString();
    const QString second = tokens.at(1).first().toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);
    QCOMPARE(console.session.accessToken(), second);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
    // One refresh, not a loop, although the margin stays longer than the token's life. Proves
    // that something does not happen: a bounded wait.
    QTest::qWait(500);
    QCOMPARE(tokens.size(), 2);

    // The new token works.
    std::unique_ptr<ApiReply> me(console.api.me());
    QVERIFY(wedsync::test::finishes(me.get()));
    QVERIFY(me->ok());

    // The keychain holds the rotated refresh token (the one from the sign-in was used up by the
    // refresh, so the server would refuse it as reused): it renews a session on the server.
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 30000);
    QVERIFY(problems.isEmpty());
    KeychainStore reader(Service);
    QSignalSpy read(&reader, &KeychainStore::readFinished);
    reader.read(KeychainStore::keyFor(m_server->url(), Planner));
    QVERIFY(read.wait(30000));
    const QString remembered = QString::fromUtf8(read.first().at(1).toByteArray());
    QVERIFY(!remembered.isEmpty());
    console.session.signOut(false); // remembered: the server session stays for a later resume
    std::unique_ptr<ApiReply> renewed(
        call(m_server->url(), {}, [&](ApiClient &api) { return api.refresh(remembered); }));
    QVERIFY2(renewed->ok(), qPrintable(renewed->error().userMessage()));

    // Tidy the test keyring.
    QSignalSpy removed(&reader, &KeychainStore::removed);
    reader.remove(KeychainStore::keyFor(m_server->url(), Planner));
    QVERIFY(removed.wait(30000));
}

void TestSession::refusedCallRefreshesTheToken()
{
    QVERIFY(startServer(u"sqlite"_s));
    Console console;
    console.session.signIn(m_server->url(), Admin, DemoData::password(), false);
    const ApiError error = waitForSignIn(console.session);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));
    QSignalSpy tokens(&console.session, &Session::accessTokenChanged);

    // A token the server does not accept (as after a server restart with a new key).
    console.api.setAccessToken(u"not-a-valid-token"_s);
    std::unique_ptr<ApiReply> refused(console.api.organizations());
    QVERIFY(wedsync::test::finishes(refused.get()));
    QCOMPARE(refused->status(), 401);
    // The session renews the token, and the caller's retry goes through.
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 30000);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
    QCOMPARE(console.api.accessToken(), console.session.accessToken());
    std::unique_ptr<ApiReply> retried(console.api.organizations());
    QVERIFY(wedsync::test::finishes(retried.get()));
    QVERIFY2(retried->ok(), qPrintable(retried->error().userMessage()));
}

void TestSession::revokedSessionSignsOut()
{
    QVERIFY(startServer(u"sqlite"_s));
    Console console;
    console.session.signIn(m_server->url(), Admin, DemoData::password(), false);
    const ApiError error = waitForSignIn(console.session);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));

    // The session is ended elsewhere (another client logs it out).
    QCOMPARE(call(m_server->url(), console.session.accessToken(),
                  [](ApiClient &api) { return api.logout(); })
                 ->status(),
             204);
    QSignalSpy expired(&console.session, &Session::sessionExpired);
    QSignalSpy out(&console.session, &Session::signedOut);
    std::unique_ptr<ApiReply> refused(console.api.organizations());
    QVERIFY(wedsync::test::finishes(refused.get()));
    QCOMPARE(refused->status(), 401);
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 30000);
    QCOMPARE(expired.size(), 1);
    QVERIFY(expired.first().first().value<ApiError>().userMessage().contains(u"Sign in"_s));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
}

void TestSession::rememberResumeAndForget()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    QVERIFY(startServer(u"sqlite"_s));
    const QUrl server = m_server->url();
    {
        Console first;
        QSignalSpy stored(&first.keychain, &KeychainStore::written);
        first.session.signIn(server, Admin, DemoData::password(), true);
        const ApiError error = waitForSignIn(first.session);
        QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));
        QVERIFY(first.session.isRemembered());
        QVERIFY(stored.wait(30000));
        QCOMPARE(stored.first().first().toString(), KeychainStore::keyFor(server, Admin));
        // The console closes without signing out.
    }

    Console second;
    second.session.resume(server, Admin);
    const ApiError error = waitForSignIn(second.session);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.userMessage()));
    QCOMPARE(second.session.email(), Admin);
    QCOMPARE(second.session.state(), Session::State::SignedIn);
    std::unique_ptr<ApiReply> orgs(second.api.organizations());
    QVERIFY(wedsync::test::finishes(orgs.get()));
    QVERIFY(orgs->ok());

    // Sign out and forget: the entry goes and the server session ends.
    const QString token = second.session.accessToken();
    QSignalSpy removed(&second.keychain, &KeychainStore::removed);
    second.session.signOut(true);
    QVERIFY(removed.wait(30000));
    KeychainStore reader(Service);
    QSignalSpy read(&reader, &KeychainStore::readFinished);
    reader.read(KeychainStore::keyFor(server, Admin));
    QVERIFY(read.wait(30000));
    QVERIFY(read.first().at(1).toByteArray().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        call(server, token, [](ApiClient &api) { return api.me(); })->status(), 401, 30000);

    // Nothing left to resume from.
    Console third;
    third.session.resume(server, Admin);
    QCOMPARE(waitForSignIn(third.session).code, u"not_remembered"_s);
}

void TestSession::nothingRememberedToResume()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    QVERIFY(startServer(u"sqlite"_s));
    Console console;
    console.session.resume(m_server->url(), u"nobody@evergreen.demo"_s);
    const ApiError error = waitForSignIn(console.session);
    QCOMPARE(error.code, u"not_remembered"_s);
    QVERIFY(error.userMessage().contains(u"Sign in with your password"_s));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
}

void TestSession::unavailableKeychainStillSignsIn()
{
    QVERIFY(startServer(u"sqlite"_s));
    const auto child
        = wedsync::test::runWithoutSessionBus(ChildVariable, m_server->url().toString());
    QVERIFY2(child.exitCode == 0, qPrintable(child.output));
    QVERIFY2(child.output.contains(u"signed in as "_s + Admin), qPrintable(child.output));
    QVERIFY2(wedsync::test::saysKeychainUnavailable(child.output), qPrintable(child.output));
}

WEDSYNC_TEST_MAIN_WITH_CHILD(TestSession, ChildVariable, runChild)

#include "tst_session.moc"
