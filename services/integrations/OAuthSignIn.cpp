#include "integrations/OAuthSignIn.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"
#include "integrations/CrmRequests.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QOAuthHttpServerReplyHandler>

using namespace Qt::StringLiterals;

namespace wedsync {

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

void OAuthSignIn::start(const QString &organizationId, const QString &integrationId)
{
    stopListening();
    const int generation = ++m_generation;
    m_organizationId = organizationId;
    m_integrationId = integrationId;
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
    ApiReply *reply
        = m_api->send(crmapi::startOAuth(organizationId, integrationId, redirectUri().toString()));
    onReplyFinished(reply, this, [this, generation](ApiReply *answer) {
        if (generation != m_generation || !m_running)
            return;
        if (!answer->ok()) {
            fail(answer->error().message);
            return;
        }
        const QJsonObject object = answer->object();
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
    if (!m_running || m_state.isEmpty() || values.value(u"state"_s).toString() != m_state)
        return;
    // No more redirects; the handler still answers this one (the page the browser shows).
    m_handler->close();
    m_timeout.stop();
    QJsonObject body {{u"state"_s, m_state}};
    const QString error = values.value(u"error"_s).toString();
    if (!error.isEmpty()) {
        body.insert(u"error"_s, error.left(200));
        const QString description = values.value(u"error_description"_s).toString();
        if (!description.isEmpty())
            body.insert(u"errorDescription"_s, description.left(1000));
    } else {
        body.insert(u"code"_s, values.value(u"code"_s).toString());
    }
    Q_EMIT exchanging();
    const int generation = m_generation;
    ApiReply *reply = m_api->send(crmapi::finishOAuth(m_organizationId, m_integrationId, body));
    onReplyFinished(reply, this, [this, generation](ApiReply *answer) {
        if (generation != m_generation || !m_running)
            return;
        if (!answer->ok()) {
            fail(answer->error().message);
            return;
        }
        auto integration = crmIntegrationFromJson(answer->object());
        if (!integration) {
            fail(tr("The server's answer could not be read: %1").arg(integration.error().message));
            return;
        }
        m_running = false;
        Q_EMIT finished(integration.value());
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
