// wedsync-server's command line contract: flags, exit codes, the ready line, /healthz, shutdown.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync::test;

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void unreachableDatabaseExitsWithTwo_data();
    void unreachableDatabaseExitsWithTwo();
    void helpAndVersion();
    void readyLineAndHealth_data();
    void readyLineAndHealth();
    void terminationIsClean_data();
    void terminationIsClean();
};

void TestServerCli::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown flag") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("positional") << QStringList {u"extra"_s} << u"extra"_s;
    QTest::newRow("listen without port")
        << QStringList {u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("listen bad port")
        << QStringList {u"--listen"_s, u"127.0.0.1:99999"_s} << u"port"_s;
    QTest::newRow("listen bad host")
        << QStringList {u"--listen"_s, u"example.org:80"_s} << u"--listen"_s;
    QTest::newRow("missing value") << QStringList {u"--database"_s} << u"database"_s;
    QTest::newRow("unknown scheme")
        << QStringList {u"--database"_s, u"mysql://x/y"_s} << u"mysql"_s;
    QTest::newRow("pg without db")
        << QStringList {u"--database"_s, u"postgresql://u@127.0.0.1:5432"_s} << u"database"_s;
    QTest::newRow("pg unknown option")
        << QStringList {u"--database"_s, u"postgresql://u@127.0.0.1/db?colour=red"_s}
        << u"colour"_s;
    QTest::newRow("graph address not a web one")
        << QStringList {u"--microsoft-api-url"_s, u"ftp://graph.example/"_s}
        << u"--microsoft-api-url"_s;
    QTest::newRow("microsoft client file missing")
        << QStringList {u"--microsoft-client"_s, u"/nonexistent/microsoft-client.json"_s}
        << u"Microsoft client file"_s;
    QTest::newRow("read threads negative")
        << QStringList {u"--read-threads"_s, u"-1"_s} << u"--read-threads"_s;
    QTest::newRow("read threads too many")
        << QStringList {u"--read-threads"_s, u"65"_s} << u"--read-threads"_s;
    QTest::newRow("read threads not a number")
        << QStringList {u"--read-threads"_s, u"two"_s} << u"--read-threads"_s;
    QTest::newRow("write threads negative")
        << QStringList {u"--write-threads"_s, u"-1"_s} << u"--write-threads"_s;
    QTest::newRow("write threads too many")
        << QStringList {u"--write-threads"_s, u"65"_s} << u"--write-threads"_s;
    QTest::newRow("write threads twice")
        << QStringList {u"--write-threads"_s, u"1"_s, u"--write-threads"_s, u"2"_s}
        << u"more than once"_s;
    QTest::newRow("microsoft client twice")
        << QStringList {u"--microsoft-client"_s, u"a"_s, u"--microsoft-client"_s, u"b"_s}
        << u"more than once"_s;
}

void TestServerCli::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto outcome = ServerProcess::run(arguments);
    QVERIFY(!outcome.timedOut);
    QVERIFY(!outcome.crashed);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.standardOutput.isEmpty(), outcome.standardOutput.constData());
    const QString err = QString::fromUtf8(outcome.standardError);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(u"not one line: "_s + err));
    QVERIFY2(err.startsWith(u"wedsync-server: "_s), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestServerCli::unreachableDatabaseExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    QTest::newRow("postgresql refused")
        << QStringList {u"--database"_s, u"postgresql://nobody@127.0.0.1:1/none"_s};
    QTest::newRow("sqlite folder not creatable")
        << QStringList {u"--database"_s, u"sqlite:/proc/wedsync-cannot-exist/wedsync.db"_s};
}

void TestServerCli::unreachableDatabaseExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dataDir;
    const auto outcome = ServerProcess::run(
        arguments + QStringList {u"--data-dir"_s, dataDir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(!outcome.timedOut);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.standardOutput.isEmpty());
    const QString err = QString::fromUtf8(outcome.standardError);
    QVERIFY2(err.count(u'\n') == 1, qPrintable(u"not one line: "_s + err));
    QVERIFY2(err.contains(u"database"_s, Qt::CaseInsensitive) || err.contains(u"folder"_s),
             qPrintable(err));
    // The password of a URL never appears in messages.
    const auto withPassword
        = ServerProcess::run({u"--database"_s, u"postgresql://u:s3cret@127.0.0.1:1/none"_s,
                              u"--data-dir"_s, dataDir.path()});
    QCOMPARE(withPassword.exitCode, 2);
    QVERIFY2(!withPassword.standardError.contains("s3cret"),
             withPassword.standardError.constData());
}

void TestServerCli::helpAndVersion()
{
    const auto help = ServerProcess::run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *flag : {"--listen", "--database", "--data-dir", "--demo", "--signing-key"})
        QVERIFY2(help.standardOutput.contains(flag), flag);
    const auto version = ServerProcess::run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.standardOutput.startsWith("wedsync-server "),
             version.standardOutput.constData());
}

void TestServerCli::readyLineAndHealth_data()
{
    TestDatabase::addBackendRows();
}

void TestServerCli::readyLineAndHealth()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    QVERIFY2(db.isReady(), qPrintable(db.errorString()));
    ServerProcess server;
    QVERIFY2(server.start(db.serverArguments()), qPrintable(server.errorString()));
    QVERIFY2(server.readyLine().startsWith(u"wedsync-server listening on http://127.0.0.1:"_s),
             qPrintable(server.readyLine()));
    QVERIFY(server.baseUrl().port() > 0);

    HttpTestClient api(server.baseUrl());
    const HttpTestReply health = api.get(u"/healthz"_s);
    QVERIFY2(health.status == 200, health.describe().constData());
    QVERIFY(health.header("Content-Type").startsWith("application/json"));
    QCOMPARE(health.object().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.object().value(u"database"_s).toString(), backend);
    QVERIFY(!health.object().value(u"version"_s).toString().isEmpty());
    QVERIFY2(!health.header("X-Request-Id").isEmpty(), "every answer carries a request id");
}

void TestServerCli::terminationIsClean_data()
{
    TestDatabase::addBackendRows();
}

void TestServerCli::terminationIsClean()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    QVERIFY2(db.isReady(), qPrintable(db.errorString()));
    ServerProcess server;
    QVERIFY2(server.start(db.serverArguments()), qPrintable(server.errorString()));
    QCOMPARE(server.stop(), 0);
    // A clean stop leaves a database the next start opens without complaint.
    ServerProcess again;
    QVERIFY2(again.start(db.serverArguments()), qPrintable(again.errorString()));
    QCOMPARE(again.stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
