#include "shell/NoticeTray.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace wedsync {

NoticeTray::NoticeTray(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon().isNull()
                                         ? window->style()->standardIcon(QStyle::SP_ComputerIcon)
                                         : window->windowIcon(),
                                     this);
        m_menu = new QMenu(window);
        m_open = m_menu->addAction(QString(), window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        m_openLast = m_menu->addAction(
            QString(), this, [this] { Q_EMIT openRequested(m_last.pageId, m_last.itemId); });
        m_openLast->setEnabled(false);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT openRequested(m_last.pageId, m_last.itemId); });
        m_tray->show();
    }
    window->installEventFilter(this);
    retranslate();
}

NoticeTray::~NoticeTray()
{
    delete m_menu;
}

void NoticeTray::show(const Notice &notice)
{
    m_last = notice;
    if (m_openLast)
        m_openLast->setEnabled(!notice.pageId.isEmpty());
    if (m_tray) {
        m_tray->showMessage(notice.title, notice.text, QSystemTrayIcon::Information, 10000);
        return;
    }
    // No tray on this desktop: the status bar says it.
    m_window->statusBar()->showMessage(tr("%1: %2").arg(notice.title, notice.text), 15000);
}

bool NoticeTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void NoticeTray::retranslate()
{
    if (m_tray)
        m_tray->setToolTip(tr("WedSync Admin"));
    if (m_open)
        m_open->setText(tr("Open WedSync Admin"));
    if (m_openLast)
        m_openLast->setText(tr("Open the last notice"));
}

} // namespace wedsync
