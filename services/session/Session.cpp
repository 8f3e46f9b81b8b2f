#include "session/Session.h"

#include "Clock.h"
#include "ServicesLogging.h"
#include "api/ApiClient.h"
#include "session/KeychainStore.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

Session::Session(ApiClient *api, KeychainStore *keychain, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_keychain(keychain)
    , m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refreshNow);
    connect(m_api, &ApiClient::unauthorized, this, &Session::onUnauthorized);
    connect(m_keychain, &KeychainStore::readFinished, this, &Session::onKeychainRead);
    connect(m_keychain, &KeychainStore::written, this, &Session::onKeychainDone);
    connect(m_keychain, &KeychainStore::removed, this, &Session::onKeychainDone);
    connect(m_keychain, &KeychainStore::failed, this, &Session::onKeychainFailed);
}

Session::~Session() = default;

QString Session::userId() const
{
    return m_me.value(u"user"_s).toObject().value(u"id"_s).toString();
}

QString Session::email() const
{
    const QString fromServer = m_me.value(u"user"_s).toObject().value(u"email"_s).toString();
    return fromServer.isEmpty() ? m_email : fromServer;
}

QString Session::displayName() const
{
    return m_me.value(u"user"_s).toObject().value(u"displayName"_s).toString();
}

QString Session::staffKind() const
{
    return m_me.value(u"platformStaff"_s).toString();
}

void Session::setRefreshMarginSecs(int secs)
{
    m_refreshMarginSecs = std::max(0, secs);
    if (m_state == State::SignedIn)
        scheduleRefresh();
}

QDateTime Session::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(*payload).object().value(u"exp"_s);
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), QTimeZone::utc());
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::begin(const QUrl &server, const QString &email, bool remember)
{
    if (m_state == State::SignedIn)
        signOut(false);
    ++m_generation;
    m_pendingRead.clear(); // a keychain read of an abandoned resume() must not start anything
    clear();
    m_server = server;
    m_email = email.trimmed();
    m_key = KeychainStore::keyFor(server, m_email);
    m_remember = remember;
    m_api->setBaseUrl(server);
    m_api->setAccessToken({});
    setState(State::SigningIn);
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password,
                     bool remember)
{
    begin(server, email, remember);
    onSignInStep(m_api->login(m_email, password), [this](ApiReply *reply) {
        if (!acceptTokens(reply->object()))
            return;
        if (reply->object().value(u"consoleAccess"_s) == QJsonValue(false)) {
            refuseNoConsoleAccess();
            return;
        }
        fetchMe();
    });
}

void Session::onSignInStep(ApiReply *reply, const std::function<void(ApiReply *)> &next)
{
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation, next] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // signed out or started over meanwhile
        if (!reply->ok()) {
            failSignIn(reply->error());
            return;
        }
        next(reply);
    });
}

void Session::resume(const QUrl &server, const QString &email)
{
    begin(server, email, true);
    m_pendingRead = m_key;
    m_keychain->read(m_key);
}

void Session::onKeychainRead(const QString &key, const QByteArray &secret)
{
    if (m_pendingRead.isEmpty() || key != m_pendingRead)
        return;
    m_pendingRead.clear();
    if (secret.isEmpty()) {
        failSignIn(localError(u"not_remembered"_s,
                              tr("No sign-in is remembered for %1 on %2. Sign in with your "
                                 "password.")
                                  .arg(m_email, m_server.toString(QUrl::RemoveUserInfo))));
        return;
    }
    const quint64 generation = m_generation;
    m_refreshReply = m_api->refresh(QString::fromUtf8(secret));
    ApiReply *reply = m_refreshReply;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_refreshReply = nullptr;
        if (!reply->ok()) {
            // A refused token is dead for good: forget it. A network error leaves it for later.
            if (reply->error().kind == ApiError::Kind::Http
                && (reply->error().httpStatus == 401 || reply->error().httpStatus == 403))
                storeRememberedToken(std::nullopt);
            failSignIn(reply->error());
            return;
        }
        m_sinceRefresh.start();
        if (!acceptTokens(reply->object()))
            return;
        storeRememberedToken(m_refreshToken.toUtf8());
        if (reply->object().value(u"consoleAccess"_s) == QJsonValue(false)) {
            refuseNoConsoleAccess();
            return;
        }
        fetchMe();
    });
}

bool Session::acceptTokens(const QJsonObject &session)
{
    const QString access = session.value(u"accessToken"_s).toString();
    const QString refresh = session.value(u"refreshToken"_s).toString();
    if (access.isEmpty() || refresh.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.code = u"protocol_error"_s;
        error.url = m_server;
        error.message = tr("the sign-in answer has no tokens");
        if (m_state == State::SigningIn)
            failSignIn(error);
        return false;
    }
    m_accessToken = access;
    m_refreshToken = refresh;
    m_expiry = jwtExpiry(access);
    if (!m_expiry.isValid()) {
        const int expiresIn = session.value(u"expiresIn"_s).toInt(900);
        m_expiry = m_clock->now().addSecs(expiresIn);
    }
    m_api->setAccessToken(access);
    Q_EMIT accessTokenChanged(access);
    return true;
}

void Session::fetchMe()
{
    onSignInStep(m_api->me(), [this](ApiReply *reply) {
        m_me = reply->object();
        if (!m_me.value(u"consoleAccess"_s).toBool()) {
            refuseNoConsoleAccess();
            return;
        }
        completeSignIn();
    });
}

