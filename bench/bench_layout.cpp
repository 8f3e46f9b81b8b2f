// The layout editor's pure work on a 500-section dashboard: packing the grid, one drag step
// (moveTile + packGrid, what a frame of dragging costs), a resize, the preview as a vendor
// and the diff of two versions. Prints p50 / p99 per operation; not a test.
#include "GridEdits.h"
#include "GridPacking.h"
#include "LayoutDiff.h"
#include "LayoutPreview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QList<SectionConfig> makeLayout(int count, QRandomGenerator &rng)
{
    const QStringList sizes {u"small"_s, u"medium"_s, u"large"_s, u"full"_s};
    const QStringList roles {u"admin"_s, u"coordinator"_s, u"couple"_s, u"vendor"_s};
    QList<SectionConfig> out;
    for (int i = 0; i < count; ++i) {
        SectionConfig s;
        s.id = u"section-%1"_s.arg(i, 3, 10, QChar(u'0'));
        s.organizationId = u"org"_s;
        s.weddingId = u"wedding"_s;
        s.sectionType = u"type_%1"_s.arg(i);
        s.layout.position = i;
        s.layout.columns = int(rng.bounded(1, 13));
        s.layout.size = sizes.at(int(rng.bounded(4)));
        s.visibility.roles = roles.first(int(rng.bounded(1, 5)));
        s.permissions.canEdit = {u"admin"_s};
        out.append(s);
    }
    return out;
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
};

Figures measure(int runs, const std::function<void(int)> &work)
{
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work(i);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min(ms.size() - 1, ms.size() * 99 / 100))};
}

void row(const char *what, const Figures &f)
{
    std::printf("| %-44s | %9.3f | %9.3f |\n", what, f.p50, f.p99);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(2026);
    const int count = 500;
    const QList<SectionConfig> layout = makeLayout(count, rng);
    const QList<GridTile> tiles = gridTilesOf(layout);
    const GridLayout packed = packGrid(tiles);
    volatile qsizetype sink = 0;

    std::printf("Layout editor, %d sections (%d grid rows), milliseconds\n\n", count,
                packed.rowCount);
    std::printf("| %-44s | %9s | %9s |\n|%s|%s|%s|\n", "operation", "p50", "p99",
                "----------------------------------------------", "-----------", "-----------");
    row("pack the grid", measure(200, [&](int) { sink = packGrid(tiles).tiles.size(); }));
    row("drag step: moveTile + packGrid", measure(200, [&](int i) {
            const PlacedTile &tile = packed.tiles.at(i % count);
            const GridRect target = packed.tiles.at((i * 37) % count).rect;
            sink = packGrid(moveTile(tiles, tile.id, target.column, target.row)).rowCount;
        }));
    row("resize step: resizeTile + packGrid", measure(200, [&](int i) {
            sink = packGrid(resizeTile(tiles, tiles.at(i % count).id, 1 + i % 12, 1 + i % 4))
                       .rowCount;
        }));
    const WeddingContext wedding {u"wedding"_s, QDate(2026, 9, 12), QTimeZone("Europe/Madrid"),
                                  u"confirmed"_s};
    const UserProfile vendor = profileForRole(Role::Vendor, u"org"_s);
    const QDateTime day = momentInPhase(wedding, WeddingPhase::WeddingDay);
    row("preview as a vendor on the wedding day", measure(100, [&](int) {
            sink = previewLayout(layout, vendor, &wedding, day).tiles.size();
        }));
    QList<SectionConfig> edited = layout;
    std::reverse(edited.begin(), edited.begin() + 50);
    for (int i = 0; i < 50; ++i)
        edited[i].layout.position = i;
    edited[7].customization.title = u"Run of the day"_s;
    edited.removeAt(300);
    row("diff of two versions (50 moved, 1 removed)",
        measure(100, [&](int) { sink = diffLayouts(layout, edited).changes.size(); }));
    Q_UNUSED(sink);
    return 0;
}
