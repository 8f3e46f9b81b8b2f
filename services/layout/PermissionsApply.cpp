#include "layout/PermissionsApply.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "config/ConfigRequests.h"
#include "feeds/FeedReplies.h"

using namespace Qt::StringLiterals;

namespace wedsync {

PermissionsApply::PermissionsApply(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

PermissionsApply::~PermissionsApply()
{
    dropReply(m_reply, this);
    dropReply(m_templates, this);
}

void PermissionsApply::readTemplates(const QString &organizationId)
{
    dropReply(m_templates, this); // an earlier read's answer is not wanted now
    m_templates = m_api->send(
        configapi::view(ConfigScope::tenant(organizationId), ConfigSettingType::Rbac));
    ApiReply *reply = m_templates;
    connect(reply, &ApiReply::finished, this, [this, reply, organizationId] {
        reply->deleteLater();
        m_templates = nullptr;
        const QJsonObject rbac = reply->ok()
            ? reply->json().toObject().value(u"effective"_s).toObject()
            : QJsonObject();
        Q_EMIT templatesRead(organizationId, reply->ok(), rbac, reply->error());
    });
}

bool PermissionsApply::isRunning() const
{
    return !m_reply.isNull();
}

bool PermissionsApply::importDocument(const QString &organizationId, const QString &weddingId,
                                      const QJsonObject &document,
                                      const QHash<QString, qint64> &versions)
{
    if (m_reply)
        return false;
    QJsonObject expected;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        expected.insert(it.key(), it.value());
    QJsonObject body {{u"operation"_s, u"import"_s},
                      {u"document"_s, document},
                      {u"dryRun"_s, false},
                      {u"expectedVersions"_s, expected}};
    if (!weddingId.isEmpty())
        body.insert(u"weddingId"_s, weddingId);
    m_reply = m_api->applyPermissions(organizationId, body);
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        Q_EMIT finished(reply->ok(), reply->json().toObject(), reply->error());
    });
    return true;
}

} // namespace wedsync
