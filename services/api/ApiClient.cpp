#include "api/ApiClient.h"

#include "ServicesLogging.h"

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

ApiReply *ApiClient::organizations()
{
    return send(get(u"/api/v1/organizations"_s));
}

ApiReply *ApiClient::weddings(const QString &orgId)
{
    return send(get(u"/api/v1/organizations/"_s + segment(orgId) + u"/weddings"_s));
}

ApiReply *ApiClient::sections(const QString &orgId)
{
    return send(get(u"/api/v1/organizations/"_s + segment(orgId) + u"/sections"_s));
}

ApiReply *ApiClient::patchSection(const QString &id, const QJsonObject &patch, qint64 version,
                                  const QString &idempotencyKey)
{
    Request r;
    r.method = "PATCH";
    r.path = u"/api/v1/sections/"_s + segment(id);
    r.body = patch;
    r.ifMatch = QString::number(version);
    r.idempotencyKey = idempotencyKey;
    return send(r);
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
