#include "integrations/CrmRequests.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::crmapi {

namespace {

QString orgPath(const QString &orgId, const QString &rest)
{
    return u"/api/v1/organizations/"_s + pathSegment(orgId) + rest;
}

QString integrationPath(const QString &orgId, const QString &id, const QString &rest = {})
{
    return orgPath(orgId, u"/integrations/"_s + pathSegment(id) + rest);
}

QString jobPath(const QString &orgId, const QString &jobId, const QString &rest = {})
{
    return orgPath(orgId, u"/jobs/"_s + pathSegment(jobId) + rest);
}

RestRequest make(const QByteArray &method, const QString &path,
                 std::optional<QJsonValue> body = std::nullopt)
{
    return restCall(method, path, std::move(body));
}

RestRequest page(const QString &path, int limit, const QString &cursor, QUrlQuery query = {})
{
    RestRequest request = make("GET", path);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    request.query = query;
    return request;
}

} // namespace

RestRequest providers()
{
    return make("GET", u"/api/v1/crm/providers"_s);
}

RestRequest integrations(const QString &orgId)
{
    return make("GET", orgPath(orgId, u"/integrations"_s));
}

RestRequest createIntegration(const QString &orgId, const QJsonObject &body)
{
    return make("POST", orgPath(orgId, u"/integrations"_s), body);
}

RestRequest integration(const QString &orgId, const QString &id)
{
    return make("GET", integrationPath(orgId, id));
}

RestRequest patchIntegration(const QString &orgId, const QString &id, const QJsonObject &patch,
                             qint64 version)
{
    RestRequest request = make("PATCH", integrationPath(orgId, id), patch);
    request.ifMatch = QString::number(version);
    return request;
}

RestRequest deleteIntegration(const QString &orgId, const QString &id)
{
    return make("DELETE", integrationPath(orgId, id));
}

RestRequest testConnection(const QString &orgId, const QString &id)
{
    RestRequest request = make("POST", integrationPath(orgId, id, u"/test"_s), QJsonObject {});
    request.timeoutMs = 60000; // the provider may be slow; the server answers when it knows
    return request;
}

RestRequest startSync(const QString &orgId, const QString &id, const QString &kind,
                      const QString &idempotencyKey)
{
    RestRequest request
        = make("POST", integrationPath(orgId, id, u"/sync"_s), QJsonObject {{u"kind"_s, kind}});
    request.idempotencyKey = idempotencyKey;
    return request;
}

QString oauthPath(const QString &orgId, const QString &id)
{
    return integrationPath(orgId, id, u"/oauth"_s);
}

RestRequest jobs(const QString &orgId, const QString &integrationId, int limit,
                 const QString &cursor)
{
    if (integrationId.isEmpty())
        return page(u"/api/v1/organizations/%1/jobs"_s.arg(orgId), limit, cursor);
    return page(integrationPath(orgId, integrationId, u"/jobs"_s), limit, cursor);
}

RestRequest cancelJob(const QString &orgId, const QString &jobId)
{
    return make("POST", jobPath(orgId, jobId, u"/cancel"_s), QJsonObject {});
}

RestRequest retryJob(const QString &orgId, const QString &jobId, const QString &idempotencyKey)
{
    RestRequest request = make("POST", jobPath(orgId, jobId, u"/retry"_s), QJsonObject {});
    request.idempotencyKey = idempotencyKey;
    return request;
}

RestRequest jobLog(const QString &orgId, const QString &jobId, int limit, const QString &cursor)
{
    return page(jobPath(orgId, jobId, u"/log"_s), limit, cursor);
}

RestRequest fieldMappings(const QString &orgId, const QString &integrationId)
{
    return make("GET", integrationPath(orgId, integrationId, u"/field-mappings"_s));
}

RestRequest putFieldMappings(const QString &orgId, const QString &integrationId,
                             const QJsonArray &items, std::optional<qint64> version)
{
    RestRequest request = make("PUT", integrationPath(orgId, integrationId, u"/field-mappings"_s),
                               QJsonObject {{u"items"_s, items}});
    if (version)
        request.ifMatch = QString::number(*version);
    return request;
}

RestRequest clients(const QString &orgId, const QString &integrationId, int limit,
                    const QString &cursor)
{
    QUrlQuery query;
    if (!integrationId.isEmpty())
        query.addQueryItem(u"integrationId"_s, integrationId);
    return page(orgPath(orgId, u"/clients"_s), limit, cursor, query);
}

RestRequest startFileImport(const QString &orgId, const QString &integrationId,
                            const QString &format, const QString &fileName, int totalRows)
{
    return make("POST", integrationPath(orgId, integrationId, u"/imports"_s),
                QJsonObject {
                    {u"format"_s, format}, {u"fileName"_s, fileName}, {u"totalRows"_s, totalRows}});
}

RestRequest importRows(const QString &orgId, const QString &jobId, int offset,
                       const QJsonArray &rows)
{
    // Safe to repeat: the server answers a batch below its checkpoint as already done.
    RestRequest request = make("POST", jobPath(orgId, jobId, u"/rows"_s),
                               QJsonObject {{u"offset"_s, offset}, {u"rows"_s, rows}});
    request.idempotencyKey = u"import-%1-%2"_s.arg(jobId).arg(offset);
    return request;
}

RestRequest finishFileImport(const QString &orgId, const QString &jobId, bool completed,
                             const QString &message)
{
    QJsonObject body {{u"status"_s, completed ? u"completed"_s : u"failed"_s}};
    if (!message.isEmpty())
        body.insert(u"message"_s, message);
    return make("POST", jobPath(orgId, jobId, u"/finish"_s), body);
}

RestRequest matchClients(const QString &orgId, const QJsonArray &rows)
{
    return make("POST", orgPath(orgId, u"/clients/match"_s), QJsonObject {{u"rows"_s, rows}});
}

} // namespace wedsync::crmapi
