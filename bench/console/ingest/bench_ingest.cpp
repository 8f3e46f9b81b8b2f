// bench_ingest: sync events arriving live at a steady rate (default 5,000/s) go through the
// feed's path — realtime row JSON decoded, coalesced by SyncHealthFeed's SyncEventBatcher (≤ one
// batch per 100 ms), each batch appended to the local cache (a real LocalCache file) and then to
// the event history panel (SyncEventModel + filter proxy + QTableView, shown on the offscreen
// platform) — while a 1 ms timer measures how long the event loop is blocked. Prints a table:
// longest and p99 stall per phase, and resident memory with the history full (100,000 events).
// Figures, not a pass/fail test.
//
//   bench_ingest [--rate 5000] [--seconds 10] [--rows 100000] [--no-cache]

#include "Clock.h"
#include "ModelRoles.h"
#include "ProcessMemory.h"
#include "RoleFilterProxyModel.h"
#include "SyncEventModel.h"
#include "SyncJson.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "dashboard/EventHistoryPanel.h"
#include "feeds/SyncEventBatcher.h"
#include "feeds/SyncHealthFeed.h"
#include "realtime/RealtimeClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

const QString Tenants[]
    = {u"5b0c6f3e-0000-4000-8000-000000000001"_s, u"5b0c6f3e-0000-4000-8000-000000000002"_s,
       u"5b0c6f3e-0000-4000-8000-000000000003"_s, u"5b0c6f3e-0000-4000-8000-000000000004"_s};

// A sync_events row as the realtime channel delivers it.
QJsonObject row(qint64 n)
{
    SyncEvent e;
    e.id = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    e.organizationId = Tenants[n % 4];
    e.kind = n % 10 == 0 ? u"resync"_s : u"config_change"_s;
    e.status = n % 17 == 0 ? SyncStatus::Failed
                           : (n % 5 == 0 ? SyncStatus::Pending : SyncStatus::Success);
    e.configVersion = n;
    e.source = u"sections"_s;
    e.message = u"Configuration version %1 reached 12 of 12 connected clients."_s.arg(n);
    e.details = QJsonObject {{u"delivered"_s, 12}, {u"sectionId"_s, e.id}};
    e.occurredAt = QDateTime::currentDateTimeUtc();
    e.durationMs = n % 300;
    return syncEventToRow(e);
}

struct Phase
{
    QString name;
    qint64 events = 0;
    int batches = 0;
    double seconds = 0;
    double maxStallMs = 0;
    double p99StallMs = 0;
    double p50StallMs = 0;
    double maxAppendMs = 0; // the longest single batch insertion (model + proxy + view)
    int rows = 0;
};

