// How long the console's realtime client takes to catch up after a gap: the client is
// disconnected (close()) while N broadcasts are published on its topic, then open()ed again;
// timed from open() until the Nth replayed message has been handled, on SQLite and (with
// WEDSYNC_TEST_DATABASE_URL) PostgreSQL. Prints a table; it is not a test.
//
//   bench_reconnect [--runs 7] [--messages 1000]
#include "RealtimeFixture.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include "realtime/RealtimeClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

// The server takes at most 100 events per second from one connection; the publishers share
// the load so that a gap is published in well under a second.
constexpr int Publishers = 20;
constexpr int WaitMs = 120000;

struct Figures
{
    QString backend;
    std::vector<double> caughtUpMs; // open() → Nth replayed message handled
    std::vector<double> onlineMs; // open() → Online (every channel joined and caught up)
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::unique_ptr<RealtimeClient> connectedClient(const QUrl &base, const QString &token,
                                                const QString &topic)
{
    auto client = std::make_unique<RealtimeClient>();
    client->setServer(base);
    client->setAccessToken(token);
    client->channel(topic)->join();
    client->open();
    return client;
}

bool measure(const QString &backend, int runs, int messages, Figures *figures)
{
    TestDatabase db(backend);
    if (!db.isReady()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(db.errorString()));
        return false;
    }
    ServerProcess server;
    if (!server.start(db.serverArguments() << u"--demo"_s)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(server.errorString()));
        return false;
    }
    const SignIn reader = signIn(server.baseUrl(), u"admin@evergreen.demo"_s);
    const SignIn writer = signIn(server.baseUrl(), u"planner@evergreen.demo"_s);
    const QString topic = u"org:"_s + reader.organizationId;

    auto measured = connectedClient(server.baseUrl(), reader.accessToken, topic);
    auto watcher = connectedClient(server.baseUrl(), reader.accessToken, topic);
    std::vector<std::unique_ptr<RealtimeClient>> publishers;
    for (int i = 0; i < Publishers; ++i)
        publishers.push_back(connectedClient(server.baseUrl(), writer.accessToken, topic));
    const auto allOnline = [&] {
        bool online = measured->state() == ConnectionState::Online
            && watcher->state() == ConnectionState::Online;
        for (const auto &publisher : publishers)
            online = online && publisher->state() == ConnectionState::Online;
        return online;
    };
    if (!QTest::qWaitFor(allOnline, WaitMs)) {
        std::fprintf(stderr, "%s: clients did not come online\n", qPrintable(backend));
        return false;
    }

    // Timed where the message is handled, not where a wait loop next looks.
    QElapsedTimer timer;
    int handled = 0;
    qint64 caughtUpAt = -1;
    int published = 0;
    QObject::connect(measured->channel(topic), &RealtimeChannel::broadcastReceived, measured.get(),
                     [&](const QString &, const QJsonObject &, qint64, bool) {
                         if (++handled == messages)
                             caughtUpAt = timer.nsecsElapsed();
                     });
    QObject::connect(
        watcher->channel(topic), &RealtimeChannel::broadcastReceived, watcher.get(),
        [&published](const QString &, const QJsonObject &, qint64, bool) { ++published; });
    const QString note(240, u'x'); // about the size of a small row change
    figures->backend = backend;
    for (int run = 0; run < runs; ++run) {
        // Each publisher may send 100 messages per second: one gap per second at most. A
        // pause for the server's rate window, not a wait for something to happen.
        QTest::qWait(1100);
        measured->close();
        handled = 0;
        caughtUpAt = -1;
        published = 0;
        for (int n = 0; n < messages; ++n) {
            publishers[size_t(n % Publishers)]->channel(topic)->broadcast(
                u"tick"_s, QJsonObject {{u"n"_s, n}, {u"note"_s, note}});
        }
        // The watcher stays connected: once it has every message, all are stamped and kept.
        if (!QTest::qWaitFor([&] { return published >= messages; }, WaitMs)) {
            std::fprintf(stderr, "%s: only %d of %d published\n", qPrintable(backend), published,
                         messages);
            return false;
        }
        qint64 onlineAt = -1;
        const QMetaObject::Connection online
            = QObject::connect(measured.get(), &RealtimeClient::stateChanged, measured.get(),
                               [&](ConnectionState state) {
                                   if (state == ConnectionState::Online)
                                       onlineAt = timer.nsecsElapsed();
                               });
        timer.start();
        measured->open();
        const bool caughtUp = QTest::qWaitFor([&] { return handled >= messages; }, WaitMs);
        const bool cameOnline = QTest::qWaitFor([&] { return onlineAt >= 0; }, WaitMs);
        QObject::disconnect(online);
        if (!caughtUp || !cameOnline || handled != messages) {
            std::fprintf(stderr, "%s: run %d handled %d of %d\n", qPrintable(backend), run, handled,
                         messages);
            return false;
        }
        figures->caughtUpMs.push_back(caughtUpAt / 1e6);
        figures->onlineMs.push_back(onlineAt / 1e6);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Realtime client: reconnect-to-caught-up time after a gap."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per backend."_s, u"n"_s, u"7"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages in each gap."_s, u"n"_s,
                                            u"1000"_s);
    parser.addOptions({runsOption, messagesOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int messages = std::max(1, parser.value(messagesOption).toInt());

    QStringList backends {u"sqlite"_s};
    if (!qEnvironmentVariableIsEmpty("WEDSYNC_TEST_DATABASE_URL"))
        backends << u"postgresql"_s;
    QTextStream out(stdout);
    out << "Reconnect after a gap of " << messages << " broadcasts (~300 bytes each), " << runs
        << " runs per backend; times from open()\n\n";
    out << u"%1 | %2 | %3 | %4 | %5 | %6\n"_s.arg(u"backend"_s, -10)
               .arg(u"caught up, median"_s, 18)
               .arg(u"caught up, max"_s, 15)
               .arg(u"Online, median"_s, 15)
               .arg(u"Online, max"_s, 12)
               .arg(u"msgs/s (median)"_s, 15);
    out.flush();
    int failures = 0;
    for (const QString &backend : std::as_const(backends)) {
        Figures figures;
        if (!measure(backend, runs, messages, &figures)) {
            ++failures;
            continue;
        }
        const double caughtUp = median(figures.caughtUpMs);
        out << u"%1 | %2 | %3 | %4 | %5 | %6\n"_s.arg(backend, -10)
                   .arg(u"%1 ms"_s.arg(caughtUp, 0, 'f', 1), 18)
                   .arg(u"%1 ms"_s.arg(
                            *std::max_element(figures.caughtUpMs.begin(), figures.caughtUpMs.end()),
                            0, 'f', 1),
                        15)
                   .arg(u"%1 ms"_s.arg(median(figures.onlineMs), 0, 'f', 1), 15)
                   .arg(u"%1 ms"_s.arg(
                            *std::max_element(figures.onlineMs.begin(), figures.onlineMs.end()), 0,
                            'f', 1),
                        12)
                   .arg(QString::number(messages / (caughtUp / 1000.0), 'f', 0), 15);
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
