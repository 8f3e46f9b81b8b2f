#pragma once
// Paints a status, severity or freshness cell as a coloured badge with a glyph and the cell's
// word, in colours that suit the view's palette (light or dark).

#include <QStyledItemDelegate>

namespace wedsync {

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Status, Severity, Freshness };

    explicit StatusBadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace wedsync
