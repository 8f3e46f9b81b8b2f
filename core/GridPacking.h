#pragma once
// Where each section of one dashboard sits on the 12-column grid: the one packing rule that the
// layout editor draws and the integrity checker lints.
//
// The rule (tiles float up and never overlap):
//  - tiles are placed one after the other in position order (ties by id);
//  - each goes to the highest row where its span of columns and its height are free, and
//    there to the leftmost such column. A later tile may so fill a hole left above an
//    earlier one; nothing ever lies on top of another tile;
//  - a tile's height comes from its size (small 1 row, medium 2, large 3, full 4); a span
//    outside 1..12 is packed clamped and flagged;
//  - tiles that share a position (legacy data: the server refuses it) share one slot, as
//    wide and tall as its largest member; each member is drawn at the slot's corner, so the
//    members overlap and the packing lists each pair. Different slots never overlap.
// Columns and rows are counted from 1, as a planner reads them.

#include "SectionConfig.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

inline constexpr int GridColumns = 12;
inline constexpr int MinTileRows = 1;
inline constexpr int MaxTileRows = 4;

// Rows a tile of `size` takes; an unknown size (SectionValidator reports it) packs as medium.
int tileRowsForSize(QStringView size);
// The size whose height is `rows` (clamped to 1..4): "small", "medium", "large" or "full".
QString tileSizeForRows(int rows);

struct GridRect
{
    int column = 1; // first column, 1..12
    int row = 1; // first row, from 1
    int columns = 1;
    int rows = 1;

    int lastColumn() const { return column + columns - 1; }
    int lastRow() const { return row + rows - 1; }
    bool contains(int atColumn, int atRow) const;
    bool intersects(const GridRect &other) const;
    GridRect intersected(const GridRect &other) const; // empty (0 columns) when apart
    friend bool operator==(const GridRect &, const GridRect &) = default;
};

// What the packer needs of a section.
struct GridTile
{
    QString id;
    int position = 0;
    int columns = GridColumns; // as stored; may be out of range
    int rows = 2; // from the size
    friend bool operator==(const GridTile &, const GridTile &) = default;
};

GridTile gridTileOf(const SectionConfig &section);
QList<GridTile> gridTilesOf(const QList<SectionConfig> &sections);

struct PlacedTile
{
    QString id;
    qsizetype source = 0; // index in the list given to packGrid
    int position = 0;
    int declaredColumns = 0; // the stored span, before clamping
    GridRect rect;

    bool spanClamped() const { return declaredColumns != rect.columns; }
    friend bool operator==(const PlacedTile &, const PlacedTile &) = default;
};

struct GridOverlap
{
    qsizetype first = 0; // index in GridLayout::tiles, the earlier of the two
    qsizetype second = 0;
    GridRect area; // the cells both cover
    friend bool operator==(const GridOverlap &, const GridOverlap &) = default;
};

struct GridLayout
{
    QList<PlacedTile> tiles; // in position order, ties by id
    QList<GridOverlap> overlaps; // pairs sharing a slot, in the order of `tiles`
    int rowCount = 0; // rows in use

    std::optional<qsizetype> indexOf(QStringView id) const;
    // The tiles as a reader walks the grid: by row, then column (then position order).
    QStringList readingOrder() const;
    // The tile covering a cell; with overlapping tiles, the first in position order.
    std::optional<QString> tileAt(int column, int row) const;
    friend bool operator==(const GridLayout &, const GridLayout &) = default;
};

// Packs one dashboard's tiles (any input order) by the rule above.
GridLayout packGrid(const QList<GridTile> &tiles);

// `tiles` sorted by position then id: the order the packer places them in.
QList<GridTile> inPackingOrder(QList<GridTile> tiles);
// The same order for whole sections (pointers into `sections`).
QList<const SectionConfig *> sectionsInPackingOrder(const QList<SectionConfig> &sections);

} // namespace wedsync
