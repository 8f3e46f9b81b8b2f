#include "ConsoleApp.h"

#include "NoticeSources.h"
#include "UiLogging.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "backend/LocalBackend.h"
#include "cache/Outbox.h"
#include "cache/OutboxJournal.h"
#include "common/ColumnFit.h"
#include "common/ConsolePage.h"
#include "common/DialogPrompts.h"
#include "common/LanguageController.h"
#include "common/ScriptedPrompts.h"
#include "common/ThemeController.h"
#include "feeds/OrganizationFeed.h"
#include "help/HelpMenu.h"
#include "notices/NoticeCenter.h"
#include "presence/PresenceTracker.h"
#include "realtime/RealtimeClient.h"
#include "session/KeychainStore.h"
#include "session/Session.h"
#include "session/SignInFlow.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/NoticeTray.h"
#include "shell/OrganizationSwitcher.h"
#include "shell/OutboxDialog.h"
#include "shell/SettingsDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace wedsync {

ConsoleApp::ConsoleApp(ConsoleOptions options, bool scriptedPrompts, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.profile)
{
    m_theme = new ThemeController(this);
    m_language = new LanguageController(this);
    m_nam = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_nam, this);
    m_keychain = new KeychainStore(u"wedsync-admin"_s, this);
    m_session = new Session(m_api, m_keychain, &m_clock, this);
    m_flow = new SignInFlow(m_session, m_api, this);
    m_realtime = new RealtimeClient(this);
    m_presence = new PresenceTracker(m_realtime, this);
    if (scriptedPrompts)
        m_prompts = std::make_unique<ScriptedPrompts>();
    else
        m_prompts = std::make_unique<DialogPrompts>(m_settings.lastFolder());

    m_window = std::make_unique<MainWindow>();
    m_signIn = new SignInDialog(m_window.get());
    m_signIn->setModal(true);
    m_settingsDialog = new SettingsDialog(m_window.get());
    m_notices = new NoticeCenter(this);
    m_noticeTray = new NoticeTray(m_window.get());
    connect(m_notices, &NoticeCenter::noticeReady, m_noticeTray, &NoticeTray::show);
    connect(m_noticeTray, &NoticeTray::openRequested, this,
            [this](const QString &pageId, const QString &itemId) {
                showMainWindow();
                m_window->showNormal();
                m_window->raise();
                if (ConsolePage *page = m_window->page(pageId);
                    page && m_window->showPage(pageId) && !itemId.isEmpty())
                    page->showItem(itemId);
            });
    const QList<NoticeKind> noticeKinds {NoticeKind::SyncFailure, NoticeKind::Conflict,
                                         NoticeKind::Submission};
    m_settingsDialog->setNoticeKinds(noticeKinds);
    for (NoticeKind kind : noticeKinds) {
        m_notices->setEnabled(kind, m_settings.noticeEnabled(int(kind)));
        m_settingsDialog->setNoticeEnabled(kind, m_notices->isEnabled(kind));
    }
    connect(m_settingsDialog, &SettingsDialog::noticeToggled, this,
            [this](NoticeKind kind, bool on) {
                m_notices->setEnabled(kind, on);
                m_settings.setNoticeEnabled(int(kind), on);
            });

    connect(m_signIn, &SignInDialog::signInRequested, this, &ConsoleApp::signIn);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_window->isVisible()) {
            saveWindow();
            Q_EMIT finished(0);
        }
    });
    connect(m_signIn, &SignInDialog::quitRequested, this, [this] {
        if (m_window->isVisible() && !mayDiscardEdits())
            return;
        m_signIn->hide();
        saveWindow();
        Q_EMIT finished(0);
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ConsoleApp::showSettings);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleApp::signOut);
    m_window->setCloseGuard([this] { return mayDiscardEdits(); });
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] {
        if (!mayDiscardEdits())
            return;
        saveWindow();
        Q_EMIT finished(0);
    });
    connect(m_window.get(), &MainWindow::closing, this, [this] {
        saveWindow();
        Q_EMIT finished(0);
    });
    connect(m_window.get(), &MainWindow::currentPageChanged, this,
            [this](const QString &id) { m_settings.setLastPage(id); });
    connect(m_window->switcher(), &OrganizationSwitcher::organizationChanged, this,
            &ConsoleApp::onOrganizationChanged);
    connect(m_window->switcher(), &OrganizationSwitcher::weddingChanged, this,
            &ConsoleApp::applyScope);
    connect(m_window->connectionStatus(), &ConnectionStatusBar::outboxRequested, this,
            &ConsoleApp::showOutbox);
    connect(m_settingsDialog, &SettingsDialog::languageChosen, this, &ConsoleApp::setLanguage);
    connect(m_settingsDialog, &SettingsDialog::themeChosen, this, &ConsoleApp::setTheme);

    connect(m_flow, &SignInFlow::coldStart, this, &ConsoleApp::onColdStart);
    connect(m_flow, &SignInFlow::busy, this, &ConsoleApp::onBusy);
    connect(m_flow, &SignInFlow::signInRequired, this,
            [this](const QString &message) { showSignInDialog(message); });
    connect(m_flow, &SignInFlow::signedIn, this, &ConsoleApp::onSignedIn);
    connect(m_flow, &SignInFlow::offline, this, &ConsoleApp::onOffline);
    connect(m_flow, &SignInFlow::embeddedServerReady, this, &ConsoleApp::onEmbeddedServerReady);
    connect(m_flow, &SignInFlow::backendFailed, this, &ConsoleApp::onBackendFailed);
    connect(m_flow, &SignInFlow::keychainProblem, this, &ConsoleApp::onKeychainProblem);
    connect(m_session, &Session::signedOut, this, &ConsoleApp::onSignedOut);
    connect(m_session, &Session::accessTokenChanged, this,
            [this](const QString &token) { m_realtime->setAccessToken(token); });
    connect(m_realtime, &RealtimeClient::stateChanged, this, &ConsoleApp::onConnectionState);
    connect(m_presence, &PresenceTracker::operatorsChanged, m_window->connectionStatus(),
            &ConnectionStatusBar::setOperators);
}

