#include "oauth/OAuthSignIn.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QOAuthHttpServerReplyHandler>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Qt 6.4's reply handler hands the redirect's values over pretty-decoded, which leaves some
// escapes as they came: a '/' stays %2F — and every Google code has one ("4/0A…"), which the
// token endpoint would refuse. Decoding the rest is safe: in that form a literal '%' is "%25".
QString callbackValue(const QVariantMap &values, const QString &key)
{
    return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
}

} // namespace

OAuthSignIn::OAuthSignIn(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(TimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("No answer came back from the browser within ten minutes. Sign in again."));
    });
}

OAuthSignIn::~OAuthSignIn()
{
    stopListening();
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler && m_handler->isListening() ? QUrl(m_handler->callback()) : QUrl();
}

void OAuthSignIn::start(const QString &oauthPath)
{
    stopListening();
    ++m_generation;
    m_path = oauthPath;
    m_state.clear();
    m_running = true;
    // Loopback only (Qt 6.4's default handler listens on every interface), on a port the
    // system chooses: RFC 8252 §7.3 makes the authorization server accept any. One handler for
    // this object's life: closing it stops new redirects, while the page it is still sending to
    // the browser goes out.
    if (!m_handler) {
        m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
        m_handler->setCallbackPath(u"callback"_s);
        m_handler->setCallbackText(tr("WedSync Admin received the sign-in. You can close this "
                                      "page and go back to WedSync Admin."));
        connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this,
                &OAuthSignIn::onCallback);
    } else {
        m_handler->listen(QHostAddress::LocalHost, 0);
    }
    if (!m_handler->isListening()) {
        fail(tr("This computer refused a local port for the browser's answer. Check the "
                "firewall, then sign in again."));
        return;
    }
    post(u"start"_s, {{u"redirectUri"_s, redirectUri().toString()}},
         [this](const QJsonObject &object) {
             m_state = object.value(u"state"_s).toString();
             const QUrl url(object.value(u"authorizationUrl"_s).toString(), QUrl::StrictMode);
             if (m_state.isEmpty() || !url.isValid()
                 || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
                 fail(tr("The server's answer had no usable sign-in address."));
                 return;
             }
             m_timeout.start();
             Q_EMIT browserNeeded(url);
         });
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    // Another tab or a stale redirect carries another state: not ours, keep waiting.
    if (!m_running || m_state.isEmpty() || callbackValue(values, u"state"_s) != m_state)
        return;
    // No more redirects; the handler still answers this one (the page the browser shows).
    m_handler->close();
    m_timeout.stop();
    QJsonObject body {{u"state"_s, m_state}};
    const QString error = callbackValue(values, u"error"_s);
    if (!error.isEmpty()) {
        body.insert(u"error"_s, error.left(200));
        const QString description = callbackValue(values, u"error_description"_s);
        if (!description.isEmpty())
            body.insert(u"errorDescription"_s, description.left(1000));
    } else {
        body.insert(u"code"_s, callbackValue(values, u"code"_s));
    }
    Q_EMIT exchanging();
    post(u"finish"_s, body, [this](const QJsonObject &subject) {
        if (subject.value(u"id"_s).toString().isEmpty()) {
            fail(tr("The server's answer could not be read: it names nothing signed in."));
            return;
        }
        m_running = false;
        Q_EMIT finished(subject);
    });
}

void OAuthSignIn::post(const QString &step, const QJsonObject &body,
                       std::function<void(const QJsonObject &)> done)
{
    const int generation = m_generation;
    ApiReply *reply = m_api->send(restCall("POST", m_path + u'/' + step, body));
    onReplyFinished(reply, this, [this, generation, done = std::move(done)](ApiReply *answer) {
        if (generation != m_generation || !m_running)
            return; // cancelled or started again meanwhile
        if (!answer->ok()) {
            fail(answer->error().message);
            return;
        }
        done(answer->object());
    });
}

void OAuthSignIn::cancel()
{
    ++m_generation;
    m_running = false;
    m_timeout.stop();
    stopListening();
}

void OAuthSignIn::fail(const QString &message)
{
    ++m_generation;
    m_running = false;
    m_timeout.stop();
    stopListening();
    Q_EMIT failed(message);
}

void OAuthSignIn::stopListening()
{
    if (m_handler)
        m_handler->close();
}

} // namespace wedsync
