// bench_fileimport: a client file of a gigabyte through the console's streamed file import
// (services/integrations/FileImportRun, as the Import file… dialog runs it) into the real
// wedsync-server on loopback. Not a test: it prints a table.
//
// A HoneyBook-style CSV export is written to a temporary folder (unique e-mail per row, a
// quoted line break every 50 rows, a formula cell every 1,000, a row without name or e-mail
// every 5,000), then:
//   1. the check (dry run: how many would be created, updated, skipped — nothing written);
//   2. the import into a file connection of Evergreen (the demo), as one job of it.
// For each: rows, seconds, rows/s, MB/s, and the peak resident memory of this program (the
// console's side: the file must never sit in memory) and of the server.
//
//   bench_fileimport [--megabytes 1024] [--skip-check] [--postgresql URL]

#include "ClientFields.h"
#include "ProcessMemory.h"
#include "ServerUnderTest.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/RestRequest.h"
#include "integrations/FileImportRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

// Writes rows until the file holds `bytes`; answers the number of data rows.
qint64 writeExport(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(u"cannot write %1"_s.arg(path));
    file.write("\xEF\xBB\xBF"
               "First Name;Last Name;Email;Phone;Event Date;Notes\r\n");
    static const char *const first[] = {"Ana", "Zoë", "Lucía", "Mateo", "Olivia", "Noah"};
    static const char *const last[] = {"Ruiz", "Martin", "García", "Okafor", "Nguyen", "Smith"};
    qint64 rows = 0;
    QByteArray chunk;
    while (file.size() + chunk.size() < bytes) {
        ++rows;
        QByteArray line;
        if (rows % 5000 == 0) {
            line = ";;;;;no one\r\n";
        } else {
            line = QByteArray(first[rows % 6]) + ';' + last[(rows / 6) % 6] + ';' + "client"
                + QByteArray::number(rows) + "@example.com;+34 600 "
                + QByteArray::number(rows % 1000000).rightJustified(6, '0') + ';'
                + QByteArray::number(2027 + rows % 3) + '-'
                + QByteArray::number(1 + rows % 12).rightJustified(2, '0') + "-"
                + QByteArray::number(1 + rows % 28).rightJustified(2, '0') + ';'
                + (rows % 1000 == 0     ? QByteArray("=SUM(A1:A2)")
                       : rows % 50 == 0 ? QByteArray("\"Loves\r\npeonies\"")
                                        : QByteArray("Met at the fair"))
                + "\r\n";
        }
        chunk += line;
        if (chunk.size() >= 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return rows;
}

QJsonValue await(ApiReply *reply, const QString &what)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->ok())
        die(u"%1 failed"_s.arg(what));
    const QJsonValue json = reply->json();
    reply->deleteLater();
    return json;
}

struct Figures
{
    QString phase;
    FileImportReport report;
    double seconds = 0;
    double clientPeak = 0;
    double serverPeak = 0;
};

