// bench_calendarsync: calendar sync figures (issue 18), the run as the calendar worker makes it
// (CalendarSync on one thread with its own database), against
//   - the Google Calendar and Microsoft Graph simulators (tests/fixtures, in this process, on
//     loopback), and
//   - a real CalDAV server, Radicale (--caldav URL, or WEDSYNC_TEST_CALDAV_URL; else this
//     program starts one with scripts/caldav-server in a temporary folder).
// For each: N events made in the calendar (not timed), the first sync importing them all, then
// 10 events changed in the calendar and the incremental sync that carries them over, then a
// sync with nothing to do. Memory: the process's resident size when a sync starts and its peak
// during the sync (VmHWM, reset before each sync through /proc/self/clear_refs); the
// simulators live in this process, so their rows include their events.
// Not a test: it prints a table.
//
//   bench_calendarsync [--events 5000] [--changes 10] [--caldav URL] [--only google|graph|caldav]
//                      [--skip-google] [--skip-graph] [--skip-caldav]
//                      [--postgresql]  (WEDSYNC_TEST_DATABASE_URL's cluster)

#include "CalendarDav.h"
#include "CalendarTestData.h"
#include "GoogleCalendarSimulator.h"
#include "GraphCalendarSimulator.h"
#include "ProcessMemory.h"
#include "ServerUnderTest.h"
#include "TestDatabase.h"
#include "calendar/CalDavClient.h"
#include "calendar/CalDavRemote.h"
#include "calendar/CalendarSync.h"
#include "calendar/GoogleCalendarRemote.h"
#include "calendar/GraphCalendarRemote.h"
#include "jobs/HttpFetcher.h"
#include "jobs/RateLimiter.h"
#include "storage/CalendarAccountRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;
using namespace wedsync::test;
using namespace wedsync::bench;

namespace {

const QString GoogleCalendar = u"planner@evergreen.demo"_s;
const QString GraphCalendar = u"AAMkADcal-Weddings="_s;

struct Row
{
    QString source;
    QString phase;
    int pulled = 0;
    int pushed = 0;
    qint64 ms = 0;
    double before = 0; // resident memory when the sync started
    double peak = 0;
    QString status;
};

// A database with a planner and a calendar account of `provider`.
struct Store
{
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Database> db;
    SystemClock clock;
    CalendarOwner owner;
    CalendarAccount account;

    QNetworkAccessManager network;
    RateLimiter limiter;
    HttpFetcher fetcher {network, limiter};

    // False (and why on stderr) when the database or the account could not be made.
    bool open(const QString &backend, CalendarAccount base)
    {
        const QString error = prepare(backend, std::move(base));
        if (!error.isEmpty())
            std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return error.isEmpty();
    }

    QString prepare(const QString &backend, CalendarAccount base)
    {
        testDb = std::make_unique<TestDatabase>(backend);
        if (!testDb->isReady())
            return testDb->errorString();
        auto url = DatabaseUrl::parse(testDb->url());
        if (!url)
            return url.error().message;
        auto opened = Database::open(url.value());
        if (!opened)
            return opened.error().message;
        db = std::move(opened).value();
        if (auto migrated = Migrations(*db, schemaMigrations()).apply(); !migrated)
            return migrated.error().message;
        owner = createCalendarOwner(*db, clock);
        base.organizationId = owner.organizationId;
        base.userId = owner.userId;
        base.timeZone = u"Europe/Madrid"_s;
        base.conflictStrategy = u"ask"_s;
        base.direction = u"import"_s; // only the calendar's events are measured
        auto created = CalendarAccountRepository(*db, clock).create(base);
        if (!created)
            return created.error().message;
        account = created.value();
        return {};
    }

    // The first sync, `change` made in the calendar, the incremental sync, one with nothing to do.
    QList<Row> phases(CalendarRemote &remote, const QString &source, int changes,
                      const std::function<void(int)> &change)
    {
        QList<Row> rows {run(remote, source, u"first sync"_s)};
        for (int i = 0; i < changes; ++i)
            change(i);
        rows << run(remote, source, u"%1 changed"_s.arg(changes));
        rows << run(remote, source, u"nothing changed"_s);
        return rows;
    }

