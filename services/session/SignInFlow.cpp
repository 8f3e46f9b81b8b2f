#include "session/SignInFlow.h"

#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "backend/LocalBackend.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

using namespace Qt::StringLiterals;

namespace wedsync {

SignInFlow::SignInFlow(Session *session, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_api(api)
{
    connect(m_session, &Session::signedIn, this, &SignInFlow::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &SignInFlow::onSignInFailed);
    connect(m_session, &Session::sessionExpired, this, [this](const ApiError &error) {
        m_resumeWanted = false;
        Q_EMIT signInRequired(error.userMessage());
    });
    connect(m_session, &Session::keychainProblem, this, &SignInFlow::onKeychainProblem);
    m_resumeRetry.setSingleShot(true);
    m_resumeRetry.setInterval(10000);
    connect(&m_resumeRetry, &QTimer::timeout, this, &SignInFlow::tryResume);
}

void SignInFlow::setBackend(LocalBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    if (!m_backend)
        return;
    connect(m_backend, &LocalBackend::ready, this, &SignInFlow::onBackendReady);
    connect(m_backend, &LocalBackend::restarted, this, &SignInFlow::onBackendReady);
    connect(m_backend, &LocalBackend::failed, this, &SignInFlow::onBackendFailed);
}

QString SignInFlow::serverKey(bool embedded, const QUrl &server)
{
    if (embedded)
        return u"embedded"_s;
    return server
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::StripTrailingSlash)
        .toString();
}

void SignInFlow::start(const Remembered &remembered)
{
    m_remembered = remembered;
    m_embedded = remembered.embedded && m_backend;
    m_remember = remembered.rememberMe;
    if (m_embedded)
        startBackend();

    m_serverKey = serverKey(m_embedded, remembered.remoteServer);
    const bool sameServer = !remembered.email.isEmpty() && remembered.serverKey == m_serverKey;
    if (sameServer)
        Q_EMIT coldStart(m_serverKey, remembered.email);
    m_resumeWanted = remembered.rememberMe && sameServer;
    if (m_resumeWanted)
        tryResume();
    else
        Q_EMIT signInRequired({});
}

void SignInFlow::startBackend()
{
    if (m_backend && !m_backend->isRunning())
        m_backend->start();
}

void SignInFlow::onBackendReady(const QUrl &url)
{
    qCInfo(lcSession) << "built-in server ready at" << url;
    Q_EMIT embeddedServerReady(url);
    if (!m_embedded)
        return;
    m_api->setBaseUrl(url);
    if (m_waitingForBackend) {
        const SignInRequest request = *std::exchange(m_waitingForBackend, std::nullopt);
        startSession(url, request);
    } else if (m_resumeWanted && !m_resuming && m_session->state() == Session::State::SignedOut) {
        tryResume();
    }
}

void SignInFlow::onBackendFailed(const QString &message)
{
    m_waitingForBackend.reset();
    Q_EMIT backendFailed(message);
}

void SignInFlow::signIn(const SignInRequest &request)
{
    m_embedded = request.embedded;
    m_remember = request.remember;
    if (!request.embedded) {
        m_remembered.remoteServer = request.server;
        startSession(request.server, request);
        return;
    }
    if (!m_backend) {
        Q_EMIT signInRequired(tr("The built-in server is not installed next to the console."));
        return;
    }
    if (!m_backend->isRunning() || m_backend->url().isEmpty()) {
        m_waitingForBackend = request;
        Q_EMIT busy(tr("Starting the built-in server…"));
        startBackend();
        return;
    }
    startSession(m_backend->url(), request);
}

void SignInFlow::startSession(const QUrl &server, const SignInRequest &request)
{
    m_resuming = false;
    m_resumeRetry.stop();
    m_serverKey = serverKey(request.embedded, server);
    Q_EMIT busy({});
    m_api->setBaseUrl(server);
    m_session->signIn(server, request.email, request.password, request.remember);
}

QUrl SignInFlow::resumeServer() const
{
    if (m_embedded)
        return m_backend ? m_backend->url() : QUrl();
    return m_remembered.remoteServer;
}

void SignInFlow::tryResume()
{
    const QUrl server = resumeServer();
    Q_EMIT busy({});
    if (server.isEmpty())
        return; // the built-in server is still starting: onBackendReady resumes
    m_resuming = true;
    m_api->setBaseUrl(server);
    m_session->resume(server, m_remembered.email);
}

void SignInFlow::signOut()
{
    m_resumeWanted = false;
    m_remember = false;
    m_resuming = false;
    m_resumeRetry.stop();
    m_waitingForBackend.reset();
}

void SignInFlow::onSignedIn()
{
    m_resuming = false;
    m_resumeRetry.stop();
    const ConsoleAccess access = consoleAccessFromMe(m_session->me());
    if (!access.consoleAccess) {
        m_session->signOut(true);
        Q_EMIT signInRequired(noConsoleAccessMessage());
        return;
    }
    Q_EMIT signedIn(access);
}

void SignInFlow::onSignInFailed(const ApiError &error)
{
    const bool unreachable
        = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (m_resuming && unreachable && m_screensShown) {
        // Cold start without a server: keep showing the cache and try again later.
        m_resuming = false;
        m_resumeRetry.start();
        Q_EMIT offline(signInErrorMessage(error));
        return;
    }
    const bool wasResuming = std::exchange(m_resuming, false);
    m_resumeWanted = false;
    if (wasResuming && error.code == u"not_remembered"_s) {
        // Nothing was saved (or it was forgotten): just ask, there is nothing to explain.
        Q_EMIT signInRequired({});
        return;
    }
    // Only a token the server refused has expired; a keychain that cannot be read says so.
    const bool refused = error.kind == ApiError::Kind::Http
        && (error.httpStatus == 401 || error.httpStatus == 403);
    Q_EMIT signInRequired(wasResuming && refused
                              ? tr("Your saved sign-in has expired. Sign in again.")
                              : signInErrorMessage(error));
}

void SignInFlow::onKeychainProblem(const QString &message, const QString &detail)
{
    Q_EMIT keychainProblem(message, detail);
}

} // namespace wedsync
