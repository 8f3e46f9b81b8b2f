#pragma once
// Signs a subject in through OAuth 2.0 in the system browser (RFC 8252): a CRM connection, a
// Google calendar account — anything the server links through `<oauth path>/start` and
// `<oauth path>/finish`. A listener on 127.0.0.1 with a port of the system's choosing
// (QtNetworkAuth's reply handler) takes the browser's redirect. The server makes the PKCE
// verifier and the state, builds the authorization address and exchanges the code, so the
// tokens and the verifier never reach this computer: the console only carries the one-time
// code from the browser to the server. Relinking an expired subject is the same sign-in on it.

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <functional>

class QOAuthHttpServerReplyHandler;

namespace wedsync {

class ApiClient;

class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    // The server keeps a sign-in's state for ten minutes; the console waits as long.
    static constexpr int TimeoutMs = 10 * 60 * 1000;

    explicit OAuthSignIn(ApiClient *api, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Starts (or starts again) the sign-in of the subject whose routes are under `oauthPath`,
    // e.g. crmapi::oauthPath() or CalendarAccountActions::oauthPath().
    void start(const QString &oauthPath);
    // Stops listening; a later redirect finds nobody. Nothing is sent to the server.
    void cancel();
    bool isRunning() const { return m_running; }
    QString oauthPath() const { return m_path; }
    // The redirect address to register at the provider: any port on the loopback (RFC 8252
    // §7.3).
    static QString registeredRedirect() { return QStringLiteral("http://127.0.0.1/callback"); }
    // Where the browser is sent back (http://127.0.0.1:<port>/callback) while running.
    QUrl redirectUri() const;
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

Q_SIGNALS:
    // Open this in the system browser (the screen does, and shows it to copy).
    void browserNeeded(const QUrl &authorizationUrl);
    // The browser came back; the server is exchanging the code.
    void exchanging();
    // The server's answer to finish: the subject, now linked (its "id" and "name" at least);
    // its owner decodes it with the subject's codec.
    void finished(const QJsonObject &subject);
    // A sentence for the person: refused in the browser, timed out, the server's refusal.
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    // Posts `body` to `<oauth path>/<step>`; `done` gets the answer if this sign-in still waits
    // for it, and a refusal ends the sign-in with the server's sentence.
    void post(const QString &step, const QJsonObject &body,
              std::function<void(const QJsonObject &)> done);
    void fail(const QString &message);
    void stopListening();

    ApiClient *m_api;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QString m_path;
    QString m_state;
    QTimer m_timeout;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace wedsync
