// The dashboard grid's packing rule, and drag and resize as new position orders.
#include "GridEdits.h"
#include "GridPacking.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::GridTile)

namespace {

GridTile tile(const QString &id, int position, int columns, const QString &size = u"medium"_s)
{
    return {id, position, columns, tileRowsForSize(size)};
}

// "id column,row columnsxrows", the way a planner would point at a tile.
QString describe(const PlacedTile &placed)
{
    return u"%1 %2,%3 %4x%5"_s.arg(placed.id)
        .arg(placed.rect.column)
        .arg(placed.rect.row)
        .arg(placed.rect.columns)
        .arg(placed.rect.rows);
}

QStringList describe(const GridLayout &layout)
{
    QStringList out;
    for (const PlacedTile &placed : layout.tiles)
        out.append(describe(placed));
    return out;
}

QStringList ids(const QList<GridTile> &tiles)
{
    QStringList out;
    for (const GridTile &t : tiles)
        out.append(t.id);
    return out;
}

QList<int> positions(const QList<GridTile> &tiles)
{
    QList<int> out;
    for (const GridTile &t : tiles)
        out.append(t.position);
    return out;
}

const PlacedTile &placed(const GridLayout &layout, const QString &id)
{
    return layout.tiles.at(*layout.indexOf(id));
}

// Many tiles of every width and height, with distinct positions in random input order.
QList<GridTile> manyTiles(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<GridTile> tiles;
    for (int i = 0; i < count; ++i) {
        tiles.append({u"s%1"_s.arg(i, 3, 10, QChar(u'0')), i * 10, random.bounded(1, 13),
                      random.bounded(MinTileRows, MaxTileRows + 1)});
    }
    std::shuffle(tiles.begin(), tiles.end(), random);
    return tiles;
}

// No two tiles share a cell; every tile is on the grid; each one touches what is above and
// left of it (it could rise or slide no further when it was placed).
void verifyPacked(const GridLayout &layout)
{
    QVERIFY(layout.overlaps.isEmpty());
    for (qsizetype i = 0; i < layout.tiles.size(); ++i) {
        const GridRect &r = layout.tiles.at(i).rect;
        QVERIFY(r.column >= 1 && r.lastColumn() <= GridColumns);
        QVERIFY(r.row >= 1 && r.lastRow() <= layout.rowCount);
        GridRect up = r;
        --up.row;
        GridRect left = r;
        --left.column;
        bool upBlocked = r.row == 1;
        bool leftBlocked = r.column == 1; // first fit: the cell to the left was taken
        for (qsizetype j = 0; j < layout.tiles.size(); ++j) {
            if (j == i)
                continue;
            const GridRect &other = layout.tiles.at(j).rect;
            if (r.intersects(other))
                QFAIL(qPrintable(describe(layout.tiles.at(i)) + u" on "_s
                                 + describe(layout.tiles.at(j))));
            if (j < i) {
                upBlocked = upBlocked || up.intersects(other);
                leftBlocked = leftBlocked || left.intersects(other);
            }
        }
        if (!upBlocked)
            QFAIL(qPrintable(describe(layout.tiles.at(i)) + u" could rise"_s));
        if (!leftBlocked)
            QFAIL(qPrintable(describe(layout.tiles.at(i)) + u" could slide left"_s));
    }
}

} // namespace

class TestGridPacking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void pack_data();
    void pack();
    void sharedPositionsShareASlot();
    void inputOrderDoesNotMatter();
    void readingOrderAndHitTest();
    void floatsUpAfterDelete();
    void move_data();
    void move();
    void moveReusesDistinctPositions();
    void moveRenumbersSharedPositions();
    void resize_data();
    void resize();
    void editsAreDeterministic();
    void fiveHundredSections();
};

void TestGridPacking::sizes_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("back");
    QTest::newRow("small") << u"small"_s << 1 << u"small"_s;
    QTest::newRow("medium") << u"medium"_s << 2 << u"medium"_s;
    QTest::newRow("large") << u"large"_s << 3 << u"large"_s;
    QTest::newRow("full") << u"full"_s << 4 << u"full"_s;
    QTest::newRow("unknown packs as medium") << u"huge"_s << 2 << u"medium"_s;
}