ConsoleApp::~ConsoleApp()
{
    // Nothing that is torn down below may call back into a half-destroyed app.
    for (QObject *source : std::initializer_list<QObject *> {m_session, m_flow, m_realtime,
                                                             m_presence, m_backend, m_workspace})
        if (source)
            disconnect(source, nullptr, this, nullptr);
    if (m_workspace)
        disconnect(m_workspace->outboxJournal(), nullptr, this, nullptr);
    delete m_presence;
    // Screens use the workspace's feeds: the windows go first, then the workspace.
    m_window.reset();
    delete m_workspace;
}

void ConsoleApp::start()
{
    m_language->setLanguage(m_options.language.isEmpty() ? m_settings.language()
                                                         : m_options.language);
    m_theme->apply(m_settings.theme());
    m_window->restoreWindow(m_settings.windowGeometry(), m_settings.windowState());

    const bool embedded = m_options.server.isEmpty() && m_settings.useEmbeddedServer();
    const QUrl remote = m_options.server.isEmpty() ? m_settings.remoteServer() : m_options.server;
    const QString exe = m_options.serverExecutable.isEmpty() ? LocalBackend::findServerExecutable()
                                                             : m_options.serverExecutable;
    if (!exe.isEmpty() && QFileInfo(exe).isExecutable()) {
        m_backend = new LocalBackend(exe, m_settings.embeddedDataDir(), this);
        m_flow->setBackend(m_backend);
        watchBackend();
    }
    m_signIn->setEmbeddedAvailable(m_backend != nullptr);
    m_signIn->setServerChoice(embedded && m_backend, remote);
    m_signIn->setEmail(m_settings.lastEmail());
    m_signIn->setRemember(m_settings.rememberMe());
    m_flow->start({embedded, remote, m_settings.lastEmail(), m_settings.lastServerKey(),
                   m_settings.rememberMe()});
}

void ConsoleApp::watchBackend()
{
    using BuiltIn = ConnectionStatusBar::BuiltInServer;
    ConnectionStatusBar *status = m_window->connectionStatus();
    connect(m_backend, &LocalBackend::launching, status, [status](bool again) {
        status->setBuiltInServer(again ? BuiltIn::Restarting : BuiltIn::Starting);
    });
    const auto running = [status] {
        status->setBuiltInServer(BuiltIn::Running);
    };
    connect(m_backend, &LocalBackend::ready, status, running);
    connect(m_backend, &LocalBackend::restarted, status, running);
    connect(m_backend, &LocalBackend::failed, status,
            [status](const QString &why) { status->setBuiltInServer(BuiltIn::Stopped, why); });
    connect(status, &ConnectionStatusBar::restartServerRequested, m_flow,
            &SignInFlow::restartBackend);
}

