#include "conflicts/MergeFieldDelegate.h"

#include "ConflictMergeModel.h"
#include "ModelRoles.h"

#include <QPainter>

namespace wedsync {

void MergeFieldDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString taken = index.data(ChangedRole).toString();
    const int column = index.column();
    if ((taken == u"mine" && column == ConflictMergeModel::MineColumn)
        || (taken == u"theirs" && column == ConflictMergeModel::TheirsColumn)
        || (!taken.isEmpty() && column == ConflictMergeModel::ResultColumn))
        option->font.setBold(true);
}

void MergeFieldDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (index.data(ConflictRole).toBool()) {
        // A field both sides changed: tinted with the palette's link colour, so that it reads
        // in light and dark themes; stronger while nothing is chosen.
        QColor tint = option.palette.color(QPalette::Link);
        tint.setAlpha(index.data(ChangedRole).toString().isEmpty() ? 70 : 28);
        painter->fillRect(option.rect, tint);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace wedsync
