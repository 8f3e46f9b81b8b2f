#pragma once
// Paints a permission matrix cell as three compact toggles (view, edit, hide): filled for a
// grant the section's lists give this role, dashed for one the role only gets through the
// engine's rules (inherited through the role hierarchy, an admin's edit), empty for none; a
// bar under an unsaved change, an amber ring round a value someone else saved meanwhile.
// A click on a toggle asks for it to be flipped; the page decides.

#include "PermissionMatrixModel.h"

#include <QStyledItemDelegate>

namespace wedsync {

class PermissionCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The letter each toggle shows (translated: "V", "E", "H").
    static QString flagLetter(CellFlag flag);
    // Where toggle `i` (0 view, 1 edit, 2 hide) is drawn in a cell.
    static QRect toggleRect(const QRect &cell, const QFontMetrics &metrics, int i);

Q_SIGNALS:
    void toggleClicked(const QModelIndex &index, wedsync::CellFlag flag);
};

} // namespace wedsync
