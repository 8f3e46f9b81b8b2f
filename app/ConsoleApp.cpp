#include "ConsoleApp.h"

#include "PresenceTracker.h"
#include "UiLogging.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "audit/AuditPage.h"
#include "backend/LocalBackend.h"
#include "cache/Outbox.h"
#include "common/ConsolePage.h"
#include "common/DialogPrompts.h"
#include "common/LanguageController.h"
#include "common/ScriptedPrompts.h"
#include "common/ThemeController.h"
#include "dashboard/EventHistoryPanel.h"
#include "dashboard/SyncDashboardPage.h"
#include "feeds/SyncHealthFeed.h"
#include "realtime/RealtimeClient.h"
#include "session/KeychainStore.h"
#include "session/Session.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/SignInErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    m_realtime = new RealtimeClient(this);
    m_presence = new PresenceTracker(m_realtime, this);
    if (scriptedPrompts)
        m_prompts = std::make_unique<ScriptedPrompts>();
    else
        m_prompts = std::make_unique<DialogPrompts>();

    m_window = std::make_unique<MainWindow>();
    m_signIn = new SignInDialog(m_window.get());
    m_signIn->setModal(true);
    m_settingsDialog = new SettingsDialog(m_window.get());

    connect(m_signIn, &SignInDialog::signInRequested, this, &ConsoleApp::signIn);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_window->isVisible()) {
            saveWindow();
            Q_EMIT finished(0);
        }
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ConsoleApp::showSettings);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleApp::signOut);
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] {
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
    connect(m_window->switcher(), &OrganizationSwitcher::weddingChanged, this, [this] {
        for (ConsolePage *page : m_window->pages())
            page->setScope(m_window->switcher()->organizationId(),
                           m_window->switcher()->weddingId());
    });
    connect(m_settingsDialog, &SettingsDialog::languageChosen, this, &ConsoleApp::setLanguage);
    connect(m_settingsDialog, &SettingsDialog::themeChosen, this, &ConsoleApp::setTheme);

    connect(m_session, &Session::signedIn, this, &ConsoleApp::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &ConsoleApp::onSignInFailed);
    connect(m_session, &Session::signedOut, this, &ConsoleApp::onSignedOut);
    connect(m_session, &Session::sessionExpired, this, [this](const ApiError &error) {
        m_resumeWanted = false;
        showSignInDialog(error.userMessage());
    });
    connect(m_session, &Session::accessTokenChanged, this,
            [this](const QString &token) { m_realtime->setAccessToken(token); });
    connect(m_session, &Session::keychainProblem, this, [this](const QString &message) {
        // Storing the remembered sign-in failed while signed in: say so, it stays usable.
        const bool notRemembered
            = m_session->state() == Session::State::SignedIn && m_settings.rememberMe();
        const QString text = notRemembered ? notRememberedMessage(message) : message;
        m_window->statusBar()->showMessage(text);
        if (m_signIn->isVisible())
            m_signIn->showNotice(text);
    });
    connect(m_realtime, &RealtimeClient::stateChanged, this, &ConsoleApp::onConnectionState);
    connect(m_presence, &PresenceTracker::operatorsChanged, m_window->connectionStatus(),
            &ConnectionStatusBar::setOperators);

    m_resumeRetry.setSingleShot(true);
    m_resumeRetry.setInterval(10000);
    connect(&m_resumeRetry, &QTimer::timeout, this, &ConsoleApp::tryResume);
}

ConsoleApp::~ConsoleApp()
{
    // Nothing that is torn down below may call back into a half-destroyed app.
    for (QObject *source : std::initializer_list<QObject *> {m_session, m_realtime, m_presence,
                                                             m_backend, m_workspace})
        if (source)
            disconnect(source, nullptr, this, nullptr);
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

    m_embedded = m_options.server.isEmpty() && m_settings.useEmbeddedServer();
    const QUrl remote = m_options.server.isEmpty() ? m_settings.remoteServer() : m_options.server;
    const QString exe = m_options.serverExecutable.isEmpty() ? LocalBackend::findServerExecutable()
                                                             : m_options.serverExecutable;
    if (!exe.isEmpty() && QFileInfo(exe).isExecutable()) {
        m_backend = new LocalBackend(exe, m_settings.embeddedDataDir(), this);
        connect(m_backend, &LocalBackend::ready, this, &ConsoleApp::onBackendReady);
        connect(m_backend, &LocalBackend::restarted, this, &ConsoleApp::onBackendReady);
        connect(m_backend, &LocalBackend::failed, this, &ConsoleApp::onBackendFailed);
    } else {
        m_embedded = false;
    }
    m_signIn->setEmbeddedAvailable(m_backend != nullptr);
    m_signIn->setServerChoice(m_embedded, remote);
    m_signIn->setEmail(m_settings.lastEmail());
    m_signIn->setRemember(m_settings.rememberMe());
    if (m_embedded)
        startBackend();

    // Cold start: the last account's screens from its cache, before any network answer.
    m_serverKey = ConsoleSettings::serverKey(m_embedded, remote);
    const QString email = m_settings.lastEmail();
    if (!email.isEmpty() && m_settings.lastServerKey() == m_serverKey
        && QFileInfo::exists(m_settings.cacheFilePath(m_serverKey, email))
        && openWorkspace(m_serverKey, email) && m_workspace->hasCachedData()) {
        showPages(consoleAccessFromMe(m_workspace->cachedMe()));
        m_window->connectionStatus()->setShowingCache(true);
        showMainWindow();
    }
    m_resumeWanted
        = m_settings.rememberMe() && !email.isEmpty() && m_settings.lastServerKey() == m_serverKey;
    if (m_resumeWanted)
        tryResume();
    else
        showSignInDialog();
}

