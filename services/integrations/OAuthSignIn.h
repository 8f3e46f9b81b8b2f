#pragma once
// Signs a CRM connection in through OAuth 2.0 in the system browser (RFC 8252): a listener on
// 127.0.0.1 with a port of the system's choosing (QtNetworkAuth's reply handler) takes the
// browser's redirect. The server makes the PKCE verifier and the state, builds the
// authorization address and exchanges the code, so the tokens and the verifier never reach
// this computer: the console only carries the one-time code from the browser to the server.
// Relinking an expired connection is the same sign-in on the same connection.

#include "CrmRecords.h"
#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

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

    void start(const QString &organizationId, const QString &integrationId);
    // Stops listening; a later redirect finds nobody. Nothing is sent to the server.
    void cancel();
    bool isRunning() const { return m_running; }
    // The redirect address to register at the CRM: any port on the loopback (RFC 8252 §7.3).
    static QString registeredRedirect() { return QStringLiteral("http://127.0.0.1/callback"); }
    // Where the browser is sent back (http://127.0.0.1:<port>/callback) while running.
    QUrl redirectUri() const;
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

Q_SIGNALS:
    // Open this in the system browser (the screen does, and shows it to copy).
    void browserNeeded(const QUrl &authorizationUrl);
    // The browser came back; the server is exchanging the code.
    void exchanging();
    void finished(const wedsync::CrmIntegration &integration);
    // A sentence for the person: refused in the browser, timed out, the server's refusal.
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    void fail(const QString &message);
    void stopListening();

    ApiClient *m_api;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QString m_organizationId;
    QString m_integrationId;
    QString m_state;
    QTimer m_timeout;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace wedsync
