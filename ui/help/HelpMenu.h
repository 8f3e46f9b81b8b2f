#pragma once
// The Help menu: keyboard shortcuts (read from the window's own actions, so the list is never
// out of date), the user guide shown inside the console, About (the console's, the connected
// server's and Qt's versions) and About Qt.

#include <QMenu>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace wedsync {

class AboutDialog;
class ShortcutsDialog;
class UserGuideDialog;

class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *window);

    // What About says of the server (empty: not connected).
    void setServer(const QUrl &url, const QString &version);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }

    void showShortcuts();
    void showGuide();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    QAction *m_shortcuts = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<UserGuideDialog> m_guideDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QUrl m_serverUrl;
    QString m_serverVersion;
};

} // namespace wedsync
