// The real wedsync-server on loopback, on SQLite and on PostgreSQL, driven over N concurrent
// keep-alive connections, side by side with a peer in the same run: the same two routes written
// as a fastify 5 service on Node (bench/peer-fastify) on the very same database. Requests/s and
// p50/p99 latency for listing an organization's sections and for a versioned update, measured
// by our own client (GET the section's version, then PATCH it with If-Match; the PATCH is what
// is timed) and by the standard wrk (GET; PATCH with a script that takes each section's next
// version from the answers). Prints `uptime` first and a table with wedsync/peer per row; it is
// not a test.
//
//   bench_server [--connections 1,16,64,256] [--seconds 10] [--warmup 2]
//                [--postgresql postgresql://user@host:port/db] [--server PATH]
//                [--node PATH] [--peer bench/peer-fastify/server.mjs] [--no-peer]
//                [--wrk PATH] [--no-wrk]
//
// --postgresql names a cluster on which the bench creates (and drops) a database of its own;
// without it only SQLite is measured. bench/run-server-bench does all of it.
#include "HttpLoad.h"
#include "PeerUnderTest.h"
#include "ServerUnderTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace wedsync::bench;

namespace {

QJsonObject json(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

// One server's figures in one row.
struct Side
{
    bool measured = false;
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 errors = 0;
    QString firstError;
};

Side fromLoad(const LoadResult &result)
{
    return {true,          result.perSecond(), result.percentileMs(0.50), result.percentileMs(0.99),
            result.failed, result.firstError};
}

Side fromWrk(const WrkResult &result)
{
    if (!result.failure.isEmpty())
        return {true, 0, 0, 0, 1, result.failure};
    return {true, result.perSecond, result.p50Ms, result.p99Ms, result.errors, {}};
}

struct Row
{
    QString backend;
    QString scenario;
    QString client; // "bench" (ours) or "wrk"
    int connections = 0;
    QString load; // 1-minute load average when the row started
    Side wedsync;
    Side peer;
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printTable(const QList<Row> &rows)
{
    out() << Qt::left << qSetFieldWidth(11) << "backend" << qSetFieldWidth(9) << "scenario"
          << qSetFieldWidth(6) << "client" << Qt::right << qSetFieldWidth(6) << "conns"
          << qSetFieldWidth(7) << "load" << qSetFieldWidth(10) << "wedsync/s" << qSetFieldWidth(9)
          << "p50 ms" << qSetFieldWidth(9) << "p99 ms" << qSetFieldWidth(8) << "errors"
          << qSetFieldWidth(10) << "peer/s" << qSetFieldWidth(9) << "p50 ms" << qSetFieldWidth(9)
          << "p99 ms" << qSetFieldWidth(8) << "errors" << qSetFieldWidth(8) << "ratio"
          << qSetFieldWidth(0) << '\n';
    for (const Row &row : rows) {
        out() << Qt::left << qSetFieldWidth(11) << row.backend << qSetFieldWidth(9) << row.scenario
              << qSetFieldWidth(6) << row.client << Qt::right << qSetFieldWidth(6)
              << row.connections << qSetFieldWidth(7) << row.load << qSetFieldWidth(10)
              << number(row.wedsync.perSecond, 0) << qSetFieldWidth(9)
              << number(row.wedsync.p50Ms, 2) << qSetFieldWidth(9) << number(row.wedsync.p99Ms, 2)
              << qSetFieldWidth(8) << row.wedsync.errors;
        if (row.peer.measured) {
            out() << qSetFieldWidth(10) << number(row.peer.perSecond, 0) << qSetFieldWidth(9)
                  << number(row.peer.p50Ms, 2) << qSetFieldWidth(9) << number(row.peer.p99Ms, 2)
                  << qSetFieldWidth(8) << row.peer.errors << qSetFieldWidth(8)
                  << (row.peer.perSecond > 0
                          ? number(row.wedsync.perSecond / row.peer.perSecond, 2) + u'x'
                          : u"-"_s);
        }
        out() << qSetFieldWidth(0) << '\n';
        for (const Side *side : {&row.wedsync, &row.peer})
            if (!side->firstError.isEmpty())
                out() << "    first error (" << (side == &row.wedsync ? "wedsync" : "peer")
                      << "): " << side->firstError << '\n';
    }
    out() << "ratio: wedsync req/s / peer req/s in the same row (above 1: wedsync ahead). "
             "GET: GET /organizations/{org}/sections; PATCH: PATCH /sections/{id} with If-Match "
             "(bench: after a GET of the section, the PATCH timed; wrk: PATCH only, the version "
             "taken from the previous answer, a lost race counts as an error: 412).\n";
    out().flush();
}

struct Settings
{
    QString server;
    QString node;
    QString peerScript; // empty: no peer
    QString wrk; // empty: no wrk
    QList<int> counts;
    QStringList scenarios {u"GET"_s, u"PATCH"_s};
    double warmup = 2;
    double seconds = 10;
};

// Where a client sends its requests: wedsync or the peer.
struct Target
{
    QString host;
    quint16 port = 0;
};

Step patchStep(const QList<QByteArray> &sections)
{
    return [sections](int i, HttpConnection &http, auto finished) {
        const QByteArray path = "/api/v1/sections/" + sections.at(i);
        http.send("GET", path, {}, {}, [&http, path, finished, i](const HttpAnswer &current) {
            if (current.status != 200) {
                finished(0, false, u"GET %1 %2"_s.arg(current.status).arg(current.error));
                return;
            }
            const QByteArray body = R"({"customization":{"title":"Bench )"
                + QByteArray::number(QRandomGenerator::global()->generate() % 100000) + R"("}})";
            QElapsedTimer timer;
            timer.start();
            http.send("PATCH", path, body, {{"If-Match", current.header("ETag")}},
                      [timer, finished, i](const HttpAnswer &answer) {
                          finished(
                              timer.nsecsElapsed(), answer.status == 200,
                              u"PATCH #%1: %2 %3"_s.arg(i).arg(answer.status).arg(answer.error));
                      });
        });
    };
}

