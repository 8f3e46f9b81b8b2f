// SignInFlow's transitions, one row each, against the real parts: a real wedsync-server (and
// the real built-in server through LocalBackend), the real Session and the private test
// gnome-keyring. A row names what the profile remembers, what happens, and the signals the flow
// gives the app in order. "keychain unavailable" runs the same row in a child whose session
// bus is a dead socket.
#include "Clock.h"
#include "SessionTestSupport.h"
#include "TestKeyring.h"
#include "api/ApiClient.h"
#include "backend/LocalBackend.h"
#include "session/KeychainStore.h"
#include "session/Session.h"
#include "session/SignInErrors.h"
#include "session/SignInFlow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;
using namespace wedsync::test::accounts;

namespace {

const QString Service = u"WedSync Admin (flow tests)"_s;
constexpr char ChildVariable[] = "WEDSYNC_SIGNINFLOW_CHILD";
const QUrl DeadServer(u"http://127.0.0.1:1"_s);

enum class Remembered {
    Nothing, // a new profile
    LastAccount, // the last account on this server (its cache is on screen), not remembered
    LastAccountElsewhere, // the last account was on another server
    RememberedWithCache, // remembered in the keychain, its cache painted at start
    RememberedNoCache, // remembered in the keychain, nothing cached to paint
    RememberedButGone, // "remember me" was set but the keychain holds nothing
    RememberedButRefused, // the keychain holds a token the server refuses (revoked, expired)
};
enum class Action {
    None,
    SignIn, // the right password
    WrongPassword,
    UntilThrottled, // wrong passwords until the server's login throttle answers
    Vendor, // an account without console access
    SignInBeforeBackendReady, // built-in server: the button before its ready line
    KillBackend, // built-in server: signed in, then the server dies (it is restarted once)
    KillBackendForGood, // built-in server with no restarts left: it dies
};
enum class Where { Server, Dead, Embedded };

struct Row
{
    Where where = Where::Server;
    Remembered remembered = Remembered::Nothing;
    Action action = Action::None;
    QString email = Admin;
};

// The flow's signals in order: "name" or "name:message".
class Recorder : public QObject
{
public:
    explicit Recorder(SignInFlow *flow)
    {
        const auto note = [this](const QString &name) {
            return [this, name](const QString &message) {
                events.append(name + u':' + message);
            };
        };
        connect(flow, &SignInFlow::coldStart, this, [this, flow](const QString &, const QString &) {
            events.append(u"coldStart"_s);
            flow->setScreensShown(paintCache);
        });
        connect(flow, &SignInFlow::busy, this, note(u"busy"_s));
        connect(flow, &SignInFlow::signInRequired, this, note(u"ask"_s));
        connect(flow, &SignInFlow::offline, this, note(u"offline"_s));
        connect(flow, &SignInFlow::backendFailed, this, note(u"backendFailed"_s));
        connect(flow, &SignInFlow::keychainProblem, this, note(u"keychain"_s));
        connect(flow, &SignInFlow::embeddedServerReady, this,
                [this](const QUrl &) { events.append(u"ready"_s); });
        connect(flow, &SignInFlow::signedIn, this, [this](const ConsoleAccess &access) {
            events.append(u"signedIn:"_s + access.role);
        });
    }
    QStringList events;
    bool paintCache = false;
};

// One console's parts, as the app wires them (without its windows).
struct Console
{
    Console()
        : api(&nam)
        , keychain(Service)
        , session(&api, &keychain, &clock)
        , flow(&session, &api)
        , recorder(&flow)
    {
        api.setRetryPolicy({1, 10, 10});
        flow.setResumeRetryIntervalMs(100);
    }
    QNetworkAccessManager nam;
    ApiClient api;
    KeychainStore keychain;
    SystemClock clock;
    Session session;
    SignInFlow flow;
    Recorder recorder;
};

bool waitFor(const std::function<bool()> &done, int ms = 90000)
{
    return QTest::qWaitFor(done, ms);
}

bool has(const QStringList &events, const QString &prefix)
{
    for (const QString &event : events) {
        if (event.startsWith(prefix))
            return true;
    }
    return false;
}

// Stores `secret` as the remembered sign-in of `email` on `server`; false if it failed.
bool remember(const QUrl &server, const QString &email, const QByteArray &secret)
{
    KeychainStore keychain(Service);
    QSignalSpy written(&keychain, &KeychainStore::written);
    QSignalSpy removed(&keychain, &KeychainStore::removed);
    QSignalSpy failed(&keychain, &KeychainStore::failed);
    if (secret.isEmpty())
        keychain.remove(KeychainStore::keyFor(server, email));
    else
        keychain.write(KeychainStore::keyFor(server, email), secret);
    return waitFor([&] { return !written.isEmpty() || !removed.isEmpty() || !failed.isEmpty(); },
                   30000)
        && failed.isEmpty();
}

// A real remembered sign-in: signs in with "remember me" and leaves the token in the keychain.
bool rememberRealSignIn(const QUrl &server, const QString &email)
{
    Console console;
    console.flow.start({false, server, {}, {}, false});
    console.flow.signIn({false, server, email, u"demo-password"_s, true});
    QSignalSpy written(&console.keychain, &KeychainStore::written);
    return waitFor([&] { return has(console.recorder.events, u"signedIn"_s); })
        && waitFor([&] { return !written.isEmpty(); }, 30000);
}

// Plays one row on `console`, to the point where the row's last expected signal came.
void play(Console &console, const Row &row, const QUrl &server, const QString &backendExe,
          const QString &dataDir, const QStringList &expected)
{
    const QUrl url = row.where == Where::Dead ? DeadServer : server;
    std::unique_ptr<LocalBackend> backend;
    if (row.where == Where::Embedded) {
        backend = std::make_unique<LocalBackend>(backendExe, dataDir);
        if (row.action == Action::KillBackendForGood)
            backend->setMaxRestarts(0);
        console.flow.setBackend(backend.get());
    }
    const bool embedded = row.where == Where::Embedded;
    const QString key = SignInFlow::serverKey(embedded, url);
    SignInFlow::Remembered remembered {embedded, url, {}, {}, false};
    switch (row.remembered) {
    case Remembered::Nothing:
        break;
    case Remembered::LastAccount:
        remembered = {embedded, url, row.email, key, false};
        console.recorder.paintCache = true;
        break;
    case Remembered::LastAccountElsewhere:
        remembered = {embedded, url, row.email, u"http://elsewhere.example"_s, false};
        break;
    case Remembered::RememberedWithCache:
    case Remembered::RememberedNoCache:
    case Remembered::RememberedButGone:
    case Remembered::RememberedButRefused:
        remembered = {embedded, url, row.email, key, true};
        console.recorder.paintCache = row.remembered == Remembered::RememberedWithCache;
        break;
    }
    console.flow.start(remembered);
    QStringList &events = console.recorder.events;

    const auto submit = [&](const QString &email, const QString &password) {
        const int before = events.size();
        console.flow.signIn({embedded, url, email, password, false});
        return waitFor([&] {
            return has(events.mid(before), u"ask:"_s) || has(events.mid(before), u"signedIn"_s);
        });
    };
    switch (row.action) {
    case Action::None:
        break;
    case Action::SignIn:
        submit(row.email, u"demo-password"_s);
        break;
    case Action::WrongPassword:
        submit(row.email, u"not-the-password"_s);
        break;
    case Action::Vendor:
        submit(Vendor, u"demo-password"_s);
        break;
    case Action::UntilThrottled:
        for (int attempt = 0; attempt < 15; ++attempt) {
            submit(row.email, u"guess-%1"_s.arg(attempt));
            if (events.last().startsWith(u"ask:Too many failed attempts"_s))
                break;
        }
        break;
    case Action::SignInBeforeBackendReady:
        console.flow.signIn({true, {}, row.email, u"demo-password"_s, false});
        break;
    case Action::KillBackend:
    case Action::KillBackendForGood:
        waitFor([&] { return has(events, u"ready"_s); });
        submit(row.email, u"demo-password"_s);
        waitFor([&] { return has(events, u"signedIn"_s); });
        ::kill(pid_t(backend->processId()), SIGKILL);
        break;
    }
    waitFor([&] {
        return events.size() >= expected.size() && events.last().startsWith(expected.last());
    });
    if (backend && row.action == Action::KillBackend)
        QVERIFY2(console.api.baseUrl() == backend->url(), "the restarted server is used");
    console.flow.setBackend(nullptr);
}

// The child with a dead session bus: resumes a remembered sign-in, then signs in with
// "remember me"; prints the flow's signals, one a line.
// What the flow says when "remember me" could not be stored (after the sign-in).
bool saysNotRemembered(const QStringList &events)
{
    const qsizetype signedIn = events.indexOf(u"signedIn:admin"_s);
    if (signedIn < 0)
        return false;
    for (const QString &event : events.mid(signedIn))
        if (event.startsWith(u"keychain:No system keychain"_s)
            && event.contains(u"Your sign-in is not remembered on this computer"_s))
            return true;
    return false;
}

int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl server(qEnvironmentVariable(ChildVariable));
    Console console;
    console.flow.start({false, server, Admin, SignInFlow::serverKey(false, server), true});
    QStringList &events = console.recorder.events;
    waitFor([&] { return has(events, u"ask:"_s); }, 60000);
    console.flow.signIn({false, server, Admin, u"demo-password"_s, true});
    waitFor([&] { return saysNotRemembered(events); }, 60000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    std::fputs(qPrintable(events.join(u'\n') + u'\n'), stdout);
    return 0;
}

} // namespace

