#pragma once
// The layout editor's canvas: the document's packed grid as focusable tiles on 12 columns,
// inside its own scroll area (the page just adds the canvas). Every change goes through the
// LayoutDocument: drag a tile to move it, drag its corner to resize it, or use the keyboard
// (arrows move by one cell, Shift+arrows resize, Tab walks the tiles in reading order,
// Delete and Enter/F2 ask the page). A refused edit comes back as statusMessage().

#include "layout/LayoutGeometry.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QStringList>

class QTimer;

namespace wedsync {

class LayoutDocument;
class LayoutTile;
class DropOutline;
class CanvasSurface;
template<typename T> class Result;

class LayoutCanvas : public QScrollArea
{
    Q_OBJECT
public:
    explicit LayoutCanvas(LayoutDocument *document, QWidget *parent = nullptr);
    ~LayoutCanvas() override;

    // Other operators working on this layout, by the section they have selected.
    void setEditors(const QHash<QString, QStringList> &editorsBySection);

    LayoutTile *tile(const QString &sectionId) const { return m_tiles.value(sectionId); }
    QWidget *surface() const;
    const LayoutGeometry &cellGeometry() const { return m_geometry; }
    // Where the drop outline is while a drag is on (empty otherwise).
    QRect dropOutlineRect() const;

Q_SIGNALS:
    void removeRequested(const QString &sectionId);
    void inspectRequested(const QString &sectionId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class DragMode { None, Pending, Move, Resize };

    void syncWithDocument();
    void placeTiles();
    void updateTabOrder(const QStringList &readingOrder);
    void showSelection(const QString &sectionId);
    void report(const Result<bool> &result);

    bool mouseOnTile(LayoutTile *tile, QEvent *event);
    bool keyOnTile(LayoutTile *tile, QKeyEvent *event);
    // Why an arrow key did nothing at the edge of the grid or of the sizes.
    QString edgeMessage(const LayoutTile *tile, int dx, int dy, bool resize) const;
    void dragTo(QPoint surfacePos);
    void finishDrag(QPoint surfacePos);
    void cancelDrag();
    // While dragging with the pointer near the top or bottom of the view, scroll and follow.
    void autoScroll();

    LayoutDocument *m_document;
    CanvasSurface *m_surface;
    DropOutline *m_outline;
    LayoutGeometry m_geometry;
    QHash<QString, LayoutTile *> m_tiles;
    QHash<QString, QStringList> m_editors;
    QStringList m_tabOrder;

    DragMode m_drag = DragMode::None;
    QPointer<LayoutTile> m_dragTile;
    QPoint m_pressPos; // surface coordinates
    QPoint m_grabOffset; // pointer minus the tile's top-left at the press
    GridRect m_target; // where the drop would go
    QPoint m_lastPointer; // surface coordinates of the last drag move
    QTimer *m_autoScroll;
};

} // namespace wedsync
