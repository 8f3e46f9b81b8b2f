#pragma once
// The CRM hub's REST calls (server/README.md, "Integrations") as requests for
// ApiClient::send, so the hub's dozen routes do not grow the client itself.

#include "api/RestRequest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace wedsync::crmapi {

RestRequest providers();
RestRequest integrations(const QString &orgId);
RestRequest createIntegration(const QString &orgId, const QJsonObject &body);
RestRequest integration(const QString &orgId, const QString &id);
// A version makes it conditional (If-Match).
RestRequest patchIntegration(const QString &orgId, const QString &id, const QJsonObject &patch,
                             qint64 version);
RestRequest deleteIntegration(const QString &orgId, const QString &id);
RestRequest testConnection(const QString &orgId, const QString &id);
// OAuth 2.0: where the connection's oauth/start and oauth/finish live (OAuthSignIn calls them).
QString oauthPath(const QString &orgId, const QString &id);
RestRequest startSync(const QString &orgId, const QString &id, const QString &kind,
                      const QString &idempotencyKey);
// An empty integration: every job of the organization, newest first.
RestRequest jobs(const QString &orgId, const QString &integrationId, int limit,
                 const QString &cursor = {});
RestRequest cancelJob(const QString &orgId, const QString &jobId);
RestRequest retryJob(const QString &orgId, const QString &jobId, const QString &idempotencyKey);
RestRequest jobLog(const QString &orgId, const QString &jobId, int limit,
                   const QString &cursor = {});
RestRequest fieldMappings(const QString &orgId, const QString &integrationId);
RestRequest putFieldMappings(const QString &orgId, const QString &integrationId,
                             const QJsonArray &items, std::optional<qint64> version);
RestRequest clients(const QString &orgId, const QString &integrationId, int limit,
                    const QString &cursor = {});
// File import: open a job, send rows in batches, finish; and the preview's dry run.
RestRequest startFileImport(const QString &orgId, const QString &integrationId,
                            const QString &format, const QString &fileName, int totalRows);
RestRequest importRows(const QString &orgId, const QString &jobId, int offset,
                       const QJsonArray &rows);
RestRequest finishFileImport(const QString &orgId, const QString &jobId, bool completed,
                             const QString &message);
RestRequest matchClients(const QString &orgId, const QJsonArray &rows);

} // namespace wedsync::crmapi