void TestGridPacking::sizes()
{
    QFETCH(QString, size);
    QFETCH(int, rows);
    QFETCH(QString, back);
    QCOMPARE(tileRowsForSize(size), rows);
    QCOMPARE(tileSizeForRows(rows), back);
    QCOMPARE(tileSizeForRows(0), u"small"_s);
    QCOMPARE(tileSizeForRows(9), u"full"_s);
}

void TestGridPacking::pack_data()
{
    QTest::addColumn<QList<GridTile>>("tiles");
    QTest::addColumn<QStringList>("expected"); // in position order
    QTest::addColumn<int>("rowCount");

    QTest::newRow("empty") << QList<GridTile> {} << QStringList {} << 0;
    QTest::newRow("one full row") << QList {tile(u"a"_s, 1, 12)} << QStringList {u"a 1,1 12x2"_s}
                                  << 2;
    QTest::newRow("two halves side by side") << QList {tile(u"a"_s, 1, 6), tile(u"b"_s, 2, 6)}
                                             << QStringList {u"a 1,1 6x2"_s, u"b 7,1 6x2"_s} << 2;
    QTest::newRow("a tile that does not fit beside goes below")
        << QList {tile(u"a"_s, 1, 8), tile(u"b"_s, 2, 8)}
        << QStringList {u"a 1,1 8x2"_s, u"b 1,3 8x2"_s} << 4;
    QTest::newRow("tiles float up beside a tall one")
        << QList {tile(u"a"_s, 1, 6, u"large"_s), tile(u"b"_s, 2, 6, u"small"_s),
                  tile(u"c"_s, 3, 6, u"small"_s), tile(u"d"_s, 4, 6)}
        << QStringList {u"a 1,1 6x3"_s, u"b 7,1 6x1"_s, u"c 7,2 6x1"_s, u"d 7,3 6x2"_s} << 4;
    QTest::newRow("a later tile fills a hole above an earlier one")
        << QList {tile(u"a"_s, 1, 8, u"large"_s), tile(u"b"_s, 2, 4, u"small"_s),
                  tile(u"c"_s, 3, 12, u"small"_s), tile(u"d"_s, 4, 4, u"small"_s)}
        << QStringList {u"a 1,1 8x3"_s, u"b 9,1 4x1"_s, u"c 1,4 12x1"_s, u"d 9,2 4x1"_s} << 4;
    QTest::newRow("the demo organization dashboard")
        << QList {tile(u"overview"_s, 0, 12, u"full"_s),
                  tile(u"timeline"_s, 1, 8, u"large"_s),
                  tile(u"photos"_s, 2, 4, u"small"_s),
                  tile(u"budget"_s, 3, 6),
                  tile(u"guests"_s, 4, 6),
                  tile(u"vendors"_s, 5, 6),
                  tile(u"documents"_s, 6, 6)}
        << QStringList {u"overview 1,1 12x4"_s, u"timeline 1,5 8x3"_s, u"photos 9,5 4x1"_s,
                        u"budget 1,8 6x2"_s,    u"guests 7,8 6x2"_s,   u"vendors 1,10 6x2"_s,
                        u"documents 7,10 6x2"_s}
        << 11;
    QTest::newRow("spans outside 1..12 are packed clamped")
        << QList {tile(u"a"_s, 1, 14), tile(u"b"_s, 2, 0), tile(u"c"_s, 3, -3)}
        << QStringList {u"a 1,1 12x2"_s, u"b 1,3 1x2"_s, u"c 2,3 1x2"_s} << 4;
    QTest::newRow("position order, not input order; ties by id")
        << QList {tile(u"z"_s, 5, 12), tile(u"b"_s, 1, 12), tile(u"a"_s, 9, 12)}
        << QStringList {u"b 1,1 12x2"_s, u"z 1,3 12x2"_s, u"a 1,5 12x2"_s} << 6;
}

void TestGridPacking::pack()
{
    QFETCH(QList<GridTile>, tiles);
    QFETCH(QStringList, expected);
    QFETCH(int, rowCount);
    const GridLayout layout = packGrid(tiles);
    QCOMPARE(describe(layout), expected);
    QCOMPARE(layout.rowCount, rowCount);
    QVERIFY(layout.overlaps.isEmpty());
    for (const PlacedTile &p : layout.tiles) {
        QCOMPARE(tiles.at(p.source).id, p.id);
        QCOMPARE(p.spanClamped(), tiles.at(p.source).columns != p.rect.columns);
    }
}

