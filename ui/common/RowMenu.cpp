#include "common/RowMenu.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

namespace wedsync {

void enableRowMenu(QAbstractItemView *view,
                   std::function<void(QMenu *menu, const QModelIndex &index)> fill)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, fill](const QPoint &pos) {
                         QModelIndex index = view->indexAt(pos);
                         QPoint at = pos;
                         if (!index.isValid()) {
                             // From the keyboard: the current row, at its place.
                             index = view->currentIndex();
                             if (!index.isValid())
                                 return;
                             at = view->visualRect(index).center();
                         }
                         view->setCurrentIndex(index);
                         QMenu menu(view);
                         fill(&menu, index);
                         if (!menu.isEmpty())
                             menu.exec(view->viewport()->mapToGlobal(at));
                     });
}

void addCopyAction(QMenu *menu, const QString &text, const QString &value)
{
    if (value.isEmpty())
        return;
    menu->addAction(text, menu, [value] { QGuiApplication::clipboard()->setText(value); });
}

} // namespace wedsync