void ConsoleApp::onColdStart(const QString &serverKey, const QString &email)
{
    // The last account's screens from its cache, before any network answer.
    if (QFileInfo::exists(m_settings.cacheFilePath(serverKey, email))
        && openWorkspace(serverKey, email) && m_workspace->hasCachedData()) {
        showPages(consoleAccessFromMe(m_workspace->cachedMe()));
        m_window->connectionStatus()->setShowingCache(true);
        showMainWindow();
    }
}

void ConsoleApp::onEmbeddedServerReady(const QUrl &url)
{
    m_signIn->setEmbeddedServer(url);
    if (m_flow->isEmbedded())
        m_realtime->setServer(url);
}

void ConsoleApp::onBusy(const QString &message)
{
    // Nothing on screen meanwhile: the dialog says that we are signing in.
    if (!m_window->isVisible() && !m_signIn->isVisible())
        showSignInDialog();
    m_signIn->setBusy(true, message);
}

void ConsoleApp::onOffline(const QString &message)
{
    m_window->connectionStatus()->setConnectionState(ConnectionState::Offline);
    m_window->statusBar()->showMessage(message);
}

void ConsoleApp::onKeychainProblem(const QString &message, const QString &detail)
{
    // "Remember me" cannot work now: untick it so that the next sign-in does not ask the
    // keychain again, and say why once (not at every sign-in).
    m_settings.setRememberMe(false);
    m_signIn->setRemember(false);
    if (m_session->state() != Session::State::SignedIn) {
        m_signIn->showNotice(message); // reading it failed: the dialog asks for the password
        return;
    }
    if (std::exchange(m_keychainProblemShown, true))
        return;
    m_prompts->inform(m_window.get(), tr("Sign-in not remembered"), message, detail);
}

void ConsoleApp::onBackendFailed(const QString &message)
{
    // The main window's status bar says "Built-in server stopped" with a Restart action and
    // this sentence as its tooltip; the sign-in dialog has room for the whole sentence.
    if (m_signIn->isVisible())
        m_signIn->showError(message);
}

void ConsoleApp::signIn(const SignInRequest &request)
{
    m_settings.setUseEmbeddedServer(request.embedded);
    if (!request.embedded)
        m_settings.setRemoteServer(request.server);
    m_settings.setLastEmail(request.email);
    m_settings.setRememberMe(request.remember);
    m_flow->signIn(request);
}

void ConsoleApp::onSignedIn(const ConsoleAccess &access)
{
    const QString serverKey = m_flow->serverKey();
    m_settings.setLastServerKey(serverKey);
    m_settings.setLastEmail(m_session->email());
    if (!m_workspace
        || m_workspace->cachePath() != m_settings.cacheFilePath(serverKey, m_session->email())) {
        if (!openWorkspace(serverKey, m_session->email()))
            return;
    }
    m_workspace->rememberMe(m_session->me());
    m_realtime->setServer(m_session->server());
    m_realtime->setAccessToken(m_session->accessToken());
    m_realtime->open();
    const bool samePages = m_access.screens() == access.screens() && !m_window->pages().isEmpty();
    if (samePages) {
        m_access = access;
        if (ConsolePage *page = m_window->currentPage())
            page->refresh();
    } else {
        showPages(access);
    }
    for (ConsolePage *page : m_window->pages())
        page->setSignedInUser(m_session->userId(), m_session->email());
    restoreColumnWidths();
    m_workspace->watch(access);
    delete m_noticeSources;
    m_noticeSources = new NoticeSources(m_workspace, m_notices, access);
    m_workspace->organizations()->loadOrganizations(true);
    m_workspace->probeAccess(access);
    updatePresence();
    m_window->setAccount(m_session->email(), access.roleText);
    m_window->setSignedIn(true);
    m_settingsDialog->setAccount(m_session->email(), m_session->server().authority());
    showServerVersion();
    m_signIn->setBusy(false);
    m_signIn->setPassword({});
    m_signIn->hide();
    showMainWindow();
    Q_EMIT signedIn();
}

