// The layout canvas as a planner uses it: drag and resize with the mouse, arrows and Tab on the
// keyboard, names a screen reader reads, and the marks a tile carries.

#include "GridEdits.h"
#include "LayoutDocument.h"
#include "LayoutTestData.h"
#include "layout/LayoutCanvas.h"
#include "layout/LayoutTile.h"
#include "layout/TileColors.h"

#include <QApplication>
#include <QJsonValue>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

namespace {

QHash<QString, int> positionsOf(const QList<SectionConfig> &sections)
{
    QHash<QString, int> positions;
    for (const SectionConfig &s : sections)
        positions.insert(s.id, s.layout.position);
    return positions;
}

QHash<QString, int> positionsOf(const QList<GridTile> &tiles)
{
    QHash<QString, int> positions;
    for (const GridTile &t : tiles)
        positions.insert(t.id, t.position);
    return positions;
}

QList<GridTile> tilesOf(const LayoutDocument &doc)
{
    return gridTilesOf(doc.sections());
}

} // namespace

class TestLayoutCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tilesShowTheGridWithAccessibleNames();
    void dragMovesTileWhereMoveTileSays();
    void dragWithinTheSameCellChangesNothing();
    void handleResizesTile();
    void arrowsMoveAndShiftArrowsResize();
    void refusedEditBecomesStatusMessage();
    void tabWalksReadingOrderAndLeaves();
    void selectionFromElsewhereFocusesTile();
    void deleteAndEnterAskThePage();
    void marksErrorsEditorsAndReadOnly();
    void coordinatorCannotMoveBilling();
    void conflictedTileIsMarked();
    void textReadsOnTileColours();
    void fitsSmallWindow();
    void dragNearTheEdgeScrolls();
    void emptyDashboardSaysSo();
    void spanishNamesTheTiles();
    void hoverShowsWhatAPressDoes();

private:
    const PlacedTile &placed(const QString &id) const;
    QPoint centerOnSurface(const QString &id) const;

    QWidget *m_window = nullptr;
    QLineEdit *m_before = nullptr;
    QLineEdit *m_after = nullptr;
    LayoutDocument *m_doc = nullptr;
    LayoutCanvas *m_canvas = nullptr;
};

void TestLayoutCanvas::init()
{
    m_window = new QWidget;
    m_doc = new LayoutDocument(m_window);
    auto *layout = new QVBoxLayout(m_window);
    m_before = new QLineEdit(m_window);
    m_canvas = new LayoutCanvas(m_doc, m_window);
    m_after = new QLineEdit(m_window);
    layout->addWidget(m_before);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_after);
    m_window->resize(1024, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Loaded after the window exists, as the page does: the tiles are created last.
    m_doc->reset(LayoutTestOrganization, {}, demoLayoutSections(), 4);
    QCOMPARE(m_doc->grid().tiles.size(), 9);
}

void TestLayoutCanvas::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

const PlacedTile &TestLayoutCanvas::placed(const QString &id) const
{
    return m_doc->grid().tiles.at(*m_doc->grid().indexOf(id));
}

QPoint TestLayoutCanvas::centerOnSurface(const QString &id) const
{
    return m_canvas->tile(id)->geometry().center();
}

void TestLayoutCanvas::tilesShowTheGridWithAccessibleNames()
{
    for (const PlacedTile &p : m_doc->grid().tiles) {
        LayoutTile *tile = m_canvas->tile(p.id);
        QVERIFY(tile);
        QCOMPARE(tile->geometry(), m_canvas->cellGeometry().rectFor(p.rect));
        QVERIFY(tile->focusPolicy() & Qt::TabFocus);
    }
    const QString timeline = sectionIdOfType(m_doc->sections(), u"timeline"_s);
    const PlacedTile &t = placed(timeline);
    QCOMPARE(m_canvas->tile(timeline)->accessibleName(),
             u"Wedding Timeline, row %1, column %2, 8 columns wide, large"_s.arg(t.rect.row)
                 .arg(t.rect.column));
    QVERIFY(m_canvas->tile(timeline)->accessibleDescription().contains(u"Ceremony, reception"_s));
    const QString overview = sectionIdOfType(m_doc->sections(), u"dashboard"_s);
    QCOMPARE(m_canvas->tile(overview)->accessibleName(),
             u"Overview, row 1, column 1, 12 columns wide, full"_s);
    // Tiles do not overlap, and the surface holds every row.
    QVERIFY(m_canvas->surface()->height()
            >= m_canvas->cellGeometry().rectFor({1, m_doc->grid().rowCount, 1, 1}).bottom());
}