void TestGridPacking::sharedPositionsShareASlot()
{
    // Legacy data with one position twice: both drawn at the slot's corner, the slot as big as
    // its largest member, and the pair reported with the cells they share.
    const GridLayout layout
        = packGrid({tile(u"b"_s, 1, 6), tile(u"a"_s, 1, 4, u"small"_s), tile(u"c"_s, 2, 6)});
    QCOMPARE(describe(layout), (QStringList {u"a 1,1 4x1"_s, u"b 1,1 6x2"_s, u"c 7,1 6x2"_s}));
    QCOMPARE(layout.overlaps.size(), 1);
    const GridOverlap &overlap = layout.overlaps.first();
    QCOMPARE(layout.tiles.at(overlap.first).id, u"a"_s);
    QCOMPARE(layout.tiles.at(overlap.second).id, u"b"_s);
    QCOMPARE(overlap.area, (GridRect {1, 1, 4, 1}));
}

void TestGridPacking::inputOrderDoesNotMatter()
{
    const QList<GridTile> tiles = manyTiles(60, 7);
    const GridLayout reference = packGrid(tiles);
    QList<GridTile> shuffled = tiles;
    QRandomGenerator random(11);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QCOMPARE(describe(packGrid(shuffled)), describe(reference));
    }
}

void TestGridPacking::readingOrderAndHitTest()
{
    // d fills the hole beside a, above c: a reader meets it before c.
    const GridLayout layout
        = packGrid({tile(u"a"_s, 1, 8, u"large"_s), tile(u"b"_s, 2, 4, u"small"_s),
                    tile(u"c"_s, 3, 12, u"small"_s), tile(u"d"_s, 4, 4, u"small"_s)});
    QCOMPARE(layout.readingOrder(), (QStringList {u"a"_s, u"b"_s, u"d"_s, u"c"_s}));
    QCOMPARE(layout.tileAt(8, 3), std::optional<QString>(u"a"_s));
    QCOMPARE(layout.tileAt(12, 2), std::optional<QString>(u"d"_s));
    QCOMPARE(layout.tileAt(12, 3), std::nullopt);
    QCOMPARE(layout.tileAt(1, 4), std::optional<QString>(u"c"_s));
}

void TestGridPacking::floatsUpAfterDelete()
{
    QList<GridTile> tiles {tile(u"a"_s, 1, 12, u"small"_s), tile(u"b"_s, 2, 6), tile(u"c"_s, 3, 6),
                           tile(u"d"_s, 4, 12)};
    QCOMPARE(describe(packGrid(tiles)),
             (QStringList {u"a 1,1 12x1"_s, u"b 1,2 6x2"_s, u"c 7,2 6x2"_s, u"d 1,4 12x2"_s}));
    tiles.removeAt(0); // a goes: everything rises one row
    QCOMPARE(describe(packGrid(tiles)),
             (QStringList {u"b 1,1 6x2"_s, u"c 7,1 6x2"_s, u"d 1,3 12x2"_s}));
    tiles.removeAt(0); // b goes: c slides to the left edge
    QCOMPARE(describe(packGrid(tiles)), (QStringList {u"c 1,1 6x2"_s, u"d 1,3 12x2"_s}));
}

