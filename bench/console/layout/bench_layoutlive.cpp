// The layout editor end to end against the real wedsync-server (SQLite): a 500-section
// dashboard from opening to the first painted grid (from the network, then from the local
// cache), the save round trip of one section edit, and an edit saved in console A until
// console B has applied it and repainted its grid, while 100 other consoles are joined on the
// same topic. Prints p50 / p99 and the load average; it is not a test.
//
//   bench_layoutlive [--edits 200] [--watchers 100] [--sections 500]
#include "LayoutDocument.h"
#include "RealtimeFixture.h"
#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "layout/LayoutCanvas.h"
#include "layout/LayoutFeed.h"
#include "realtime/RealtimeChannel.h"
#include "realtime/RealtimeClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
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

constexpr int WaitMs = 120000;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_layoutlive: %s\n", qPrintable(message));
    std::exit(1);
}

QJsonValue answer(ApiReply *reply)
{
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs))
        die(u"no answer from the server"_s);
    if (!reply->ok())
        die(u"HTTP %1: %2"_s.arg(reply->status()).arg(QString::fromUtf8(reply->body().left(300))));
    const QJsonValue json = reply->json();
    reply->deleteLater();
    return json;
}

QJsonArray items(ApiReply *reply)
{
    const QJsonValue json = answer(reply);
    return json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
}

// One console: its own client, cache, outbox, feed, document and grid, as the page has them.
struct Console
{
    QNetworkAccessManager nam;
    ApiClient api {&nam};
    RealtimeClient realtime;
    LocalCache cache;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<LayoutFeed> feed;
    LayoutDocument document;
    std::unique_ptr<LayoutCanvas> canvas;

