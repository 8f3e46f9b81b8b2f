#include "api/ApiClient.h"

#include "ServicesLogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr QStringView LoginPath = u"/api/v1/auth/login";
constexpr QStringView RefreshPath = u"/api/v1/auth/refresh";

// An id as one path segment, whatever it holds.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

RestRequest get(const QString &path, const QUrlQuery &query = {})
{
    RestRequest r;
    r.path = path;
    r.query = query;
    return r;
}

// A write of `path`; a version makes it conditional (If-Match).
RestRequest write(const QByteArray &method, const QString &path, std::optional<QJsonValue> body,
                  std::optional<qint64> version, const QString &idempotencyKey)
{
    RestRequest r;
    r.method = method;
    r.path = path;
    r.body = std::move(body);
    if (version)
        r.ifMatch = QString::number(*version);
    r.idempotencyKey = idempotencyKey;
    return r;
}

QString organizationPath(const QString &orgId, const QString &rest)
{
    return u"/api/v1/organizations/"_s + segment(orgId) + rest;
}

QString sectionPath(const QString &id)
{
    return u"/api/v1/sections/"_s + segment(id);
}

QUrlQuery weddingQuery(const QString &weddingId, QUrlQuery query = {})
{
    if (!weddingId.isEmpty())
        query.addQueryItem(u"weddingId"_s, weddingId);
    return query;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (m_baseUrl.path() == u"/"_s)
        m_baseUrl.setPath(QString());
}

void ApiClient::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

bool ApiClient::isCredentialCall(const QString &path)
{
    return path == LoginPath || path == RefreshPath;
}

QUrl ApiClient::urlFor(const Request &request) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiReply *ApiClient::send(const Request &request)
{
    auto *reply = new ApiReply(this, request, m_accessToken);
    reply->startAttempt();
    return reply;
}

ApiReply *ApiClient::login(const QString &email, const QString &password)
{
    Request r;
    r.method = "POST";
    r.path = LoginPath.toString();
    r.body = QJsonObject {{u"email"_s, email}, {u"password"_s, password}};
    return send(r);
}

ApiReply *ApiClient::refresh(const QString &refreshToken)
{
    Request r;
    r.method = "POST";
    r.path = RefreshPath.toString();
    r.body = QJsonObject {{u"refreshToken"_s, refreshToken}};
    return send(r);
}

ApiReply *ApiClient::logout()
{
    Request r;
    r.method = "POST";
    r.path = u"/api/v1/auth/logout"_s;
    return send(r);
}

ApiReply *ApiClient::me()
{
    return send(get(u"/api/v1/auth/me"_s));
}

ApiReply *ApiClient::serverHealth()
{
    return send(get(u"/healthz"_s));
}

ApiReply *ApiClient::organizations()
{
    return send(get(u"/api/v1/organizations"_s));
}

ApiReply *ApiClient::weddings(const QString &orgId)
{
    return send(get(organizationPath(orgId, u"/weddings"_s)));
}

ApiReply *ApiClient::members(const QString &orgId)
{
    return send(get(organizationPath(orgId, u"/members"_s)));
}

ApiReply *ApiClient::effectivePermissions(const QString &orgId, const QString &userId,
                                          const QString &weddingId, const QDateTime &at)
{
    QUrlQuery query;
    query.addQueryItem(u"userId"_s, userId);
    if (at.isValid())
        query.addQueryItem(u"at"_s, at.toUTC().toString(Qt::ISODateWithMs));
    return send(
        get(organizationPath(orgId, u"/permissions/effective"_s), weddingQuery(weddingId, query)));
}

ApiReply *ApiClient::applyPermissions(const QString &orgId, const QJsonObject &body)
{
    return send(write("POST", organizationPath(orgId, u"/permissions/matrix/apply"_s), body,
                      std::nullopt, {}));
}

ApiReply *ApiClient::sections(const QString &orgId)
{
    return send(get(organizationPath(orgId, u"/sections"_s)));
}

ApiReply *ApiClient::sectionsInScope(const QString &orgId, const QString &weddingId)
{
    QUrlQuery query;
    if (weddingId.isEmpty())
        query.addQueryItem(u"scope"_s, u"organization"_s);
    return send(get(organizationPath(orgId, u"/sections"_s), weddingQuery(weddingId, query)));
}

