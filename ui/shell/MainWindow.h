#pragma once
// The console's main window: a sidebar over the screens it is given (ConsolePage), the
// organization and wedding switcher, the status bar (connection, presence, last update) and
// the keyboard commands (Ctrl+1..n, F5/Ctrl+R, settings, sign out, quit).

#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace wedsync {
class HelpMenu;
}

namespace wedsync {

class ConnectionStatusBar;
class ConsolePage;
class OrganizationSwitcher;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The screens, in sidebar order; the window takes them over. Pages from an earlier call are
    // deleted. The first page (or the one named by showPage later) is shown and activated.
    void setPages(const QList<ConsolePage *> &pages);
    // Takes a screen away (the account may not read it after all, e.g. a 403).
    void removePage(const QString &pageId);
    QList<ConsolePage *> pages() const { return m_pages; }
    ConsolePage *page(const QString &pageId) const;
    ConsolePage *currentPage() const;
    bool showPage(const QString &pageId);

    OrganizationSwitcher *switcher() const { return m_switcher; }
    ConnectionStatusBar *connectionStatus() const { return m_status; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    void setAccount(const QString &email, const QString &role); // whose data is shown
    // Signed out (e.g. showing the cache): the sign-out command becomes "Sign in…".
    void setSignedIn(bool signedIn);

    void restoreWindow(const QByteArray &geometry, const QByteArray &state);
    // Screens with edits not saved yet (their titles), for "quit anyway?" questions.
    QStringList pagesWithUnsavedChanges() const;
    // Asked before the window closes; false keeps it open.
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

Q_SIGNALS:
    void refreshRequested();
    void settingsRequested();
    void signOutRequested(); // or, while signed out, "sign in"

    void quitRequested();
    void currentPageChanged(const QString &pageId);
    // The window is closing: save its geometry now.
    void closing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildNavigation();
    // The sidebar's words for a screen: its title, and its badge when it has one.
    QString navigationText(const ConsolePage *page) const;
    void retranslate();
    void onCurrentRowChanged(int row);
    void pageDataUpdated(ConsolePage *page, const QDateTime &at, bool fromCache);

    QToolBar *m_contextBar = nullptr;
    OrganizationSwitcher *m_switcher = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_appTitle = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ConnectionStatusBar *m_status = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QList<QAction *> m_pageActions;
    QList<ConsolePage *> m_pages;
    QString m_email;
    QString m_role;
    bool m_signedIn = false;
    std::function<bool()> m_closeGuard;
};

} // namespace wedsync
