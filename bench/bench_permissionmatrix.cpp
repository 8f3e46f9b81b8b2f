// The Permissions screen's work on a matrix of 300 sections x 6 roles: building it, the live
// findings after one toggle (goal: under 16 ms, so they can run on every change), where each
// grant comes from, Evaluate for one member across the 300 sections, a 300-row permissions file
// parsed and mapped, and the same file imported end to end through the real wedsync-server
// (dry run and apply of POST …/permissions/matrix/apply). Prints a table; not a test.
//
//   bench_permissionmatrix [--sections 300] [--toggles 200] [--repeat 5]
//                          [--postgresql postgresql://user@host:port/db] [--server PATH]
#include "HttpLoad.h"
#include "PermissionBenchSupport.h"
#include "ServerUnderTest.h"

#include "PermissionEngine.h"
#include "PermissionInheritance.h"
#include "PermissionMatrixFindings.h"
#include "PermissionsDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

// ---- The console's side --------------------------------------------------------------------

QList<Figure> benchCore(int sectionCount, int toggles, int repeat)
{
    QRandomGenerator rng(20260614);
    const QList<SectionConfig> sections = benchSections(sectionCount, rng);
    QList<Figure> figures;

    PermissionMatrix matrix;
    figures << timed(u"build the matrix from %1 sections"_s.arg(sectionCount), repeat,
                     [&] { matrix = PermissionMatrix::fromSections(u"org"_s, sections); });

    MatrixFindings findings(sections);
    IntegrityReport report;
    figures << timed(u"findings, first check of the whole matrix"_s, 1,
                     [&] { report = findings.check(matrix); });
    figures.last().note = u"%1 findings"_s.arg(report.findings.size());

    // One toggle, then the findings again: what runs on every click (the goal: < 16 ms).
    Figure incremental {u"findings after one toggle (MatrixFindings)"_s, {}, {}};
    Figure fresh {u"findings after one toggle, checked from scratch"_s, {}, {}};
    qsizetype count = 0;
    for (int i = 0; i < toggles; ++i) {
        MatrixRow &row = matrix.rows[qsizetype(rng.bounded(int(matrix.rows.size())))];
        MatrixCell &cell = row.cell(allRoles().at(int(rng.bounded(RoleCount))));
        const MatrixFlag flag = AllMatrixFlags.at(rng.bounded(3));
        cell.setFlag(flag, !cell.flag(flag));
        QElapsedTimer timer;
        timer.start();
        count = findings.check(matrix).findings.size();
        incremental.ms << double(timer.nsecsElapsed()) / 1e6;
        if (i % 10 == 0) {
            timer.start();
            count = matrixFindings(matrix, sections).findings.size();
            fresh.ms << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    incremental.note = u"goal < 16 ms; %1 findings at the end"_s.arg(count);
    figures << incremental << fresh;

    // Bulk edits re-check many rows at once.
    figures << timed(u"findings after copying a role (all rows)"_s, repeat, [&] {
        PermissionMatrix copied = matrix;
        copyMatrixRole(&copied, Role(rng.bounded(RoleCount)), Role(rng.bounded(RoleCount)));
        findings.check(copied);
    });

    figures << timed(u"grant sources of every cell, no texts"_s, repeat,
                     [&] { matrixGrants(matrix, sections, false); });
    figures << timed(u"grant sources of every cell, engine texts"_s, repeat,
                     [&] { matrixGrants(matrix, sections, true); });

    // Evaluate: one member (a vendor with limited access to the wedding), every section, with
    // the explanation, as the Evaluate tab asks for it.
    const WeddingContext wedding {u"wedding-1"_s, QDate(2026, 6, 14), QTimeZone("Australia/Sydney"),
                                  u"confirmed"_s};
    const QDateTime at(QDate(2026, 6, 13), QTime(22, 0), QTimeZone::utc()); // the wedding day
    UserProfile vendor;
    vendor.userId = u"vendor-1"_s;
    vendor.role = Role::Vendor;
    vendor.weddingAccess = {{wedding.weddingId, u"limited"_s}};
    const PermissionEngine engine;
    int visible = 0;
    figures << timed(
        u"Evaluate one member x %1 sections (compile + explain)"_s.arg(sectionCount), repeat, [&] {
            const EvaluationScope scope(&wedding, at);
            const PermissionSubject subject(vendor, scope);
            QList<CompiledSection> compiled;
            compiled.reserve(sections.size());
            for (const SectionConfig &s : sections)
                compiled << CompiledSection(s);
            visible = 0;
            for (const EffectivePermission &p : engine.evaluateAll(subject, compiled, {true}))
                visible += p.canView;
        });
    figures.last().note = u"%1 visible"_s.arg(visible);
    return figures;
}

// ---- A 300-row file: parsed, mapped, imported through the server ---------------------------

QJsonObject fileFor(const QStringList &types, QRandomGenerator &rng)
{
    PermissionsDocument document;
    document.roles = matrixColumnRoles();
    for (const QString &type : types) {
        PermissionsDocumentRow row;
        row.sectionType = type;
        for (Role role : allRoles())
            row.cells[size_t(roleRank(role))]
                = MatrixCell {rng.bounded(2) == 1, rng.bounded(4) == 1, rng.bounded(4) == 1};
        document.rows << row;
    }
    return permissionsDocumentToJson(document);
}

QJsonObject bodyOf(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

// `withConsole`: also time the console's half (the file parsed and mapped), once per run.
QList<Figure> benchServer(const QString &executable, const QString &backend, const QUrl &cluster,
                          int sectionCount, int repeat, bool withConsole)
{
    ServerUnderTest server(executable, backend, cluster);
    const QByteArray token = server.signIn(u"admin@evergreen.demo"_s);
    HttpConnection admin(server.host(), server.port(), token);
    admin.connectNow();
    const QByteArray org = bodyOf(admin.exchange("GET", "/api/v1/organizations"))
                               .value(u"items"_s)
                               .toArray()
                               .at(0)[u"id"_s]
                               .toString()
                               .toLatin1();
    const QByteArray base = "/api/v1/organizations/" + org;
    const Headers json {{"Content-Type", "application/json"}};

    // Fill the organization's dashboard up to `sectionCount` sections (not timed).
    QStringList types;
    for (const QJsonValue &s : bodyOf(admin.exchange("GET", base + "/sections?scope=organization"))
                                   .value(u"items"_s)
                                   .toArray())
        types << s[u"sectionType"_s].toString();
    for (int i = int(types.size()); i < sectionCount; ++i) {
        const QString type = u"bench_%1"_s.arg(i, 3, 10, QChar(u'0'));
        const QJsonObject section {
            {u"sectionType"_s, type},
            {u"visibility"_s,
             QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"coordinator"_s}}}},
            {u"layout"_s, QJsonObject {{u"size"_s, u"small"_s}, {u"columns"_s, 4}}},
            {u"customization"_s, QJsonObject {{u"title"_s, u"Bench %1"_s.arg(i)}}}};
        const HttpAnswer created
            = admin.exchange("POST", base + "/sections",
                             QJsonDocument(section).toJson(QJsonDocument::Compact), json);
        if (created.status != 201)
            die(u"creating a section: %1 %2"_s.arg(created.status)
                    .arg(QString::fromUtf8(created.body)));
        types << type;
    }

    QRandomGenerator rng(7);
    const QJsonObject files[2] = {fileFor(types, rng), fileFor(types, rng)};
    QList<Figure> figures;
    const QByteArray fileBytes = QJsonDocument(files[0]).toJson(QJsonDocument::Indented);

    // The console's half: the file read, checked and mapped onto the dashboard's matrix.
    const QJsonObject matrixJson = bodyOf(admin.exchange("GET", base + "/permissions/matrix"));
    PermissionMatrix target;
    for (const QJsonValue &row : matrixJson[u"rows"_s].toArray()) {
        if (!row[u"weddingId"_s].isNull())
            continue;
        MatrixRow r;
        r.sectionId = row[u"sectionId"_s].toString();
        r.sectionType = row[u"sectionType"_s].toString();
        target.rows << r;
    }
    qsizetype changes = 0;
    if (withConsole) {
        figures << timed(
            u"%1-row file: parse + map onto the matrix (console)"_s.arg(types.size()), repeat, [&] {
                const auto document = parsePermissionsDocument(fileBytes);
                if (!document)
                    die(document.error().message);
                changes = importPermissions(document.value(), target)->diff.changeCount();
            });
        figures.last().note
            = u"%1 KiB, %2 flag changes"_s.arg(fileBytes.size() / 1024).arg(changes);
    }

    const auto post = [&](const QJsonObject &body, HttpAnswer *answer) {
        *answer = admin.exchange("POST", base + "/permissions/matrix/apply",
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), json);
        if (answer->status != 200)
            die(u"apply: %1 %2"_s.arg(answer->status)
                    .arg(QString::fromUtf8(answer->body.left(400))));
    };
    HttpAnswer answer;
    Figure dryRun {
        u"%1: import %2 rows, dry run (server)"_s.arg(backend).arg(types.size()), {}, {}};
    Figure apply {u"%1: import %2 rows, apply (server)"_s.arg(backend).arg(types.size()), {}, {}};
    qsizetype written = 0;
    for (int i = 0; i < repeat; ++i) {
        const QJsonObject file = files[i % 2];
        QElapsedTimer timer;
        timer.start();
        post({{u"operation"_s, u"import"_s}, {u"document"_s, file}, {u"dryRun"_s, true}}, &answer);
        dryRun.ms << double(timer.nsecsElapsed()) / 1e6;
        const QJsonObject preview = bodyOf(answer);
        timer.start();
        post({{u"operation"_s, u"import"_s},
              {u"document"_s, file},
              {u"expectedVersions"_s, preview[u"expectedVersions"_s]}},
             &answer);
        apply.ms << double(timer.nsecsElapsed()) / 1e6;
        written = preview[u"diff"_s][u"rows"_s].toArray().size();
    }
    dryRun.note = u"diff + findings, %1 KiB answer"_s.arg(answer.body.size() / 1024);
    apply.note = u"%1 sections written, each audited"_s.arg(written);
    figures << dryRun << apply;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Permission matrix benchmark: 300 sections x 6 roles."_s);
    parser.addHelpOption();
    const QCommandLineOption sectionsOpt(u"sections"_s, u"Sections (default 300)."_s, u"n"_s,
                                         u"300"_s);
    const QCommandLineOption togglesOpt(u"toggles"_s, u"Toggles timed (default 200)."_s, u"n"_s,
                                        u"200"_s);
    const QCommandLineOption repeatOpt(u"repeat"_s, u"Runs of the other cases (default 5)."_s,
                                       u"n"_s, u"5"_s);
    const QCommandLineOption pgOpt(u"postgresql"_s, u"Also on this PostgreSQL cluster."_s,
                                   u"url"_s);
    const QCommandLineOption serverOpt(u"server"_s, u"The wedsync-server to run."_s, u"path"_s,
                                       QStringLiteral(WEDSYNC_SERVER_EXECUTABLE));
    parser.addOptions({sectionsOpt, togglesOpt, repeatOpt, pgOpt, serverOpt});
    parser.process(app);
    const int sections = qMax(10, parser.value(sectionsOpt).toInt());
    const int toggles = qMax(1, parser.value(togglesOpt).toInt());
    const int repeat = qMax(1, parser.value(repeatOpt).toInt());

    out() << "bench_permissionmatrix: " << sections << " sections x " << RoleCount
          << " roles; load average " << loadAverage() << "\n\n";
    QList<Figure> figures = benchCore(sections, toggles, repeat);
    figures << benchServer(parser.value(serverOpt), u"sqlite"_s, {}, sections, repeat, true);
    if (parser.isSet(pgOpt))
        figures << benchServer(parser.value(serverOpt), u"postgresql"_s, QUrl(parser.value(pgOpt)),
                               sections, repeat, false);
    printTable(figures);
    out() << "\nload average after: " << loadAverage() << '\n';
    return 0;
}
