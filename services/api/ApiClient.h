#pragma once
// Typed calls of wedsync-server's REST API (server/README.md) over an injectable network manager.

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/RestRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace wedsync {

// One entry of a sections reorder: where a section goes (and how wide), from the version seen.
struct SectionMoveRequest
{
    QString id;
    int position = 0;
    std::optional<int> columns;
    qint64 version = 0;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Request = RestRequest;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token);
    QString accessToken() const { return m_accessToken; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // The reply is a child of this client; the caller deleteLater()s it once finished.
    ApiReply *send(const Request &request);

    // Typed calls (paths per server/README.md).
    ApiReply *login(const QString &email, const QString &password);
    ApiReply *refresh(const QString &refreshToken);
    ApiReply *logout();
    ApiReply *me();
    // GET /healthz: the server's version and database (no sign-in needed).
    ApiReply *serverHealth();
    ApiReply *organizations();
    ApiReply *weddings(const QString &orgId);
    // An organization's members with their role and wedding access.
    ApiReply *members(const QString &orgId);
    // GET …/permissions/effective: one person's flags per section with the engine's reasons,
    // in a wedding (optional) at a moment (optional: now).
    ApiReply *effectivePermissions(const QString &orgId, const QString &userId,
                                   const QString &weddingId = {}, const QDateTime &at = {});
    // POST …/permissions/matrix/apply: a role copy or an imported file, all or nothing.
    ApiReply *applyPermissions(const QString &orgId, const QJsonObject &body);
    ApiReply *sections(const QString &orgId);
    // One dashboard: a wedding's sections, or the organization-wide ones when `weddingId` is
    // empty.
    ApiReply *sectionsInScope(const QString &orgId, const QString &weddingId);
    // The server chooses the id; leave "id" out of `section`.
    ApiReply *createSection(const QString &orgId, const QJsonObject &section,
                            const QString &idempotencyKey = {});
    ApiReply *patchSection(const QString &id, const QJsonObject &patch, qint64 version,
                           const QString &idempotencyKey = {});
    ApiReply *replaceSection(const QString &id, const QJsonObject &section, qint64 version,
                             const QString &idempotencyKey = {});
    ApiReply *deleteSection(const QString &id, qint64 version, const QString &idempotencyKey = {});
    // All the moves or none (each with the version it was moved from).
    ApiReply *reorderSections(const QString &orgId, const QList<SectionMoveRequest> &moves,
                              const QString &idempotencyKey = {});
    // Layout versions of one dashboard (empty `weddingId`: the organization's default layout),
    // newest first; `paging` takes limit and cursor (or offset) as for audit().
    ApiReply *layoutVersions(const QString &orgId, const QString &weddingId,
                             const QUrlQuery &paging = {});
    ApiReply *layoutVersion(const QString &orgId, const QString &weddingId, qint64 version);
    // Makes the layout equal to `version` as a new version; `currentVersion` is the layout
    // version the planner is looking at (If-Match).
    ApiReply *restoreLayoutVersion(const QString &orgId, const QString &weddingId, qint64 version,
                                   qint64 currentVersion, const QString &idempotencyKey = {});
    // GET …/permissions/matrix: the role x section matrix (core/PermissionMatrixJson.h) of all
    // the organization's sections, or of one wedding's when `weddingId` is set.
    ApiReply *permissionMatrix(const QString &orgId, const QString &weddingId = {});
    // PUT …/permissions/matrix: `update` as matrixUpdateToJson() builds it; all rows or none,
    // each at the version it was read at (412 with the current rows otherwise).
    ApiReply *writePermissionMatrix(const QString &orgId, const QJsonObject &update,
                                    const QString &idempotencyKey = {});
    ApiReply *syncHealth();
    ApiReply *
    syncEvents(const QUrlQuery &filters); // organizationId kind status from to limit cursor
    ApiReply *syncConnections();
    ApiReply *resyncTenant(const QString &orgId);
    // The conflict center (server/README.md, "Conflicts"). `filters`: organizationId, status
    // (open by default, resolved, dismissed, all), source, entityType, entityId, q, limit,
    // cursor or offset.
    ApiReply *conflicts(const QUrlQuery &filters);
    // One conflict with its field-by-field merge (`fields`) and the entity as it is now.
    ApiReply *conflict(const QString &id);
    // `resolution`: "mine" or "theirs"; `entityVersion`: the entity's version the resolver
    // looked at (If-Match; required for mine, optional for theirs).
    ApiReply *resolveConflict(const QString &id, const QString &resolution,
                              std::optional<qint64> entityVersion,
                              const QString &idempotencyKey = {});
    // "merged": `document` is the entity's content as the resolver built it.
    ApiReply *resolveConflictMerged(const QString &id, const QJsonObject &document,
                                    qint64 entityVersion, const QString &idempotencyKey = {});
    ApiReply *dismissConflict(const QString &id, const QString &idempotencyKey = {});
    // All or nothing, up to 1000 ids, with one side ("mine" or "theirs").
    ApiReply *resolveConflicts(const QStringList &ids, const QString &resolution,
                               const QString &idempotencyKey = {});
    // Supplier compliance of one organization (server/README.md, "Supplier compliance").
    ApiReply *complianceTiers(const QString &orgId);
    ApiReply *complianceRequirements(const QString &orgId);
    ApiReply *suppliers(const QString &orgId, const QUrlQuery &filters = {});
    ApiReply *supplierRequirements(const QString &orgId, const QString &supplierId);
    ApiReply *supplierAdvancement(const QString &orgId, const QString &supplierId);
    // Submissions waiting for a review, oldest first, with the supplier's name.
    ApiReply *reviewQueue(const QString &orgId, int limit);
    // Moves a requirement to `status` ("approved", "revision_required", "rejected", ...);
    // `note` is required for a revision or rejection; `version`: the record's (If-Match).
    ApiReply *changeRequirementStatus(const QString &orgId, const QString &supplierId,
                                      const QString &requirementId, const QString &status,
                                      const QString &note, qint64 version,
                                      const QString &idempotencyKey = {});
    // Switches the supplier to `tierId`; `dryRun` answers the plan only. `supplierVersion`:
    // the supplier's version (If-Match).
    ApiReply *switchSupplierTier(const QString &orgId, const QString &supplierId,
                                 const QString &tierId, bool dryRun, qint64 supplierVersion,
                                 const QString &idempotencyKey = {});
    ApiReply *audit(const QUrlQuery &filters);
    ApiReply *auditExport(const QUrlQuery &filters, const QString &format); // csv | json

    // True for the calls whose 401 means "wrong credentials", not "token needs a refresh".
    static bool isCredentialCall(const QString &path);

Q_SIGNALS:
    void unauthorized(const wedsync::ApiError &error); // 401 other than on login/refresh

private:
    friend class ApiReply;
    QUrl urlFor(const Request &request) const;

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    QString m_accessToken;
    RetryPolicy m_retryPolicy;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace wedsync
