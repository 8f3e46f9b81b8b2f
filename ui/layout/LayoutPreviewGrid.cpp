#include "layout/LayoutPreviewGrid.h"

#include "SectionNames.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
constexpr int Gutter = 4;
constexpr int RowHeight = 26;
} // namespace

LayoutPreviewGrid::LayoutPreviewGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"previewGrid"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LayoutPreviewGrid::setTiles(const QList<SectionConfig> &visible, const LayoutPreview &preview)
{
    const GridLayout grid = packGrid(gridTilesOf(visible));
    m_tiles.clear();
    for (const PlacedTile &placed : grid.tiles) {
        const SectionConfig &section = visible.at(placed.source);
        const TilePreview *tile = preview.tile(section.id);
        m_tiles.append({section.id, sectionDisplayName(section), tile ? tile->reason : QString(),
                        section.customization.color, tile && tile->access == TileAccess::ReadOnly,
                        placed.rect});
    }
    m_rows = grid.rowCount;
    updateGeometry();
    update();
}

QString LayoutPreviewGrid::tileAt(const QPoint &point) const
{
    for (const Shown &tile : m_tiles) {
        if (rectFor(tile.rect).contains(point))
            return tile.id;
    }
    return {};
}

QRect LayoutPreviewGrid::tileRect(const QString &sectionId) const
{
    for (const Shown &tile : m_tiles) {
        if (tile.id == sectionId)
            return rectFor(tile.rect);
    }
    return {};
}

QStringList LayoutPreviewGrid::shownIds() const
{
    QStringList ids;
    for (const Shown &tile : m_tiles)
        ids.append(tile.id);
    return ids;
}

QSize LayoutPreviewGrid::sizeHint() const
{
    return {320, std::max(1, m_rows) * (RowHeight + Gutter) + Gutter};
}

QSize LayoutPreviewGrid::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

QRect LayoutPreviewGrid::rectFor(const GridRect &cell) const
{
    const double column = double(width() - Gutter) / GridColumns;
    const int left = int((cell.column - 1) * column) + Gutter;
    const int right = int(cell.lastColumn() * column);
    const int top = (cell.row - 1) * (RowHeight + Gutter) + Gutter;
    return {left, top, right - left, cell.rows * (RowHeight + Gutter) - Gutter};
}

void LayoutPreviewGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    for (const Shown &tile : m_tiles) {
        const QRect box = rectFor(tile.rect);
        QColor fill(tile.color);
        if (!fill.isValid())
            fill = pal.color(QPalette::Button);
        painter.setPen(tile.readOnly ? QPen(pal.color(QPalette::Text), 1, Qt::DashLine)
                                     : QPen(pal.color(QPalette::Mid)));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        // Black or white text, whichever reads better on the tile's colour.
        painter.setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
        const QString text = tile.readOnly ? tr("%1 (read-only)").arg(tile.title) : tile.title;
        const QRect inside = box.adjusted(6, 2, -6, -2);
        painter.drawText(
            inside, Qt::AlignLeft | Qt::AlignTop,
            painter.fontMetrics().elidedText(text, Qt::ElideRight, std::max(0, inside.width())));
    }
    if (m_tiles.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("This person sees no section."));
    }
}

bool LayoutPreviewGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = tileAt(help->pos());
        const auto tile = std::find_if(m_tiles.cbegin(), m_tiles.cend(),
                                       [&id](const Shown &shown) { return shown.id == id; });
        if (tile != m_tiles.cend())
            QToolTip::showText(help->globalPos(), tile->title + u"\n"_s + tile->reason, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void LayoutPreviewGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const QString id = tileAt(event->position().toPoint());
    if (!id.isEmpty())
        Q_EMIT tileClicked(id);
}

} // namespace wedsync
