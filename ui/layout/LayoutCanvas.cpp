#include "layout/LayoutCanvas.h"

#include "GridEdits.h"
#include "LayoutDocument.h"
#include "layout/LayoutTile.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

// The widget the tiles live on: paints the column guides behind them.
class CanvasSurface : public QWidget
{
public:
    explicit CanvasSurface(const LayoutGeometry *geometry, QWidget *parent)
        : QWidget(parent)
        , m_geometry(geometry)
    {
        setObjectName(u"layoutCanvasSurface"_s);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }

    // Shown (and told to screen readers) when the dashboard has no tiles.
    void setEmptyText(const QString &text)
    {
        if (text == m_emptyText)
            return;
        m_emptyText = text;
        setAccessibleDescription(text);
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        QColor guide = palette().color(QPalette::AlternateBase);
        if (guide == palette().color(QPalette::Base))
            guide = palette().color(QPalette::Midlight);
        for (int column = 1; column <= GridColumns; ++column) {
            QRect strip = m_geometry->rectFor({column, 1, 1, 1});
            strip.setTop(event->rect().top());
            strip.setBottom(event->rect().bottom());
            painter.fillRect(strip.intersected(event->rect()), guide);
        }
        if (!m_emptyText.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(m_geometry->rectFor({1, 1, GridColumns, 2}),
                             Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
    }

private:
    const LayoutGeometry *m_geometry;
    QString m_emptyText;
};

// Where a dragged tile would land: a frame that follows the pointer cell by cell.
class DropOutline : public QWidget
{
public:
    explicit DropOutline(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(u"layoutDropOutline"_s);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }
};

LayoutCanvas::LayoutCanvas(LayoutDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_surface(new CanvasSurface(&m_geometry, nullptr))
    , m_outline(new DropOutline(m_surface))
    , m_autoScroll(new QTimer(this))
{
    m_autoScroll->setInterval(30);
    connect(m_autoScroll, &QTimer::timeout, this, &LayoutCanvas::autoScroll);
    setObjectName(u"layoutCanvas"_s);
    setAccessibleName(tr("Layout grid"));
    // The tiles take focus, not the scroll area: Tab goes from the widget before the canvas
    // straight to the first tile.
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(false);
    setWidget(m_surface);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Never narrower than the grid's smallest width and a scroll bar: the splitter beside the
    // inspector gives the canvas at least that, so no horizontal scroll bar in 1024 pixels.
    setMinimumWidth(LayoutGeometry::minimumWidth()
                    + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * frameWidth());

    connect(m_document, &LayoutDocument::changed, this, &LayoutCanvas::syncWithDocument);
    connect(m_document, &LayoutDocument::conflictsChanged, this, &LayoutCanvas::syncWithDocument);
    connect(m_document, &LayoutDocument::readOnlyChanged, this, &LayoutCanvas::syncWithDocument);
    connect(m_document, &LayoutDocument::selectionChanged, this, &LayoutCanvas::showSelection);
    syncWithDocument();
}

LayoutCanvas::~LayoutCanvas() = default;

QWidget *LayoutCanvas::surface() const
{
    return m_surface;
}

QRect LayoutCanvas::dropOutlineRect() const
{
    return m_outline->isVisible() ? m_outline->geometry() : QRect();
}

void LayoutCanvas::setEditors(const QHash<QString, QStringList> &editorsBySection)
{
    if (editorsBySection == m_editors)
        return;
    m_editors = editorsBySection;
    syncWithDocument();
}

void LayoutCanvas::syncWithDocument()
{
    const GridLayout &grid = m_document->grid();
    const QList<SectionConfig> &sections = m_document->sections();
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i)
        indexOf.insert(sections[i].id, i);
    const QStringList conflictedList = m_document->conflictedIds();
    const QSet<QString> conflicted(conflictedList.cbegin(), conflictedList.cend());
    const QString selected = m_document->selectedId();

    QHash<QString, LayoutTile *> kept;
    kept.reserve(grid.tiles.size());
    for (const PlacedTile &placed : grid.tiles) {
        const auto index = indexOf.constFind(placed.id);
        if (index == indexOf.constEnd())
            continue;
        LayoutTile *tile = m_tiles.take(placed.id);
        if (!tile) {
            tile = new LayoutTile(m_surface);
            tile->setMouseTracking(true); // for the hover cursor
            tile->installEventFilter(this);
            tile->show();
        }
        TileState state;
        state.section = sections[*index];
        state.cells = placed.rect;
        state.editable = m_document->mayEdit(placed.id);
        state.selected = placed.id == selected;
        state.conflicted = conflicted.contains(placed.id);
        for (const FieldError &error : m_document->errors(placed.id))
            state.errors << error.message;
        state.editors = m_editors.value(placed.id);
        tile->setState(state);
        kept.insert(placed.id, tile);
    }
    // Tiles of sections that are gone.
    for (LayoutTile *gone : std::as_const(m_tiles)) {
        if (gone == m_dragTile)
            cancelDrag();
        gone->deleteLater();
        gone->hide();
    }
    m_tiles = std::move(kept);
    m_surface->setEmptyText(m_tiles.isEmpty()
                                ? tr("This dashboard has no sections yet: add one to start.")
                                : QString());
    placeTiles();
    updateTabOrder(grid.readingOrder());
}

void LayoutCanvas::placeTiles()
{
    m_geometry = LayoutGeometry(viewport()->width());
    m_surface->resize(m_geometry.width(), m_geometry.heightFor(m_document->grid().rowCount));
    for (LayoutTile *tile : std::as_const(m_tiles))
        tile->setGeometry(m_geometry.rectFor(tile->state().cells));
    if (m_drag == DragMode::Move || m_drag == DragMode::Resize)
        m_outline->setGeometry(m_geometry.rectFor(m_target));
}

bool LayoutCanvas::viewportEvent(QEvent *event)
{
    // The viewport, not the scroll area, decides the width: it narrows when the vertical
    // scroll bar appears.
    if (event->type() == QEvent::Resize
        && LayoutGeometry(viewport()->width()).width() != m_geometry.width())
        placeTiles();
    return QScrollArea::viewportEvent(event);
}

void LayoutCanvas::updateTabOrder(const QStringList &readingOrder)
{
    if (readingOrder == m_tabOrder)
        return;
    m_tabOrder = readingOrder;
    if (readingOrder.isEmpty())
        return;
    // Chain the tiles right after the canvas in the window's focus chain, so Tab enters at the
    // first tile and leaves after the last one for whatever follows the canvas. setTabOrder
    // only links widgets that accept focus; the canvas does so just for this call.
    setFocusPolicy(Qt::TabFocus);
    QWidget *previous = this;
    for (const QString &id : readingOrder) {
        if (LayoutTile *tile = m_tiles.value(id)) {
            QWidget::setTabOrder(previous, tile);
            previous = tile;
        }
    }
    setFocusPolicy(Qt::NoFocus);
}

void LayoutCanvas::showSelection(const QString &sectionId)
{
    for (LayoutTile *tile : std::as_const(m_tiles))
        tile->setSelected(tile->sectionId() == sectionId);
    LayoutTile *tile = m_tiles.value(sectionId);
    if (!tile)
        return;
    ensureWidgetVisible(tile, LayoutGeometry::Gutter, LayoutGeometry::Gutter);
    if (!tile->hasFocus())
        tile->setFocus(Qt::OtherFocusReason);
}

void LayoutCanvas::report(const Result<bool> &result)
{
    if (!result.ok())
        Q_EMIT statusMessage(result.error().message);
}

bool LayoutCanvas::eventFilter(QObject *watched, QEvent *event)
{
    auto *tile = qobject_cast<LayoutTile *>(watched);
    if (!tile || tile->parent() != m_surface)
        return QScrollArea::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        m_document->select(tile->sectionId());
        ensureWidgetVisible(tile, LayoutGeometry::Gutter, LayoutGeometry::Gutter);
        return false;
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return mouseOnTile(tile, event);
    case QEvent::KeyPress:
        return keyOnTile(tile, static_cast<QKeyEvent *>(event));
    default:
        return QScrollArea::eventFilter(watched, event);
    }
}

bool LayoutCanvas::mouseOnTile(LayoutTile *tile, QEvent *event)
{
    auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint surfacePos = tile->mapTo(m_surface, mouse->position().toPoint());
    switch (event->type()) {
    case QEvent::MouseButtonDblClick:
        Q_EMIT inspectRequested(tile->sectionId());
        return true;
    case QEvent::MouseButtonPress:
        if (mouse->button() != Qt::LeftButton)
            return false;
        tile->setFocus(Qt::MouseFocusReason);
        m_document->select(tile->sectionId());
        if (!tile->state().editable)
            return true;
        m_dragTile = tile;
        m_pressPos = surfacePos;
        m_grabOffset = surfacePos - tile->pos();
        m_drag = tile->isOnResizeHandle(mouse->position().toPoint()) ? DragMode::Resize
                                                                     : DragMode::Pending;
        if (m_drag == DragMode::Resize) {
            m_target = tile->state().cells;
            dragTo(surfacePos);
        }
        return true;
    case QEvent::MouseMove:
        if (m_drag == DragMode::None || tile != m_dragTile) {
            // Hovering: show what a press would do here.
            const Qt::CursorShape shape = tile->isOnResizeHandle(mouse->position().toPoint())
                ? Qt::SizeFDiagCursor
                : tile->state().editable ? Qt::OpenHandCursor
                                         : Qt::ArrowCursor;
            if (tile->cursor().shape() != shape)
                tile->setCursor(shape);
            return false;
        }
        if (m_drag == DragMode::Pending) {
            if ((surfacePos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                return true;
            m_drag = DragMode::Move;
            m_target = tile->state().cells;
        }
        dragTo(surfacePos);
        return true;
    case QEvent::MouseButtonRelease:
        if (mouse->button() != Qt::LeftButton || tile != m_dragTile)
            return false;
        finishDrag(surfacePos);
        return true;
    default:
        return false;
    }
}

void LayoutCanvas::dragTo(QPoint surfacePos)
{
    const GridRect cells = m_dragTile->state().cells;
    GridRect target = cells;
    if (m_drag == DragMode::Move) {
        // The tile's top-left corner snaps to the nearest cell.
        const QPoint corner = surfacePos - m_grabOffset
            + QPoint(qRound(m_geometry.columnWidth() / 2), m_geometry.rowHeight() / 2);
        const QPoint cell = m_geometry.cellAt(corner);
        target.column = std::clamp(cell.x(), 1, GridColumns - cells.columns + 1);
        target.row = cell.y();
    } else {
        const QPoint cell = m_geometry.cellAt(surfacePos);
        target.columns = std::clamp(cell.x() - cells.column + 1, 1, GridColumns - cells.column + 1);
        target.rows = std::clamp(cell.y() - cells.row + 1, MinTileRows, MaxTileRows);
    }
    if (target == m_target && m_outline->isVisible())
        return; // same cell: nothing to repaint
    m_target = target;
    m_outline->setGeometry(m_geometry.rectFor(target));
    if (!m_outline->isVisible()) {
        m_outline->raise();
        m_outline->show();
    }
    m_lastPointer = surfacePos;
    // Near the top or bottom of the view, keep scrolling while the pointer rests there.
    const int y = m_surface->mapTo(viewport(), surfacePos).y();
    const int margin = m_geometry.rowHeight() / 2;
    if (y < margin || y > viewport()->height() - margin) {
        if (!m_autoScroll->isActive())
            m_autoScroll->start();
    } else {
        m_autoScroll->stop();
    }
}

void LayoutCanvas::autoScroll()
{
    if (m_drag != DragMode::Move && m_drag != DragMode::Resize) {
        m_autoScroll->stop();
        return;
    }
    const int y = m_surface->mapTo(viewport(), m_lastPointer).y();
    const int margin = m_geometry.rowHeight() / 2;
    const int step = y < margin             ? -(margin - y) / 2 - 4
        : y > viewport()->height() - margin ? (y - viewport()->height() + margin) / 2 + 4
                                            : 0;
    QScrollBar *bar = verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + step);
    if (bar->value() == before) {
        m_autoScroll->stop();
        return;
    }
    // The pointer stays where it is on the screen, so it now points further along the grid.
    m_lastPointer.ry() += bar->value() - before;
    dragTo(m_lastPointer);
}

void LayoutCanvas::finishDrag(QPoint surfacePos)
{
    const DragMode mode = m_drag;
    const QString id = m_dragTile ? m_dragTile->sectionId() : QString();
    if (mode == DragMode::Move || mode == DragMode::Resize)
        dragTo(surfacePos);
    const GridRect target = m_target;
    const GridRect from = m_dragTile ? m_dragTile->state().cells : GridRect();
    cancelDrag();
    if (mode == DragMode::Move && (target.column != from.column || target.row != from.row))
        report(m_document->moveTile(id, target.column, target.row));
    else if (mode == DragMode::Resize
             && (target.columns != from.columns || target.rows != from.rows))
        report(m_document->resizeTile(id, target.columns, target.rows));
}

void LayoutCanvas::cancelDrag()
{
    m_autoScroll->stop();
    m_drag = DragMode::None;
    m_dragTile = nullptr;
    m_outline->hide();
}

QString LayoutCanvas::edgeMessage(const LayoutTile *tile, int dx, int dy, bool resize) const
{
    const QString name = tile->accessibleName().section(u',', 0, 0);
    if (resize) {
        if (dx != 0)
            return dx < 0 ? tr("%1 is already one column wide.").arg(name)
                          : tr("%1 already reaches the last column.").arg(name);
        return dy < 0 ? tr("%1 is already one row tall, the smallest size.").arg(name)
                      : tr("%1 is already four rows tall, the largest size.").arg(name);
    }
    if (dx != 0)
        return dx < 0 ? tr("%1 cannot move further left.").arg(name)
                      : tr("%1 cannot move further right.").arg(name);
    return dy < 0 ? tr("%1 cannot move further up.").arg(name)
                  : tr("%1 cannot move further down.").arg(name);
}

bool LayoutCanvas::keyOnTile(LayoutTile *tile, QKeyEvent *event)
{
    const QString id = tile->sectionId();
    const GridRect cells = tile->state().cells;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool plain
        = (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag == DragMode::None)
            return false;
        cancelDrag();
        return true;
    case Qt::Key_Delete:
        Q_EMIT removeRequested(id);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        Q_EMIT inspectRequested(id);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        break;
    default:
        return false;
    }
    if (!plain)
        return false;
    const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
    if (shift) {
        const int columns = cells.columns + dx;
        const int rows = cells.rows + dy;
        if (columns < 1 || cells.column + columns - 1 > GridColumns || rows < MinTileRows
            || rows > MaxTileRows) {
            Q_EMIT statusMessage(edgeMessage(tile, dx, dy, true));
            return true;
        }
        report(m_document->resizeTile(id, columns, rows));
    } else {
        // One cell in that direction; where the packing would float the tile straight back
        // (a neighbour is in the way), the next cell that changes something.
        const QList<GridTile> tiles = inPackingOrder(gridTilesOf(m_document->sections()));
        bool moved = false;
        for (int step = 1; step <= (dx != 0 ? GridColumns : MaxTileRows + 1) && !moved; ++step) {
            const int column = cells.column + dx * step;
            const int row = cells.row + dy * step;
            if (column < 1 || column + cells.columns - 1 > GridColumns || row < 1)
                break;
            if (moveTile(tiles, id, column, row) == tiles)
                continue;
            report(m_document->moveTile(id, column, row));
            moved = true;
        }
        if (!moved)
            Q_EMIT statusMessage(edgeMessage(tile, dx, dy, false));
    }
    if (LayoutTile *moved = m_tiles.value(id))
        ensureWidgetVisible(moved, LayoutGeometry::Gutter, LayoutGeometry::Gutter);
    return true;
}

} // namespace wedsync