Q_DECLARE_METATYPE(Row)

class tst_SignInFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transitions_data();
    void transitions();
    void keychainUnavailable();
    void serverKeyIsPerServerNotPerPath();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
};

void tst_SignInFlow::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.filePath(u"server"_s)}),
             qPrintable(m_server.errorString()));
}

void tst_SignInFlow::transitions_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<bool>("needsKeyring");
    QTest::addColumn<QStringList>("expected");

    const QString wrong = u"ask:The e-mail address or the password is wrong."_s;
    const QString expired = u"ask:Your saved sign-in has expired. Sign in again."_s;
    const QString unreachable = u"ask:The server at http://127.0.0.1:1 cannot be reached"_s;

    QTest::newRow("cold start, new profile: ask") << Row {} << false << QStringList {u"ask:"_s};
    QTest::newRow("cold start with the cache, not remembered: paint it, ask")
        << Row {Where::Server, Remembered::LastAccount} << false
        << QStringList {u"coldStart"_s, u"ask:"_s};
    QTest::newRow("cold start, last account on another server: no cache, ask")
        << Row {Where::Server, Remembered::LastAccountElsewhere} << false
        << QStringList {u"ask:"_s};
    QTest::newRow("sign in") << Row {Where::Server, Remembered::Nothing, Action::SignIn} << false
                             << QStringList {u"ask:"_s, u"busy:"_s, u"signedIn:admin"_s};
    QTest::newRow("wrong password: ask again, saying so")
        << Row {Where::Server, Remembered::Nothing, Action::WrongPassword, Planner} << false
        << QStringList {u"ask:"_s, u"busy:"_s, wrong};
    QTest::newRow("no console access: signed out again, saying so")
        << Row {Where::Server, Remembered::Nothing, Action::Vendor} << false
        << QStringList {u"ask:"_s, u"busy:"_s, u"ask:"_s + noConsoleAccessMessage()};
    QTest::newRow("resume the remembered sign-in")
        << Row {Where::Server, Remembered::RememberedWithCache, Action::None, Platform} << true
        << QStringList {u"coldStart"_s, u"busy:"_s, u"signedIn:platform_admin"_s};
    // Nothing saved is nothing to explain: not "expired".
    QTest::newRow("resume, nothing left in the keychain: just ask")
        << Row {Where::Server, Remembered::RememberedButGone, Action::None, Planner} << true
        << QStringList {u"coldStart"_s, u"busy:"_s, u"ask:"_s};
    QTest::newRow("resume, the server refuses the saved token: expired, ask")
        << Row {Where::Server, Remembered::RememberedButRefused, Action::None, Planner} << true
        << QStringList {u"coldStart"_s, u"busy:"_s, expired};
    QTest::newRow("resume over the cache, server unreachable: offline, retry")
        << Row {Where::Dead, Remembered::RememberedWithCache} << true
        << QStringList {u"coldStart"_s, u"busy:"_s, u"offline:"_s, u"busy:"_s, u"offline:"_s};
    QTest::newRow("resume without a cache, server unreachable: ask, saying so")
        << Row {Where::Dead, Remembered::RememberedNoCache} << true
        << QStringList {u"coldStart"_s, u"busy:"_s, unreachable};
    QTest::newRow("built-in server not ready: wait for it, then sign in")
        << Row {Where::Embedded, Remembered::Nothing, Action::SignInBeforeBackendReady, Platform}
        << false
        << QStringList {u"ask:"_s, u"busy:Starting the built-in server…"_s, u"ready"_s, u"busy:"_s,
                        u"signedIn:platform_admin"_s};
    QTest::newRow("built-in server died: restarted, used at its new address")
        << Row {Where::Embedded, Remembered::Nothing, Action::KillBackend, Platform} << false
        << QStringList {u"ask:"_s, u"ready"_s, u"busy:"_s, u"signedIn:platform_admin"_s,
                        u"ready"_s};
    QTest::newRow("built-in server died for good: say so")
        << Row {Where::Embedded, Remembered::Nothing, Action::KillBackendForGood, Platform} << false
        << QStringList {u"ask:"_s, u"ready"_s, u"busy:"_s, u"signedIn:platform_admin"_s,
                        u"backendFailed:"_s};
    QTest::newRow("throttled: too many wrong passwords")
        << Row {Where::Server, Remembered::Nothing, Action::UntilThrottled,
                u"admin@lakeside.demo"_s}
        << false << QStringList {u"ask:"_s, u"busy:"_s, u"ask:Too many failed attempts"_s};
}

