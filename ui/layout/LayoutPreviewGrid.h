#pragma once
// The dashboard as one person sees it: the tiles they may see, packed by the one packing rule
// (so hidden tiles leave no hole, as on their screen), read-only ones marked, each with the
// engine's reason on hover. Drawn, not edited.

#include "GridPacking.h"
#include "LayoutPreview.h"
#include "SectionConfig.h"

#include <QList>
#include <QWidget>

namespace wedsync {

class LayoutPreviewGrid : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutPreviewGrid(QWidget *parent = nullptr);

    // The sections the person may see (in any order) and the preview that decided them.
    void setTiles(const QList<SectionConfig> &visible, const LayoutPreview &preview);
    // The tile under a point (for hover reasons and clicks); empty: none.
    QString tileAt(const QPoint &point) const;
    // The rectangle a tile is drawn in (for tests); empty when not shown.
    QRect tileRect(const QString &sectionId) const;
    QStringList shownIds() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tileClicked(const QString &sectionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Shown
    {
        QString id;
        QString title;
        QString reason;
        QString color;
        bool readOnly = false;
        GridRect rect;
    };
    QRect rectFor(const GridRect &cell) const;

    QList<Shown> m_tiles;
    int m_rows = 0;
};

} // namespace wedsync
