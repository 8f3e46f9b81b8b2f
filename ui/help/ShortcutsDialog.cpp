#include "help/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString plainText(QString text)
{
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    text.remove(mnemonic);
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts()) {
        // The platform's extra bindings for keys no keyboard here has (Undo is also F14).
        const Qt::Key key = sequence[0].key();
        if (sequence.count() == 1 && key >= Qt::Key_F13 && key <= Qt::Key_F35)
            continue;
        keys.append(sequence.toString(QKeySequence::NativeText));
    }
    return keys.join(u"   "_s);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    setMinimumSize(460, 480);
    resize(520, 560);
}

QTreeWidgetItem *ShortcutsDialog::group(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_list, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
    return item;
}

void ShortcutsDialog::setActions(QWidget *window)
{
    m_list->clear();
    const auto addRow = [this](const QString &command, const QString &keys) {
        new QTreeWidgetItem(m_list, {command, keys});
    };
    QSet<const QAction *> listed;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *menuAction : bar->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            bool grouped = false;
            for (QAction *action : menu->actions()) {
                listed.insert(action);
                if (action->shortcuts().isEmpty() || action->isSeparator())
                    continue;
                if (!std::exchange(grouped, true))
                    group(plainText(menu->title()));
                addRow(plainText(action->text()), keysText(action));
            }
        }
    }
    // The screens' own commands (save, undo in a pane, …) that no menu lists.
    bool grouped = false;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (listed.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty()
            || action->menu())
            continue;
        if (!std::exchange(grouped, true))
            group(tr("On the screens"));
        addRow(plainText(action->text()), keysText(action));
    }
    group(tr("Moving around"));
    addRow(tr("Next or previous control"), tr("Tab   Shift+Tab"));
    addRow(tr("Move inside a table or list"), tr("Arrow keys   Home   End"));
    addRow(tr("Open a row's commands"), tr("Menu key   Shift+F10"));
    addRow(tr("Open the selected item"), tr("Enter"));
    addRow(tr("Close a dialog"), tr("Esc"));
}

} // namespace wedsync