    Row run(CalendarRemote &remote, const QString &source, const QString &phase)
    {
        auto current = CalendarAccountRepository(*db, clock).findById(account.id);
        CalendarSync sync(*db, clock, remote, current.value().value());
        resetPeakMemory();
        const double before = processMemoryMiB(0, "VmRSS");
        QElapsedTimer timer;
        timer.start();
        const CalendarSyncLog log = sync.run();
        Row row {source,
                 phase,
                 log.pulled,
                 log.pushed,
                 timer.elapsed(),
                 before,
                 processMemoryMiB(0, "VmHWM"),
                 log.status};
        if (!log.errors.isEmpty())
            row.status += u" ("_s + log.errors.first().left(80) + u')';
        return row;
    }
};

QJsonObject googleEvent(int i)
{
    const QDateTime start
        = QDateTime(QDate(2027, 1, 1), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(i) * 3600);
    return {{u"summary"_s, u"Tasting %1"_s.arg(i)},
            {u"location"_s, u"Finca %1"_s.arg(i % 50)},
            {u"start"_s, QJsonObject {{u"dateTime"_s, start.toString(Qt::ISODate)}}},
            {u"end"_s, QJsonObject {{u"dateTime"_s, start.addSecs(5400).toString(Qt::ISODate)}}}};
}

// A calendar in one of the simulators, as benchSimulated() drives it.
struct SimulatedCalendar
{
    QString source; // the rows' name
    QString provider; // the account's
    QString calendar;
    std::function<QString(int)> add; // makes the i-th event, answers its id
    std::function<void(const QString &, int)> change; // the i-th change, made to that event
    std::function<std::unique_ptr<CalendarRemote>(HttpFetcher &)> remote;
};

QList<Row> benchSimulated(const QString &backend, bool listening, const SimulatedCalendar &peer,
                          int events, int changes)
{
    if (!listening) {
        std::fprintf(stderr, "the %s could not listen\n", qPrintable(peer.source));
        return {};
    }
    QStringList ids;
    for (int i = 0; i < events; ++i)
        ids << peer.add(i);

    Store store;
    CalendarAccount account;
    account.provider = peer.provider;
    account.name = peer.source;
    account.calendars = {peer.calendar};
    if (!store.open(backend, account))
        return {};
    const std::unique_ptr<CalendarRemote> remote = peer.remote(store.fetcher);
    return store.phases(*remote, peer.source, changes,
                        [&](int i) { peer.change(ids.at(i * (events / changes)), i); });
}

QList<Row> benchGoogle(const QString &backend, int events, int changes)
{
    GoogleCalendarSimulator google;
    const bool listening = google.listen().ok();
    google.addCalendar(GoogleCalendar, u"Weddings"_s, u"Europe/Madrid"_s, true);
    const QString token = google.grant().accessToken;
    return benchSimulated(
        backend, listening,
        {u"Google simulator"_s, u"google"_s, GoogleCalendar,
         [&](int i) {
             return google.addEvent(GoogleCalendar, googleEvent(i)).value(u"id"_s).toString();
         },
         [&](const QString &id, int i) {
             google.changeEvent(GoogleCalendar, id, {{u"summary"_s, u"Moved tasting %1"_s.arg(i)}});
         },
         [&](HttpFetcher &fetcher) {
             return std::make_unique<GoogleCalendarRemote>(fetcher, QUrl(google.baseUrl()), token,
                                                           GoogleCalendarRemote::Refresh {});
         }},
        events, changes);
}

// The i-th of `events` spread over the next year (inside GraphCalendarRemote's window), in
// Madrid's time under its Windows name, as Outlook writes them.
QJsonObject graphEvent(int i, int events)
{
    static const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
    const QDateTime start = QDateTime(tomorrow, QTime(9, 0), QTimeZone("Europe/Madrid"))
                                .addSecs(qint64(i) * 365 * 86400 / events);
    const auto at = [](const QDateTime &t) {
        return QJsonObject {{u"dateTime"_s, t.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)},
                            {u"timeZone"_s, u"Romance Standard Time"_s}};
    };
    return {{u"subject"_s, u"Tasting %1"_s.arg(i)},
            {u"location"_s, QJsonObject {{u"displayName"_s, u"Finca %1"_s.arg(i % 50)}}},
            {u"start"_s, at(start)},
            {u"end"_s, at(start.addSecs(5400))}};
}

