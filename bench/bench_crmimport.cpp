// bench_crmimport: CRM import figures of the real wedsync-server against the Táve simulator
// (running in this program, on a thread of its own). Not a test: it prints a table.
//
//   1. 10,000 contacts with no rate limit (--crm-rate-limit 0/1): seconds and contacts/s.
//   2. the same with Táve-like limits (the catalog's 1 request/s, enforced by the simulator
//      too): seconds against the floor the limit imposes ((requests - 1) / rate), and 429s seen.
//   3. GET sections latency (p50/p99, one keep-alive connection, sequential) while idle and
//      while an unlimited import runs: jobs run on job workers, the event loop stays free.
//   4. ten imports at once (the runner's default of 10 workers) from a CRM answering each page
//      after 100 ms, as a remote API does, against one such import alone: wall time, the most
//      jobs seen running at once, and throughput as a ratio. The organization is set to the
//      enterprise tier in its database first (no route changes a tier; the demo's is 3).
//
//   bench_crmimport [--contacts 10000] [--concurrent-contacts 2000] [--skip-limited]
//                   [--skip-unlimited] [--skip-concurrent] [--postgresql URL]

#include "HttpLoad.h"
#include "ServerUnderTest.h"
#include "demo/TaveSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace wedsync::bench;
using wedsync::server::TaveSimulator;

namespace {

struct Simulator
{
    QThread thread;
    QObject context; // lives on `thread`: what runs there is queued to it
    TaveSimulator *sim = nullptr;
    QString baseUrl;

