// KeychainStore against a real gnome-keyring on a private D-Bus session (scripts/test): write,
// read, overwrite and remove, one entry per server+account, and the message a user gets when
// there is no keychain at all (a child process whose session bus is a dead socket).
#include "SessionTestSupport.h"
#include "TestKeyring.h"
#include "session/KeychainStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using wedsync::KeychainStore;

namespace {

const QString Service = u"WedSync Admin (tests)"_s;
constexpr char ChildVariable[] = "WEDSYNC_KEYCHAIN_CHILD";

QString uniqueKey()
{
    return KeychainStore::keyFor(QUrl(u"http://127.0.0.1:8787"_s),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces)
                                     + u"@evergreen.demo"_s);
}

// The child: one write, then the outcome on stdout.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainStore store(Service);
    int code = 4;
    QObject::connect(&store, &KeychainStore::failed, &app, [&](const QString &, const QString &m) {
        std::fputs(m.toUtf8().constData(), stdout);
        code = 0;
        app.quit();
    });
    QObject::connect(&store, &KeychainStore::written, &app, [&] {
        std::fputs("written", stdout);
        code = 3;
        app.quit();
    });
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    store.write(uniqueKey(), "secret");
    app.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished job
    return code;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyPerServerAndAccount();
    void writeReadOverwriteRemove();
    void secretLivesInTheSecretService();
    void operationsOnOneKeyKeepTheirOrder();
    void missingEntryReadsEmpty();
    void unavailableKeychainSaysWhatFailed();
    // Keychain jobs delete themselves later; let them, so that nothing is left at exit.
    void cleanup() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

private:
    // Runs `call` and waits for `signal`; false if `failed` came instead or nothing did.
    template<typename Signal>
    bool await(KeychainStore &store, Signal signal, const std::function<void()> &call,
               QList<QVariant> *arguments = nullptr);
};

template<typename Signal>
bool TestKeychainStore::await(KeychainStore &store, Signal signal,
                              const std::function<void()> &call, QList<QVariant> *arguments)
{
    QSignalSpy done(&store, signal);
    QSignalSpy failed(&store, &KeychainStore::failed);
    call();
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
        return false;
    if (!failed.isEmpty()) {
        qWarning("keychain failed: %s", qPrintable(failed.first().at(1).toString()));
        return false;
    }
    if (arguments)
        *arguments = done.first();
    return true;
}

void TestKeychainStore::keyPerServerAndAccount()
{
    const QUrl server(u"http://127.0.0.1:8787"_s);
    QCOMPARE(KeychainStore::keyFor(server, u"Admin@Evergreen.demo "_s),
             KeychainStore::keyFor(QUrl(u"http://127.0.0.1:8787/"_s), u"admin@evergreen.demo"_s));
    QVERIFY(KeychainStore::keyFor(server, u"admin@evergreen.demo"_s)
            != KeychainStore::keyFor(QUrl(u"http://127.0.0.1:8788"_s), u"admin@evergreen.demo"_s));
    QVERIFY(KeychainStore::keyFor(server, u"admin@evergreen.demo"_s)
            != KeychainStore::keyFor(server, u"planner@evergreen.demo"_s));
    QVERIFY(KeychainStore::keyFor(server, u"admin@evergreen.demo"_s).contains(u"127.0.0.1:8787"_s));
}

void TestKeychainStore::writeReadOverwriteRemove()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    KeychainStore store(Service);
    const QString key = uniqueKey();
    const QString other = uniqueKey();
    QList<QVariant> args;
    QVERIFY(await(
        store, &KeychainStore::written, [&] { store.write(key, "first-token"); }, &args));
    QCOMPARE(args.at(0).toString(), key);
    QVERIFY(await(store, &KeychainStore::written, [&] { store.write(other, "other-token"); }));

    QVERIFY(await(
        store, &KeychainStore::readFinished, [&] { store.read(key); }, &args));
    QCOMPARE(args.at(0).toString(), key);
    QCOMPARE(args.at(1).toByteArray(), "first-token"_ba);

    QVERIFY(await(store, &KeychainStore::written, [&] { store.write(key, "second-token"); }));
    QVERIFY(await(
        store, &KeychainStore::readFinished, [&] { store.read(key); }, &args));
    QCOMPARE(args.at(1).toByteArray(), "second-token"_ba);

    QVERIFY(await(
        store, &KeychainStore::removed, [&] { store.remove(key); }, &args));
    QCOMPARE(args.at(0).toString(), key);
    QVERIFY(await(
        store, &KeychainStore::readFinished, [&] { store.read(key); }, &args));
    QVERIFY(args.at(1).toByteArray().isEmpty());
    // The other account's entry is untouched; removing twice is not an error.
    QVERIFY(await(
        store, &KeychainStore::readFinished, [&] { store.read(other); }, &args));
    QCOMPARE(args.at(1).toByteArray(), "other-token"_ba);
    QVERIFY(await(store, &KeychainStore::removed, [&] { store.remove(key); }));
    QVERIFY(await(store, &KeychainStore::removed, [&] { store.remove(other); }));
}

void TestKeychainStore::secretLivesInTheSecretService()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    KeychainStore store(Service);
    const QString key = uniqueKey();
    const QByteArray secret = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QVERIFY(await(store, &KeychainStore::written, [&] { store.write(key, secret); }));

    // Another Secret Service client finds the entry under our service and key.
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, Service, u"user"_s, key});
    QVERIFY(search.waitForFinished(30000));
    const QByteArray found = search.readAllStandardOutput() + search.readAllStandardError();
    QVERIFY2(found.contains(key.toUtf8()), found.constData());

    QVERIFY(await(store, &KeychainStore::removed, [&] { store.remove(key); }));
}

void TestKeychainStore::operationsOnOneKeyKeepTheirOrder()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    KeychainStore store(Service);
    const QString key = uniqueKey();
    QSignalSpy written(&store, &KeychainStore::written);
    QSignalSpy read(&store, &KeychainStore::readFinished);
    QSignalSpy removed(&store, &KeychainStore::removed);
    // Asked at once, without waiting (a token rotated while the previous one is being stored).
    for (int i = 1; i <= 5; ++i)
        store.write(key, "token-" + QByteArray::number(i));
    store.read(key);
    store.remove(key);
    store.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 30000);
    QCOMPARE(written.size(), 5);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(read.at(0).at(1).toByteArray(), "token-5"_ba);
    QVERIFY(read.at(1).at(1).toByteArray().isEmpty());
}

void TestKeychainStore::missingEntryReadsEmpty()
{
    WEDSYNC_REQUIRE_TEST_KEYRING();
    KeychainStore store(Service);
    QList<QVariant> args;
    QVERIFY(await(
        store, &KeychainStore::readFinished, [&] { store.read(uniqueKey()); }, &args));
    QVERIFY(args.at(1).toByteArray().isEmpty());
}

void TestKeychainStore::unavailableKeychainSaysWhatFailed()
{
    const auto child = wedsync::test::runWithoutSessionBus(ChildVariable, u"write"_s);
    QVERIFY2(child.exitCode == 0, qPrintable(child.output));
    QVERIFY2(wedsync::test::saysKeychainUnavailable(child.output), qPrintable(child.output));
}

WEDSYNC_TEST_MAIN_WITH_CHILD(TestKeychainStore, ChildVariable, runChild)

#include "tst_keychainstore.moc"
