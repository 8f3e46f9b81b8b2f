// The dashboard grid's packing rule (see GridPacking.h).
#include "GridPacking.h"

#include "GridOccupancy.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

int clampedColumns(int columns)
{
    return std::clamp(columns, 1, GridColumns);
}

int clampedRows(int rows)
{
    return std::clamp(rows, MinTileRows, MaxTileRows);
}

} // namespace

int tileRowsForSize(QStringView size)
{
    if (size == u"small")
        return 1;
    if (size == u"large")
        return 3;
    if (size == u"full")
        return 4;
    return 2;
}

QString tileSizeForRows(int rows)
{
    switch (clampedRows(rows)) {
    case 1:
        return u"small"_s;
    case 3:
        return u"large"_s;
    case 4:
        return u"full"_s;
    default:
        return u"medium"_s;
    }
}

bool GridRect::contains(int atColumn, int atRow) const
{
    return atColumn >= column && atColumn <= lastColumn() && atRow >= row && atRow <= lastRow();
}

bool GridRect::intersects(const GridRect &other) const
{
    return intersected(other).columns > 0;
}

GridRect GridRect::intersected(const GridRect &other) const
{
    const int left = std::max(column, other.column);
    const int top = std::max(row, other.row);
    const int right = std::min(lastColumn(), other.lastColumn());
    const int bottom = std::min(lastRow(), other.lastRow());
    if (right < left || bottom < top)
        return {left, top, 0, 0};
    return {left, top, right - left + 1, bottom - top + 1};
}

GridTile gridTileOf(const SectionConfig &section)
{
    return {section.id, section.layout.position, section.layout.columns,
            tileRowsForSize(section.layout.size)};
}

QList<GridTile> gridTilesOf(const QList<SectionConfig> &sections)
{
    QList<GridTile> tiles;
    tiles.reserve(sections.size());
    for (const SectionConfig &section : sections)
        tiles.append(gridTileOf(section));
    return tiles;
}

QList<GridTile> inPackingOrder(QList<GridTile> tiles)
{
    std::stable_sort(tiles.begin(), tiles.end(), [](const GridTile &a, const GridTile &b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
    return tiles;
}

QList<const SectionConfig *> sectionsInPackingOrder(const QList<SectionConfig> &sections)
{
    QList<const SectionConfig *> out;
    out.reserve(sections.size());
    for (const SectionConfig &section : sections)
        out.append(&section);
    std::stable_sort(out.begin(), out.end(), [](const auto *a, const auto *b) {
        return std::tie(a->layout.position, a->id) < std::tie(b->layout.position, b->id);
    });
    return out;
}

std::optional<qsizetype> GridLayout::indexOf(QStringView id) const
{
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        if (tiles.at(i).id == id)
            return i;
    }
    return std::nullopt;
}

QStringList GridLayout::readingOrder() const
{
    QList<qsizetype> order(tiles.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const GridRect &ra = tiles.at(a).rect;
        const GridRect &rb = tiles.at(b).rect;
        return std::tie(ra.row, ra.column) < std::tie(rb.row, rb.column);
    });
    QStringList ids;
    ids.reserve(order.size());
    for (qsizetype i : order)
        ids.append(tiles.at(i).id);
    return ids;
}

std::optional<QString> GridLayout::tileAt(int column, int row) const
{
    for (const PlacedTile &tile : tiles) {
        if (tile.rect.contains(column, row))
            return tile.id;
    }
    return std::nullopt;
}

GridLayout packGrid(const QList<GridTile> &tiles)
{
    QList<qsizetype> order(tiles.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&tiles](qsizetype a, qsizetype b) {
        return std::tie(tiles.at(a).position, tiles.at(a).id)
            < std::tie(tiles.at(b).position, tiles.at(b).id);
    });
    const auto tileAtRank = [&](qsizetype rank) -> const GridTile & {
        return tiles.at(order.at(rank));
    };

    GridLayout layout;
    layout.tiles.reserve(tiles.size());
    GridOccupancy grid;
    for (qsizetype first = 0; first < order.size();) {
        qsizetype end = first;
        int slotColumns = 1;
        int slotRows = MinTileRows;
        while (end < order.size() && tileAtRank(end).position == tileAtRank(first).position) {
            slotColumns = std::max(slotColumns, clampedColumns(tileAtRank(end).columns));
            slotRows = std::max(slotRows, clampedRows(tileAtRank(end).rows));
            ++end;
        }
        const GridOccupancy::Cell at = grid.firstFit(slotColumns, slotRows);
        grid.take(at, slotColumns, slotRows);
        for (qsizetype i = first; i < end; ++i) {
            const GridTile &tile = tileAtRank(i);
            const PlacedTile placed {tile.id, order.at(i), tile.position, tile.columns,
                                     GridRect {at.column + 1, at.row + 1,
                                               clampedColumns(tile.columns),
                                               clampedRows(tile.rows)}};
            for (qsizetype j = first; j < i; ++j)
                layout.overlaps.append({j, i, layout.tiles.at(j).rect.intersected(placed.rect)});
            layout.tiles.append(placed);
        }
        first = end;
    }
    layout.rowCount = grid.rowCount();
    return layout;
}

} // namespace wedsync