    Simulator(int contacts, int ratePerSecond, int delayMs = 0)
    {
        context.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(
            &context,
            [&] {
                sim = new TaveSimulator();
                sim->setApiKey(u"bench-key"_s);
                sim->setContactCount(contacts);
                if (ratePerSecond > 0)
                    sim->setRateLimit(ratePerSecond, 1);
                if (delayMs > 0)
                    sim->setDelayMs(delayMs);
                auto port = sim->listen();
                if (!port)
                    die(port.error().message);
                baseUrl = sim->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~Simulator()
    {
        QMetaObject::invokeMethod(
            &context, [this] { delete sim; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    int tooMany()
    {
        int count = 0;
        QMetaObject::invokeMethod(
            sim, [&] { count = sim->tooManyRequestsCount(); }, Qt::BlockingQueuedConnection);
        return count;
    }
    // Every request the simulator was sent (answered or refused).
    int requests()
    {
        int count = 0;
        QMetaObject::invokeMethod(
            sim, [&] { count = sim->requestCount(); }, Qt::BlockingQueuedConnection);
        return count;
    }
};

QJsonObject call(HttpConnection &http, const QByteArray &method, const QString &path,
                 const QJsonObject &body = {}, int *status = nullptr)
{
    const HttpAnswer answer = http.exchange(
        method, path.toUtf8(),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}});
    if (status)
        *status = answer.status;
    else if (answer.status >= 300 || answer.status == 0)
        die(u"%1 %2: %3 %4"_s.arg(QString::fromLatin1(method), path)
                .arg(answer.status)
                .arg(QString::fromUtf8(answer.body)));
    return QJsonDocument::fromJson(answer.body).object();
}

QString organization(HttpConnection &http)
{
    const QJsonObject orgs = call(http, "GET", u"/api/v1/organizations"_s);
    for (const QJsonValue &org : orgs.value(u"items"_s).toArray()) {
        if (org[u"name"_s].toString().contains(u"Evergreen"_s))
            return org[u"id"_s].toString();
    }
    die(u"no Evergreen organization"_s);
}

// Creates and tests a Táve integration; returns its id.
QString connectTave(HttpConnection &http, const QString &org, const QString &name,
                    const QString &baseUrl)
{
    const QString base = u"/api/v1/organizations/"_s + org + u"/integrations"_s;
    const QJsonObject created
        = call(http, "POST", base,
               QJsonObject {{u"provider"_s, u"tave"_s},
                            {u"name"_s, name},
                            {u"authType"_s, u"api_key"_s},
                            {u"scheduleMinutes"_s, QJsonValue()},
                            {u"direction"_s, u"import_only"_s},
                            {u"conflictStrategy"_s, u"crm_wins"_s},
                            {u"baseUrl"_s, baseUrl},
                            {u"credentials"_s, QJsonObject {{u"apiKey"_s, u"bench-key"_s}}}});
    const QString id = created.value(u"id"_s).toString();
    const QJsonObject test = call(http, "POST", base + u"/"_s + id + u"/test"_s);
    if (!test.value(u"ok"_s).toBool())
        die(u"test connection: "_s + QString::fromUtf8(QJsonDocument(test).toJson()));
    return id;
}

// Starts a full import of an integration; returns the job id.
QString startSync(HttpConnection &http, const QString &org, const QString &integration)
{
    const QJsonObject job
        = call(http, "POST",
               u"/api/v1/organizations/"_s + org + u"/integrations/"_s + integration + u"/sync"_s,
               QJsonObject {{u"kind"_s, u"full_import"_s}});
    return job.value(u"id"_s).toString();
}

QString startImport(HttpConnection &http, const QString &org, const QString &name,
                    const QString &baseUrl)
{
    return startSync(http, org, connectTave(http, org, name, baseUrl));
}

QJsonObject job(HttpConnection &http, const QString &org, const QString &id)
{
    return call(http, "GET", u"/api/v1/organizations/"_s + org + u"/jobs/"_s + id);
}

bool finished(const QJsonObject &job)
{
    const QString status = job.value(u"status"_s).toString();
    return status != u"pending"_s && status != u"running"_s;
}

struct Latency
{
    double p50 = 0;
    double p99 = 0;
    int count = 0;
};

Latency summarize(QList<double> ms)
{
    Latency out;
    if (ms.isEmpty())
        return out;
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(std::ceil(q * ms.size())) - 1));
    };
    out.p50 = at(0.50);
    out.p99 = at(0.99);
    out.count = int(ms.size());
    return out;
}

// Sections of the organization, asked one after the other until `until` says stop.
Latency sectionsLatency(HttpConnection &http, const QString &org,
                        const std::function<bool(int)> &until)
{
    QList<double> ms;
    const QByteArray path = (u"/api/v1/organizations/"_s + org + u"/sections"_s).toUtf8();
    QElapsedTimer timer;
    while (!until(int(ms.size()))) {
        timer.start();
        const HttpAnswer answer = http.exchange("GET", path);
        if (answer.status != 200)
            die(u"GET sections: %1"_s.arg(answer.status));
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarize(ms);
}

struct Row
{
    QString backend;
    QString scenario;
    QString figures;
    QString load;
};

QList<Row> benchBackend(const QString &executable, const QString &backend, const QUrl &cluster,
                        int contacts, bool unlimited, bool limited)
{
    QList<Row> rows;
    const int pages = (contacts + 99) / 100;
    if (unlimited) {
        Simulator sim(contacts, 0);
        ServerUnderTest server(executable, backend, cluster, {u"--crm-rate-limit"_s, u"0/1"_s});
        HttpConnection http(server.host(), server.port(), server.signIn(u"admin@evergreen.demo"_s));
        if (!http.connectNow())
            die(u"cannot connect"_s);
        const QString org = organization(http);
        HttpConnection probe(server.host(), server.port(),
                             server.signIn(u"admin@evergreen.demo"_s));
        if (!probe.connectNow())
            die(u"cannot connect"_s);
        const Latency idle = sectionsLatency(probe, org, [](int n) { return n >= 2000; });
        rows.append({backend, u"GET sections, idle"_s,
                     u"p50 %1 ms, p99 %2 ms (%3 requests)"_s.arg(idle.p50, 0, 'f', 2)
                         .arg(idle.p99, 0, 'f', 2)
                         .arg(idle.count),
                     loadAverage()});

        QElapsedTimer clock;
        clock.start();
        const QString id = startImport(http, org, u"Bench unlimited"_s, sim.baseUrl);
        QJsonObject state;
        const Latency busy = sectionsLatency(probe, org, [&](int n) {
            if (n % 20 != 0)
                return false;
            state = job(http, org, id);
            return finished(state);
        });
        const double secs = double(clock.elapsed()) / 1000.0;
        if (state.value(u"status"_s).toString() != u"completed"_s)
            die(u"the import ended %1: %2"_s.arg(state.value(u"status"_s).toString(),
                                                 state.value(u"error"_s).toString()));
        rows.append({backend, u"import %1 contacts, no rate limit"_s.arg(contacts),
                     u"%1 s, %2 contacts/s (processed %3, created %4)"_s.arg(secs, 0, 'f', 1)
                         .arg(double(contacts) / secs, 0, 'f', 0)
                         .arg(state.value(u"processed"_s).toInt())
                         .arg(state.value(u"created"_s).toInt()),
                     loadAverage()});
        rows.append({backend, u"GET sections, during that import"_s,
                     u"p50 %1 ms, p99 %2 ms (%3 requests)"_s.arg(busy.p50, 0, 'f', 2)
                         .arg(busy.p99, 0, 'f', 2)
                         .arg(busy.count),
                     loadAverage()});
        out() << backend << ": unlimited import done (" << loadAverage() << ")\n";
        out().flush();
    }
    if (limited) {
        // Táve publishes no limit: the catalog's polite 1 request/s, also enforced by the
        // simulator (a 429 would show it was exceeded).
        Simulator sim(contacts, 1);
        ServerUnderTest server(executable, backend, cluster);
        HttpConnection http(server.host(), server.port(), server.signIn(u"admin@evergreen.demo"_s));
        if (!http.connectNow())
            die(u"cannot connect"_s);
        const QString org = organization(http);
        QElapsedTimer clock;
        clock.start();
        const QString id = startImport(http, org, u"Bench limited"_s, sim.baseUrl);
        QJsonObject state;
        do {
            QThread::msleep(250);
            state = job(http, org, id);
        } while (!finished(state));
        const double secs = double(clock.elapsed()) / 1000.0;
        // Every request the connection test and the import made (the address book's pages,
        // and Táve's job and job-contact lists read before them), at 1 request/s, the first
        // one free.
        const int requests = sim.requests();
        const double floor = double(requests - 1);
        rows.append({backend, u"import %1 contacts, Táve-like 1 request/s"_s.arg(contacts),
                     u"%1 s; %2 requests (%3 address-book pages); floor %4 s; ratio %5; "
                     "429s %6; %7"_s.arg(secs, 0, 'f', 1)
                         .arg(requests)
                         .arg(pages)
                         .arg(floor, 0, 'f', 0)
                         .arg(secs / floor, 0, 'f', 3)
                         .arg(sim.tooMany())
                         .arg(state.value(u"status"_s).toString()),
                     loadAverage()});
    }
    return rows;
}

// Scenario 4: the imports are connected and tested first, then started back to back, so that
// they overlap; the job list is polled until all have finished.
Row benchConcurrent(const QString &executable, const QString &backend, const QUrl &cluster,
                    int contacts)
{
    constexpr int Jobs = 10;
    constexpr int PageDelayMs = 100;
    Simulator sim(contacts, 0, PageDelayMs);
    ServerUnderTest server(executable, backend, cluster, {u"--crm-rate-limit"_s, u"0/1"_s});
    HttpConnection http(server.host(), server.port(), server.signIn(u"admin@evergreen.demo"_s));
    if (!http.connectNow())
        die(u"cannot connect"_s);
    const QString org = organization(http);
    server.run(
        u"UPDATE organizations SET subscription_tier = 'enterprise' WHERE id = '%1'"_s.arg(org));
    const auto waitAll = [&](const QStringList &ids, int *mostRunning) {
        QSet<QString> done;
        while (done.size() < ids.size()) {
            int running = 0;
            for (const QString &id : ids) {
                if (done.contains(id))
                    continue;
                const QJsonObject state = job(http, org, id);
                if (finished(state)) {
                    if (state.value(u"status"_s).toString() != u"completed"_s)
                        die(u"an import ended %1: %2"_s.arg(state.value(u"status"_s).toString(),
                                                            state.value(u"error"_s).toString()));
                    done.insert(id);
                } else if (state.value(u"status"_s).toString() == u"running"_s) {
                    ++running;
                }
            }
            *mostRunning = std::max(*mostRunning, running);
            QThread::msleep(50);
        }
    };
    const QString alone = connectTave(http, org, u"Bench alone"_s, sim.baseUrl);
    QElapsedTimer clock;
    clock.start();
    int most = 0;
    waitAll({startSync(http, org, alone)}, &most);
    const double aloneSecs = double(clock.elapsed()) / 1000.0;

    QStringList integrations;
    for (int i = 1; i <= Jobs; ++i)
        integrations.append(connectTave(http, org, u"Bench concurrent %1"_s.arg(i), sim.baseUrl));
    clock.restart();
    QStringList jobs;
    for (const QString &integration : std::as_const(integrations))
        jobs.append(startSync(http, org, integration));
    most = 0;
    waitAll(jobs, &most);
    const double tenSecs = double(clock.elapsed()) / 1000.0;
    out() << backend << ": concurrent imports done (" << loadAverage() << ")\n";
    out().flush();
    return {backend,
            u"%1 imports at once, %2 contacts each, pages answered after %3 ms"_s.arg(Jobs)
                .arg(contacts)
                .arg(PageDelayMs),
            u"%1 s (%2 contacts/s), at most %3 running at once; one alone %4 s (%5 contacts/s); "
            "throughput ratio %6"_s.arg(tenSecs, 0, 'f', 1)
                .arg(double(Jobs * contacts) / tenSecs, 0, 'f', 0)
                .arg(most)
                .arg(aloneSecs, 0, 'f', 1)
                .arg(double(contacts) / aloneSecs, 0, 'f', 0)
                .arg((double(Jobs) * aloneSecs) / tenSecs, 0, 'f', 2),
            loadAverage()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"CRM import figures of wedsync-server against the Táve simulator."_s);
    parser.addHelpOption();
    const QCommandLineOption contactsOption(u"contacts"_s, u"Contacts to import."_s, u"n"_s,
                                            u"10000"_s);
    const QCommandLineOption skipLimited(u"skip-limited"_s, u"Skip the rate-limited import."_s);
    const QCommandLineOption skipUnlimited(u"skip-unlimited"_s,
                                           u"Skip the unlimited import and the latency figures."_s);
    const QCommandLineOption concurrentContacts(
        u"concurrent-contacts"_s, u"Contacts of each of the ten concurrent imports."_s, u"n"_s,
        u"2000"_s);
    const QCommandLineOption skipConcurrent(u"skip-concurrent"_s,
                                            u"Skip the ten concurrent imports."_s);
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL (also bench it)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    parser.addOptions({contactsOption, concurrentContacts, skipLimited, skipUnlimited,
                       skipConcurrent, pgOption, serverOption});
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    if (contacts < 1)
        die(u"bad --contacts"_s);
    out() << "load average before: " << loadAverage() << "; " << QThread::idealThreadCount()
          << " CPUs shared with the server\n";
    out().flush();
    QList<Row> rows = benchBackend(parser.value(serverOption), u"sqlite"_s, {}, contacts,
                                   !parser.isSet(skipUnlimited), !parser.isSet(skipLimited));
    if (parser.isSet(pgOption))
        rows += benchBackend(parser.value(serverOption), u"postgresql"_s,
                             QUrl(parser.value(pgOption)), contacts, !parser.isSet(skipUnlimited),
                             !parser.isSet(skipLimited));
    if (!parser.isSet(skipConcurrent)) {
        const int each = parser.value(concurrentContacts).toInt();
        if (each < 1)
            die(u"bad --concurrent-contacts"_s);
        rows.append(benchConcurrent(parser.value(serverOption), u"sqlite"_s, {}, each));
        if (parser.isSet(pgOption))
            rows.append(benchConcurrent(parser.value(serverOption), u"postgresql"_s,
                                        QUrl(parser.value(pgOption)), each));
    }
    out() << "\n| backend | scenario | figures | load average |\n|---|---|---|---|\n";
    for (const Row &row : rows)
        out() << "| " << row.backend << " | " << row.scenario << " | " << row.figures << " | "
              << row.load << " |\n";
    out() << "load average after: " << loadAverage() << "\n";
    return 0;
}