    Console(const QUrl &base, const SignIn &who, const QString &cachePath, const QString &name)
        : cache(name)
    {
        api.setBaseUrl(base);
        api.setAccessToken(who.accessToken);
        if (!cache.open(cachePath))
            die(u"cache"_s);
        outbox = std::make_unique<Outbox>(&cache, &api);
        realtime.setServer(base);
        realtime.setAccessToken(who.accessToken);
        realtime.open();
        feed = std::make_unique<LayoutFeed>(&api, &realtime, &cache, outbox.get());
        canvas = std::make_unique<LayoutCanvas>(&document);
        canvas->resize(1200, 800);
        canvas->show();
        QObject::connect(feed.get(), &LayoutFeed::sectionChanged, &document,
                         &LayoutDocument::applyRemote);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Layout editor: open, save and live-edit latency."_s);
    parser.addHelpOption();
    const QCommandLineOption editsOption(u"edits"_s, u"Edits timed."_s, u"n"_s, u"200"_s);
    const QCommandLineOption watchersOption(u"watchers"_s, u"Other consoles on the topic."_s,
                                            u"n"_s, u"100"_s);
    const QCommandLineOption sectionsOption(u"sections"_s, u"Sections on the big dashboard."_s,
                                            u"n"_s, u"500"_s);
    parser.addOptions({editsOption, watchersOption, sectionsOption});
    parser.process(app);
    const int edits = std::max(1, parser.value(editsOption).toInt());
    const int watchers = std::max(0, parser.value(watchersOption).toInt());
    const int sectionCount = std::max(1, parser.value(sectionsOption).toInt());

    QTemporaryDir dir;
    ServerProcess server;
    // The watchers are one planner's consoles: more sockets than one user may hold by default.
    if (!server.start({u"--demo"_s, u"--data-dir"_s, dir.filePath(u"server"_s),
                       u"--sockets-per-user"_s, QString::number(watchers + 16)}))
        die(server.errorString());
    const SignIn admin = signIn(server.baseUrl(), u"admin@evergreen.demo"_s);
    const SignIn planner = signIn(server.baseUrl(), u"planner@evergreen.demo"_s);
    const QString org = admin.organizationId;
    QTextStream out(stdout);
    out << "load average before: " << loadAverage() << "\n\n";

    // --- A big dashboard: `sectionCount` sections on one wedding, created over REST.
    Console a(server.baseUrl(), admin, dir.filePath(u"a.sqlite"_s), u"bench-a"_s);
    QString bigWedding;
    for (const QJsonValue &wedding : items(a.api.weddings(org))) {
        if (wedding.toObject().value(u"coupleName"_s).toString() == u"Olivia & Noah")
            bigWedding = wedding.toObject().value(u"id"_s).toString();
    }
    if (bigWedding.isEmpty())
        die(u"no demo wedding Olivia & Noah"_s);
    const QStringList sizes {u"small"_s, u"medium"_s, u"large"_s, u"full"_s};
    for (int i = 0; i < sectionCount; ++i) {
        const QJsonObject body {
            {u"organizationId"_s, org},
            {u"weddingId"_s, bigWedding},
            {u"sectionType"_s, u"bench_section_%1"_s.arg(i)},
            {u"visibility"_s,
             QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"coordinator"_s}}}},
            {u"layout"_s,
             QJsonObject {{u"size"_s, sizes.at(i % 4)}, {u"columns"_s, 1 + (i * 7) % 12}}},
            {u"customization"_s, QJsonObject {{u"title"_s, u"Section %1"_s.arg(i)}}},
            {u"permissions"_s,
             QJsonObject {{u"canView"_s, QJsonArray {u"admin"_s, u"coordinator"_s}},
                          {u"canEdit"_s, QJsonArray {u"admin"_s}}}}};
        answer(a.api.createSection(org, body));
    }

    const auto openAndPaint = [&](Console &console, bool wantCache) {
        QElapsedTimer timer;
        double loadedMs = -1;
        double paintedMs = -1;
        const auto connection
            = QObject::connect(console.feed.get(), &LayoutFeed::loaded, console.canvas.get(),
                               [&](const QList<SectionConfig> &sections, qint64 version,
                                   bool inherited, bool fromCache) {
                                   Q_UNUSED(inherited);
                                   if (fromCache != wantCache || loadedMs >= 0)
                                       return;
                                   loadedMs = timer.nsecsElapsed() / 1e6;
                                   console.document.reset(org, bigWedding, sections, version);
                                   console.canvas->repaint();
                                   paintedMs = timer.nsecsElapsed() / 1e6;
                               });
        timer.start();
        console.feed->open(org, bigWedding);
        if (!QTest::qWaitFor([&] { return paintedMs >= 0; }, WaitMs))
            die(u"the big dashboard did not load"_s);
        QObject::disconnect(connection);
        console.feed->close();
        return std::pair {loadedMs, paintedMs};
    };
    const auto network = openAndPaint(a, false);
    Console cached(server.baseUrl(), admin, dir.filePath(u"a.sqlite"_s), u"bench-a2"_s);
    const auto fromCache = openAndPaint(cached, true);

    // --- Live edits on the organization's default dashboard, with `watchers` more consoles.
    Console b(server.baseUrl(), planner, dir.filePath(u"b.sqlite"_s), u"bench-b"_s);
    b.feed->open(org, {});
    bool bLoaded = false;
    QObject::connect(b.feed.get(), &LayoutFeed::loaded, &b.document,
                     [&](const QList<SectionConfig> &sections, qint64 version, bool, bool cache) {
                         if (cache)
                             return;
                         b.document.reset(org, {}, sections, version);
                         bLoaded = true;
                     });
    std::vector<std::unique_ptr<RealtimeClient>> others;
    for (int i = 0; i < watchers; ++i) {
        auto client = std::make_unique<RealtimeClient>();
        client->setServer(server.baseUrl());
        client->setAccessToken(planner.accessToken);
        client->channel(u"org:"_s + org)->bindRowChanges(u"section_configurations"_s);
        client->channel(u"org:"_s + org)->join();
        client->open();
        others.push_back(std::move(client));
    }
    const auto allOnline = [&] {
        bool online = bLoaded && b.realtime.state() == ConnectionState::Online;
        for (const auto &client : others)
            online = online && client->state() == ConnectionState::Online;
        return online;
    };
    if (!QTest::qWaitFor(allOnline, WaitMs))
        die(u"the consoles did not come online"_s);
    QTest::qWait(1000); // the last joins settle

    SectionWriter writer(server.baseUrl(), admin.accessToken, org);
    if (!writer.isReady())
        die(u"no section to edit"_s);
    QElapsedTimer timer;
    double paintedAt = -1;
    QString expected;
    QObject::connect(&b.document, &LayoutDocument::changed, b.canvas.get(), [&] {
        const auto section = b.document.section(writer.sectionId());
        if (section && section->customization.subtitle == expected && paintedAt < 0) {
            b.canvas->repaint();
            paintedAt = timer.nsecsElapsed() / 1e6;
        }
    });
    std::vector<double> roundTrip;
    std::vector<double> live;
    for (int i = 0; i < edits; ++i) {
        expected = u"Live edit %1"_s.arg(i);
        paintedAt = -1;
        timer.start();
        if (!writer.write(expected))
            die(u"the edit was refused"_s);
        roundTrip.push_back(timer.nsecsElapsed() / 1e6);
        if (!QTest::qWaitFor([&] { return paintedAt >= 0; }, WaitMs))
            die(u"edit %1 never reached console B"_s.arg(i));
        live.push_back(paintedAt);
        QTest::qWait(15); // the server's per-connection write budget
    }

    out << "Layout editor against wedsync-server (SQLite, Debug/Release as built), " << sectionCount
        << "-section dashboard; " << edits << " edits with " << watchers
        << " other consoles on the topic\n\n";
    out << u"%1 | %2 | %3\n"_s.arg(u"figure"_s, -52).arg(u"p50"_s, 10).arg(u"p99"_s, 10);
    const auto row = [&](const QString &name, const std::vector<double> &values) {
        out << u"%1 | %2 | %3\n"_s.arg(name, -52)
                   .arg(u"%1 ms"_s.arg(percentile(values, 50), 0, 'f', 1), 10)
                   .arg(u"%1 ms"_s.arg(percentile(values, 99), 0, 'f', 1), 10);
    };
    row(u"open → first painted grid, from the network"_s, {network.second});
    row(u"open → first painted grid, from the cache"_s, {fromCache.second});
    row(u"save round trip (PATCH with If-Match)"_s, roundTrip);
    row(u"edit sent in A → applied and repainted in B"_s, live);
    out << "\n(open figures are single runs: loaded " << network.first << " ms / "
        << fromCache.first << " ms before the paint)\n";
    out << "load average after: " << loadAverage() << "\n";
    return 0;
}
