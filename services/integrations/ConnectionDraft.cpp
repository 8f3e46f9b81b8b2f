#include "integrations/ConnectionDraft.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"
#include "integrations/CrmRequests.h"
#include "oauth/OAuthSignIn.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

ConnectionDraft::ConnectionDraft(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_signIn(new OAuthSignIn(api, this))
{
    // Signed in: the connection as the server answered it, now connected. An answer that does
    // not decode leaves the draft's own; the test step reads the connection again anyway.
    connect(m_signIn, &OAuthSignIn::finished, this, [this](const QJsonObject &answer) {
        if (auto integration = crmIntegrationFromJson(answer))
            m_integration = integration.value();
    });
}

ConnectionDraft::~ConnectionDraft()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ConnectionDraft::send(ApiReply *reply, const QString &step,
                           std::function<void(const QJsonObject &)> done)
{
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = reply;
    onReplyFinished(reply, this, [this, step, done = std::move(done)](ApiReply *answer) {
        if (!answer->ok()) {
            if (answer->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT failed(step, answer->error());
            return;
        }
        done(answer->object());
    });
}

void ConnectionDraft::save(const CrmIntegrationDraft &draft, const QJsonObject &credentials)
{
    QJsonObject body = crmIntegrationDraftToJson(draft);
    if (!credentials.isEmpty())
        body.insert(u"credentials"_s, credentials);
    ApiReply *reply = nullptr;
    if (m_integration) {
        body.remove(u"provider"_s); // a provider is chosen once: Back to it starts a new draft
        reply = m_api->send(crmapi::patchIntegration(m_organizationId, m_integration->id, body,
                                                     m_integration->version));
    } else {
        reply = m_api->send(crmapi::createIntegration(m_organizationId, body));
    }
    send(reply, u"save"_s, [this](const QJsonObject &answer) {
        auto integration = crmIntegrationFromJson(answer);
        if (!integration) {
            Q_EMIT failed(
                u"save"_s,
                ApiError::protocol(integration.error().code, integration.error().message));
            return;
        }
        m_integration = integration.value();
        Q_EMIT saved(*m_integration);
    });
}

void ConnectionDraft::test()
{
    if (!m_integration)
        return;
    send(m_api->send(crmapi::testConnection(m_organizationId, m_integration->id)), u"test"_s,
         [this](const QJsonObject &answer) {
             const ConnectionTestResult result = connectionTestResultFromJson(answer);
             // The test changed the integration's status, and so its version: read it again
             // so that the next step's edit is made on what the server has.
             send(m_api->send(crmapi::integration(m_organizationId, m_integration->id)), u"test"_s,
                  [this, result](const QJsonObject &fresh) {
                      if (auto integration = crmIntegrationFromJson(fresh))
                          m_integration = integration.value();
                      Q_EMIT tested(result);
                  });
         });
}

void ConnectionDraft::loadMappings()
{
    if (!m_integration)
        return;
    send(m_api->send(crmapi::fieldMappings(m_organizationId, m_integration->id)), u"mappings"_s,
         [this](const QJsonObject &answer) {
             m_mappingsVersion = answer.value(u"version"_s).toInteger();
             Q_EMIT mappingsLoaded(answer.value(u"items"_s).toArray());
         });
}

void ConnectionDraft::saveMappings(const QJsonArray &items)
{
    if (!m_integration)
        return;
    send(m_api->send(crmapi::putFieldMappings(m_organizationId, m_integration->id, items,
                                              m_mappingsVersion)),
         u"mappings"_s, [this](const QJsonObject &answer) {
             // The mapping's version is its integration's: a PUT raises both.
             m_mappingsVersion = answer.value(u"version"_s).toInteger();
             if (m_integration && m_mappingsVersion)
                 m_integration->version = *m_mappingsVersion;
             Q_EMIT mappingsSaved();
         });
}

void ConnectionDraft::finish(bool startImport)
{
    if (!m_integration)
        return;
    m_kept = true;
    if (!startImport) {
        Q_EMIT finished(*m_integration, std::nullopt);
        return;
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    send(m_api->send(crmapi::startSync(m_organizationId, m_integration->id, u"full_import"_s, key)),
         u"finish"_s, [this](const QJsonObject &answer) {
             auto job = crmSyncJobFromJson(answer);
             Q_EMIT finished(*m_integration,
                             job ? std::optional<CrmSyncJob>(job.value()) : std::nullopt);
         });
}

void ConnectionDraft::discard()
{
    m_signIn->cancel();
    if (!m_integration || m_kept)
        return;
    // Fire and forget: the wizard is closing; a failure leaves a "pending" connection the
    // Integrations screen shows and can disconnect.
    ApiReply *reply = m_api->send(crmapi::deleteIntegration(m_organizationId, m_integration->id));
    connect(reply, &ApiReply::finished, reply, &QObject::deleteLater);
    m_integration.reset();
}

} // namespace wedsync
