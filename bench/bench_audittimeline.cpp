// A wedding's audit timeline with 50,000 audit rows. Server: the first page of
// GET /audit?weddingId= as the handler reads it (the page newest first and the total, with the
// wedding's suppliers' compliance rows included at query time) on SQLite, or on PostgreSQL with
// --database, in-process on the storage layer (no HTTP, no sign-in); the tenant's whole trail's
// first page beside it for comparison. Console, offscreen: the audit screen in timeline mode
// given its first page until it is painted, then every page of the 50,000 appended as scrolling
// asks for them, then scrolled from top to bottom a screen at a time. Prints a table; not a
// test.
//
//   bench_audittimeline [--rows 50000] [--runs 10] [--database postgresql://.../emptydb]
#include "PermissionBenchSupport.h"
#include "ServerUnderTest.h"
#include "ViewPaintCounter.h"

#include "AuditModel.h"
#include "AuditTimelineModel.h"
#include "api/ApiClient.h"
#include "audit/AuditPage.h"
#include "common/Ids.h"
#include "common/ScriptedPrompts.h"
#include "feeds/AuditFeed.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"
#include "storage/OrganizationRepository.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace ids = wedsync::server::ids;

namespace {

constexpr int PageSize = AuditFeed::DefaultPageSize;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A section change of the wedding, `minutes` before now, as the trail keeps it.
AuditRecord sectionChange(const QString &org, const QString &wedding, const QString &actor, int i,
                          const QDateTime &at)
{
    AuditRecord r;
    r.id = ids::create();
    r.occurredAt = at;
    r.actorId = actor;
    r.organizationId = org;
    r.entityType = u"section_configuration"_s;
    r.entityId = ids::named(u"bench-section:%1"_s.arg(i % 40));
    r.action = u"update"_s;
    r.weddingId = wedding;
    const auto side = [&](int version) {
        return QJsonObject {
            {u"id"_s, r.entityId},
            {u"weddingId"_s, wedding},
            {u"version"_s, version},
            {u"layout"_s, QJsonObject {{u"position"_s, i % 12}}},
            {u"customization"_s,
             QJsonObject {{u"title"_s, u"Section %1 v%2"_s.arg(i % 40).arg(version)}}}};
    };
    r.before = side(i);
    r.after = side(i + 1);
    return r;
}

// The storage side: a tenant with the wedding's rows, as many rows of its other weddings, and
// its suppliers' compliance rows (a few hundred, through wedding access).
void benchServer(const QString &databaseUrl, int rows, int runs, QList<Figure> *figures)
{
    using namespace wedsync::server;
    QTemporaryDir dir;
    const QString url
        = databaseUrl.isEmpty() ? u"sqlite:"_s + dir.filePath(u"bench.db"_s) : databaseUrl;
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        die(parsed.error().message);
    auto opened = Database::open(parsed.value());
    if (!opened)
        die(opened.error().message);
    Database &db = *opened.value();
    if (auto migrated = Migrations(db, schemaMigrations()).apply(); !migrated)
        die(migrated.error().message);
    SystemClock clock;
    const QString org = ids::create(), wedding = ids::create(), other = ids::create();
    const QString actor = ids::create(), supplier = ids::create();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        if (auto made = OrganizationRepository(db, clock).create(
                {org, u"Bench"_s, u"bench"_s, u"starter"_s, {}});
            !made)
            die(made.error().message);
        UserRepository users(db, clock);
        for (const QString &id : {actor, supplier}) {
            if (auto made
                = users.create({id, id + u"@bench.test"_s, u"Bench"_s, u"x"_s, false, {}});
                !made)
                die(made.error().message);
        }
        WeddingRepository weddings(db, clock);
        for (const QString &id : {wedding, other}) {
            if (auto made = weddings.create(
                    {id, org, u"Bench couple"_s, now.date(), u"UTC"_s, u"active"_s, 1, {}, {}});
                !made)
                die(made.error().message);
        }
        if (auto granted = weddings.grantAccess(org, {supplier, wedding, u"limited"_s}); !granted)
            die(granted.error().message);
        AuditRepository audit(db, clock);
        for (int i = 0; i < rows * 2; ++i) {
            // Every 100th row of the wedding is its supplier's; the others alternate weddings.
            AuditRecord r = sectionChange(org, i % 2 ? other : wedding, actor, i,
                                          now.addSecs(-60 * (rows * 2 - i)));
            if (i % 200 == 0) {
                r.entityType = AuditRepository::SupplierEntity.toString();
                r.entityId = supplier;
                r.weddingId.clear();
            }
            if (auto written = audit.append(r); !written)
                die(written.error().message);
        }
        if (auto committed = tx.commit(); !committed)
            die(committed.error().message);
    }
    out() << "server: " << rows * 2 << " audit rows written in " << timer.elapsed() << " ms on "
          << (databaseUrl.isEmpty() ? u"SQLite"_s : u"PostgreSQL"_s) << "\n";