void ConsoleApp::startBackend()
{
    if (m_backend && !m_backend->isRunning())
        m_backend->start();
}

void ConsoleApp::onBackendReady(const QUrl &url)
{
    qCInfo(lcUi) << "built-in server ready at" << url;
    m_signIn->setEmbeddedServer(url);
    if (!m_embedded)
        return;
    m_api->setBaseUrl(url);
    m_realtime->setServer(url);
    if (m_waitingForBackend) {
        const SignInRequest request = *std::exchange(m_waitingForBackend, std::nullopt);
        startSession(url, request);
    } else if (m_resumeWanted && !m_resuming && m_session->state() == Session::State::SignedOut) {
        tryResume();
    }
}

void ConsoleApp::onBackendFailed(const QString &message)
{
    m_waitingForBackend.reset();
    if (m_signIn->isVisible())
        m_signIn->showError(message);
    else
        m_window->statusBar()->showMessage(message);
}

void ConsoleApp::signIn(const SignInRequest &request)
{
    m_settings.setUseEmbeddedServer(request.embedded);
    if (!request.embedded)
        m_settings.setRemoteServer(request.server);
    m_settings.setLastEmail(request.email);
    m_settings.setRememberMe(request.remember);
    m_embedded = request.embedded;
    if (request.embedded && !(m_backend && m_backend->isRunning() && !m_backend->url().isEmpty())) {
        if (!m_backend) {
            m_signIn->showError(tr("The built-in server is not installed next to the console."));
            return;
        }
        m_waitingForBackend = request;
        m_signIn->setBusy(true, tr("Starting the built-in server…"));
        startBackend();
        return;
    }
    startSession(request.embedded ? m_backend->url() : request.server, request);
}

void ConsoleApp::startSession(const QUrl &server, const SignInRequest &request)
{
    m_resuming = false;
    m_resumeRetry.stop();
    m_serverKey = ConsoleSettings::serverKey(request.embedded, server);
    m_signIn->setBusy(true);
    m_api->setBaseUrl(server);
    m_session->signIn(server, request.email, request.password, request.remember);
}

void ConsoleApp::tryResume()
{
    const QUrl server = m_embedded
        ? (m_backend ? m_backend->url() : QUrl())
        : (m_options.server.isEmpty() ? m_settings.remoteServer() : m_options.server);
    if (!m_window->isVisible()) {
        // Nothing cached to show meanwhile: the dialog says that we are signing in.
        showSignInDialog();
        m_signIn->setBusy(true);
    }
    if (server.isEmpty())
        return; // the built-in server is still starting: onBackendReady resumes
    m_resuming = true;
    m_signIn->setBusy(true);
    m_api->setBaseUrl(server);
    m_session->resume(server, m_settings.lastEmail());
}