QList<Row> benchGraph(const QString &backend, int events, int changes)
{
    GraphCalendarSimulator graph;
    const bool listening = graph.listen().ok();
    graph.addCalendar(GraphCalendar, u"Weddings"_s, true);
    const QString token = graph.grant().accessToken;
    return benchSimulated(
        backend, listening,
        {u"Graph simulator"_s, u"microsoft"_s, GraphCalendar,
         [&](int i) {
             return graph.addEvent(GraphCalendar, graphEvent(i, events)).value(u"id"_s).toString();
         },
         [&](const QString &id, int i) {
             graph.changeEvent(id, {{u"subject"_s, u"Moved tasting %1"_s.arg(i)}});
         },
         [&](HttpFetcher &fetcher) {
             // No setPageSize: the page size the worker (CalendarConnection) leaves, 200.
             return std::make_unique<GraphCalendarRemote>(fetcher, QUrl(graph.baseUrl()), token,
                                                          GraphCalendarRemote::Refresh {});
         }},
        events, changes);
}

QByteArray icsEvent(int i, const QString &summary)
{
    const QDateTime start
        = QDateTime(QDate(2027, 1, 1), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(i) * 3600);
    const auto stamp = [](const QDateTime &t) {
        return t.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    };
    return (u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:bench-"_s
            + QString::number(i) + u"@radicale\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:"_s
            + stamp(start) + u"\r\nDTEND:"_s + stamp(start.addSecs(5400)) + u"\r\nSUMMARY:"_s
            + summary + u"\r\nLOCATION:Finca "_s + QString::number(i % 50)
            + u"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_s)
        .toUtf8();
}

QList<Row> benchCalDav(const QString &backend, const QString &caldavUrl, int events, int changes)
{
    QList<Row> rows;
    const QString user = u"bench"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString calendar = u"/"_s + user + u"/work/"_s;
    QNetworkAccessManager network;
    DavCalendarClient dav(&network, caldavUrl, user, u"bench"_s);
    if (dav.send("MKCALENDAR", calendar) != 201) {
        std::fprintf(stderr, "Radicale at %s refused MKCALENDAR\n", qPrintable(caldavUrl));
        return rows;
    }
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < events; ++i) {
        if (const int status
            = dav.send("PUT", calendar + u"e%1.ics"_s.arg(i), icsEvent(i, u"Tasting %1"_s.arg(i)));
            status >= 300) {
            std::fprintf(stderr, "PUT %d answered %d\n", i, status);
            return rows;
        }
    }
    std::printf("(%d events PUT into Radicale in %.1f s)\n", events, setup.elapsed() / 1000.0);

    Store store;
    CalendarAccount account;
    account.provider = u"caldav"_s;
    account.name = u"Radicale"_s;
    account.serverUrl = caldavUrl;
    account.username = user;
    account.calendars = {calendar};
    if (!store.open(backend, account))
        return rows;
    HttpFetcher &fetcher = store.fetcher;
    CalDavClient client(fetcher, QUrl(caldavUrl), user, u"bench"_s);
    CalDavRemote remote(client);
    return store.phases(remote, u"Radicale"_s, changes, [&](int i) {
        const int n = i * (events / changes);
        dav.send("PUT", calendar + u"e%1.ics"_s.arg(n), icsEvent(n, u"Moved tasting %1"_s.arg(n)));
    });
}