void TestLayoutCanvas::dragMovesTileWhereMoveTileSays()
{
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    LayoutTile *tile = m_canvas->tile(budget);
    const GridRect from = placed(budget).rect;
    const GridRect to {7, 1, from.columns, from.rows};
    const QList<GridTile> expected = moveTile(tilesOf(*m_doc), budget, to.column, to.row);
    QVERIFY(positionsOf(expected) != positionsOf(m_doc->sections()));

    const QPoint grab(20, 30);
    QTest::mousePress(tile, Qt::LeftButton, {}, grab);
    const QPoint start = tile->pos() + grab;
    const QPoint end = m_canvas->cellGeometry().rectFor(to).topLeft() + grab;
    for (int step = 1; step <= 10; ++step) {
        const QPoint at = start + (end - start) * step / 10;
        QTest::mouseMove(tile, tile->mapFrom(m_canvas->surface(), at));
    }
    // The outline snapped to the cell under the pointer; nothing changed yet.
    QCOMPARE(m_canvas->dropOutlineRect(), m_canvas->cellGeometry().rectFor(to));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::mouseRelease(tile, Qt::LeftButton, {}, tile->mapFrom(m_canvas->surface(), end));

    QCOMPARE(positionsOf(m_doc->sections()), positionsOf(expected));
    QCOMPARE(m_doc->grid(), packGrid(expected));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_canvas->dropOutlineRect().isNull());
    // The tile follows the document.
    QCOMPARE(m_canvas->tile(budget)->geometry(),
             m_canvas->cellGeometry().rectFor(placed(budget).rect));
}

void TestLayoutCanvas::dragWithinTheSameCellChangesNothing()
{
    const QString photos = sectionIdOfType(m_doc->sections(), u"photos"_s);
    LayoutTile *tile = m_canvas->tile(photos);
    QTest::mousePress(tile, Qt::LeftButton, {}, QPoint(30, 20));
    QTest::mouseMove(tile, QPoint(45, 28));
    QTest::mouseRelease(tile, Qt::LeftButton, {}, QPoint(45, 28));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->selectedId(), photos);
}

