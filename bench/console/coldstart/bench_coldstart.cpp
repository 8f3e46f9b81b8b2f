// bench_coldstart: process start -> first painted screen of wedsync-admin from a warm profile
// cache, with the server up and with no server at all. Prints a table (median, max); never
// passes or fails on time.
//
//   build/bench/console/coldstart/bench_coldstart [runs]      (default 7 runs per row)
//
// It prepares the cache itself: starts wedsync-server --demo, signs in as the platform admin
// in-process (the real ConsoleApp) and lets the dashboard load, in a temporary XDG folder that
// the measured child processes share.
#include "ConsoleApp.h"
#include "Workspace.h"
#include "common/ConsolePage.h"
#include "feeds/SyncHealthFeed.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

struct Server
{
    QProcess process;
    QUrl url;
    bool start(const QString &dataDir, const QString &listen)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(WEDSYNC_SERVER_EXECUTABLE),
                      {u"--demo"_s, u"--data-dir"_s, dataDir, u"--listen"_s, listen});
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 60000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        const auto match
            = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(out));
        url = QUrl(match.captured(1));
        return match.hasMatch();
    }
    void stop()
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }
};

// One child run: ms from QProcess::start to the "first-paint" line; -1 on failure.
qint64 measureOnce(const QUrl &server, const QProcessEnvironment &env)
{
    QProcess console;
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    console.start(
        QStringLiteral(WEDSYNC_ADMIN_EXECUTABLE),
        {u"--profile"_s, u"bench"_s, u"--server"_s, server.toString(), u"--language"_s, u"en"_s});
    QByteArray out;
    while (!out.contains("first-paint") && timer.elapsed() < 60000) {
        if (!console.waitForReadyRead(1000) && console.state() != QProcess::Running)
            break;
        out += console.readAllStandardOutput();
    }
    const qint64 elapsed = out.contains("first-paint") ? timer.elapsed() : -1;
    if (!console.waitForFinished(10000))
        console.kill();
    if (elapsed < 0)
        std::fprintf(stderr, "no first paint: %s\n%s\n", out.constData(),
                     console.readAllStandardError().constData());
    return elapsed;
}

struct Row
{
    QString label;
    QList<qint64> samples;
};

void printTable(const QList<Row> &rows, int runs)
{
    std::printf("\nwedsync-admin cold start, process start -> first painted screen (dashboard "
                "from a warm cache), %d runs each\n\n",
                runs);
    std::printf("| %-28s | %9s | %9s | %9s |\n", "server", "median ms", "min ms", "max ms");
    std::printf("|%s|%s|%s|%s|\n", "------------------------------", "-----------", "-----------",
                "-----------");
    for (const Row &row : rows) {
        QList<qint64> s = row.samples;
        std::sort(s.begin(), s.end());
        if (s.isEmpty()) {
            std::printf("| %-28s | %9s | %9s | %9s |\n", qPrintable(row.label), "failed", "-", "-");
            continue;
        }
        std::printf("| %-28s | %9lld | %9lld | %9lld |\n", qPrintable(row.label),
                    static_cast<long long>(s.at(s.size() / 2)), static_cast<long long>(s.first()),
                    static_cast<long long>(s.last()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(home.path()).filePath(QString::fromLatin1(variable)).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WedSync"_s);
    QApplication::setApplicationName(u"wedsync-admin"_s);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;

    Server server;
    if (!server.start(QDir(home.path()).filePath(u"server"_s), u"127.0.0.1:0"_s)) {
        std::fprintf(stderr, "bench_coldstart: wedsync-server did not start\n");
        return 1;
    }

    // Warm the "bench" profile's cache: sign in once and let the dashboard load live data.
    {
        ConsoleOptions options;
        options.server = server.url;
        options.profile = u"bench"_s;
        options.language = u"en"_s;
        ConsoleApp console(options, true);
        console.start();
        console.signInDialog()->setEmail(u"platform@wedsync.demo"_s);
        console.signInDialog()->setPassword(u"demo-password"_s);
        bool live = false;
        bool refreshed = false; // every REST answer of the dashboard is in the cache
        QObject::connect(&console, &ConsoleApp::signedIn, &console, [&] {
            for (ConsolePage *page : console.mainWindow()->pages())
                QObject::connect(
                    page, &ConsolePage::dataUpdated, page,
                    [&live](const QDateTime &, bool fromCache) { live |= !fromCache; });
            QObject::connect(console.workspace()->healthFeed(), &SyncHealthFeed::refreshFinished,
                             &console, [&refreshed](bool ok) { refreshed |= ok; });
        });
        console.signIn(console.signInDialog()->request());
        if (!QTest::qWaitFor([&] { return live && refreshed; }, 60000)) {
            std::fprintf(stderr, "bench_coldstart: the dashboard never loaded (%s)\n",
                         qPrintable(console.signInDialog()->errorText()));
            return 1;
        }
        console.saveWindow();
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WEDSYNC_FIRST_PAINT_PROBE"_s, u"1"_s);
    QList<Row> rows {{u"running (live server)"_s, {}}, {u"none (stopped)"_s, {}}};
    for (int i = 0; i < runs; ++i) {
        if (const qint64 ms = measureOnce(server.url, env); ms >= 0)
            rows[0].samples.append(ms);
    }
    server.stop();
    for (int i = 0; i < runs; ++i) {
        if (const qint64 ms = measureOnce(server.url, env); ms >= 0)
            rows[1].samples.append(ms);
    }
    printTable(rows, runs);
    return 0;
}