void ConsoleApp::showServerVersion()
{
    // For Help → About: which server, which version.
    const QUrl server = m_session->server();
    m_window->helpMenu()->setServer(server, {});
    ApiReply *reply = m_api->serverHealth();
    connect(reply, &ApiReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        if (reply->ok() && m_session->server() == server)
            m_window->helpMenu()->setServer(server, reply->object().value(u"version"_s).toString());
    });
}

void ConsoleApp::onSignedOut()
{
    saveColumnWidths();
    m_presence->stop();
    m_realtime->close();
    closeWorkspace();
    m_window->setAccount({}, {});
    m_window->setSignedIn(false);
    m_settingsDialog->setAccount({}, {});
    m_window->helpMenu()->setServer({}, {});
    m_window->connectionStatus()->reset();
}

bool ConsoleApp::mayDiscardEdits()
{
    const QStringList screens = m_window->pagesWithUnsavedChanges();
    if (screens.isEmpty())
        return true;
    return m_prompts->confirm(m_window.get(), tr("Discard unsaved changes?"),
                              tr("%1 has changes that are not saved. If you go on, they are "
                                 "lost; cancel to go back and save them.")
                                  .arg(QLocale().createSeparatedList(screens)),
                              tr("Discard changes"));
}

void ConsoleApp::signOut()
{
    if (m_session->state() == Session::State::SignedOut) {
        showSignInDialog(); // the command reads "Sign in…" while the cache is shown
        return;
    }
    if (!mayDiscardEdits())
        return;
    if (m_workspace)
        m_workspace->sendPendingDecisions(); // while the session can still send them
    m_flow->signOut();
    m_settings.setRememberMe(false);
    // Signing out forgets a remembered sign-in; without one the keychain is not touched.
    m_session->signOut(m_session->isRemembered());
    onSignedOut();
    m_signIn->setRemember(false);
    showSignInDialog();
    m_signIn->showNotice(tr("You are signed out."));
}

void ConsoleApp::onConnectionState(ConnectionState state)
{
    m_window->connectionStatus()->setConnectionState(state);
    if (state == ConnectionState::Online && m_workspace && m_workspace->outbox()
        && m_workspace->outbox()->pendingCount() > 0)
        m_workspace->outbox()->replay();
}

void ConsoleApp::onOrganizationChanged(const QString &organizationId)
{
    m_settings.setLastOrganization(organizationId);
    if (m_workspace)
        m_workspace->organizations()->loadWeddings(organizationId,
                                                   m_session->state() == Session::State::SignedIn);
    applyScope();
    updatePresence();
}

bool ConsoleApp::openWorkspace(const QString &serverKey, const QString &email)
{
    closeWorkspace();
    m_workspace = new Workspace(m_api, m_realtime, &m_clock, m_prompts.get(), this);
    QString error;
    if (!m_workspace->open(m_settings.cacheFilePath(serverKey, email), &error)) {
        qCWarning(lcUi) << "cannot open the local cache:" << error;
        m_window->statusBar()->showMessage(tr("The local cache cannot be opened: %1").arg(error));
        delete std::exchange(m_workspace, nullptr);
        return false;
    }
    connect(m_workspace->organizations(), &OrganizationFeed::organizationsLoaded, this,
            [this](const QList<OrganizationItem> &organizations) {
                m_window->switcher()->setOrganizations(
                    organizations, m_access.platformStaff && organizations.size() > 1);
            });
    connect(m_workspace->organizations(), &OrganizationFeed::weddingsLoaded, this,
            [this](const QString &orgId, const QList<WeddingItem> &weddings) {
                if (orgId == m_window->switcher()->organizationId())
                    m_window->switcher()->setWeddings(weddings);
            });
    connect(m_workspace, &Workspace::accessDenied, m_window.get(), &MainWindow::removePage);
    connect(m_workspace->outbox(), &Outbox::pendingCountChanged, m_window->connectionStatus(),
            &ConnectionStatusBar::setPendingEdits);
    connect(m_workspace->outboxJournal(), &OutboxJournal::changed, this,
            &ConsoleApp::showOutboxNotice);
    m_window->connectionStatus()->setPendingEdits(m_workspace->outbox()->pendingCount());
    showOutboxNotice();
    return true;
}

