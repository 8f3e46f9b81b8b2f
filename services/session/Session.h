#pragma once
// The signed-in session with one server: sign-in, an access token kept fresh before it expires,
// the refresh token rotated (and remembered in the keychain when asked), resume and sign-out.

#include "api/ApiError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace wedsync {

class ApiClient;
class ApiReply;
class Clock;
class KeychainStore;

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    // At most one scheduled refresh per this interval (a margin longer than the token's life
    // would otherwise refresh without pause); a refused call still refreshes at once.
    static constexpr int MinRefreshIntervalMs = 30000;

    Session(ApiClient *api, KeychainStore *keychain, const Clock *clock, QObject *parent = nullptr);
    ~Session() override;

    void signIn(const QUrl &server, const QString &email, const QString &password, bool remember);
    void resume(const QUrl &server, const QString &email); // refresh token from the keychain
    // Ends the server session (POST /auth/logout) unless the session is remembered and
    // forgetRememberedToken is false: then the remembered sign-in stays usable for resume().
    void signOut(bool forgetRememberedToken);

    State state() const { return m_state; }
    QString accessToken() const { return m_accessToken; }
    QUrl server() const { return m_server; }
    QString userId() const;
    QString email() const;
    QString displayName() const;
    QString staffKind() const; // "platform_admin", "support" or empty
    QJsonObject me() const { return m_me; } // GET /auth/me as last read
    void setRefreshMarginSecs(int secs); // refresh this long before expiry (default 60)
    int refreshMarginSecs() const { return m_refreshMarginSecs; }
    QDateTime accessTokenExpiry() const { return m_expiry; }
    bool isRemembered() const { return m_remember; }

    // The exp claim of a JWT (read, not verified: the server verifies); invalid if unreadable.
    static QDateTime jwtExpiry(const QString &token);

Q_SIGNALS:
    void stateChanged(wedsync::Session::State state);
    void signedIn();
    void signInFailed(const wedsync::ApiError &error);
    void signedOut();
    void accessTokenChanged(const QString &token);
    // Remember-me could not be stored or read: a sentence, and the keychain's own words.
    void keychainProblem(const QString &message, const QString &detail);
    // The server ended the session (refresh refused): emitted just before signedOut().
    void sessionExpired(const wedsync::ApiError &error);

private:
    void setState(State state);
    // Calls `next` with the reply if it succeeded and the sign-in is still the current one;
    // fails the sign-in on an error.
    void onSignInStep(ApiReply *reply, const std::function<void(ApiReply *)> &next);
    void begin(const QUrl &server, const QString &email, bool remember);
    bool acceptTokens(const QJsonObject &session);
    void fetchMe();
    void completeSignIn();
    void failSignIn(const ApiError &error);
    void refuseNoConsoleAccess();
    void scheduleRefresh();
    void refreshNow();
    void onRefreshFinished(ApiReply *reply, quint64 generation);
    void onUnauthorized(const ApiError &error);
    void endedByServer(const ApiError &error);
    void endServerSession();
    void clear();
    ApiError localError(const QString &code, const QString &message) const;

    // Remembers (or, with none, forgets) the refresh token under the current entry.
    void storeRememberedToken(std::optional<QByteArray> secret);
    void onKeychainRead(const QString &key, const QByteArray &secret);
    void onKeychainDone(const QString &key);
    void onKeychainFailed(const QString &key, const QString &message, const QString &detail);

    ApiClient *m_api;
    KeychainStore *m_keychain;
    const Clock *m_clock;
    State m_state = State::SignedOut;
    quint64 m_generation = 0; // replies of an abandoned sign-in or session are ignored
    QUrl m_server;
    QString m_email;
    QString m_key;
    bool m_remember = false;
    QString m_accessToken;
    QString m_refreshToken; // memory only, and in the keychain when remembered
    QDateTime m_expiry;
    QJsonObject m_me;
    int m_refreshMarginSecs = 60;
    QTimer m_refreshTimer;
    ApiReply *m_refreshReply = nullptr;
    QElapsedTimer m_sinceRefresh;
    QString m_pendingRead;
    QHash<QString, int> m_keychainWrites; // our writes and removals under way, per entry
};

} // namespace wedsync
