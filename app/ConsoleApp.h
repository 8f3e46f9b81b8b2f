#pragma once
// wedsync-admin's object graph, wired once: network, session and keychain, the sign-in flow,
// realtime client, the embedded server, the windows, and the workspace of the signed-in
// account. The decisions live in the parts (SignInFlow decides how to sign in); this shows them.

#include "CommandLine.h"
#include "common/ConsoleSettings.h"
#include "session/ConsoleAccess.h"
#include "shell/SignInDialog.h"

#include "Clock.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace wedsync {

class NoticeCenter;
class NoticeSources;
class NoticeTray;

class ApiClient;
class KeychainStore;
class LanguageController;
class LocalBackend;
class MainWindow;
class OutboxDialog;
class PresenceTracker;
class RealtimeClient;
class Session;
class SignInFlow;
class SettingsDialog;
class ThemeController;
class UserPrompts;
class Workspace;
enum class ConnectionState;

class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    // scriptedPrompts: answer questions from a queue (tests, --screenshots), never a dialog.
    explicit ConsoleApp(ConsoleOptions options, bool scriptedPrompts = false,
                        QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Applies the saved preferences and shows the first window: the screens from the cache
    // (when this profile has one) and/or the sign-in dialog.
    void start();

    // What the sign-in dialog's button does.
    void signIn(const SignInRequest &request);
    void signOut();
    // True when no screen has unsaved edits, or the user agreed to lose them.
    bool mayDiscardEdits();
    void showSettings();
    void showOutbox(); // the list of edits behind the status bar's notice
    void setLanguage(const QString &code); // "" = system; applied now and remembered
    void setTheme(ThemeChoice theme);
    void saveWindow();

    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    OutboxDialog *outboxDialog() const { return m_outboxDialog; } // null until first shown
    Session *session() const { return m_session; }
    SignInFlow *signInFlow() const { return m_flow; }
    RealtimeClient *realtime() const { return m_realtime; }
    ApiClient *api() const { return m_api; }
    LocalBackend *backend() const { return m_backend; }
    NoticeCenter *notices() const { return m_notices; }
    NoticeTray *noticeTray() const { return m_noticeTray; }
    Workspace *workspace() const { return m_workspace; }
    UserPrompts *prompts() const { return m_prompts.get(); }
    ConsoleSettings &settings() { return m_settings; }
    LanguageController *language() const { return m_language; }
    const ConsoleAccess &access() const { return m_access; }
    PresenceTracker *presence() const { return m_presence; }

Q_SIGNALS:
    void signedIn();
    // The user quit (or --screenshots finished); the exit code for the process.
    void finished(int exitCode);

private:
    void watchBackend();
    void showServerVersion();
    // Column widths the user dragged, per account (ColumnFit tables of every screen).
    void saveColumnWidths();
    void restoreColumnWidths();
    void onColdStart(const QString &serverKey, const QString &email);
    void onEmbeddedServerReady(const QUrl &url);
    void onBusy(const QString &message);
    void onOffline(const QString &message);
    void onBackendFailed(const QString &message);
    void onKeychainProblem(const QString &message, const QString &detail);
    void onSignedIn(const ConsoleAccess &access);
    void onSignedOut();
    void onConnectionState(ConnectionState state);
    void onOrganizationChanged(const QString &organizationId);
    bool openWorkspace(const QString &serverKey, const QString &email);
    void closeWorkspace();
    void showPages(const ConsoleAccess &access);
    void applyScope(); // the switcher's choice, to every screen
    void showOutboxNotice();
    void showSignInDialog(const QString &error = {});
    void showMainWindow();
    void updatePresence();

    ConsoleOptions m_options;
    SystemClock m_clock;
    ConsoleSettings m_settings;
    ThemeController *m_theme = nullptr;
    LanguageController *m_language = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_api = nullptr;
    KeychainStore *m_keychain = nullptr;
    Session *m_session = nullptr;
    SignInFlow *m_flow = nullptr;
    RealtimeClient *m_realtime = nullptr;
    LocalBackend *m_backend = nullptr;
    PresenceTracker *m_presence = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    SignInDialog *m_signIn = nullptr; // owned by the main window
    SettingsDialog *m_settingsDialog = nullptr; // owned by the main window
    OutboxDialog *m_outboxDialog = nullptr; // owned by the main window

    ConsoleAccess m_access;
    bool m_keychainProblemShown = false;
    NoticeCenter *m_notices = nullptr;
    NoticeTray *m_noticeTray = nullptr;
    QPointer<NoticeSources> m_noticeSources; // a child of the workspace
};

} // namespace wedsync