Figures runPhase(const QString &phase, FileImportRun &run, const std::function<void()> &start,
                 qint64 serverPid)
{
    QEventLoop loop;
    Figures figures;
    figures.phase = phase;
    QTextStream err(stderr);
    qint64 lastShown = 0;
    const auto progress = QObject::connect(
        &run, &FileImportRun::progress, &run, [&](qint64 read, qint64 total, qint64 rows) {
            if (read - lastShown < total / 20 && read != total)
                return;
            lastShown = read;
            err << u"  %1: %2 %, %3 rows\n"_s.arg(phase)
                       .arg(100 * read / std::max<qint64>(total, 1))
                       .arg(rows);
            err.flush();
        });
    const auto done = QObject::connect(&run, &FileImportRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    start();
    loop.exec();
    figures.seconds = timer.nsecsElapsed() / 1e9;
    QObject::disconnect(progress);
    QObject::disconnect(done);
    figures.report = run.report();
    figures.clientPeak = processMemoryMiB(0, "VmHWM");
    figures.serverPeak = processMemoryMiB(serverPid, "VmHWM");
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A client file of a gigabyte through the console's streamed file import."_s);
    parser.addHelpOption();
    parser.addOption({u"megabytes"_s, u"Size of the CSV file."_s, u"n"_s, u"1024"_s});
    parser.addOption({u"skip-check"_s, u"Import without the dry run first."_s});
    parser.addOption(
        {u"postgresql"_s, u"Run the server on a fresh database of this cluster."_s, u"url"_s});
    parser.process(app);
    const qint64 bytes = parser.value(u"megabytes"_s).toLongLong() * 1024 * 1024;
    const QString backend = parser.isSet(u"postgresql"_s) ? u"postgresql"_s : u"sqlite"_s;

    QTextStream out(stdout);
    out << u"load average at the start: %1\n"_s.arg(loadAverage());
    out.flush();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"honeybook-export.csv"_s);
    QElapsedTimer written;
    written.start();
    const qint64 rows = writeExport(path, bytes);
    const double megabytes = QFile(path).size() / 1048576.0;
    out << u"wrote %1 MB, %2 data rows, in %3 s\n"_s.arg(megabytes, 0, 'f', 0)
               .arg(rows)
               .arg(written.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();

    ServerUnderTest server(QStringLiteral(WEDSYNC_SERVER_EXECUTABLE), backend,
                           QUrl(parser.value(u"postgresql"_s)));
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(QUrl(u"http://%1:%2"_s.arg(server.host()).arg(server.port())));
    const QString admin = u"admin@evergreen.demo"_s;
    api.setAccessToken(QString::fromLatin1(server.signIn(admin)));
    // Access tokens live 15 minutes and a gigabyte may take longer: sign in again, as the
    // console's session refresh does, well before.
    QTimer renew;
    QObject::connect(&renew, &QTimer::timeout, &api,
                     [&] { api.setAccessToken(QString::fromLatin1(server.signIn(admin))); });
    renew.start(10 * 60 * 1000);

    QString evergreen;
    for (const QJsonValue &org :
         await(api.organizations(), u"organizations"_s).toObject().value(u"items"_s).toArray())
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            evergreen = org.toObject().value(u"id"_s).toString();
    if (evergreen.isEmpty())
        die(u"the demo has no Evergreen Weddings"_s);
    const QJsonObject created
        = await(api.send(restCall("POST", u"/api/v1/organizations/%1/integrations"_s.arg(evergreen),
                                  QJsonObject {{u"provider"_s, u"honeybook"_s},
                                               {u"name"_s, u"HoneyBook export"_s}})),
                u"creating the file connection"_s)
              .toObject();
    const QString integration = created.value(u"id"_s).toString();

    const FilePreview preview = FileImportRun::preview(path);
    if (!preview.error.isEmpty())
        die(preview.error);
    const FieldMapping mapping = suggestMapping(preview.columns, preview.rows);

    FileImportRun run(&api);
    QList<Figures> phases;
    qint64 expected = 0;
    if (!parser.isSet(u"skip-check"_s)) {
        phases.append(runPhase(
            u"check (dry run)"_s, run, [&] { run.check(path, evergreen, mapping); },
            server.processId()));
        expected = phases.last().report.rowsRead;
    }
    phases.append(runPhase(
        u"import"_s, run, [&] { run.run(path, evergreen, integration, mapping, expected); },
        server.processId()));

    out << u"\n%1, %2 MB file, %3 rows\n"_s.arg(backend).arg(megabytes, 0, 'f', 0).arg(rows);
    out << u"| phase | rows read | created | updated | skipped | s | rows/s | MB/s | console peak "
           "RSS | server peak RSS | finished |\n"_s;
    out << u"|---|---|---|---|---|---|---|---|---|---|---|\n"_s;
    for (const Figures &f : phases) {
        out << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 MiB | %10 MiB | %11 |\n"_s
                   .arg(f.phase)
                   .arg(f.report.rowsRead)
                   .arg(f.report.created)
                   .arg(f.report.updated)
                   .arg(f.report.skippedCount)
                   .arg(f.seconds, 0, 'f', 1)
                   .arg(f.report.rowsRead / std::max(f.seconds, 1e-9), 0, 'f', 0)
                   .arg(megabytes / std::max(f.seconds, 1e-9), 0, 'f', 1)
                   .arg(f.clientPeak, 0, 'f', 0)
                   .arg(f.serverPeak, 0, 'f', 0)
                   .arg(f.report.completed ? u"whole file"_s : f.report.error);
    }
    out.flush();
    return phases.last().report.completed ? 0 : 1;
}