void TestLayoutCanvas::handleResizesTile()
{
    const QString photos = sectionIdOfType(m_doc->sections(), u"photos"_s);
    LayoutTile *tile = m_canvas->tile(photos);
    const GridRect from = placed(photos).rect;
    QCOMPARE(from.columns, 4);
    QCOMPARE(from.rows, 1);
    const QList<GridTile> expected = resizeTile(tilesOf(*m_doc), photos, 3, 2);

    const QPoint handle = tile->resizeHandleRect().center();
    QVERIFY(tile->isOnResizeHandle(handle));
    QTest::mousePress(tile, Qt::LeftButton, {}, handle);
    // Pointer over the cell 3 columns and 2 rows from the tile's corner.
    const QPoint target
        = m_canvas->cellGeometry().rectFor({from.column + 2, from.row + 1, 1, 1}).center();
    QTest::mouseMove(tile, tile->mapFrom(m_canvas->surface(), target));
    QCOMPARE(m_canvas->dropOutlineRect(),
             m_canvas->cellGeometry().rectFor({from.column, from.row, 3, 2}));
    QTest::mouseRelease(tile, Qt::LeftButton, {}, tile->mapFrom(m_canvas->surface(), target));

    QCOMPARE(m_doc->grid(), packGrid(expected));
    const SectionConfig after = *m_doc->section(photos);
    QCOMPARE(after.layout.columns, 3);
    QCOMPARE(after.layout.size, u"medium"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestLayoutCanvas::arrowsMoveAndShiftArrowsResize()
{
    const QString guests = sectionIdOfType(m_doc->sections(), u"guest_list"_s);
    m_canvas->tile(guests)->setFocus();
    QCOMPARE(m_doc->selectedId(), guests);
    QSignalSpy status(m_canvas, &LayoutCanvas::statusMessage);
    auto press
        = [&](Qt::Key key, Qt::KeyboardModifiers modifiers, const QList<GridTile> &expected) {
              const int steps = m_doc->undoStack()->count();
              QTest::keyClick(m_canvas->tile(guests), key, modifiers);
              QCOMPARE(m_doc->grid(), packGrid(expected));
              QCOMPARE(m_doc->undoStack()->count(), steps + 1); // one key, one step
              QVERIFY(m_canvas->tile(guests)->hasFocus());
              QCOMPARE(m_canvas->tile(guests)->geometry(),
                       m_canvas->cellGeometry().rectFor(placed(guests).rect));
          };
    // An arrow moves one cell; where the packing floats the tile straight back (a neighbour is
    // in the way), it goes on to the first cell in that direction that changes the layout.
    auto arrowTarget = [&](int dx, int dy) {
        const QList<GridTile> tiles = inPackingOrder(tilesOf(*m_doc));
        const GridRect cells = placed(guests).rect;
        for (int step = 1; step <= GridColumns; ++step) {
            const QList<GridTile> moved
                = moveTile(tiles, guests, cells.column + dx * step, cells.row + dy * step);
            if (moved != tiles)
                return moved;
        }
        return tiles;
    };

    QCOMPARE(placed(guests).rect.column, 7);
    press(Qt::Key_Left, {}, arrowTarget(-1, 0));
    QCOMPARE(placed(guests).rect.column, 1); // took Budget's place on the left
    press(Qt::Key_Right, {}, arrowTarget(1, 0));
    QCOMPARE(placed(guests).rect.column, 7);
    press(Qt::Key_Up, {}, arrowTarget(0, -1));
    QVERIFY(status.isEmpty());

    GridRect cells = placed(guests).rect;
    press(Qt::Key_Left, Qt::ShiftModifier,
          resizeTile(tilesOf(*m_doc), guests, cells.columns - 1, cells.rows));
    QCOMPARE(m_doc->section(guests)->layout.columns, 5);
    cells = placed(guests).rect;
    press(Qt::Key_Down, Qt::ShiftModifier,
          resizeTile(tilesOf(*m_doc), guests, cells.columns, cells.rows + 1));
    QCOMPARE(m_doc->section(guests)->layout.size, u"large"_s);

    // At the top edge, Up says so and changes nothing.
    const QString overview = sectionIdOfType(m_doc->sections(), u"dashboard"_s);
    const int steps = m_doc->undoStack()->count();
    m_canvas->tile(overview)->setFocus();
    QTest::keyClick(m_canvas->tile(overview), Qt::Key_Up);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(u"cannot move further up"_s));

    // Undo puts the tile back, and the canvas follows.
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->sections(), m_doc->base());
    QCOMPARE(m_canvas->tile(guests)->geometry(),
             m_canvas->cellGeometry().rectFor(placed(guests).rect));
}

