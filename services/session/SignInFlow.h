#pragma once
// How the console gets signed in, without a widget: the cold start (the last account's cache,
// then resume from the keychain or ask), the built-in server starting, dying and coming back,
// a sign-in asked while it is not ready yet, a resume that cannot reach the server (keep the
// cache on screen and retry), and what to tell the user. It decides; the app shows.

#include "session/ConsoleAccess.h"
#include "session/SignInRequest.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace wedsync {

class ApiClient;
class LocalBackend;
class Session;
struct ApiError;

class SignInFlow : public QObject
{
    Q_OBJECT
public:
    // What the profile remembers from last time (the app reads it from its settings).
    struct Remembered
    {
        bool embedded = true; // the built-in server, when one is installed
        QUrl remoteServer; // otherwise this one
        QString email; // the last account
        QString serverKey; // the server it signed in to
        bool rememberMe = false; // its refresh token is in the keychain
    };

    SignInFlow(Session *session, ApiClient *api, QObject *parent = nullptr);
    // The built-in server, before start(); without one only remote servers can be used.
    void setBackend(LocalBackend *backend);

    // "embedded", or the server's URL without path: the cache and the remembered account are
    // kept per server key.
    static QString serverKey(bool embedded, const QUrl &server);

    // Starts the built-in server if it is the choice, offers the last account's cache
    // (coldStart) and then resumes the remembered sign-in or asks for one.
    void start(const Remembered &remembered);
    // The sign-in dialog's button; waits for the built-in server if it is still starting.
    void signIn(const SignInRequest &request);
    // The user signed out: nothing is resumed any more (the app tears the workspace down).
    void signOut();
    // The user asks to start the built-in server again after it stopped for good.
    void restartBackend() { startBackend(); }
    // Screens are on the window (the cache, or a session): a resume that cannot reach the
    // server keeps them there and retries instead of asking.
    void setScreensShown(bool shown) { m_screensShown = shown; }
    void setResumeRetryIntervalMs(int ms) { m_resumeRetry.setInterval(ms); }

    bool isEmbedded() const { return m_embedded; }
    bool isResuming() const { return m_resuming; }
    bool isWaitingForBackend() const { return m_waitingForBackend.has_value(); }
    bool isRetryingResume() const { return m_resumeRetry.isActive(); }
    QString serverKey() const { return m_serverKey; } // of the session started or running
    LocalBackend *backend() const { return m_backend; }

Q_SIGNALS:
    // start(): the last account on this server; the app paints its cache if it has one (and
    // calls setScreensShown). Emitted before anything is resumed or asked.
    void coldStart(const QString &serverKey, const QString &email);
    // Signing in or resuming is under way (message: what for, e.g. the server starting).
    void busy(const QString &message);
    // Ask for a sign-in; message (translated) says why, empty when there is nothing to say.
    void signInRequired(const QString &message);
    // Signed in with console access: the app opens the workspace of serverKey + e-mail.
    void signedIn(const wedsync::ConsoleAccess &access);
    // A resume could not reach the server: the cache stays, retried in a while.
    void offline(const QString &message);
    // The built-in server answers at url (started, or back after dying; the port may change).
    void embeddedServerReady(const QUrl &url);
    // The built-in server could not start, or died again.
    void backendFailed(const QString &message);
    // The keychain could not keep or read the remembered sign-in (translated).
    // The keychain failed (remember-me was not stored, or cannot be read): the sentence to show,
    // and the keychain's own words for "Details".
    void keychainProblem(const QString &message, const QString &detail);

private:
    void startBackend();
    void onBackendReady(const QUrl &url);
    void onBackendFailed(const QString &message);
    void startSession(const QUrl &server, const SignInRequest &request);
    void tryResume();
    void onSignedIn();
    void onSignInFailed(const ApiError &error);
    void onKeychainProblem(const QString &message, const QString &detail);
    QUrl resumeServer() const;

    Session *m_session;
    ApiClient *m_api;
    LocalBackend *m_backend = nullptr;
    Remembered m_remembered;
    bool m_embedded = true;
    bool m_remember = false;
    QString m_serverKey;
    std::optional<SignInRequest> m_waitingForBackend;
    bool m_resuming = false;
    bool m_resumeWanted = false;
    bool m_screensShown = false;
    QTimer m_resumeRetry;
};

} // namespace wedsync