void Session::completeSignIn()
{
    qCInfo(lcSession) << "signed in as" << email() << "on" << m_server.toString();
    setState(State::SignedIn);
    scheduleRefresh();
    Q_EMIT signedIn();
    if (m_remember)
        storeRememberedToken(m_refreshToken.toUtf8());
}

void Session::refuseNoConsoleAccess()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 403;
    error.code = u"no_console_access"_s;
    error.url = m_server;
    error.message = tr("This account has no access to the admin console.");
    // The server session was opened by the login: close it rather than leave it dangling.
    endServerSession();
    if (m_remember)
        storeRememberedToken(std::nullopt);
    failSignIn(error);
}

void Session::failSignIn(const ApiError &error)
{
    qCInfo(lcSession) << "sign-in failed:" << error.code;
    ++m_generation;
    clear();
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

ApiError Session::localError(const QString &code, const QString &message) const
{
    ApiError error;
    error.code = code;
    error.message = message;
    error.url = m_server;
    return error;
}

void Session::scheduleRefresh()
{
    if (!m_expiry.isValid())
        return;
    qint64 delayMs = (m_clock->now().secsTo(m_expiry) - m_refreshMarginSecs) * 1000;
    if (m_sinceRefresh.isValid())
        delayMs = std::max<qint64>(delayMs, MinRefreshIntervalMs - m_sinceRefresh.elapsed());
    delayMs = std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000);
    m_refreshTimer.start(int(delayMs));
}

void Session::refreshNow()
{
    if (m_state != State::SignedIn || m_refreshReply || m_refreshToken.isEmpty())
        return;
    m_refreshTimer.stop();
    const quint64 generation = m_generation;
    m_refreshReply = m_api->refresh(m_refreshToken);
    ApiReply *reply = m_refreshReply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation] { onRefreshFinished(reply, generation); });
}

void Session::onRefreshFinished(ApiReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_refreshReply = nullptr;
    m_sinceRefresh.start();
    if (reply->ok()) {
        if (!acceptTokens(reply->object()))
            return;
        if (m_remember)
            storeRememberedToken(m_refreshToken.toUtf8());
        scheduleRefresh();
        return;
    }
    const ApiError error = reply->error();
    if (error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
        && error.httpStatus != 429) {
        // The server will not renew this session (revoked, reused, expired, disabled).
        endedByServer(error);
        return;
    }
    // Unreachable or busy: try again soon; a refused call brings the refresh forward.
    qCInfo(lcSession) << "refresh failed, will retry:" << error.code;
    m_refreshTimer.start(MinRefreshIntervalMs);
}

void Session::onUnauthorized(const ApiError &error)
{
    if (m_state != State::SignedIn)
        return;
    if (error.code == u"session_revoked"_s || error.code == u"account_disabled"_s) {
        endedByServer(error);
        return;
    }
    refreshNow();
}

void Session::endedByServer(const ApiError &error)
{
    qCInfo(lcSession) << "session ended by the server:" << error.code;
    ++m_generation;
    if (m_remember)
        storeRememberedToken(std::nullopt); // that refresh token is dead
    clear();
    setState(State::SignedOut);
    Q_EMIT sessionExpired(error);
    Q_EMIT signedOut();
}

void Session::signOut(bool forgetRememberedToken)
{
    const State before = m_state;
    ++m_generation;
    m_pendingRead.clear();
    const bool keepForResume = m_remember && !forgetRememberedToken;
    if (before == State::SignedIn && !keepForResume)
        endServerSession();
    if (forgetRememberedToken && !m_key.isEmpty())
        storeRememberedToken(std::nullopt);
    clear();
    setState(State::SignedOut);
    if (before != State::SignedOut)
        Q_EMIT signedOut();
}

void Session::endServerSession()
{
    if (m_accessToken.isEmpty())
        return;
    // Sent with the current token before it is dropped; nobody waits for the answer.
    ApiReply *reply = m_api->logout();
    connect(reply, &ApiReply::finished, reply, &QObject::deleteLater);
    m_api->setAccessToken({});
}

void Session::clear()
{
    m_refreshTimer.stop();
    m_refreshReply = nullptr;
    m_sinceRefresh.invalidate();
    const bool hadToken = !m_accessToken.isEmpty();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiry = {};
    m_me = {};
    m_api->setAccessToken({});
    if (hadToken)
        Q_EMIT accessTokenChanged({});
}

void Session::storeRememberedToken(std::optional<QByteArray> secret)
{
    if (m_key.isEmpty())
        return;
    ++m_keychainWrites[m_key];
    if (secret)
        m_keychain->write(m_key, *secret); // the store applies them in order: the last one wins
    else
        m_keychain->remove(m_key);
}

void Session::onKeychainDone(const QString &key)
{
    if (auto it = m_keychainWrites.find(key); it != m_keychainWrites.end() && --*it <= 0)
        m_keychainWrites.erase(it);
}

void Session::onKeychainFailed(const QString &key, const QString &message, const QString &detail)
{
    if (!m_pendingRead.isEmpty() && key == m_pendingRead) {
        m_pendingRead.clear();
        Q_EMIT keychainProblem(message, detail);
        failSignIn(localError(u"keychain_unavailable"_s, message));
        return;
    }
    if (!m_keychainWrites.contains(key))
        return; // someone else's entry
    onKeychainDone(key);
    Q_EMIT keychainProblem(message, detail);
}

} // namespace wedsync
