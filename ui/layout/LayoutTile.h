#pragma once
// One section on the layout canvas: a focusable tile showing the section's title, subtitle,
// icon and colour, with marks for selection, validator errors, conflicts, other editors and
// read-only sections. It only shows; the canvas handles its mouse and keyboard.

#include "GridPacking.h"
#include "SectionConfig.h"

#include <QStringList>
#include <QWidget>

namespace wedsync {

struct TileState
{
    SectionConfig section;
    GridRect cells;
    bool editable = true;
    bool selected = false;
    bool conflicted = false;
    QStringList errors; // the validator's messages
    QStringList editors; // other operators on this tile, as the page labels them
    friend bool operator==(const TileState &, const TileState &) = default;
};

class LayoutTile : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutTile(QWidget *parent = nullptr);

    QString sectionId() const { return m_state.section.id; }
    const TileState &state() const { return m_state; }
    // Repaints only when something shown changed.
    void setState(const TileState &state);
    void setSelected(bool selected);

    // The bottom-right corner that resizes the tile (editable tiles only).
    QRect resizeHandleRect() const;
    bool isOnResizeHandle(QPoint local) const;

    // "Timeline, row 1, column 1, 6 columns wide, medium".
    static QString accessibleNameFor(const SectionConfig &section, const GridRect &cells);
    // Initials of an editor's label: "Ana García" -> "AG", "sam@x.org" -> "S".
    static QString initialsOf(const QString &label);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override; // the language switched: names again
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateAccessibility();
    QString accessibleDescriptionText() const;

    TileState m_state;
};

} // namespace wedsync
