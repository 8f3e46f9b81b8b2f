// LocalBackend with the real wedsync-server: ready with a URL that answers /healthz, one restart
// after the server is killed and a clear failure after the second kill, failed starts (missing
// program, exit code 2) that say why, and no server process left after stop or destruction —
// nor after the console itself is killed.
#include "ServerProcess.h"
#include "backend/LocalBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/types.h>

using namespace Qt::StringLiterals;
using wedsync::LocalBackend;
using wedsync::test::ServerProcess;

namespace {

constexpr int WaitMs = 90000;

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

// Running, not merely a zombie waiting for whoever adopted it to reap it.
bool processRuns(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!processExists(pid) || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

// Set in the environment of this test started as a "console": the data folder.
constexpr char ChildConsole[] = "WEDSYNC_TST_CHILD_CONSOLE";

// GET /healthz; the status field of the answer, or empty.
QString health(const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(u"/healthz"_s);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(30000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"status"_s).toString();
}

} // namespace

class TestLocalBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyAnswersHealthAndStopLeavesNothing();
    void restartsOnceThenFails();
    void destructorStopsTheServer();
    void missingProgramFails();
    void failingStartSaysWhy();
    void findsTheServerFromTheEnvironment();
    void killedConsoleTakesItsServer();
};

void TestLocalBackend::readyAnswersHealthAndStopLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(u"data"_s);
    LocalBackend backend(ServerProcess::executable(), dataDir);
    QSignalSpy ready(&backend, &LocalBackend::ready);
    QSignalSpy failed(&backend, &LocalBackend::failed);
    backend.start();
    QVERIFY2(ready.wait(WaitMs),
             failed.isEmpty() ? "no ready line" : qPrintable(failed.first().first().toString()));
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(backend.url(), url);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QVERIFY(backend.isRunning());
    QCOMPARE(health(url), u"ok"_s);
    // The demo database lives in the data folder.
    QVERIFY(QFile::exists(dataDir + u"/wedsync.db"_s));

    const qint64 pid = backend.processId();
    QVERIFY(processExists(pid));
    backend.stop();
    QVERIFY(!backend.isRunning());
    QVERIFY(!processExists(pid));
    QVERIFY(health(url).isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestLocalBackend::restartsOnceThenFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalBackend backend(ServerProcess::executable(), dir.filePath(u"data"_s));
    QSignalSpy ready(&backend, &LocalBackend::ready);
    QSignalSpy restarted(&backend, &LocalBackend::restarted);
    QSignalSpy failed(&backend, &LocalBackend::failed);
    backend.start();
    QVERIFY(ready.wait(WaitMs));

    const qint64 first = backend.processId();
    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QVERIFY2(restarted.wait(WaitMs),
             failed.isEmpty() ? "not restarted" : qPrintable(failed.first().first().toString()));
    const QUrl again = restarted.first().first().toUrl();
    QCOMPARE(backend.url(), again);
    QCOMPARE(health(again), u"ok"_s);
    const qint64 second = backend.processId();
    QVERIFY(second != first);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);

    QCOMPARE(::kill(pid_t(second), SIGKILL), 0);
    QVERIFY(failed.wait(WaitMs));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"stopped unexpectedly again"_s), qPrintable(message));
    QVERIFY2(message.contains(u"killed"_s), qPrintable(message));
    QCOMPARE(restarted.size(), 1);
    QVERIFY(!backend.isRunning());
    QVERIFY(!processExists(second));
    QTest::qWait(200); // proves that no third server is started: a bounded wait
    QCOMPARE(backend.processId(), 0);
}

void TestLocalBackend::destructorStopsTheServer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto backend
        = std::make_unique<LocalBackend>(ServerProcess::executable(), dir.filePath(u"data"_s));
    QSignalSpy ready(backend.get(), &LocalBackend::ready);
    backend->start();
    QVERIFY(ready.wait(WaitMs));
    const qint64 pid = backend->processId();
    const QUrl url = backend->url();
    QVERIFY(processExists(pid));
    backend.reset();
    QVERIFY(!processExists(pid));
    QVERIFY(health(url).isEmpty());
}

void TestLocalBackend::missingProgramFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"bin/wedsync-server"_s);
    LocalBackend backend(missing, dir.filePath(u"data"_s));
    QSignalSpy failed(&backend, &LocalBackend::failed);
    QSignalSpy ready(&backend, &LocalBackend::ready);
    backend.start();
    QVERIFY(failed.wait(WaitMs));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(missing) && message.contains(u"WEDSYNC_SERVER_EXECUTABLE"_s),
             qPrintable(message));
    QVERIFY(!backend.isRunning());
    QCOMPARE(ready.size(), 0);
}

void TestLocalBackend::failingStartSaysWhy()
{
    // A folder where the database file should be: the server cannot open it and exits with 2.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(dataDir + u"/wedsync.db"_s));
    LocalBackend backend(ServerProcess::executable(), dataDir);
    QSignalSpy failed(&backend, &LocalBackend::failed);
    QSignalSpy restarted(&backend, &LocalBackend::restarted);
    backend.start();
    QVERIFY(failed.wait(WaitMs));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"could not start (exit code 2)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Cannot open database"_s), qPrintable(message));
    // A start that fails is not retried (a bounded wait: nothing is to happen).
    QTest::qWait(200);
    QCOMPARE(restarted.size(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!backend.isRunning());
}

void TestLocalBackend::findsTheServerFromTheEnvironment()
{
    qputenv("WEDSYNC_SERVER_EXECUTABLE", ServerProcess::executable().toLocal8Bit());
    QCOMPARE(LocalBackend::findServerExecutable(), ServerProcess::executable());
    qunsetenv("WEDSYNC_SERVER_EXECUTABLE");
    // The test runs from the build tree, where nothing sits next to it or in ../server.
    QCOMPARE(LocalBackend::findServerExecutable(), QString());
}

// A console killed with SIGKILL cannot stop its server: the server still ends.
void TestLocalBackend::killedConsoleTakesItsServer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildConsole), dir.filePath(u"data"_s));
    console.setProcessEnvironment(environment);
    console.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(console.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(console.canReadLine() || console.state() != QProcess::Running, WaitMs);
    const QByteArray line = console.readLine().trimmed();
    QVERIFY2(line.startsWith("server "), line.constData());
    const qint64 server = line.mid(7).toLongLong();
    QVERIFY(processRuns(server));
    QCOMPARE(::kill(pid_t(console.processId()), SIGKILL), 0);
    QVERIFY(console.waitForFinished());
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(server), 30000);
}

// Started with ChildConsole set, this program plays a console: it starts its built-in server,
// says the server's process id, and waits to be killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QByteArray dataDir = qgetenv(ChildConsole); !dataDir.isEmpty()) {
        LocalBackend backend(ServerProcess::executable(), QString::fromLocal8Bit(dataDir));
        QObject::connect(&backend, &LocalBackend::ready, &app, [&backend] {
            std::printf("server %lld\n", backend.processId());
            std::fflush(stdout);
        });
        QObject::connect(&backend, &LocalBackend::failed, &app, [] { QCoreApplication::exit(1); });
        backend.start();
        return app.exec();
    }
    TestLocalBackend test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_localbackend.moc"