QList<Row> benchBackend(const Settings &settings, const QString &backend, const QUrl &cluster)
{
    // 256 bench connections and the set-up one come from one address.
    ServerUnderTest server(settings.server, backend, cluster,
                           {u"--max-connections-per-address"_s, u"100000"_s});
    const QByteArray token = server.signIn(u"platform@wedsync.demo"_s);
    std::unique_ptr<PeerUnderTest> peer;
    if (!settings.peerScript.isEmpty())
        peer = std::make_unique<PeerUnderTest>(settings.node, settings.peerScript,
                                               server.database(), server.signingKeyFile());
    QList<std::pair<QString, Target>> targets {{u"wedsync"_s, {server.host(), server.port()}}};
    if (peer)
        targets.append({u"peer"_s, {peer->host(), peer->port()}});

    HttpConnection admin(server.host(), server.port(), token);
    admin.connectNow();
    const QJsonArray organizations
        = json(admin.exchange("GET", "/api/v1/organizations")).value(u"items"_s).toArray();
    if (organizations.size() < 2)
        die(u"the demo data has no two organizations"_s);
    const QByteArray listed = organizations.at(0)[u"id"_s].toString().toLatin1();
    const QByteArray updated = organizations.at(1)[u"id"_s].toString().toLatin1();
    const QByteArray listPath = "/api/v1/organizations/" + listed + "/sections";
    for (const auto &[name, target] : targets) {
        HttpConnection probe(target.host, target.port, token);
        probe.connectNow();
        const HttpAnswer sample = probe.exchange("GET", listPath);
        if (sample.status != 200)
            die(u"%1 does not list sections: %2 %3"_s.arg(name)
                    .arg(sample.status)
                    .arg(QString::fromUtf8(sample.body.left(300))));
        out() << backend << ", " << name << ": the listed dashboard has "
              << json(sample).value(u"items"_s).toArray().size() << " sections, "
              << sample.body.size() << " bytes per answer\n";
    }
    out().flush();

    // One section per connection (in the other organization, so the listed one stays as it is).
    QList<QByteArray> sections;
    for (int i = 0; i < *std::max_element(settings.counts.begin(), settings.counts.end()); ++i) {
        const HttpAnswer created
            = admin.exchange("POST", "/api/v1/organizations/" + updated + "/sections",
                             QJsonDocument(QJsonObject {{u"sectionType"_s, u"bench_%1"_s.arg(i)}})
                                 .toJson(QJsonDocument::Compact));
        if (created.status != 201)
            die(u"cannot create a section: %1 %2"_s.arg(created.status)
                    .arg(QString::fromUtf8(created.body)));
        sections << json(created).value(u"id"_s).toString().toLatin1();
    }
    const auto versionsNow = [&](int count) {
        QList<qint64> versions;
        for (int i = 0; i < count; ++i)
            versions << json(admin.exchange("GET", "/api/v1/sections/" + sections.at(i)))
                            .value(u"version"_s)
                            .toInteger();
        return versions;
    };

    QList<Row> rows;
    for (const QString &scenario : std::as_const(settings.scenarios)) {
        const bool patch = scenario == u"PATCH"_s;
        for (const int connections : settings.counts) {
            for (const QString &client : {u"bench"_s, u"wrk"_s}) {
                if (client == u"wrk"_s && settings.wrk.isEmpty())
                    continue;
                Row row {backend, scenario, client, connections, loadAverage().section(u' ', 0, 0),
                         {},      {}};
                for (const auto &[name, target] : targets) {
                    Side side;
                    if (client == u"bench"_s) {
                        side = fromLoad(runLoad(target.host, target.port, token, connections,
                                                settings.warmup, settings.seconds,
                                                patch ? patchStep(sections) : getStep(listPath)));
                    } else {
                        const QList<QByteArray> mine = sections.mid(0, connections);
                        const QByteArray lua = patch
                            ? wrkPatchScript(mine, versionsNow(connections),
                                             wrkThreads(connections))
                            : QByteArray();
                        side = fromWrk(runWrk(settings.wrk, target.host, target.port,
                                              patch ? QByteArray("/api/v1/sections/" + mine.first())
                                                    : listPath,
                                              token, connections, settings.seconds, lua));
                    }
                    (name == u"wedsync"_s ? row.wedsync : row.peer) = side;
                }
                rows << row;
                out() << "  " << backend << ' ' << scenario << ' ' << client << ' ' << connections
                      << " connections done (" << uptimeLine() << ")\n";
                out().flush();
            }
        }
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Requests/s and latency of wedsync-server over loopback, beside a fastify peer."_s);
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"Concurrent connections; a list runs each."_s, u"n"_s, u"1,16,64,256"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured seconds per scenario."_s,
                                           u"s"_s, u"10"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"Unmeasured seconds first."_s, u"s"_s,
                                          u"2"_s);
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL (also bench it)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    const QCommandLineOption nodeOption(u"node"_s, u"Node.js 22 for the peer."_s, u"path"_s,
                                        u"node"_s);
    const QCommandLineOption peerOption(u"peer"_s, u"The peer's server.mjs (npm ci done)."_s,
                                        u"path"_s, QStringLiteral(WEDSYNC_PEER_SCRIPT));
    const QCommandLineOption noPeerOption(u"no-peer"_s, u"Measure wedsync only."_s);
    const QCommandLineOption wrkOption(u"wrk"_s, u"The wrk executable."_s, u"path"_s, u"wrk"_s);
    const QCommandLineOption noWrkOption(u"no-wrk"_s, u"Our own client only."_s);
    // One scenario alone, e.g. for a profile of the server during PATCH only.
    const QCommandLineOption scenariosOption(u"scenarios"_s, u"GET, PATCH or both (default)."_s,
                                             u"list"_s, u"GET,PATCH"_s);
    const QCommandLineOption noSqliteOption(u"no-sqlite"_s,
                                            u"PostgreSQL only (with --postgresql)."_s);
    parser.addOptions({connectionsOption, secondsOption, warmupOption, pgOption, serverOption,
                       nodeOption, peerOption, noPeerOption, wrkOption, noWrkOption,
                       scenariosOption, noSqliteOption});
    parser.process(app);
    Settings settings;
    settings.server = parser.value(serverOption);
    settings.node = parser.value(nodeOption);
    if (!parser.isSet(noPeerOption))
        settings.peerScript = parser.value(peerOption);
    if (!parser.isSet(noWrkOption))
        settings.wrk = parser.value(wrkOption);
    for (const QString &count : parser.value(connectionsOption).split(u',')) {
        settings.counts << count.toInt();
        if (settings.counts.last() < 1)
            die(u"bad --connections"_s);
    }
    settings.scenarios = parser.value(scenariosOption).split(u',');
    for (const QString &scenario : std::as_const(settings.scenarios)) {
        if (scenario != u"GET"_s && scenario != u"PATCH"_s)
            die(u"bad --scenarios: GET, PATCH or GET,PATCH"_s);
    }
    settings.seconds = parser.value(secondsOption).toDouble();
    settings.warmup = parser.value(warmupOption).toDouble();
    if (settings.seconds <= 0 || settings.warmup < 0)
        die(u"bad --seconds or --warmup"_s);

    out() << uptimeLine() << '\n';
    out() << "wedsync-server bench: " << parser.value(connectionsOption)
          << " keep-alive connections, " << settings.warmup << " s warm-up (our client) + "
          << settings.seconds << " s per scenario, " << QThread::idealThreadCount()
          << " CPUs shared by client and servers, Qt " << qVersion() << "; peer "
          << (settings.peerScript.isEmpty() ? u"none"_s : settings.peerScript) << "; wrk "
          << (settings.wrk.isEmpty() ? u"none"_s : settings.wrk) << "\n";
    out().flush();
    QList<Row> rows;
    if (!parser.isSet(noSqliteOption))
        rows += benchBackend(settings, u"sqlite"_s, {});
    if (parser.isSet(pgOption))
        rows += benchBackend(settings, u"postgresql"_s, QUrl(parser.value(pgOption)));
    else
        out() << "(no --postgresql: SQLite only)\n";
    out() << uptimeLine() << "\n\n";
    printTable(rows);
    return 0;
}