QString startRadicale(const QString &folder)
{
    QProcess start;
    start.start(QStringLiteral(WEDSYNC_SOURCE_DIR "/scripts/caldav-server"), {u"start"_s, folder});
    if (!start.waitForFinished(60000) || start.exitCode() != 0) {
        std::fprintf(stderr, "scripts/caldav-server start failed: %s\n",
                     start.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(start.readAllStandardOutput()).trimmed();
}

void stopRadicale(const QString &folder)
{
    QProcess::execute(QStringLiteral(WEDSYNC_SOURCE_DIR "/scripts/caldav-server"),
                      {u"stop"_s, folder});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Calendar sync figures: Google and Graph simulators, Radicale."_s);
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Events in each calendar."_s, u"N"_s,
                                          u"5000"_s);
    const QCommandLineOption changesOption(u"changes"_s,
                                           u"Events changed before the "
                                           "incremental sync."_s,
                                           u"N"_s, u"10"_s);
    const QCommandLineOption caldavOption(u"caldav"_s, u"A Radicale to use."_s, u"URL"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Only this peer: google, graph or caldav."_s,
                                        u"PEER"_s);
    const QCommandLineOption skipGoogle(u"skip-google"_s, u"No Google rows."_s);
    const QCommandLineOption skipGraph(u"skip-graph"_s, u"No Graph rows."_s);
    const QCommandLineOption skipCalDav(u"skip-caldav"_s, u"No Radicale rows."_s);
    const QCommandLineOption postgresql(u"postgresql"_s,
                                        u"PostgreSQL (WEDSYNC_TEST_DATABASE_URL) instead of "
                                        "SQLite."_s);
    parser.addOptions({eventsOption, changesOption, caldavOption, onlyOption, skipGoogle, skipGraph,
                       skipCalDav, postgresql});
    parser.process(app);
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && !QStringList {u"google"_s, u"graph"_s, u"caldav"_s}.contains(only)) {
        std::fprintf(stderr, "--only: google, graph or caldav, not %s\n", qPrintable(only));
        return 2;
    }
    const auto wanted = [&](const QString &peer, const QCommandLineOption &skip) {
        return (only.isEmpty() || only == peer) && !parser.isSet(skip);
    };
    const int events = qMax(1, parser.value(eventsOption).toInt());
    const int changes = qBound(1, parser.value(changesOption).toInt(), events);
    const QString backend = parser.isSet(postgresql) ? u"postgresql"_s : u"sqlite"_s;

    std::printf("bench_calendarsync: %d events, %d changed, %s; load average %s\n", events, changes,
                qPrintable(backend), qPrintable(wedsync::bench::loadAverage()));
    QList<Row> rows;
    if (wanted(u"google"_s, skipGoogle))
        rows << benchGoogle(backend, events, changes);
    if (wanted(u"graph"_s, skipGraph))
        rows << benchGraph(backend, events, changes);
    if (wanted(u"caldav"_s, skipCalDav)) {
        QString url = parser.value(caldavOption);
        if (url.isEmpty())
            url = qEnvironmentVariable("WEDSYNC_TEST_CALDAV_URL");
        QTemporaryDir folder;
        const bool own = url.isEmpty();
        if (own)
            url = startRadicale(folder.path());
        if (!url.isEmpty())
            rows << benchCalDav(backend, url, events, changes);
        if (own && !url.isEmpty())
            stopRadicale(folder.path());
    }

    std::printf("\n| source | sync | pulled | pushed | time | events/s | RSS before | peak RSS "
                "| status |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (const Row &row : rows) {
        const double perSecond = row.ms > 0 ? row.pulled * 1000.0 / double(row.ms) : 0;
        std::printf("| %s | %s | %d | %d | %lld ms | %.0f | %.0f MiB | %.0f MiB | %s |\n",
                    qPrintable(row.source), qPrintable(row.phase), row.pulled, row.pushed,
                    static_cast<long long>(row.ms), perSecond, row.before, row.peak,
                    qPrintable(row.status));
    }
    std::printf("load average at the end %s\n", qPrintable(wedsync::bench::loadAverage()));
    return rows.isEmpty() ? 1 : 0;
}
