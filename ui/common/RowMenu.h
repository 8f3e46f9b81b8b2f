#pragma once
// Right-click (or the Menu key, or Shift+F10) on a table row opens that row's commands: the
// view asks `fill` for them, for the row under the pointer or, from the keyboard, the current
// row. Copy commands put a value on the clipboard and say so.

#include <QModelIndex>
#include <functional>

class QAbstractItemView;
class QMenu;
class QString;

namespace wedsync {

void enableRowMenu(QAbstractItemView *view,
                   std::function<void(QMenu *menu, const QModelIndex &index)> fill);
// "Copy event id" and the like; does nothing visible if `value` is empty.
void addCopyAction(QMenu *menu, const QString &text, const QString &value);

} // namespace wedsync
