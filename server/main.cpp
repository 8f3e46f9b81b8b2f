// wedsync-server: wires the server library into a process (arguments, signals, exit codes).

#include "EpollEventDispatcher.h"
#include "ServerApp.h"
#include "ServerOptions.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync::server;

namespace {

constexpr int ExitUsageOrStartup = 2;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher, not GLib's: GLib keeps the sockets it polls in a list, and
    // every message a socket sends turns its write notifier on and off again, which searches
    // that list — with 1,000 realtime clients that was a third of the hub's CPU. Qt's keeps
    // them in a hash. Set before the application object, which picks the dispatcher.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // And on Linux not Qt's either, which still hands the kernel every socket on every turn
    // (EpollEventDispatcher.h). WEDSYNC_EVENT_DISPATCHER=qt keeps Qt's, to compare or to
    // rule this one out.
    if (qEnvironmentVariable("WEDSYNC_EVENT_DISPATCHER") != u"qt"_s) {
        auto *epoll = new EpollEventDispatcher;
        if (epoll->isValid())
            QCoreApplication::setEventDispatcher(epoll);
        else
            delete epoll;
    }
    QCoreApplication app(argc, argv);
    // Per-request lines are debug output; QT_LOGGING_RULES can turn them on.
    QLoggingCategory::setFilterRules(u"wedsync.*.debug=false"_s);
    QCoreApplication::setOrganizationName(u"WedSync"_s);
    QCoreApplication::setApplicationName(u"wedsync-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WEDSYNC_VERSION));

    const QString defaultDataDir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto options = ServerOptions::parse(QCoreApplication::arguments(), defaultDataDir);
    if (!options) {
        printLine(stderr, u"wedsync-server: "_s + options.error().message);
        return ExitUsageOrStartup;
    }
    if (options->action == ServerOptions::Action::ShowHelp) {
        printLine(stdout, options->helpText.trimmed());
        return 0;
    }
    if (options->action == ServerOptions::Action::ShowVersion) {
        printLine(stdout, u"wedsync-server "_s + QCoreApplication::applicationVersion());
        return 0;
    }

    ServerApp server(std::move(options).value());
    SignalWatcher watcher;
    // Live-update clients are told first; the loop ends once their sockets closed.
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server,
                     [&server](int) { server.shutDown(); });
    QObject::connect(&server, &ServerApp::shutDownFinished, &app, &QCoreApplication::quit);

    if (auto started = server.start(); !started) {
        printLine(stderr, u"wedsync-server: "_s + started.error().message);
        return ExitUsageOrStartup;
    }
    // The one line launchers wait for (the console reads the port back from it).
    printLine(stdout, u"wedsync-server listening on "_s + server.baseUrl());
    return QCoreApplication::exec();
}