ApiReply *ApiClient::createSection(const QString &orgId, const QJsonObject &section,
                                   const QString &idempotencyKey)
{
    return send(write("POST", organizationPath(orgId, u"/sections"_s), section, std::nullopt,
                      idempotencyKey));
}

ApiReply *ApiClient::patchSection(const QString &id, const QJsonObject &patch, qint64 version,
                                  const QString &idempotencyKey)
{
    return send(write("PATCH", sectionPath(id), patch, version, idempotencyKey));
}

ApiReply *ApiClient::replaceSection(const QString &id, const QJsonObject &section, qint64 version,
                                    const QString &idempotencyKey)
{
    return send(write("PUT", sectionPath(id), section, version, idempotencyKey));
}

ApiReply *ApiClient::deleteSection(const QString &id, qint64 version, const QString &idempotencyKey)
{
    return send(write("DELETE", sectionPath(id), std::nullopt, version, idempotencyKey));
}

ApiReply *ApiClient::reorderSections(const QString &orgId, const QList<SectionMoveRequest> &moves,
                                     const QString &idempotencyKey)
{
    // The wire shape of server/api/SectionMoves: {"items": [{id, position, columns?, version}]}.
    QJsonArray items;
    for (const SectionMoveRequest &move : moves) {
        QJsonObject item {
            {u"id"_s, move.id}, {u"position"_s, move.position}, {u"version"_s, move.version}};
        if (move.columns)
            item.insert(u"columns"_s, *move.columns);
        items.append(item);
    }
    return send(write("POST", organizationPath(orgId, u"/sections/reorder"_s),
                      QJsonObject {{u"items"_s, items}}, std::nullopt, idempotencyKey));
}

ApiReply *ApiClient::layoutVersions(const QString &orgId, const QString &weddingId,
                                    const QUrlQuery &paging)
{
    return send(
        get(organizationPath(orgId, u"/layout/versions"_s), weddingQuery(weddingId, paging)));
}

ApiReply *ApiClient::layoutVersion(const QString &orgId, const QString &weddingId, qint64 version)
{
    return send(get(organizationPath(orgId, u"/layout/versions/"_s + QString::number(version)),
                    weddingQuery(weddingId)));
}

ApiReply *ApiClient::restoreLayoutVersion(const QString &orgId, const QString &weddingId,
                                          qint64 version, qint64 currentVersion,
                                          const QString &idempotencyKey)
{
    RestRequest r = write(
        "POST",
        organizationPath(orgId, u"/layout/versions/"_s + QString::number(version) + u"/restore"_s),
        std::nullopt, currentVersion, idempotencyKey);
    r.query = weddingQuery(weddingId);
    return send(r);
}

ApiReply *ApiClient::permissionMatrix(const QString &orgId, const QString &weddingId)
{
    return send(get(organizationPath(orgId, u"/permissions/matrix"_s), weddingQuery(weddingId)));
}

ApiReply *ApiClient::writePermissionMatrix(const QString &orgId, const QJsonObject &update,
                                           const QString &idempotencyKey)
{
    return send(write("PUT", organizationPath(orgId, u"/permissions/matrix"_s), update,
                      std::nullopt, idempotencyKey));
}

ApiReply *ApiClient::complianceTiers(const QString &orgId)
{
    return send(get(organizationPath(orgId, u"/compliance/tiers"_s)));
}

ApiReply *ApiClient::complianceRequirements(const QString &orgId)
{
    return send(get(organizationPath(orgId, u"/compliance/requirements"_s)));
}

ApiReply *ApiClient::suppliers(const QString &orgId, const QUrlQuery &filters)
{
    return send(get(organizationPath(orgId, u"/suppliers"_s), filters));
}

ApiReply *ApiClient::supplierRequirements(const QString &orgId, const QString &supplierId)
{
    return send(
        get(organizationPath(orgId, u"/suppliers/"_s + segment(supplierId) + u"/requirements"_s)));
}

ApiReply *ApiClient::supplierAdvancement(const QString &orgId, const QString &supplierId)
{
    return send(
        get(organizationPath(orgId, u"/suppliers/"_s + segment(supplierId) + u"/advancement"_s)));
}

