#pragma once
// Cells and pixels of the layout canvas: 12 columns across the available width, rows in
// proportion to a column's width, gutters between them. The canvas, its tiles and its drop
// outline all place themselves through this one class, so they always snap to the same cells.

#include "GridPacking.h"

#include <QPoint>
#include <QRect>

namespace wedsync {

class LayoutGeometry
{
public:
    static constexpr int Gutter = 8;
    // Twelve of these, the gutters and a scroll bar fit beside the inspector in a 1024-pixel
    // window (the canvas has about 455 pixels there).
    static constexpr int MinColumnWidth = 27;
    static constexpr int MinRowHeight = 64; // a title and a subtitle
    static constexpr int MaxRowHeight = 140;

    explicit LayoutGeometry(int width = 0);

    int width() const; // at least minimumWidth()
    static int minimumWidth();
    qreal columnWidth() const { return m_columnWidth; }
    int rowHeight() const { return m_rowHeight; }
    // Height of a surface showing `rows` rows (and one spare row to drop a tile below).
    int heightFor(int rows) const;

    QRect rectFor(const GridRect &cells) const;
    // The cell (column 1..12, row from 1) under a point; points in a gutter or outside the
    // grid go to the nearest cell.
    QPoint cellAt(QPoint point) const;

private:
    qreal m_columnWidth = MinColumnWidth;
    int m_rowHeight = MinRowHeight;
};

} // namespace wedsync