// Runs the event loop for `seconds`, producing `rate` events/s through the batcher, and
// measures the gaps between 1 ms timer ticks.
Phase run(const QString &name, int rate, double seconds, SyncHealthFeed &feed,
          EventHistoryPanel &panel, qint64 *next)
{
    Phase phase;
    phase.name = name;
    QList<double> stalls;
    stalls.reserve(int(seconds * 1000) + 16);

    QElapsedTimer clock;
    clock.start();
    qint64 lastTickNs = clock.nsecsElapsed();
    QTimer monitor;
    monitor.setTimerType(Qt::PreciseTimer);
    monitor.setInterval(1);
    QObject::connect(&monitor, &QTimer::timeout, &monitor, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.append(std::max(0.0, double(now - lastTickNs) / 1e6 - 1.0));
        lastTickNs = now;
    });

    // The producer keeps the cumulative count on schedule, whatever its own timer's jitter.
    qint64 produced = 0;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(5);
    QObject::connect(&producer, &QTimer::timeout, &producer, [&] {
        const qint64 due = qint64(double(clock.nsecsElapsed()) / 1e9 * rate);
        for (; produced < due; ++produced) {
            Result<SyncEvent> event = syncEventFromRow(row((*next)++));
            if (event)
                feed.batcher()->add(event.value());
        }
    });
    // The feed has written the batch to the cache before it says eventsArrived.
    const auto connection = QObject::connect(
        &feed, &SyncHealthFeed::eventsArrived, &monitor,
        [&phase, &panel](const QList<SyncEvent> &events) {
            QElapsedTimer timer;
            timer.start();
            panel.appendEvents(events);
            phase.maxAppendMs = std::max(phase.maxAppendMs, double(timer.nsecsElapsed()) / 1e6);
            ++phase.batches;
        });

    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    monitor.start();
    producer.start();
    loop.exec();
    producer.stop();
    monitor.stop();
    feed.batcher()->flush();
    QObject::disconnect(connection);

    phase.seconds = double(clock.elapsed()) / 1000.0;
    phase.events = produced;
    phase.rows = panel.model()->rowCount();
    std::sort(stalls.begin(), stalls.end());
    if (!stalls.isEmpty()) {
        phase.maxStallMs = stalls.constLast();
        phase.p99StallMs
            = stalls.at(std::min<qsizetype>(stalls.size() - 1, qsizetype(stalls.size() * 0.99)));
        phase.p50StallMs = stalls.at(stalls.size() / 2);
    }
    return phase;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Live sync event ingestion into the dashboard's event history."_s);
    parser.addHelpOption();
    parser.addOption({u"rate"_s, u"Events per second."_s, u"n"_s, u"5000"_s});
    parser.addOption({u"seconds"_s, u"Length of each timed phase."_s, u"s"_s, u"10"_s});
    parser.addOption({u"rows"_s, u"Bound of the history (rows kept)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"no-cache"_s, u"Leave the local cache out of the path."_s});
    parser.process(app);
    const int rate = parser.value(u"rate"_s).toInt();
    const double seconds = parser.value(u"seconds"_s).toDouble();
    const int rows = parser.value(u"rows"_s).toInt();

    const qint64 rssStart = processMemoryKiB(0, "VmRSS");
    // The feed as the app builds it; REST is pointed nowhere (the health refetch after a batch
    // fails at once) and the realtime client stays closed: the rows come from the producer.
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    api.setRetryPolicy({1, 10, 10});
    RealtimeClient realtime;
    LocalCache cache(u"bench-ingest"_s);
    const bool useCache = !parser.isSet(u"no-cache"_s);
    if (useCache && !cache.open(dir.filePath(u"cache.sqlite"_s))) {
        qCritical("cannot open the cache in %s", qPrintable(dir.path()));
        return 1;
    }
    SystemClock clock;
    SyncHealthFeed feed(&api, &realtime, useCache ? &cache : nullptr, &clock);
    feed.setHealthRefetchDelayMs(60 * 60 * 1000); // REST is not what is measured

    EventHistoryPanel panel(nullptr);
    panel.model()->setMaxRows(rows);
    panel.resize(1400, 900);
    panel.show();
    app.processEvents();

    qint64 next = 0;
    QList<Phase> phases;
    phases.append(run(u"filling (empty start)"_s, rate, seconds, feed, panel, &next));

    // Fill up to the bound through the same path, in batches of one 100 ms window each.
    const auto fill = QObject::connect(&feed, &SyncHealthFeed::eventsArrived, &panel,
                                       &EventHistoryPanel::appendEvents);
    const int perBatch = std::max(1, rate / 10);
    while (panel.model()->rowCount() < rows) {
        for (int i = 0; i < perBatch; ++i)
            feed.batcher()->add(syncEventFromRow(row(next++)).value());
        feed.batcher()->flush();
        app.processEvents();
    }
    QObject::disconnect(fill);
    const qint64 rssFull = processMemoryKiB(0, "VmRSS");
    phases.append(run(u"full, trimming oldest"_s, rate, seconds, feed, panel, &next));
    QElapsedTimer filterTimer;
    filterTimer.start();
    panel.proxy()->setRoleFilter(StatusRole, int(SyncStatus::Failed));
    app.processEvents(); // laid out and painted
    const double filterMs = double(filterTimer.nsecsElapsed()) / 1e6;
    phases.append(run(u"full, status filter on"_s, rate, seconds, feed, panel, &next));

    QTextStream out(stdout);
    out << "bench_ingest: " << rate << " events/s, " << seconds << " s per phase, history bound "
        << rows << " rows, " << (useCache ? "local cache on" : "no cache")
        << ", offscreen QTableView " << panel.view()->width() << "x" << panel.view()->height()
        << "\n\n";
    out << QString(u"%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n"_s)
               .arg(u"phase"_s, -24)
               .arg(u"events"_s, 8)
               .arg(u"batches"_s, 7)
               .arg(u"rows"_s, 7)
               .arg(u"max stall ms"_s, 12)
               .arg(u"p99 stall ms"_s, 12)
               .arg(u"p50 stall ms"_s, 12)
               .arg(u"max model ms"_s, 12);
    out << QString(24, u'-') << "-|-" << QString(8, u'-') << "-|-" << QString(7, u'-') << "-|-"
        << QString(7, u'-') << "-|-" << QString(12, u'-') << "-|-" << QString(12, u'-') << "-|-"
        << QString(12, u'-') << "-|-" << QString(12, u'-') << "\n";
    for (const Phase &p : std::as_const(phases)) {
        out << QString(u"%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n"_s)
                   .arg(p.name, -24)
                   .arg(p.events, 8)
                   .arg(p.batches, 7)
                   .arg(p.rows, 7)
                   .arg(p.maxStallMs, 12, 'f', 1)
                   .arg(p.p99StallMs, 12, 'f', 2)
                   .arg(p.p50StallMs, 12, 'f', 2)
                   .arg(p.maxAppendMs, 12, 'f', 1);
    }
    out << "\nStatus filter applied to " << rows
        << " rows (proxy + view, painted): " << QString::number(filterMs, 'f', 1) << " ms";
    out << "\nRSS: " << rssStart / 1024 << " MiB at start, " << rssFull / 1024 << " MiB with "
        << panel.model()->rowCount() << " events loaded ("
        << (rssFull - rssStart) * 1024 / std::max(1, rows) << " bytes per event)\n";
    return 0;
}
