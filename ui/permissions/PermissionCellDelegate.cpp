#include "permissions/PermissionCellDelegate.h"

#include "ModelRoles.h"
#include "common/StateColors.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr CellFlag Flags[] = {ViewFlag, EditFlag, HideFlag};
constexpr int Gap = 2;

int toggleWidth(const QFontMetrics &metrics)
{
    return std::max(metrics.horizontalAdvance(u"W"_s) + 6, 18);
}

} // namespace

QString PermissionCellDelegate::flagLetter(CellFlag flag)
{
    switch (flag) {
    case ViewFlag:
        //: The one-letter toggle for "view" in a permission matrix cell.
        return tr("V");
    case EditFlag:
        //: The one-letter toggle for "edit" in a permission matrix cell.
        return tr("E");
    case HideFlag:
        //: The one-letter toggle for "hide" in a permission matrix cell.
        return tr("H");
    }
    return {};
}

QRect PermissionCellDelegate::toggleRect(const QRect &cell, const QFontMetrics &metrics, int i)
{
    const int width = toggleWidth(metrics);
    const int height = std::min(cell.height() - 6, metrics.height() + 8);
    const int total = 3 * width + 2 * Gap;
    const int left = cell.left() + std::max(2, (cell.width() - total) / 2);
    return QRect(left + i * (width + Gap), cell.top() + (cell.height() - height) / 2, width,
                 height);
}

void PermissionCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (index.column() == PermissionMatrixModel::SectionColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and focus as the style draws them; the toggles on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const int grant = index.data(GrantRole).toInt();
    const int effective = index.data(EffectiveRole).toInt();
    const int changed = index.data(ChangedRole).toInt();
    const int conflict = index.data(ConflictRole).toInt();
    const QPalette &palette = option.palette;
    const QColor accent = palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 3; ++i) {
        const CellFlag flag = Flags[i];
        const QRectF box
            = QRectF(toggleRect(option.rect, option.fontMetrics, i)).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor text = palette.color(QPalette::PlaceholderText);
        if (grant & flag && option.state & QStyle::State_Selected) {
            // A filled toggle on the selection's colour: the base colour, so it still stands out.
            painter->setPen(QPen(palette.color(QPalette::HighlightedText), 1));
            painter->setBrush(palette.color(QPalette::HighlightedText));
            text = accent;
        } else if (grant & flag) {
            painter->setPen(QPen(accent, 1));
            painter->setBrush(accent);
            text = palette.color(QPalette::HighlightedText);
        } else if (effective & flag) {
            QColor soft = accent;
            soft.setAlpha(60);
            painter->setPen(QPen(accent, 1.2, Qt::DashLine));
            painter->setBrush(soft);
            text = palette.color(QPalette::Text);
        } else if (option.state & QStyle::State_Selected) {
            // On the selection's colour: outlined and lettered in its text colour.
            text = palette.color(QPalette::HighlightedText);
            painter->setPen(QPen(text, 1));
            painter->setBrush(Qt::NoBrush);
        } else {
            painter->setPen(QPen(palette.color(QPalette::Mid), 1));
            painter->setBrush(Qt::NoBrush);
        }
        if (conflict & flag)
            painter->setPen(QPen(conflictColor(palette), 2.5));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(text);
        QFont font = option.font;
        font.setBold(grant & flag);
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, flagLetter(flag));
        if (changed & flag) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Link));
            painter->drawRect(QRectF(box.left() + 3, box.bottom() + 1.5, box.width() - 6, 2));
        }
    }
    painter->restore();
}

QSize PermissionCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (index.column() == PermissionMatrixModel::SectionColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = 3 * toggleWidth(option.fontMetrics) + 2 * Gap + 6;
    return {width, option.fontMetrics.height() + 16};
}

bool PermissionCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                         const QStyleOptionViewItem &option,
                                         const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease
        && index.column() != PermissionMatrixModel::SectionColumn) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
            for (int i = 0; i < 3; ++i) {
                if (toggleRect(option.rect, option.fontMetrics, i)
                        .contains(mouse->position().toPoint())) {
                    Q_EMIT toggleClicked(index, Flags[i]);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace wedsync
