#pragma once
// Shows the notices NoticeCenter lets through: as a system tray message where the desktop has
// a tray (clicking it opens the screen), else in the window's status bar.

#include "notices/Notice.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace wedsync {

class NoticeTray : public QObject
{
    Q_OBJECT
public:
    explicit NoticeTray(QMainWindow *window);
    ~NoticeTray() override;

    void show(const Notice &notice);
    bool usesTray() const { return m_tray != nullptr; }
    // The last notice shown (tests, and the tray's "Open" command).
    Notice lastNotice() const { return m_last; }

Q_SIGNALS:
    // The user clicked the notice: show `itemId` on `pageId` (or just the screen).
    void openRequested(const QString &pageId, const QString &itemId);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openLast = nullptr;
    Notice m_last;
};

} // namespace wedsync