void TestGridPacking::move_data()
{
    QTest::addColumn<QList<GridTile>>("tiles");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("landed");

    const QList<GridTile> quarters {tile(u"a"_s, 1, 3), tile(u"b"_s, 2, 3), tile(u"c"_s, 3, 3),
                                    tile(u"d"_s, 4, 3)};
    QTest::newRow("last quarter to the front")
        << quarters << u"d"_s << 1 << 1 << QStringList {u"d"_s, u"a"_s, u"b"_s, u"c"_s}
        << u"d 1,1 3x2"_s;
    QTest::newRow("first quarter to the end of the row")
        << quarters << u"a"_s << 10 << 1 << QStringList {u"b"_s, u"c"_s, u"d"_s, u"a"_s}
        << u"a 10,1 3x2"_s;
    QTest::newRow("first quarter one step right")
        << quarters << u"a"_s << 4 << 1 << QStringList {u"b"_s, u"a"_s, u"c"_s, u"d"_s}
        << u"a 4,1 3x2"_s;
    QTest::newRow("dropped where it is: nothing changes")
        << quarters << u"b"_s << 4 << 1 << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << u"b 4,1 3x2"_s;
    QTest::newRow("dropped far below: last")
        << QList {tile(u"a"_s, 1, 12), tile(u"b"_s, 2, 12), tile(u"c"_s, 3, 12)} << u"a"_s << 1
        << 40 << QStringList {u"b"_s, u"c"_s, u"a"_s} << u"a 1,5 12x2"_s;
    QTest::newRow("a row that cannot be reached: the nearest column in reach")
        << quarters << u"b"_s << 8 << 40 << QStringList {u"a"_s, u"c"_s, u"b"_s, u"d"_s}
        << u"b 7,1 3x2"_s;
    QTest::newRow("a column past the tile's reach aims at the last one it can start in")
        << QList {tile(u"a"_s, 1, 6), tile(u"b"_s, 2, 6)} << u"a"_s << 12 << 1
        << QStringList {u"b"_s, u"a"_s} << u"a 7,1 6x2"_s;
    // b then a already puts a on row 3 (c still fits beside b): the smallest change wins.
    QTest::newRow("down into the next row")
        << QList {tile(u"a"_s, 1, 12), tile(u"b"_s, 2, 6), tile(u"c"_s, 3, 6)} << u"a"_s << 1 << 3
        << QStringList {u"b"_s, u"a"_s, u"c"_s} << u"a 1,3 12x2"_s;
    QTest::newRow("up one row") << QList {tile(u"a"_s, 1, 12), tile(u"b"_s, 2, 12),
                                          tile(u"c"_s, 3, 12)}
                                << u"c"_s << 1 << 3 << QStringList {u"a"_s, u"c"_s, u"b"_s}
                                << u"c 1,3 12x2"_s;
    QTest::newRow("unknown id: as it was")
        << quarters << u"x"_s << 1 << 1 << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << QString();
}

void TestGridPacking::move()
{
    QFETCH(QList<GridTile>, tiles);
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(int, row);
    QFETCH(QStringList, order);
    QFETCH(QString, landed);

    const QList<GridTile> moved = moveTile(tiles, id, column, row);
    QCOMPARE(ids(moved), order);
    const GridLayout layout = packGrid(moved);
    QVERIFY(layout.overlaps.isEmpty());
    if (!landed.isEmpty())
        QCOMPARE(describe(placed(layout, id)), landed);
    // The order of the result is its packing order.
    QCOMPARE(ids(inPackingOrder(moved)), order);
}

void TestGridPacking::moveReusesDistinctPositions()
{
    const QList<GridTile> before {tile(u"a"_s, 10, 3), tile(u"b"_s, 20, 3), tile(u"c"_s, 30, 3),
                                  tile(u"d"_s, 40, 3)};
    const QList<GridTile> after = moveTile(before, u"c", 4, 1);
    QCOMPARE(ids(after), (QStringList {u"a"_s, u"c"_s, u"b"_s, u"d"_s}));
    QCOMPARE(positions(after), (QList<int> {10, 20, 30, 40}));
    // Only the two that traded places go to the server.
    QCOMPARE(ids(changedPlacements(before, after)), (QStringList {u"c"_s, u"b"_s}));
    QVERIFY(changedPlacements(before, moveTile(before, u"c", 7, 1)).isEmpty());
}

void TestGridPacking::moveRenumbersSharedPositions()
{
    const QList<GridTile> before {tile(u"a"_s, 5, 6), tile(u"b"_s, 5, 6), tile(u"c"_s, 6, 6)};
    QCOMPARE(packGrid(before).overlaps.size(), 1);
    const QList<GridTile> after = moveTile(before, u"c", 1, 1);
    QCOMPARE(ids(after), (QStringList {u"c"_s, u"a"_s, u"b"_s}));
    QCOMPARE(positions(after), (QList<int> {0, 1, 2}));
    QVERIFY(packGrid(after).overlaps.isEmpty());
}

