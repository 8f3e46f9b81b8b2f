#include "layout/LayoutGeometry.h"

#include <QtMath>

#include <algorithm>

namespace wedsync {

LayoutGeometry::LayoutGeometry(int width)
{
    const int usable = std::max(width, minimumWidth()) - (GridColumns + 1) * Gutter;
    m_columnWidth = qreal(usable) / GridColumns;
    m_rowHeight = std::clamp(qRound(m_columnWidth * 0.8), MinRowHeight, MaxRowHeight);
}

int LayoutGeometry::minimumWidth()
{
    return GridColumns * MinColumnWidth + (GridColumns + 1) * Gutter;
}

int LayoutGeometry::width() const
{
    return qRound(m_columnWidth * GridColumns) + (GridColumns + 1) * Gutter;
}

int LayoutGeometry::heightFor(int rows) const
{
    return (rows + 1) * (m_rowHeight + Gutter) + Gutter;
}

QRect LayoutGeometry::rectFor(const GridRect &cells) const
{
    const qreal pitch = m_columnWidth + Gutter;
    const int left = Gutter + qRound((cells.column - 1) * pitch);
    const int right = Gutter + qRound((cells.lastColumn() - 1) * pitch + m_columnWidth);
    const int top = Gutter + (cells.row - 1) * (m_rowHeight + Gutter);
    const int height = cells.rows * m_rowHeight + (cells.rows - 1) * Gutter;
    return QRect(left, top, right - left, height);
}

QPoint LayoutGeometry::cellAt(QPoint point) const
{
    const qreal pitch = m_columnWidth + Gutter;
    const int column = qFloor((point.x() - Gutter / 2.0) / pitch) + 1;
    const int row = qFloor((point.y() - Gutter / 2.0) / (m_rowHeight + Gutter)) + 1;
    return QPoint(std::clamp(column, 1, GridColumns), std::max(row, 1));
}

} // namespace wedsync
