#include "help/HelpMenu.h"

#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"

#include <QApplication>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace wedsync {

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(window)
    , m_window(window)
{
    setObjectName(u"helpMenu"_s);
    m_guide = addAction(QString(), this, &HelpMenu::showGuide);
    m_guide->setObjectName(u"userGuideAction"_s);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(u"shortcutsAction"_s);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void HelpMenu::setServer(const QUrl &url, const QString &version)
{
    m_serverUrl = url;
    m_serverVersion = version;
    if (m_aboutDialog)
        m_aboutDialog->setServer(url, version);
}

template<typename Dialog> static Dialog *shown(QPointer<Dialog> &dialog, QWidget *window)
{
    if (!dialog)
        dialog = new Dialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void HelpMenu::showShortcuts()
{
    const bool fresh = !m_shortcutsDialog;
    ShortcutsDialog *dialog = shown(m_shortcutsDialog, m_window);
    if (fresh || dialog->isVisible())
        dialog->setActions(m_window);
}

void HelpMenu::showGuide()
{
    shown(m_guideDialog, m_window);
}

void HelpMenu::showAbout()
{
    shown(m_aboutDialog, m_window)->setServer(m_serverUrl, m_serverVersion);
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About WedSync Admin"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace wedsync
