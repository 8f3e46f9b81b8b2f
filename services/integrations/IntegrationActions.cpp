#include "integrations/IntegrationActions.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"
#include "integrations/CrmRequests.h"
#include "oauth/OAuthSignIn.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

ConnectionTestResult connectionTestResultFromJson(const QJsonObject &object)
{
    ConnectionTestResult result;
    result.ok = object.value(u"ok"_s).toBool();
    result.message = object.value(u"message"_s).toString();
    result.sample = object.value(u"sample"_s).toArray();
    for (const QJsonValue &field : object.value(u"sourceFields"_s).toArray())
        result.sourceFields.append(field.toString());
    return result;
}

IntegrationActions::IntegrationActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_signIn(new OAuthSignIn(api, this))
{
    qRegisterMetaType<ConnectionTestResult>();
}

void IntegrationActions::started()
{
    Q_EMIT busyChanged(++m_busy);
}

void IntegrationActions::ended()
{
    Q_EMIT busyChanged(--m_busy);
}

void IntegrationActions::run(const RestRequest &request, const QString &what,
                             std::function<void(const QJsonObject &)> done)
{
    started();
    ApiReply *reply = m_api->send(request);
    onReplyFinished(reply, this, [this, what, done = std::move(done)](ApiReply *answer) {
        ended();
        if (!answer->ok())
            Q_EMIT failed(what, answer->error());
        else
            done(answer->object());
    });
}

void IntegrationActions::test(const CrmIntegration &integration)
{
    run(crmapi::testConnection(integration.organizationId, integration.id), u"test"_s,
        [this, integration](const QJsonObject &answer) {
            Q_EMIT tested(integration, connectionTestResultFromJson(answer));
        });
}

void IntegrationActions::syncNow(const CrmIntegration &integration, const QString &kind)
{
    run(crmapi::startSync(integration.organizationId, integration.id, kind, newKey()), u"sync"_s,
        [this, integration](const QJsonObject &answer) {
            if (auto job = crmSyncJobFromJson(answer))
                Q_EMIT jobStarted(integration, job.value());
        });
}

void IntegrationActions::setPaused(const CrmIntegration &integration, bool paused)
{
    run(crmapi::patchIntegration(integration.organizationId, integration.id,
                                 {{u"paused"_s, paused}}, integration.version),
        u"pause"_s, [this](const QJsonObject &answer) {
            if (auto changed = crmIntegrationFromJson(answer))
                Q_EMIT pausedChanged(changed.value());
        });
}

void IntegrationActions::configure(const CrmIntegration &integration, const QJsonObject &patch)
{
    run(crmapi::patchIntegration(integration.organizationId, integration.id, patch,
                                 integration.version),
        u"configure"_s, [this](const QJsonObject &answer) {
            if (auto changed = crmIntegrationFromJson(answer))
                Q_EMIT configured(changed.value());
        });
}

void IntegrationActions::disconnectIntegration(const CrmIntegration &integration)
{
    run(crmapi::deleteIntegration(integration.organizationId, integration.id), u"disconnect"_s,
        [this, integration](const QJsonObject &) { Q_EMIT disconnected(integration); });
}

void IntegrationActions::cancelJob(const QString &organizationId, const CrmSyncJob &job)
{
    run(crmapi::cancelJob(organizationId, job.id), u"cancel"_s, [this](const QJsonObject &answer) {
        if (auto changed = crmSyncJobFromJson(answer))
            Q_EMIT jobCancelled(changed.value());
    });
}

void IntegrationActions::retryJob(const QString &organizationId, const CrmSyncJob &job)
{
    run(crmapi::retryJob(organizationId, job.id, newKey()), u"retry"_s,
        [this](const QJsonObject &answer) {
            if (auto retried = crmSyncJobFromJson(answer))
                Q_EMIT jobRetried(retried.value());
        });
}

} // namespace wedsync