void ConsoleApp::showOutboxNotice()
{
    OutboxJournal *journal = m_workspace ? m_workspace->outboxJournal() : nullptr;
    m_window->connectionStatus()->setOutboxNotice(journal ? journal->notice() : QString());
    if (m_outboxDialog && m_outboxDialog->isVisible())
        m_outboxDialog->setItems(journal ? journal->items() : QList<OutboxItem>());
}

void ConsoleApp::showOutbox()
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_window.get());
        connect(m_outboxDialog, &OutboxDialog::openConflictsRequested, this,
                [this] { m_window->showPage(consoleScreenPageId(ConsoleScreen::ConflictCenter)); });
    }
    m_outboxDialog->setConflictsAvailable(m_access.mayOpen(ConsoleScreen::ConflictCenter));
    m_outboxDialog->setItems(m_workspace ? m_workspace->outboxJournal()->items()
                                         : QList<OutboxItem>());
    m_outboxDialog->show();
    m_outboxDialog->raise();
}

void ConsoleApp::closeWorkspace()
{
    m_window->setPages({});
    m_window->switcher()->clear();
    m_access = {};
    delete std::exchange(m_workspace, nullptr);
    showOutboxNotice();
}

void ConsoleApp::showPages(const ConsoleAccess &access)
{
    m_access = access;
    m_window->setPages(m_workspace->createPages(access));
    m_window->setAccount(m_settings.lastEmail(), access.roleText);
    m_workspace->organizations()->loadOrganizations(false);
    m_window->switcher()->selectOrganization(m_settings.lastOrganization());
    applyScope(); // the new screens start with the switcher's choice
    m_window->showPage(m_settings.lastPage());
}

void ConsoleApp::applyScope()
{
    const ConsoleScope scope {m_window->switcher()->organizationId(),
                              m_window->switcher()->weddingId()};
    for (ConsolePage *page : m_window->pages())
        page->setScope(scope);
}

void ConsoleApp::showSignInDialog(const QString &error)
{
    m_signIn->setBusy(false);
    if (!error.isEmpty())
        m_signIn->showError(error);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void ConsoleApp::showMainWindow()
{
    m_flow->setScreensShown(true);
    if (!m_window->isVisible())
        m_window->show();
}

void ConsoleApp::showSettings()
{
    m_settingsDialog->setLanguage(m_language->choice());
    m_settingsDialog->setTheme(m_theme->choice());
    m_settingsDialog->show();
    m_settingsDialog->raise();
}

void ConsoleApp::setLanguage(const QString &code)
{
    if (m_language->setLanguage(code))
        m_settings.setLanguage(code);
}

void ConsoleApp::setTheme(ThemeChoice theme)
{
    m_theme->apply(theme);
    m_settings.setTheme(theme);
}

void ConsoleApp::saveWindow()
{
    if (!m_window)
        return;
    saveColumnWidths();
    m_settings.setWindow(m_window->saveGeometry(), m_window->saveState());
    if (auto *dialogs = dynamic_cast<DialogPrompts *>(m_prompts.get()))
        m_settings.setLastFolder(dialogs->lastFolder());
    m_settings.sync();
}

void ConsoleApp::saveColumnWidths()
{
    const QString account = m_session->email();
    if (account.isEmpty())
        return;
    for (ConsolePage *page : m_window->pages()) {
        for (const ColumnFit *fit : page->findChildren<ColumnFit *>()) {
            if (!fit->widths().isEmpty())
                m_settings.setColumnWidths(account, fit->viewName(), fit->widths());
        }
    }
}

void ConsoleApp::restoreColumnWidths()
{
    const QString account = m_session->email();
    for (ConsolePage *page : m_window->pages()) {
        for (ColumnFit *fit : page->findChildren<ColumnFit *>()) {
            const QList<int> widths = m_settings.columnWidths(account, fit->viewName());
            if (!widths.isEmpty())
                fit->restoreWidths(widths);
        }
    }
}

void ConsoleApp::updatePresence()
{
    if (m_session->state() != Session::State::SignedIn) {
        m_presence->stop();
        return;
    }
    QString org = m_window->switcher()->organizationId();
    if (org.isEmpty() && !m_access.organizationIds.isEmpty())
        org = m_access.organizationIds.first();
    const QString topic = PresenceTracker::topicFor(m_access.platformStaff, org);
    m_presence->start(topic, m_session->userId(), m_session->email(), m_access.role);
}

} // namespace wedsync
