// The real wedsync-server on loopback, on SQLite and on PostgreSQL, driven over N concurrent
// keep-alive connections: requests/s and p50/p99 latency for listing an organization's sections
// and for a versioned update (GET the section's version, then PATCH it with If-Match; the
// PATCH is what is timed). Prints a table; it is not a test.
//
//   bench_server [--connections 64[,1,...]] [--seconds 10] [--warmup 2]
//                [--postgresql postgresql://user@host:port/db] [--server PATH]
//
// --postgresql names a cluster on which the bench creates (and drops) a database of its own;
// without it only SQLite is measured. bench/run-server-bench does all of it.
#include "HttpLoad.h"
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

struct Row
{
    QString backend;
    QString scenario;
    int connections = 0;
    LoadResult result;
};

void printTable(const QList<Row> &rows)
{
    out() << Qt::left << qSetFieldWidth(12) << "backend" << qSetFieldWidth(44) << "scenario"
          << Qt::right << qSetFieldWidth(6) << "conns" << qSetFieldWidth(10) << "ops"
          << qSetFieldWidth(10) << "ops/s" << qSetFieldWidth(10) << "p50 ms" << qSetFieldWidth(10)
          << "p99 ms" << qSetFieldWidth(8) << "errors" << qSetFieldWidth(0) << '\n';
    for (const Row &row : rows) {
        out() << Qt::left << qSetFieldWidth(12) << row.backend << qSetFieldWidth(44) << row.scenario
              << Qt::right << qSetFieldWidth(6) << row.connections << qSetFieldWidth(10)
              << row.result.completed << qSetFieldWidth(10)
              << QString::number(row.result.perSecond(), 'f', 0) << qSetFieldWidth(10)
              << QString::number(row.result.percentileMs(0.50), 'f', 2) << qSetFieldWidth(10)
              << QString::number(row.result.percentileMs(0.99), 'f', 2) << qSetFieldWidth(8)
              << row.result.failed << qSetFieldWidth(0) << '\n';
        if (!row.result.firstError.isEmpty())
            out() << "    first error: " << row.result.firstError << '\n';
    }
    out().flush();
}

