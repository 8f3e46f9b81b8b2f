// First-fit search over a bit mask per grid row.
#include "GridOccupancy.h"

#include <algorithm>

namespace wedsync {

namespace {

constexpr quint16 FullRow = (1u << GridColumns) - 1;

constexpr quint16 spanMask(int column, int columns)
{
    return quint16(((1u << columns) - 1) << column);
}

} // namespace

bool GridOccupancy::isFree(Cell at, int columns, int rows) const
{
    const quint16 mask = spanMask(at.column, columns);
    const int end = std::min(at.row + rows, rowCount());
    for (int row = at.row; row < end; ++row) {
        if (m_rows.at(row) & mask)
            return false;
    }
    return true;
}

GridOccupancy::Cell GridOccupancy::firstFit(int columns, int rows) const
{
    int &from = m_searchFrom.at(size_t((columns - 1) * MaxTileRows + (rows - 1)));
    // Past the last used row everything is free, so the search always ends there.
    for (int row = std::max(from, m_firstOpenRow);; ++row) {
        if (row < rowCount() && m_rows.at(row) == FullRow)
            continue;
        for (int column = 0; column + columns <= GridColumns; ++column) {
            if (isFree({column, row}, columns, rows)) {
                from = row;
                return {column, row};
            }
        }
    }
}

void GridOccupancy::take(Cell at, int columns, int rows)
{
    if (rowCount() < at.row + rows)
        m_rows.resize(at.row + rows, 0);
    const quint16 mask = spanMask(at.column, columns);
    for (int row = at.row; row < at.row + rows; ++row)
        m_rows[row] |= mask;
    while (m_firstOpenRow < rowCount() && m_rows.at(m_firstOpenRow) == FullRow)
        ++m_firstOpenRow;
}

} // namespace wedsync
