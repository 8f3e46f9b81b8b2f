// The layout canvas on a 500-section dashboard, offscreen: time from loading the document to
// the first painted grid, and the frame time while a tile is dragged across the grid with
// synthetic mouse events (event handling plus the repaint it causes). Prints a table; not a
// test. Goal: p99 frame under 16 ms.
#include "LayoutDocument.h"
#include "layout/LayoutCanvas.h"
#include "layout/LayoutTile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QList<SectionConfig> makeLayout(int count)
{
    const QString sizes[] = {u"small"_s, u"medium"_s, u"large"_s, u"full"_s};
    const QString colors[] = {u"#1a237e"_s, u"#ffe0b2"_s, u"#2e7d32"_s, u""_s, u"#f8bbd0"_s};
    const QString icons[]
        = {u"calendar-clock"_s, u"camera"_s, u"wallet"_s, u"users"_s, u"unknown-icon"_s};
    const int spans[] = {3, 4, 6, 8, 12, 2, 5};
    const QUuid space(u"0b5e7a52-3c1d-4e8f-9a6b-2c3d4e5f6a7b"_s);
    QList<SectionConfig> out;
    for (int i = 0; i < count; ++i) {
        SectionConfig s;
        s.id = QUuid::createUuidV5(space, QString::number(i)).toString(QUuid::WithoutBraces);
        s.organizationId = QUuid::createUuidV5(space, u"org"_s).toString(QUuid::WithoutBraces);
        s.sectionType = u"custom_%1"_s.arg(i);
        s.layout.position = i;
        s.layout.columns = spans[i % 7];
        s.layout.size = sizes[(i * 7) % 4];
        s.customization.title = u"Section %1"_s.arg(i + 1);
        s.customization.subtitle = u"What this section holds, in a few words"_s;
        s.customization.color = colors[i % 5];
        s.customization.icon = icons[i % 5];
        s.visibility.roles = {u"admin"_s, u"coordinator"_s};
        s.permissions.canEdit = {u"admin"_s, u"coordinator"_s};
        out.append(s);
    }
    return out;
}

double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, values.size() * p / 100));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// Paint events seen on a widget, to know when the first frame is out.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct FirstPaint
{
    double load = 0; // document reset: pack, validate
    double build = 0; // canvas and its tiles
    double paint = 0; // from loading to the first painted grid
};

FirstPaint firstPaint(const QList<SectionConfig> &layout)
{
    QWidget window;
    window.resize(1280, 800);
    auto *box = new QVBoxLayout(&window);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    QElapsedTimer timer;
    timer.start();
    FirstPaint figures;
    LayoutDocument document;
    document.reset(layout.first().organizationId, {}, layout, 1);
    figures.load = msSince(timer);
    auto *canvas = new LayoutCanvas(&document, &window);
    box->addWidget(canvas);
    figures.build = msSince(timer);
    PaintCounter counter;
    canvas->surface()->installEventFilter(&counter);
    while (counter.paints == 0)
        QCoreApplication::processEvents();
    figures.paint = msSince(timer);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = 500;
    const QList<SectionConfig> layout = makeLayout(count);
    const QString loadBefore = loadAverage();

    QList<double> loads, builds, paints;
    for (int run = 0; run < 5; ++run) {
        const FirstPaint f = firstPaint(layout);
        loads << f.load;
        builds << f.build;
        paints << f.paint;
    }

    // Drag the first tile across the grid and back, one synthetic mouse move per frame.
    QWidget window;
    window.resize(1280, 800);
    auto *box = new QVBoxLayout(&window);
    LayoutDocument document;
    document.reset(layout.first().organizationId, {}, layout, 1);
    auto *canvas = new LayoutCanvas(&document, &window);
    box->addWidget(canvas);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    QCoreApplication::processEvents();

    QList<double> frames, cellFrames, drops;
    QElapsedTimer timer;
    const int moves = 400;
    for (int drag = 0; drag < 5; ++drag) {
        const QString id = document.grid().readingOrder().at(drag * 7);
        LayoutTile *tile = canvas->tile(id);
        const QPoint grab(10, 10);
        QTest::mousePress(tile, Qt::LeftButton, {}, grab);
        const QPoint start = tile->pos() + grab;
        const int width = canvas->surface()->width();
        const int height = canvas->viewport()->height() * 3;
        for (int i = 1; i <= moves; ++i) {
            // Across the width and down three screens, then back: every column, many rows.
            const qreal t = qreal(i) / moves;
            const QPoint at(int(std::abs(std::sin(t * 6.283)) * (width - 40)) + 10,
                            start.y() + int(t * height));
            const QRect outlineBefore = canvas->dropOutlineRect();
            timer.start();
            // The view follows the pointer, as a planner scrolls while dragging; the pointer
            // stays clear of the edges, where the canvas would scroll on its own timer.
            canvas->ensureVisible(at.x(), at.y(), 50, canvas->viewport()->height() / 3);
            QTest::mouseMove(tile, tile->mapFrom(canvas->surface(), at));
            QCoreApplication::processEvents(); // the repaint the move asked for
            frames << msSince(timer);
            if (canvas->dropOutlineRect() != outlineBefore)
                cellFrames << frames.last();
        }
        const QPoint end(width / 2, start.y() + height);
        timer.start();
        QTest::mouseRelease(tile, Qt::LeftButton, {}, tile->mapFrom(canvas->surface(), end));
        QCoreApplication::processEvents();
        drops << msSince(timer);
    }

    std::printf("Layout canvas, %d sections (%d grid rows), offscreen, Qt %s, "
                "load average %s at the start, %s at the end\n\n",
                count, document.grid().rowCount, qVersion(), qPrintable(loadBefore),
                qPrintable(loadAverage()));
    std::printf("| %-62s | %9s | %9s |\n", "milliseconds", "p50", "p99");
    std::printf("|%s|%s|%s|\n", QByteArray(64, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(11, '-').constData());
    auto row = [](const char *what, const QList<double> &values) {
        std::printf("| %-62s | %9.2f | %9.2f |\n", what, percentile(values, 50),
                    percentile(values, 99));
    };
    row("load the document (pack, validate), 5 runs", loads);
    row("... and build the canvas's 500 tiles", builds);
    row("... to the first painted grid", paints);
    row("drag frame: one mouse move + its repaint (2,000 frames)", frames);
    std::printf("| %-62s | %9s | %9s |\n",
                qPrintable(u"... of which %1 reached a new cell"_s.arg(cellFrames.size())), "", "");
    row("drag frame reaching a new cell (outline moves, view scrolls)", cellFrames);
    row("drop: moveTile, repack, re-place 500 tiles, repaint (5)", drops);
    return 0;
}