void TestLayoutCanvas::refusedEditBecomesStatusMessage()
{
    QSignalSpy status(m_canvas, &LayoutCanvas::statusMessage);
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    m_doc->setReadOnly(true);
    QVERIFY(!m_canvas->tile(budget)->state().editable);
    m_canvas->tile(budget)->setFocus();
    QTest::keyClick(m_canvas->tile(budget), Qt::Key_Down);
    QCOMPARE(status.count(), 1);
    QVERIFY(!status.first().first().toString().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // A read-only tile does not start a drag either.
    LayoutTile *tile = m_canvas->tile(budget);
    QTest::mousePress(tile, Qt::LeftButton, {}, QPoint(20, 20));
    QTest::mouseMove(tile, QPoint(220, 20));
    QVERIFY(m_canvas->dropOutlineRect().isNull());
    QTest::mouseRelease(tile, Qt::LeftButton, {}, QPoint(220, 20));
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // Shift+Left on a one-column tile says why nothing happens.
    m_doc->setReadOnly(false);
    status.clear();
    const QString photos = sectionIdOfType(m_doc->sections(), u"photos"_s);
    QVERIFY(m_doc->resizeTile(photos, 1, 1).ok());
    m_canvas->tile(photos)->setFocus();
    QTest::keyClick(m_canvas->tile(photos), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(u"already one column wide"_s));
}

void TestLayoutCanvas::tabWalksReadingOrderAndLeaves()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_before->setFocus();
    QTRY_VERIFY(m_before->hasFocus());
    const QStringList order = m_doc->grid().readingOrder();
    for (const QString &id : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_canvas->tile(id));
        QCOMPARE(m_doc->selectedId(), id);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_after);
    // And back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_canvas->tile(order.last()));

    // After a move changes the reading order, Tab follows the new order.
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    QVERIFY(m_doc->moveTile(budget, 7, 1).ok());
    const QStringList reordered = m_doc->grid().readingOrder();
    QVERIFY(reordered != order);
    m_before->setFocus();
    for (const QString &id : reordered) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_canvas->tile(id));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_after);
}

void TestLayoutCanvas::selectionFromElsewhereFocusesTile()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_canvas->resize(m_canvas->width(), 200); // most tiles out of view
    const QString last = m_doc->grid().readingOrder().last();
    m_doc->select(last);
    QTRY_VERIFY(m_canvas->tile(last)->hasFocus());
    QVERIFY(m_canvas->tile(last)->state().selected);
    const QRect visible = m_canvas->viewport()->rect();
    const QRect tileInViewport(m_canvas->tile(last)->mapTo(m_canvas->viewport(), QPoint(0, 0)),
                               m_canvas->tile(last)->size());
    QVERIFY(visible.intersects(tileInViewport));
    const QString first = m_doc->grid().readingOrder().first();
    m_doc->select(first);
    QVERIFY(!m_canvas->tile(last)->state().selected);
    QVERIFY(m_canvas->tile(first)->state().selected);
}

void TestLayoutCanvas::deleteAndEnterAskThePage()
{
    QSignalSpy remove(m_canvas, &LayoutCanvas::removeRequested);
    QSignalSpy inspect(m_canvas, &LayoutCanvas::inspectRequested);
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    m_canvas->tile(budget)->setFocus();
    QTest::keyClick(m_canvas->tile(budget), Qt::Key_Delete);
    QTest::keyClick(m_canvas->tile(budget), Qt::Key_Return);
    QTest::keyClick(m_canvas->tile(budget), Qt::Key_F2);
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.first().first().toString(), budget);
    QCOMPARE(inspect.count(), 2);
    QTest::mouseDClick(m_canvas->tile(budget), Qt::LeftButton);
    QCOMPARE(inspect.count(), 3);
    QCOMPARE(m_doc->sections().size(), 9); // the page decides, not the canvas
}

void TestLayoutCanvas::marksErrorsEditorsAndReadOnly()
{
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    QVERIFY(m_doc->setField(budget, u"color"_s, u"not a colour"_s).ok());
    QVERIFY(!m_doc->errors(budget).isEmpty());
    LayoutTile *tile = m_canvas->tile(budget);
    QCOMPARE(tile->state().errors.size(), m_doc->errors(budget).size());
    QVERIFY(tile->accessibleDescription().contains(m_doc->errors(budget).first().message));

    m_canvas->setEditors({{budget, {u"Ana García"_s, u"lee@example.org"_s, u"Sam Ng"_s}}});
    QCOMPARE(tile->state().editors.size(), 3);
    QVERIFY(tile->accessibleDescription().contains(u"Ana García"_s));
    QCOMPARE(LayoutTile::initialsOf(u"Ana García"_s), u"AG"_s);
    QCOMPARE(LayoutTile::initialsOf(u"lee@example.org"_s), u"L"_s);
    QCOMPARE(LayoutTile::initialsOf(u"   "_s), u"?"_s);
    tile->grab(); // paints every mark without trouble

    m_doc->setReadOnly(true);
    QVERIFY(!tile->state().editable);
    QVERIFY(tile->accessibleDescription().contains(u"Read-only"_s));
    QVERIFY(!tile->isOnResizeHandle(tile->resizeHandleRect().center()));
}

