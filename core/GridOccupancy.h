#pragma once
// The cells taken so far while packing a 12-column grid, and the first place a tile fits.

#include "GridPacking.h"

#include <QList>

#include <array>

namespace wedsync {

class GridOccupancy
{
public:
    struct Cell
    {
        int column = 0; // 0-based
        int row = 0; // 0-based
    };

    // The highest row, then leftmost column, where `columns` x `rows` cells are all free.
    // `columns` must be 1..12 and `rows` 1..4.
    Cell firstFit(int columns, int rows) const;
    void take(Cell at, int columns, int rows);
    int rowCount() const { return int(m_rows.size()); }

private:
    bool isFree(Cell at, int columns, int rows) const;

    QList<quint16> m_rows; // bit c set: column c taken
    int m_firstOpenRow = 0; // every row above is full
    // Per shape (columns, rows): the row of its last fit. Cells are only ever taken, so a
    // shape never fits higher than it did before; the next search starts there. This keeps
    // a 500-tile dashboard from rescanning every row with a hole for each tile.
    mutable std::array<int, GridColumns * MaxTileRows> m_searchFrom {};
};

} // namespace wedsync
