#include "dashboard/StatusBadgeDelegate.h"

#include "ModelRoles.h"
#include "dashboard/StatusStyle.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace wedsync {

StatusBadgeDelegate::StatusBadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{ }

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection, focus

    const bool dark = isDarkPalette(opt.palette);
    BadgeStyle look;
    switch (m_kind) {
    case Kind::Status:
        look = statusBadge(SyncStatus(index.data(StatusRole).toInt()), dark);
        break;
    case Kind::Severity:
        look = severityBadge(SyncSeverity(index.data(SeverityRole).toInt()), dark);
        break;
    case Kind::Freshness:
        look = freshnessBadge(SyncFreshness(index.data(FreshnessRole).toInt()), dark);
        break;
    }
    const QString label = look.glyph.isEmpty() ? text : look.glyph + u' ' + text;
    const QFontMetrics metrics(opt.font);
    const int width = std::min(opt.rect.width() - 4, metrics.horizontalAdvance(label) + 12);
    QRect badgeRect(opt.rect.left() + 2, opt.rect.top() + 2, width, opt.rect.height() - 4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(look.background);
    painter->drawRoundedRect(badgeRect, 6, 6);
    painter->setPen(look.text);
    painter->setFont(opt.font);
    painter->drawText(badgeRect, Qt::AlignCenter,
                      metrics.elidedText(label, Qt::ElideRight, badgeRect.width() - 8));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 40;
    size.rheight() += 4;
    return size;
}

} // namespace wedsync