void TestLayoutCanvas::coordinatorCannotMoveBilling()
{
    QSignalSpy status(m_canvas, &LayoutCanvas::statusMessage);
    // A coordinator's console: the page sets the operator's rights before loading.
    m_doc->setMayChangeGrants(false);
    m_doc->reset(LayoutTestOrganization, {}, demoLayoutSections(), 4);
    const QString billing = sectionIdOfType(m_doc->sections(), u"billing"_s);
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    QVERIFY(!m_canvas->tile(billing)->state().editable);
    QVERIFY(m_canvas->tile(budget)->state().editable);
    m_canvas->tile(billing)->setFocus();
    QTest::keyClick(m_canvas->tile(billing), Qt::Key_Up);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(u"Billing"_s));
}

void TestLayoutCanvas::conflictedTileIsMarked()
{
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    QVERIFY(m_doc->setField(budget, u"title"_s, u"Our budget"_s).ok());
    SectionConfig theirs = *m_doc->section(budget);
    theirs.customization.title = u"Money"_s;
    theirs.metadata.version += 1;
    m_doc->applyRemote(theirs);
    QVERIFY(m_doc->conflictedIds().contains(budget));
    QVERIFY(m_canvas->tile(budget)->state().conflicted);
    QVERIFY(m_canvas->tile(budget)->accessibleDescription().contains(u"someone else"_s));
}

void TestLayoutCanvas::textReadsOnTileColours()
{
    QCOMPARE(readableTextColor(QColor(u"#ffffff"_s)), QColor(Qt::black));
    QCOMPARE(readableTextColor(QColor(u"#ffe0b2"_s)), QColor(Qt::black));
    QCOMPARE(readableTextColor(QColor(u"#1a237e"_s)), QColor(Qt::white));
    QCOMPARE(readableTextColor(QColor(u"#2e7d32"_s)), QColor(Qt::white));
    // An unset or invalid colour takes the palette's, whichever palette is in use.
    QPalette dark;
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    QCOMPARE(tileFillColor(u""_s, dark), QColor(0x35, 0x35, 0x35));
    QCOMPARE(tileFillColor(u"red"_s, dark), QColor(0x35, 0x35, 0x35));
    QCOMPARE(readableTextColor(tileFillColor(u""_s, dark)), QColor(Qt::white));
}

void TestLayoutCanvas::fitsSmallWindow()
{
    // The vertical scroll bar takes its share of the width: no horizontal one appears.
    QTRY_VERIFY(m_canvas->verticalScrollBar()->isVisible());
    QVERIFY(!m_canvas->horizontalScrollBar()->isVisible());
    QVERIFY(m_canvas->surface()->width() <= m_canvas->viewport()->width());

    // What is left for the canvas in a 1024 x 700 window beside the sidebar and the inspector
    // (455 pixels, measured under Xvfb with openbox); it does not shrink below its minimum.
    m_window->resize(455 + 2 * m_window->layout()->contentsMargins().left(), 640);
    QTRY_COMPARE(m_canvas->width(), 455);
    QVERIFY(m_canvas->minimumWidth() <= 455);
    QTest::qWait(0);
    QVERIFY(m_canvas->surface()->width() <= m_canvas->viewport()->width());
    for (const PlacedTile &p : m_doc->grid().tiles)
        QCOMPARE(m_canvas->tile(p.id)->geometry(), m_canvas->cellGeometry().rectFor(p.rect));
    QVERIFY(m_canvas->cellGeometry().rowHeight() >= LayoutGeometry::MinRowHeight);
    QVERIFY(!m_canvas->horizontalScrollBar()->isVisible());
}

