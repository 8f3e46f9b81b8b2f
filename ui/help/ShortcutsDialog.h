#pragma once
// Help → Keyboard Shortcuts: every menu command with its keys (read from the actions
// themselves), the screens' own shortcuts, and how to move around with the keyboard.

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace wedsync {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Lists the shortcuts of `window`'s menus and of the actions on its screens.
    void setActions(QWidget *window);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidgetItem *group(const QString &title);

    QTreeWidget *m_list;
};

} // namespace wedsync