ApiReply *ApiClient::reviewQueue(const QString &orgId, int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return send(get(organizationPath(orgId, u"/compliance/review-queue"_s), query));
}

ApiReply *ApiClient::changeRequirementStatus(const QString &orgId, const QString &supplierId,
                                             const QString &requirementId, const QString &status,
                                             const QString &note, qint64 version,
                                             const QString &idempotencyKey)
{
    QJsonObject body {{u"status"_s, status}};
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    return send(write("PATCH",
                      organizationPath(orgId,
                                       u"/suppliers/"_s + segment(supplierId) + u"/requirements/"_s
                                           + segment(requirementId)),
                      body, version, idempotencyKey));
}

ApiReply *ApiClient::switchSupplierTier(const QString &orgId, const QString &supplierId,
                                        const QString &tierId, bool dryRun, qint64 supplierVersion,
                                        const QString &idempotencyKey)
{
    QJsonObject body {{u"tier"_s, tierId}};
    if (dryRun)
        body.insert(u"dryRun"_s, true);
    return send(write("POST",
                      organizationPath(orgId, u"/suppliers/"_s + segment(supplierId) + u"/tier"_s),
                      body, supplierVersion, idempotencyKey));
}

ApiReply *ApiClient::conflicts(const QUrlQuery &filters)
{
    return send(get(u"/api/v1/sync/conflicts"_s, filters));
}

ApiReply *ApiClient::conflict(const QString &id)
{
    return send(get(u"/api/v1/sync/conflicts/"_s + id));
}

ApiReply *ApiClient::resolveConflict(const QString &id, const QString &resolution,
                                     std::optional<qint64> entityVersion,
                                     const QString &idempotencyKey)
{
    return send(write("POST", u"/api/v1/sync/conflicts/"_s + id + u"/resolve"_s,
                      QJsonObject {{u"resolution"_s, resolution}}, entityVersion, idempotencyKey));
}

ApiReply *ApiClient::resolveConflictMerged(const QString &id, const QJsonObject &document,
                                           qint64 entityVersion, const QString &idempotencyKey)
{
    return send(write("POST", u"/api/v1/sync/conflicts/"_s + id + u"/resolve"_s,
                      QJsonObject {{u"resolution"_s, u"merged"_s}, {u"document"_s, document}},
                      entityVersion, idempotencyKey));
}

ApiReply *ApiClient::dismissConflict(const QString &id, const QString &idempotencyKey)
{
    return send(write("POST", u"/api/v1/sync/conflicts/"_s + id + u"/dismiss"_s, std::nullopt,
                      std::nullopt, idempotencyKey));
}

ApiReply *ApiClient::resolveConflicts(const QStringList &ids, const QString &resolution,
                                      const QString &idempotencyKey)
{
    return send(write(
        "POST", u"/api/v1/sync/conflicts/resolve"_s,
        QJsonObject {{u"ids"_s, QJsonArray::fromStringList(ids)}, {u"resolution"_s, resolution}},
        std::nullopt, idempotencyKey));
}

ApiReply *ApiClient::syncHealth()
{
    return send(get(u"/api/v1/sync/health"_s));
}

ApiReply *ApiClient::syncEvents(const QUrlQuery &filters)
{
    return send(get(u"/api/v1/sync/events"_s, filters));
}

ApiReply *ApiClient::syncConnections()
{
    return send(get(u"/api/v1/sync/connections"_s));
}

ApiReply *ApiClient::resyncTenant(const QString &orgId)
{
    Request r;
    r.method = "POST";
    r.path = u"/api/v1/sync/tenants/"_s + segment(orgId) + u"/resync"_s;
    return send(r);
}

ApiReply *ApiClient::audit(const QUrlQuery &filters)
{
    return send(get(u"/api/v1/audit"_s, filters));
}

ApiReply *ApiClient::auditExport(const QUrlQuery &filters, const QString &format)
{
    // An export is the whole filtered trail: paging belongs to audit() only.
    QUrlQuery query = filters;
    for (const QString &paging : {u"format"_s, u"limit"_s, u"cursor"_s, u"offset"_s})
        query.removeAllQueryItems(paging);
    query.addQueryItem(u"format"_s, format);
    return send(get(u"/api/v1/audit/export"_s, query));
}

} // namespace wedsync