void TestLayoutCanvas::dragNearTheEdgeScrolls()
{
    m_window->resize(1024, 420);
    QTRY_VERIFY(m_canvas->verticalScrollBar()->maximum() > 0);
    QCOMPARE(m_canvas->verticalScrollBar()->value(), 0);
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    const QList<GridTile> before = tilesOf(*m_doc);
    LayoutTile *tile = m_canvas->tile(budget);
    QTest::mousePress(tile, Qt::LeftButton, {}, QPoint(10, 10));
    // Rest the pointer at the bottom of the view.
    const QPoint bottom(m_canvas->viewport()->width() / 2, m_canvas->viewport()->height() - 3);
    QTest::mouseMove(tile, tile->mapFrom(m_canvas->viewport(), bottom));
    const QRect outlineAtFirst = m_canvas->dropOutlineRect();
    QVERIFY(!outlineAtFirst.isNull());
    QTRY_COMPARE(m_canvas->verticalScrollBar()->value(), m_canvas->verticalScrollBar()->maximum());
    // The outline followed the grid under the resting pointer.
    const QRect outline = m_canvas->dropOutlineRect();
    QVERIFY(outline.top() > outlineAtFirst.top());
    const QPoint cell = m_canvas->cellGeometry().cellAt(outline.topLeft());
    QTest::mouseRelease(tile, Qt::LeftButton, {}, tile->mapFrom(m_canvas->viewport(), bottom));
    QCOMPARE(m_doc->grid(), packGrid(moveTile(before, budget, cell.x(), cell.y())));
    QVERIFY(m_doc->grid() != packGrid(before));
}

void TestLayoutCanvas::emptyDashboardSaysSo()
{
    QVERIFY(m_canvas->surface()->accessibleDescription().isEmpty());
    m_doc->reset(LayoutTestOrganization, {}, {}, 1);
    QVERIFY(m_canvas->surface()->accessibleDescription().contains(u"no sections"_s));
    m_canvas->grab();
    m_doc->reset(LayoutTestOrganization, {}, demoLayoutSections(), 4);
    QVERIFY(m_canvas->surface()->accessibleDescription().isEmpty());
}

void TestLayoutCanvas::spanishNamesTheTiles()
{
    QTranslator spanish;
    QVERIFY(spanish.load(u":/i18n/wedsync_es.qm"_s));
    QCoreApplication::installTranslator(&spanish);
    // The language switches live: the tiles on the screen are named again.
    const QString overview = sectionIdOfType(m_doc->sections(), u"dashboard"_s);
    LayoutTile *tile = m_canvas->tile(overview);
    QTRY_COMPARE(tile->accessibleName(),
                 u"Overview, fila 1, columna 1, 12 columnas de ancho, completa"_s);
    QCoreApplication::removeTranslator(&spanish);
    QTRY_COMPARE(tile->accessibleName(), u"Overview, row 1, column 1, 12 columns wide, full"_s);
}

void TestLayoutCanvas::hoverShowsWhatAPressDoes()
{
    const QString budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    LayoutTile *tile = m_canvas->tile(budget);
    QMouseEvent over(QEvent::MouseMove, QPointF(20, 30), tile->mapToGlobal(QPointF(20, 30)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(tile, &over);
    QCOMPARE(tile->cursor().shape(), Qt::OpenHandCursor);
    const QPointF corner = tile->resizeHandleRect().center();
    QMouseEvent onHandle(QEvent::MouseMove, corner, tile->mapToGlobal(corner), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(tile, &onHandle);
    QCOMPARE(tile->cursor().shape(), Qt::SizeFDiagCursor);
}

QTEST_MAIN(TestLayoutCanvas)
#include "tst_layoutcanvas.moc"
