// bench_cache: how long a console takes from process start to its cached state in memory.
//
//   bench_cache [--sections N] [--events N] [--runs N] [--keep DIR]
//   e.g. cmake -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench --target
//        bench_cache && build-bench/bench/console/cache/bench_cache --runs 10
//
// Fills a LocalCache file with N sections (core SectionJson, the server's wire form) and N sync
// events (core SyncJson), then starts itself again in "--load FILE" mode per run: the child
// opens the cache and decodes both collections into SectionConfig / SyncEvent, printing the
// steady-clock time of each step; the parent reports median and max from its own start()
// call. Half of the runs first evict the file from the OS page cache (posix_fadvise), so
// "cold file" is a disk read and "warm file" is not. Prints a table; asserts nothing.
#include "SectionJson.h"
#include "SyncJson.h"
#include "cache/LocalCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

qint64 nowNs()
{
    // CLOCK_MONOTONIC: one clock for parent and child.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString uuid(const QString &name)
{
    return QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
}

const QStringList SectionTypes {
    u"timeline"_s, u"budget"_s,    u"guest_list"_s,    u"vendors"_s,   u"tasks"_s,
    u"photos"_s,   u"documents"_s, u"seating_chart"_s, u"run_sheet"_s, u"live_gallery"_s};

QJsonObject sectionJson(int i, const QString &org)
{
    SectionConfig s;
    s.id = uuid(u"section-%1"_s.arg(i));
    s.organizationId = org;
    s.weddingId = i % 3 ? uuid(u"wedding-%1"_s.arg(i / 10)) : QString();
    s.sectionType = SectionTypes.at(i % SectionTypes.size());
    s.visibility.roles = {u"admin"_s, u"coordinator"_s, u"couple"_s};
    s.visibility.conditions = {{u"hasWeddingAccess"_s, true}, {u"minimumRole"_s, u"couple"_s}};
    s.visibility.weddingPhases = {u"planning"_s, u"pre_wedding"_s};
    s.visibility.hasWeddingPhases = true;
    s.layout.position = i % 100;
    s.layout.size = u"large"_s;
    s.layout.columns = 6;
    s.layout.responsive = {{u"mobile"_s, QJsonObject {{u"columns"_s, 12}}}};
    s.customization.title = u"Section %1 — timeline of the day"_s.arg(i);
    s.customization.subtitle = u"Who does what, and when"_s;
    s.customization.color = u"#7c3aed"_s;
    s.customization.icon = u"calendar"_s;
    s.permissions.canView = {u"photographer"_s, u"vendor"_s};
    s.permissions.canEdit = {u"admin"_s, u"coordinator"_s};
    s.metadata.createdBy = uuid(u"user-1"_s);
    s.metadata.updatedBy = uuid(u"user-2"_s);
    s.metadata.version = 1 + i % 7;
    s.metadata.lastSynced = QDateTime::currentDateTimeUtc();
    QJsonObject json = sectionToJson(s);
    json.insert(u"version"_s, s.metadata.version); // as the server sends it
    json.insert(u"createdAt"_s, u"2026-01-05T09:00:00.000Z"_s);
    json.insert(u"updatedAt"_s, u"2026-11-20T17:45:12.345Z"_s);
    return json;
}

QJsonObject eventJson(int i, const QString &org, const QDateTime &at)
{
    SyncEvent e;
    e.id = uuid(u"event-%1"_s.arg(i));
    e.organizationId = org;
    e.kind = i % 10 ? u"config_change"_s : u"resync"_s;
    e.status = i % 17 ? SyncStatus::Success : SyncStatus::Failed;
    e.configVersion = 1000 + i;
    e.source = u"sections"_s;
    e.actorId = uuid(u"user-%1"_s.arg(i % 50));
    e.message = u"Section configuration version %1 delivered to 12 clients."_s.arg(1000 + i);
    e.details = {{u"entityId"_s, uuid(u"section-%1"_s.arg(i % 10000))}, {u"delivered"_s, 12}};
    e.occurredAt = at;
    e.durationMs = 40 + i % 300;
    return syncEventToJson(e);
}

// The child: open, load, decode; one line per step with the steady-clock time.
int load(const QString &path)
{
    std::printf("main %lld\n", nowNs());
    LocalCache cache(u"bench_cache"_s);
    if (!cache.open(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    std::printf("open %lld\n", nowNs());
    QList<SectionConfig> sections;
    const QList<QJsonObject> sectionJsons = cache.documents(u"sections"_s);
    std::printf("sectionsRead %lld\n", nowNs());
    sections.reserve(sectionJsons.size());
    for (const QJsonObject &json : sectionJsons) {
        if (auto section = sectionFromJson(json))
            sections.append(std::move(section).value());
    }
    std::printf("sections %lld %lld\n", nowNs(), qint64(sections.size()));
    // What a first screen shows: the newest page of events.
    QList<SyncEvent> newest;
    for (const QJsonObject &json : cache.recent(u"sync_events"_s, 500)) {
        if (auto event = syncEventFromJson(json))
            newest.append(std::move(event).value());
    }
    std::printf("firstPage %lld %lld\n", nowNs(), qint64(newest.size()));
    QList<SyncEvent> events;
    const QList<QJsonObject> eventJsons = cache.recent(u"sync_events"_s, -1);
    std::printf("eventsRead %lld\n", nowNs());
    events.reserve(eventJsons.size());
    for (const QJsonObject &json : eventJsons) {
        if (auto event = syncEventFromJson(json))
            events.append(std::move(event).value());
    }
    std::printf("events %lld %lld\n", nowNs(), qint64(events.size()));
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("rss %ld\n", usage.ru_maxrss); // KiB on Linux
    std::fflush(stdout);
    return 0;
}

void evict(const QString &path)
{
    for (const QString &file : {path, QString(path + u"-wal"_s)}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

struct Run
{
    double mainMs = 0, openMs = 0, sectionsReadMs = 0, sectionsMs = 0, firstPageMs = 0,
           eventsReadMs = 0, eventsMs = 0;
    double rssMiB = 0;
    qint64 sections = 0, events = 0;
};

std::optional<Run> runChild(const QString &self, const QString &path)
{
    QProcess child;
    const qint64 start = nowNs();
    child.start(self, {u"--load"_s, path});
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", child.readAllStandardError().constData());
        return std::nullopt;
    }
    Run run;
    const auto ms = [start](const QByteArray &ns) {
        return (ns.toLongLong() - start) / 1e6;
    };
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> w = line.split(' ');
        if (w.size() >= 2 && w[0] == "main")
            run.mainMs = ms(w[1]);
        else if (w.size() >= 2 && w[0] == "open")
            run.openMs = ms(w[1]);
        else if (w.size() >= 2 && w[0] == "sectionsRead")
            run.sectionsReadMs = ms(w[1]);
        else if (w.size() >= 2 && w[0] == "firstPage")
            run.firstPageMs = ms(w[1]);
        else if (w.size() >= 2 && w[0] == "eventsRead")
            run.eventsReadMs = ms(w[1]);
        else if (w.size() >= 3 && w[0] == "sections")
            run.sectionsMs = ms(w[1]), run.sections = w[2].toLongLong();
        else if (w.size() >= 3 && w[0] == "events")
            run.eventsMs = ms(w[1]), run.events = w[2].toLongLong();
        else if (w.size() >= 2 && w[0] == "rss")
            run.rssMiB = w[1].toLongLong() / 1024.0;
    }
    return run;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()
        ? 0
        : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

void row(const char *what, const QList<Run> &runs, double Run::*field, const char *unit)
{
    QList<double> v;
    for (const Run &r : runs)
        v << r.*field;
    std::printf("| %-38s | %10.1f | %10.1f | %-3s |\n", what, median(v),
                v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()), unit);
}

void table(const char *title, const QList<Run> &runs)
{
    std::printf("\n%s (%lld runs)\n", title, qint64(runs.size()));
    std::printf("| %-38s | %10s | %10s | %-3s |\n", "process start ->", "median", "max", "");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(40, '-').constData(), QByteArray(12, '-').constData(),
                QByteArray(12, '-').constData(), QByteArray(5, '-').constData());
    row("main() entered", runs, &Run::mainMs, "ms");
    row("cache open (schema checked)", runs, &Run::openMs, "ms");
    row("sections read (JSON objects)", runs, &Run::sectionsReadMs, "ms");
    row("sections decoded (SectionConfig)", runs, &Run::sectionsMs, "ms");
    row("+ newest 500 events (first screen)", runs, &Run::firstPageMs, "ms");
    row("all events read (JSON objects)", runs, &Run::eventsReadMs, "ms");
    row("all events decoded (SyncEvent)", runs, &Run::eventsMs, "ms");
    row("peak RSS of the child", runs, &Run::rssMiB, "MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--load"_s)
        return load(args.at(2));

    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int sectionCount = option(u"--sections"_s, 10000);
    const int eventCount = option(u"--events"_s, 100000);
    const int runs = std::max(2, option(u"--runs"_s, 10));
    QTemporaryDir tmp;
    const qsizetype keepAt = args.indexOf(u"--keep"_s);
    const QString dir = keepAt > 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : tmp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"bench-cache.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);

    QElapsedTimer fill;
    double sectionsFillMs = 0, eventsFillMs = 0;
    {
        LocalCache cache(u"bench_fill"_s);
        if (!cache.open(path)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
            return 1;
        }
        // 100 organizations: one replaceAll each, as a refresh per tenant would write them.
        const int orgs = 100;
        fill.start();
        for (int o = 0; o < orgs; ++o) {
            const QString org = uuid(u"org-%1"_s.arg(o));
            QList<CachedDocument> docs;
            for (int i = o; i < sectionCount; i += orgs) {
                const QJsonObject json = sectionJson(i, org);
                docs.append({json[u"id"_s].toString(), org, json});
            }
            cache.replaceAll(u"sections"_s, org, docs);
        }
        sectionsFillMs = fill.nsecsElapsed() / 1e6;
        // Events arrive in pages of 1,000 (a REST page or a burst of live ones).
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-30);
        fill.restart();
        for (int first = 0; first < eventCount; first += 1000) {
            QList<CachedDocument> page;
            for (int i = first; i < std::min(eventCount, first + 1000); ++i) {
                const QString org = uuid(u"org-%1"_s.arg(i % orgs));
                const QJsonObject json = eventJson(i, org, t0.addMSecs(qint64(i) * 25));
                page.append({json[u"id"_s].toString(), org, json});
            }
            cache.append(u"sync_events"_s, page, eventCount);
        }
        eventsFillMs = fill.nsecsElapsed() / 1e6;
    }
    const qint64 fileBytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();

    QList<Run> warm, cold;
    for (int r = 0; r < runs; ++r) {
        const bool evictFirst = r % 2 == 0;
        if (evictFirst)
            evict(path);
        const std::optional<Run> run = runChild(QCoreApplication::applicationFilePath(), path);
        if (!run)
            return 1;
        if (run->sections != sectionCount || run->events != eventCount) {
            std::fprintf(stderr, "loaded %lld sections, %lld events\n", run->sections, run->events);
            return 1;
        }
        (evictFirst ? cold : warm).append(*run);
    }

    std::printf("bench_cache: %d sections, %d sync events; Qt %s\n", sectionCount, eventCount,
                qVersion());
    std::printf("cache file %.1f MiB (with WAL); fill: sections %.0f ms (100 replaceAll), "
                "events %.0f ms (%d appends of 1,000)\n",
                fileBytes / 1048576.0, sectionsFillMs, eventsFillMs, (eventCount + 999) / 1000);
    table("cold file (evicted from the page cache before each run)", cold);
    table("warm file", warm);
    return 0;
}