    AuditRepository audit(db, clock);
    const auto firstPage = [&](const AuditRepository::Filter &filter, qint64 *total) {
        AuditRepository::Filter page = filter;
        page.limit = PageSize + 1; // keysetPage asks one more to know there is a next page
        auto found = audit.query(page);
        auto counted = audit.count(filter);
        if (!found || !counted)
            die(u"reading the trail failed"_s);
        *total = counted.value();
        return found.value();
    };
    AuditRepository::Filter timeline;
    timeline.organizationId = org;
    timeline.weddingId = wedding;
    qint64 total = 0;
    QList<AuditRecord> first;
    Figure page = timed(u"server: timeline first page + total"_s, runs,
                        [&] { first = firstPage(timeline, &total); });
    page.note = u"%1 of %2 rows"_s.arg(PageSize).arg(total);
    AuditRepository::Filter next = timeline;
    next.beforeAt = first.at(PageSize - 1).occurredAt;
    next.beforeId = first.at(PageSize - 1).id;
    Figure second = timed(u"server: timeline next page (keyset)"_s, runs, [&] {
        AuditRepository::Filter p = next;
        p.limit = PageSize + 1;
        if (!audit.query(p))
            die(u"reading the next page failed"_s);
    });
    second.note = u"no total"_s;
    AuditRepository::Filter tenant;
    tenant.organizationId = org;
    qint64 tenantTotal = 0;
    Figure trail = timed(u"server: tenant trail first page + total"_s, runs,
                         [&] { firstPage(tenant, &tenantTotal); });
    trail.note = u"for comparison; %1 rows"_s.arg(tenantTotal);
    *figures << page << second << trail;
}

// The console side: the audit page in timeline mode, fed by hand (the feed's client points
// nowhere and is never asked).
struct Screen
{
    QNetworkAccessManager network;
    ApiClient api {&network};
    ScriptedPrompts prompts;
    AuditFeed feed {&api, nullptr, nullptr};
    QWidget window;
    AuditPage *page;
    std::unique_ptr<ViewPaintCounter> paints;

    explicit Screen(const QString &wedding)
    {
        api.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
        window.resize(1280, 800);
        auto *box = new QVBoxLayout(&window);
        page = new AuditPage(&feed, &prompts, &window);
        page->setScope(u"org"_s, wedding);
        box->addWidget(page);
        paints = std::make_unique<ViewPaintCounter>(page->timelineView());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            die(u"the window was never exposed"_s);
        QTest::qWait(20);
    }
};

void benchConsole(int rows, int runs, QList<Figure> *figures)
{
    const QString org = u"org"_s, wedding = ids::create(), actor = ids::create();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AuditRecord> all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i) // newest first, a few minutes apart: about 100 days
        all << sectionChange(org, wedding, actor, i, now.addSecs(-170 * i));

    Figure firstPaint {u"console: first page -> timeline painted"_s, {}, {}};
    Figure pages {u"console: a page appended (scrolling)"_s, {}, {}};
    Figure scroll {u"console: one screen scrolled -> painted"_s, {}, {}};
    Figure wholeScroll {u"console: top to bottom, screen by screen"_s, {}, {}};
    int screens = 0;
    for (int run = 0; run < runs; ++run) {
        Screen screen(wedding);
        int before = screen.paints->paints;
        QElapsedTimer timer;
        timer.start();
        Q_EMIT screen.feed.pageLoaded(all.mid(0, PageSize), rows, u"cursor"_s, true, false);
        screen.paints->waitForPaint(before, "the first page");
        firstPaint.ms << msSince(timer);
        for (int at = PageSize; at < rows; at += PageSize) {
            timer.restart();
            Q_EMIT screen.feed.pageLoaded(all.mid(at, PageSize), rows, u"cursor"_s, false, false);
            pages.ms << msSince(timer);
        }
        AuditTimelineModel *model = screen.page->timelineModel();
        if (screen.page->model()->rowCount() != rows || model->rowCount() <= rows)
            die(u"%1 entries in %2 timeline rows, not %3"_s.arg(screen.page->model()->rowCount())
                    .arg(model->rowCount())
                    .arg(rows));
        QScrollBar *bar = screen.page->timelineView()->verticalScrollBar();
        QTest::qWait(20);
        QElapsedTimer whole;
        whole.start();
        screens = 0;
        while (bar->value() < bar->maximum()) {
            before = screen.paints->paints;
            timer.restart();
            bar->setValue(bar->value() + bar->pageStep());
            screen.paints->waitForPaint(before, "scrolling");
            scroll.ms << msSince(timer);
            ++screens;
        }
        wholeScroll.ms << msSince(whole);
    }
    firstPaint.note = u"%1 of %2 entries"_s.arg(PageSize).arg(rows);
    pages.note = u"%1 entries each, %2 pages"_s.arg(PageSize).arg(rows / PageSize - 1);
    scroll.note = u"%1 screens per run"_s.arg(screens);
    wholeScroll.note = u"%1 entries with day headers"_s.arg(rows);
    *figures << firstPaint << pages << scroll << wholeScroll;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A wedding's audit timeline: server page, console paint "
                                     "and scroll."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(u"rows"_s, u"Audit rows of the wedding (default 50000)."_s,
                                     u"n"_s, u"50000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs (default 10)."_s, u"n"_s, u"10"_s);
    const QCommandLineOption dbOpt(u"database"_s,
                                   u"An empty PostgreSQL database (postgresql://...); SQLite in "
                                   "a temporary folder by default."_s,
                                   u"url"_s);
    parser.addOptions({rowsOpt, runsOpt, dbOpt});
    parser.process(app);
    const int rows = qMax(PageSize * 2, parser.value(rowsOpt).toInt());
    const int runs = qMax(1, parser.value(runsOpt).toInt());
#ifdef NDEBUG
    const char *build = "Release";
#else
    const char *build = "Debug (figures are not representative)";
#endif
    out() << "bench_audittimeline: a wedding with " << rows << " audit rows; " << build
          << " build, platform " << QGuiApplication::platformName() << ", Qt " << qVersion()
          << "; load average " << loadAverage() << "\n";
    QList<Figure> figures;
    benchServer(parser.value(dbOpt), rows, runs, &figures);
    benchConsole(rows, qMax(1, runs / 3), &figures);
    out() << '\n';
    printTable(figures);
    out() << "\nload average after: " << loadAverage() << '\n';
    return 0;
}
