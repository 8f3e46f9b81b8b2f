#pragma once
// Marks a merge row as the resolver reads it: a field still to choose is tinted, and the value
// the result takes (mine, theirs, or the result column for a value of one's own) is bold.

#include <QStyledItemDelegate>

namespace wedsync {

class MergeFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace wedsync