void ConsoleApp::onSignedIn()
{
    m_resuming = false;
    m_resumeRetry.stop();
    const ConsoleAccess access = consoleAccessFromMe(m_session->me());
    if (!access.consoleAccess) {
        m_session->signOut(true);
        showSignInDialog(noConsoleAccessMessage());
        return;
    }
    m_settings.setLastServerKey(m_serverKey);
    m_settings.setLastEmail(m_session->email());
    if (!m_workspace
        || m_workspace->cachePath() != m_settings.cacheFilePath(m_serverKey, m_session->email())) {
        if (!openWorkspace(m_serverKey, m_session->email()))
            return;
    }
    m_workspace->rememberMe(m_session->me());
    m_realtime->setServer(m_session->server());
    m_realtime->setAccessToken(m_session->accessToken());
    m_realtime->open();
    const bool samePages = m_access.dashboard == access.dashboard && m_access.audit == access.audit
        && !m_window->pages().isEmpty();
    if (samePages) {
        m_access = access;
        if (ConsolePage *page = m_window->currentPage())
            page->refresh();
    } else {
        showPages(access);
    }
    if (auto *audit = qobject_cast<AuditPage *>(m_window->page(u"audit"_s)))
        audit->setSignedInUser(m_session->userId(), m_session->email());
    if (auto *dashboard = qobject_cast<SyncDashboardPage *>(m_window->page(u"dashboard"_s)))
        dashboard->eventHistory()->setSignedInUser(m_session->userId(), m_session->email());
    m_workspace->watch(access);
    m_workspace->loadOrganizations(access, true);
    m_workspace->probeAccess(access);
    updatePresence();
    m_window->setAccount(m_session->email(), access.roleText);
    m_window->setSignedIn(true);
    m_settingsDialog->setAccount(m_session->email(), m_session->server().authority());
    m_signIn->setBusy(false);
    m_signIn->setPassword({});
    m_signIn->hide();
    showMainWindow();
    Q_EMIT signedIn();
}

void ConsoleApp::onSignInFailed(const ApiError &error)
{
    const bool unreachable
        = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (m_resuming && unreachable && m_window->isVisible()) {
        // Cold start without a server: keep showing the cache and try again later.
        m_resuming = false;
        m_window->connectionStatus()->setConnectionState(ConnectionState::Offline);
        m_window->statusBar()->showMessage(signInErrorMessage(error));
        m_resumeRetry.start();
        return;
    }
    const bool wasResuming = std::exchange(m_resuming, false);
    m_resumeWanted = false;
    showSignInDialog(wasResuming && !unreachable ? tr("Your saved sign-in has expired. Sign in "
                                                      "again.")
                                                 : signInErrorMessage(error));
}

void ConsoleApp::onSignedOut()
{
    m_presence->stop();
    m_realtime->close();
    closeWorkspace();
    m_window->setAccount({}, {});
    m_window->setSignedIn(false);
    m_settingsDialog->setAccount({}, {});
    m_window->connectionStatus()->reset();
}

void ConsoleApp::signOut()
{
    if (m_session->state() == Session::State::SignedOut) {
        showSignInDialog(); // the command reads "Sign in…" while the cache is shown
        return;
    }
    m_resumeWanted = false;
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
        m_workspace->loadWeddings(organizationId, m_session->state() == Session::State::SignedIn);
    for (ConsolePage *page : m_window->pages())
        page->setScope(organizationId, m_window->switcher()->weddingId());
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
    connect(m_workspace, &Workspace::organizationsLoaded, m_window->switcher(),
            &OrganizationSwitcher::setOrganizations);
    connect(m_workspace, &Workspace::weddingsLoaded, this,
            [this](const QString &orgId, const QList<OrganizationSwitcher::Entry> &weddings) {
                if (orgId == m_window->switcher()->organizationId())
                    m_window->switcher()->setWeddings(weddings);
            });
    connect(m_workspace, &Workspace::accessDenied, m_window.get(), &MainWindow::removePage);
    connect(m_workspace->outbox(), &Outbox::pendingCountChanged, m_window->connectionStatus(),
            &ConnectionStatusBar::setPendingEdits);
    connect(m_workspace->healthFeed(), &SyncHealthFeed::healthChanged, this,
            [this](const SyncHealthReport &report) {
                qint64 version = 0;
                const QString org = m_window->switcher()->organizationId();
                for (const TenantSyncHealth &tenant : report.tenants) {
                    if (org.isEmpty() || tenant.organizationId == org)
                        version = std::max(version, tenant.configVersion);
                }
                m_presence->setConfigVersion(version);
            });
    m_window->connectionStatus()->setPendingEdits(m_workspace->outbox()->pendingCount());
    return true;
}

void ConsoleApp::closeWorkspace()
{
    m_window->setPages({});
    m_window->switcher()->clear();
    m_access = {};
    delete std::exchange(m_workspace, nullptr);
}

void ConsoleApp::showPages(const ConsoleAccess &access)
{
    m_access = access;
    m_window->setPages(m_workspace->createPages(access));
    m_window->setAccount(m_settings.lastEmail(), access.roleText);
    m_workspace->loadOrganizations(access, false);
    m_window->switcher()->selectOrganization(m_settings.lastOrganization());
    m_window->showPage(m_settings.lastPage());
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
    m_settings.setWindow(m_window->saveGeometry(), m_window->saveState());
    m_settings.sync();
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
    m_presence->start(topic,
                      presenceMeta(m_session->userId(), m_session->email(), m_access.role,
                                   m_presence->configVersion()));
}

} // namespace wedsync