void TestGridPacking::resize_data()
{
    QTest::addColumn<QList<GridTile>>("tiles");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("expected");

    const QList<GridTile> halves {tile(u"a"_s, 1, 6), tile(u"b"_s, 2, 6), tile(u"c"_s, 3, 12)};
    QTest::newRow("wider pushes the neighbour down")
        << halves << u"a"_s << 12 << 2
        << QStringList {u"a 1,1 12x2"_s, u"b 1,3 6x2"_s, u"c 1,5 12x2"_s};
    QTest::newRow("shorter lets the tile below rise")
        << halves << u"b"_s << 6 << 1
        << QStringList {u"a 1,1 6x2"_s, u"b 7,1 6x1"_s, u"c 1,3 12x2"_s};
    QTest::newRow("narrower makes room") << QList {tile(u"a"_s, 1, 8), tile(u"b"_s, 2, 6)} << u"a"_s
                                         << 6 << 2 << QStringList {u"a 1,1 6x2"_s, u"b 7,1 6x2"_s};
    QTest::newRow("spans and heights are clamped")
        << halves << u"a"_s << 40 << 9
        << QStringList {u"a 1,1 12x4"_s, u"b 1,5 6x2"_s, u"c 1,7 12x2"_s};
    QTest::newRow("zero columns is one")
        << halves << u"a"_s << 0 << 0
        << QStringList {u"a 1,1 1x1"_s, u"b 2,1 6x2"_s, u"c 1,3 12x2"_s};
}

void TestGridPacking::resize()
{
    QFETCH(QList<GridTile>, tiles);
    QFETCH(QString, id);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(QStringList, expected);
    const QList<GridTile> resized = resizeTile(tiles, id, columns, rows);
    QCOMPARE(ids(resized), ids(inPackingOrder(tiles)));
    QCOMPARE(positions(resized), positions(inPackingOrder(tiles)));
    QCOMPARE(describe(packGrid(resized)), expected);
}

void TestGridPacking::editsAreDeterministic()
{
    const QList<GridTile> tiles = manyTiles(80, 3);
    QList<GridTile> shuffled = tiles;
    std::reverse(shuffled.begin(), shuffled.end());
    const QString id = tiles.at(17).id;
    QCOMPARE(moveTile(tiles, id, 5, 9), moveTile(shuffled, id, 5, 9));
    QCOMPARE(resizeTile(tiles, id, 3, 1), resizeTile(shuffled, id, 3, 1));
    // Dropping a tile where it already is changes nothing, wherever it is.
    for (const PlacedTile &p : packGrid(tiles).tiles)
        QCOMPARE(moveTile(tiles, p.id, p.rect.column, p.rect.row), inPackingOrder(tiles));
}

void TestGridPacking::fiveHundredSections()
{
    const QList<GridTile> tiles = manyTiles(500, 42);
    const GridLayout layout = packGrid(tiles);
    QCOMPARE(layout.tiles.size(), 500);
    verifyPacked(layout);

    // Drag the first tile to the middle of the grid, then resize it: still packed, same tiles,
    // distinct positions, and the tile lands where it was dropped.
    const QString first = layout.tiles.first().id;
    const GridRect target = layout.tiles.at(250).rect;
    const QList<GridTile> moved = moveTile(tiles, first, target.column, target.row);
    QCOMPARE(moved.size(), 500);
    const QStringList movedIds = ids(moved);
    QCOMPARE(QSet<QString>(movedIds.cbegin(), movedIds.cend()).size(), 500);
    for (qsizetype i = 1; i < moved.size(); ++i)
        QVERIFY(moved.at(i - 1).position < moved.at(i).position);
    const GridLayout afterMove = packGrid(moved);
    verifyPacked(afterMove);
    // Nowhere else in the order would it have landed nearer to the drop.
    const GridRect landed = placed(afterMove, first).rect;
    const auto distance = [&](const GridRect &r) {
        return std::pair(std::abs(r.row - target.row), std::abs(r.column - target.column));
    };
    QList<GridTile> others = inPackingOrder(tiles);
    const GridTile dragged = others.takeFirst();
    for (qsizetype i = 0; i <= others.size(); i += 5) {
        QList<GridTile> order = others;
        order.insert(i, dragged);
        for (qsizetype k = 0; k < order.size(); ++k)
            order[k].position = int(k);
        QVERIFY(distance(landed) <= distance(placed(packGrid(order), first).rect));
    }

    const GridLayout afterResize = packGrid(resizeTile(moved, first, 12, MaxTileRows));
    verifyPacked(afterResize);
    QCOMPARE(placed(afterResize, first).rect.columns, 12);
}

QTEST_GUILESS_MAIN(TestGridPacking)
#include "tst_gridpacking.moc"
