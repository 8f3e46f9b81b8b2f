// The permission matrix as the Permissions page shows it (PermissionMatrixView: the model behind
// its filter proxy, each cell's toggles painted by PermissionCellDelegate), 300 sections x 6
// roles in a shown window on the offscreen platform: the time from giving the model its sections
// to the first painted matrix, a page scrolled to the next one painted, and one toggle to its
// repaint (the model's rebuild included; the page's findings are bench_permissionmatrix's).
// Every wait for a paint has a deadline: a paint that never comes ends the bench with an error.
// Prints a table; not a test.
//
//   bench_permissionmatrixpaint [--sections 300] [--runs 20] [--scrolls 60] [--toggles 100]
#include "PermissionBenchSupport.h"
#include "ServerUnderTest.h"
#include "ViewPaintCounter.h"

#include "LayoutDocument.h"
#include "PermissionMatrixModel.h"
#include "permissions/PermissionMatrixView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

// The matrix in a window the size of a laptop screen, as the page holds it.
struct Screen
{
    LayoutDocument document;
    PermissionMatrixModel model {&document};
    QWidget window;
    PermissionMatrixView *view;
    std::unique_ptr<ViewPaintCounter> counter;

    Screen()
    {
        window.resize(1280, 800);
        auto *box = new QVBoxLayout(&window);
        view = new PermissionMatrixView(&model, &window);
        box->addWidget(view);
        counter = std::make_unique<ViewPaintCounter>(view);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            die(u"the window was never exposed"_s);
        QTest::qWait(20); // whatever the empty window still had to paint
    }
    ~Screen() { counter.reset(); }

    void waitForPaint(int before, const char *what) const { counter->waitForPaint(before, what); }
    void load(const QList<SectionConfig> &sections) { document.reset(u"org"_s, {}, sections, 1); }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Permission matrix first paint: 300 sections x 6 roles."_s);
    parser.addHelpOption();
    const QCommandLineOption sectionsOpt(u"sections"_s, u"Sections (default 300)."_s, u"n"_s,
                                         u"300"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"First paints timed (default 20)."_s, u"n"_s,
                                     u"20"_s);
    const QCommandLineOption scrollsOpt(u"scrolls"_s, u"Page scrolls timed (default 60)."_s, u"n"_s,
                                        u"60"_s);
    const QCommandLineOption togglesOpt(u"toggles"_s, u"Toggles timed (default 100)."_s, u"n"_s,
                                        u"100"_s);
    parser.addOptions({sectionsOpt, runsOpt, scrollsOpt, togglesOpt});
    parser.process(app);
    const int count = qMax(10, parser.value(sectionsOpt).toInt());
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const int scrolls = qMax(1, parser.value(scrollsOpt).toInt());
    const int toggles = qMax(1, parser.value(togglesOpt).toInt());

    QRandomGenerator rng(20260614); // bench_permissionmatrix's matrix
    const QList<SectionConfig> sections = benchSections(count, rng);
    out() << "bench_permissionmatrixpaint: " << count << " sections x " << RoleCount
          << " roles, platform " << QGuiApplication::platformName() << ", Qt " << qVersion()
          << "; load average " << loadAverage() << "\n\n";

    // From the sections given to the model (as a load from the server or the cache does) to
    // the first paint that shows them, each run in a new window.
    Figure rebuilt {u"sections given -> model rebuilt (sorted, effective)"_s, {}, {}};
    Figure painted {u"sections given -> first painted matrix"_s, {}, {}};
    Figure settled {u"sections given -> last paint of the load"_s, {}, {}};
    int rowsShown = 0;
    int paintsPerLoad = 0;
    for (int run = 0; run < runs; ++run) {
        Screen screen;
        const int before = screen.counter->paints;
        QElapsedTimer timer;
        timer.start();
        screen.load(sections);
        rebuilt.ms << msSince(timer);
        screen.waitForPaint(before, "loading the sections");
        painted.ms << msSince(timer);
        // The first frame may be followed by others (delayed layouts of the view): the last one
        // within 200 ms is when the matrix stands still.
        int seen = screen.counter->paints;
        double last = painted.ms.last();
        const QDeadlineTimer quiet(200);
        while (!quiet.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (screen.counter->paints != seen) {
                seen = screen.counter->paints;
                last = msSince(timer);
            }
        }
        settled.ms << last;
        paintsPerLoad = qMax(paintsPerLoad, seen - before);
        if (screen.model.rowCount() != count)
            die(u"the model has %1 rows, not %2"_s.arg(screen.model.rowCount()).arg(count));
        rowsShown = screen.view->rowAt(screen.view->viewport()->height() - 1) + 1;
    }
    painted.note = u"%1 rows on screen"_s.arg(rowsShown);
    settled.note = u"up to %1 paint(s) per load"_s.arg(paintsPerLoad);

    // One window, loaded: a page down (up again from the bottom) until painted; one toggle of
    // a visible cell until repainted.
    Screen screen;
    screen.load(sections);
    screen.waitForPaint(0, "loading the sections");
    QTest::qWait(200); // the load's last frames
    QScrollBar *bar = screen.view->verticalScrollBar();
    Figure scrolled {u"page down/up -> repainted"_s, {}, {}};
    int direction = 1;
    for (int i = 0; i < scrolls; ++i) {
        if (bar->value() + direction * bar->pageStep() > bar->maximum()
            || bar->value() + direction * bar->pageStep() < bar->minimum())
            direction = -direction;
        const int before = screen.counter->paints;
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + direction * bar->pageStep());
        screen.waitForPaint(before, "a scroll");
        scrolled.ms << msSince(timer);
    }
    scrolled.note = u"%1 pages of rows"_s.arg(bar->maximum() / qMax(1, bar->pageStep()) + 1);

    bar->setValue(0);
    QTest::qWait(50);
    Figure toggled {u"one toggle -> repainted (undo step, model rebuilt)"_s, {}, {}};
    const int vendor = PermissionMatrixModel::columnOf(Role::Vendor);
    for (int i = 0; i < toggles; ++i) {
        const QModelIndex cell = screen.view->proxy()->mapToSource(
            screen.view->proxy()->index(i % qMax(1, rowsShown - 1), vendor));
        const int before = screen.counter->paints;
        QElapsedTimer timer;
        timer.start();
        if (!screen.model.toggle(cell, i % 2 ? EditFlag : ViewFlag))
            die(u"toggle %1 refused"_s.arg(i));
        screen.waitForPaint(before, "a toggle");
        toggled.ms << msSince(timer);
    }
    toggled.note = u"goal < 16 ms"_s;

    printTable({rebuilt, painted, settled, scrolled, toggled});
    out() << "\nload average after: " << loadAverage() << '\n';
    return 0;
}