void tst_SignInFlow::transitions()
{
    QFETCH(Row, row);
    QFETCH(bool, needsKeyring);
    QFETCH(QStringList, expected);
    if (needsKeyring)
        WEDSYNC_REQUIRE_TEST_KEYRING();

    const QUrl url = row.where == Where::Dead ? DeadServer : m_server.baseUrl();
    if (row.remembered == Remembered::RememberedWithCache
        || row.remembered == Remembered::RememberedNoCache) {
        if (row.where == Where::Dead)
            QVERIFY(remember(url, row.email, "a-token-never-sent"));
        else
            QVERIFY(rememberRealSignIn(url, row.email));
    } else if (row.remembered == Remembered::RememberedButGone) {
        QVERIFY(remember(url, row.email, {}));
    } else if (row.remembered == Remembered::RememberedButRefused) {
        QVERIFY(remember(url, row.email, "a-token-the-server-never-issued"));
    }

    QTemporaryDir backendData;
    Console console;
    play(console, row, m_server.baseUrl(), ServerProcess::executable(),
         backendData.filePath(u"data"_s), expected);
    QStringList events = console.recorder.events;
    // Only the start of a throttled run is fixed; its middle is a number of wrong guesses.
    if (row.action == Action::UntilThrottled && events.size() > expected.size())
        events.remove(1, events.size() - expected.size());
    if (row.where == Where::Dead && row.remembered == Remembered::RememberedWithCache) {
        events = events.mid(0, expected.size()); // it keeps retrying
        QVERIFY(console.flow.isRetryingResume() || console.flow.isResuming());
    }
    QVERIFY2(events.size() == expected.size(), qPrintable(events.join(u" | "_s)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(events.at(i).startsWith(expected.at(i)),
                 qPrintable(u"#%1: %2 (expected %3); all: %4"_s.arg(i).arg(
                     events.at(i), expected.at(i), events.join(u" | "_s))));
    }
}

void tst_SignInFlow::keychainUnavailable()
{
    const auto child = runWithoutSessionBus(ChildVariable, m_server.baseUrl().toString());
    QVERIFY2(child.exitCode == 0, qPrintable(child.output));
    const QStringList events = child.output.split(u'\n', Qt::SkipEmptyParts);
    // The remembered sign-in cannot be read: ask, saying why in words (not "expired").
    QVERIFY2(events.size() >= 6, qPrintable(child.output));
    QCOMPARE(events.at(0), u"coldStart"_s);
    QCOMPARE(events.at(1), u"busy:"_s);
    QVERIFY2(events.at(2).startsWith(u"keychain:No system keychain"_s), qPrintable(events.at(2)));
    QVERIFY2(events.at(3).startsWith(u"ask:No system keychain"_s), qPrintable(events.at(3)));
    QVERIFY2(events.at(3).contains(u"sign in with your password"_s), qPrintable(events.at(3)));
    QVERIFY2(!events.at(3).contains(u"expired"_s) && !events.at(3).contains(u"D-Bus"_s)
                 && !events.at(3).contains(u"org.freedesktop"_s),
             qPrintable(events.at(3)));
    // Signing in with the password works; the user hears it will not be remembered.
    QCOMPARE(events.at(4), u"busy:"_s);
    QVERIFY(has(events, u"signedIn:admin"_s));
    QVERIFY2(saysNotRemembered(events), qPrintable(child.output));
}

void tst_SignInFlow::serverKeyIsPerServerNotPerPath()
{
    QCOMPARE(SignInFlow::serverKey(true, QUrl(u"http://127.0.0.1:4000"_s)), u"embedded"_s);
    QCOMPARE(SignInFlow::serverKey(false, QUrl(u"https://admin.example/api/"_s)),
             u"https://admin.example"_s);
}

WEDSYNC_TEST_MAIN_WITH_CHILD(tst_SignInFlow, ChildVariable, runChild)

#include "tst_signinflow.moc"