QList<Row> benchBackend(const QString &executable, const QString &backend, const QUrl &cluster,
                        const QList<int> &counts, double warmup, double seconds)
{
    ServerUnderTest server(executable, backend, cluster);
    const QByteArray token = server.signIn(u"platform@wedsync.demo"_s);
    HttpConnection admin(server.host(), server.port(), token);
    admin.connectNow();
    const QJsonArray organizations
        = json(admin.exchange("GET", "/api/v1/organizations")).value(u"items"_s).toArray();
    if (organizations.size() < 2)
        die(u"the demo data has no two organizations"_s);
    const QByteArray listed = organizations.at(0)[u"id"_s].toString().toLatin1();
    const QByteArray updated = organizations.at(1)[u"id"_s].toString().toLatin1();
    const QByteArray listPath = "/api/v1/organizations/" + listed + "/sections";
    const HttpAnswer sample = admin.exchange("GET", listPath);
    out() << backend << ": the listed dashboard has "
          << json(sample).value(u"items"_s).toArray().size() << " sections, " << sample.body.size()
          << " bytes per answer\n";
    out().flush();

    QList<Row> rows;
    for (const int connections : counts) {
        Row list {backend, u"GET /organizations/{org}/sections"_s, connections, {}};
        list.result = runLoad(
            server.host(), server.port(), token, connections, warmup, seconds,
            [&](int, HttpConnection &http, auto finished) {
                QElapsedTimer timer;
                timer.start();
                http.send("GET", listPath, {}, {}, [timer, finished](const HttpAnswer &answer) {
                    finished(timer.nsecsElapsed(), answer.status == 200,
                             u"%1 %2"_s.arg(answer.status).arg(answer.error));
                });
            });
        rows << list;
    }

    // One section per connection (in the other organization, so the listed one stays as it is).
    QList<QByteArray> sections;
    for (int i = 0; i < *std::max_element(counts.begin(), counts.end()); ++i) {
        const HttpAnswer created
            = admin.exchange("POST", "/api/v1/organizations/" + updated + "/sections",
                             QJsonDocument(QJsonObject {{u"sectionType"_s, u"bench_%1"_s.arg(i)}})
                                 .toJson(QJsonDocument::Compact));
        if (created.status != 201)
            die(u"cannot create a section: %1 %2"_s.arg(created.status)
                    .arg(QString::fromUtf8(created.body)));
        sections << json(created).value(u"id"_s).toString().toLatin1();
    }
    for (const int connections : counts) {
        Row update {backend, u"PATCH /sections/{id} If-Match (after a GET)"_s, connections, {}};
        update.result = runLoad(
            server.host(), server.port(), token, connections, warmup, seconds,
            [&](int i, HttpConnection &http, auto finished) {
                const QByteArray path = "/api/v1/sections/" + sections.at(i);
                http.send(
                    "GET", path, {}, {}, [&http, path, finished, i](const HttpAnswer &current) {
                        if (current.status != 200) {
                            finished(0, false,
                                     u"GET %1 %2"_s.arg(current.status).arg(current.error));
                            return;
                        }
                        const QByteArray body = R"({"customization":{"title":"Bench )"
                            + QByteArray::number(QRandomGenerator::global()->generate() % 100000)
                            + R"("}})";
                        QElapsedTimer timer;
                        timer.start();
                        http.send("PATCH", path, body, {{"If-Match", current.header("ETag")}},
                                  [timer, finished, i](const HttpAnswer &answer) {
                                      finished(timer.nsecsElapsed(), answer.status == 200,
                                               u"PATCH #%1: %2 %3"_s.arg(i)
                                                   .arg(answer.status)
                                                   .arg(answer.error));
                                  });
                    });
            });
        rows << update;
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Requests/s and latency of wedsync-server over loopback."_s);
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"Concurrent connections; a list (64,1) runs each."_s, u"n"_s, u"64"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measured seconds per scenario."_s,
                                           u"s"_s, u"10"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"Unmeasured seconds first."_s, u"s"_s,
                                          u"2"_s);
    const QCommandLineOption pgOption(u"postgresql"_s, u"PostgreSQL cluster URL (also bench it)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server"_s, u"wedsync-server executable."_s, u"path"_s,
                                          QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    parser.addOptions({connectionsOption, secondsOption, warmupOption, pgOption, serverOption});
    parser.process(app);
    QList<int> counts;
    for (const QString &count : parser.value(connectionsOption).split(u',')) {
        counts << count.toInt();
        if (counts.last() < 1)
            die(u"bad --connections"_s);
    }
    const double seconds = parser.value(secondsOption).toDouble();
    const double warmup = parser.value(warmupOption).toDouble();
    if (seconds <= 0 || warmup < 0)
        die(u"bad --seconds or --warmup"_s);

    out() << "wedsync-server bench: " << parser.value(connectionsOption)
          << " keep-alive connections, " << warmup << " s warm-up + " << seconds
          << " s per scenario, " << QThread::idealThreadCount()
          << " CPUs shared by client and server, Qt " << qVersion() << ", load average "
          << loadAverage() << "\n";
    QList<Row> rows
        = benchBackend(parser.value(serverOption), u"sqlite"_s, {}, counts, warmup, seconds);
    if (parser.isSet(pgOption)) {
        const QUrl cluster(parser.value(pgOption));
        rows += benchBackend(parser.value(serverOption), u"postgresql"_s, cluster, counts, warmup,
                             seconds);
    } else {
        out() << "(no --postgresql: SQLite only)\n";
    }
    out() << "load average at the end " << loadAverage() << "\n\n";
    printTable(rows);
    return 0;
}
