#pragma once
// What the layout editor's drag and resize do to a dashboard: a new position order and span,
// which the packing rule (GridPacking.h) then lays out the same way in the editor, the lint
// and on the server.

#include "GridPacking.h"

#include <QList>
#include <QStringView>

namespace wedsync {

// Moves tile `id` to the position order that packs it nearest to (column, row): the nearest
// row first, then the nearest column, then the smallest change of order. Dropping a tile
// where it already is changes nothing. The result is in packing order with distinct
// positions: the old positions are reused in the new order when they were distinct, else
// the tiles are numbered from 0. An unknown id leaves the tiles as they were.
QList<GridTile> moveTile(const QList<GridTile> &tiles, QStringView id, int column, int row);

// Gives tile `id` a new span (clamped to 1..12) and height (clamped to 1..4 rows, see
// tileSizeForRows), keeping the order. Positions as for moveTile.
QList<GridTile> resizeTile(const QList<GridTile> &tiles, QStringView id, int columns, int rows);

// The tiles of `after` whose position or span differs from the same id in `before` (or that
// `before` lacks): what one reorder call has to send.
QList<GridTile> changedPlacements(const QList<GridTile> &before, const QList<GridTile> &after);

} // namespace wedsync
