// Drag and resize as changes of position order and span.
#include "GridEdits.h"

#include "GridOccupancy.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace wedsync {

namespace {

std::optional<qsizetype> indexOf(const QList<GridTile> &tiles, QStringView id)
{
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        if (tiles.at(i).id == id)
            return i;
    }
    return std::nullopt;
}

// `order` gets the positions of `original` (packing order) when those were distinct, else
// 0, 1, 2, ...: distinct positions keep tiles out of each other's slot.
QList<GridTile> numbered(QList<GridTile> order, const QList<GridTile> &original)
{
    bool distinct = true;
    for (qsizetype i = 1; i < original.size(); ++i)
        distinct = distinct && original.at(i - 1).position < original.at(i).position;
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i].position = distinct ? original.at(i).position : int(i);
    return order;
}

} // namespace

QList<GridTile> moveTile(const QList<GridTile> &tiles, QStringView id, int column, int row)
{
    const QList<GridTile> ordered = inPackingOrder(tiles);
    const std::optional<qsizetype> from = indexOf(ordered, id);
    if (!from)
        return ordered;
    QList<GridTile> others = ordered;
    const GridTile moved = others.takeAt(*from);
    const int columns = std::clamp(moved.columns, 1, GridColumns);
    const int rows = std::clamp(moved.rows, MinTileRows, MaxTileRows);
    // Aim at a cell the tile can start in; rows and columns from 0 below.
    const int wantColumn = std::clamp(column, 1, GridColumns - columns + 1) - 1;
    const int wantRow = std::max(row, 1) - 1;

    // Where the tile lands depends only on the tiles before it, so one pass over the
    // insertion points finds them all. Taking cells never frees any, so the landing cell
    // only moves down the grid: once it is farther below than the best, stop.
    using Score = std::tuple<int, int, qsizetype>;
    std::optional<Score> best;
    qsizetype bestIndex = others.size();
    GridOccupancy grid;
    for (qsizetype i = 0; i <= others.size(); ++i) {
        const GridOccupancy::Cell at = grid.firstFit(columns, rows);
        const Score score {std::abs(at.row - wantRow), std::abs(at.column - wantColumn),
                           std::abs(i - *from)};
        if (!best || score < *best) {
            best = score;
            bestIndex = i;
        }
        if (at.row - wantRow > std::get<0>(*best) || i == others.size())
            break;
        const GridTile &next = others.at(i);
        const int nextColumns = std::clamp(next.columns, 1, GridColumns);
        const int nextRows = std::clamp(next.rows, MinTileRows, MaxTileRows);
        grid.take(grid.firstFit(nextColumns, nextRows), nextColumns, nextRows);
    }
    others.insert(bestIndex, moved);
    return numbered(others, ordered);
}

QList<GridTile> resizeTile(const QList<GridTile> &tiles, QStringView id, int columns, int rows)
{
    const QList<GridTile> ordered = inPackingOrder(tiles);
    const std::optional<qsizetype> at = indexOf(ordered, id);
    if (!at)
        return ordered;
    QList<GridTile> resized = ordered;
    resized[*at].columns = std::clamp(columns, 1, GridColumns);
    resized[*at].rows = std::clamp(rows, MinTileRows, MaxTileRows);
    return numbered(resized, ordered);
}

QList<GridTile> changedPlacements(const QList<GridTile> &before, const QList<GridTile> &after)
{
    QHash<QString, const GridTile *> old;
    for (const GridTile &tile : before)
        old.insert(tile.id, &tile);
    QList<GridTile> changed;
    for (const GridTile &tile : after) {
        const GridTile *was = old.value(tile.id);
        if (!was || was->position != tile.position || was->columns != tile.columns)
            changed.append(tile);
    }
    return changed;
}

} // namespace wedsync
