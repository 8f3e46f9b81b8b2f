#pragma once
// Draws a sync job's progress cell as a progress bar (busy while the total is unknown), with
// the percentage as its text, in the platform's own style.

#include <QStyledItemDelegate>

namespace wedsync {

class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace wedsync
