#include "config/ConfigRequests.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::configapi {

namespace {

QString organizationPath(const QString &organizationId)
{
    return u"/api/v1/organizations/"_s + pathSegment(organizationId);
}

// Where a scope's documents live: /config, /organizations/{org}/config or
// /organizations/{org}/members/{user}/config.
QString scopePath(const ConfigScope &scope)
{
    switch (scope.layer) {
    case ConfigLayer::Platform:
        return u"/api/v1/config"_s;
    case ConfigLayer::Tenant:
        return organizationPath(scope.organizationId) + u"/config"_s;
    case ConfigLayer::User:
        return organizationPath(scope.organizationId) + u"/members/"_s + pathSegment(scope.userId)
            + u"/config"_s;
    }
    return {};
}

QString typePath(const ConfigScope &scope, ConfigSettingType type, const QString &rest = {})
{
    return scopePath(scope) + u'/' + configSettingTypeName(type) + rest;
}

QString requestsPath(const ConfigScope &scope)
{
    return scope.layer == ConfigLayer::Platform
        ? u"/api/v1/config/change-requests"_s
        : organizationPath(scope.organizationId) + u"/config/change-requests"_s;
}

RestRequest make(const QByteArray &method, const QString &path,
                 std::optional<QJsonValue> body = std::nullopt)
{
    return restCall(method, path, std::move(body));
}

} // namespace

RestRequest types(const QString &organizationId)
{
    return make("GET", organizationPath(organizationId) + u"/config"_s);
}

RestRequest members(const QString &organizationId)
{
    return make("GET", organizationPath(organizationId) + u"/members"_s);
}

RestRequest view(const ConfigScope &scope, ConfigSettingType type)
{
    return make("GET", typePath(scope, type));
}

RestRequest write(const ConfigScope &scope, ConfigSettingType type, const QJsonObject &document,
                  const QString &summary, qint64 version)
{
    QJsonObject body {{u"document"_s, document}};
    if (!summary.trimmed().isEmpty())
        body.insert(u"summary"_s, summary.trimmed());
    RestRequest request = make("PUT", typePath(scope, type), body);
    request.ifMatch = QString::number(version);
    return request;
}

RestRequest history(const ConfigScope &scope, ConfigSettingType type, int limit,
                    const QString &cursor)
{
    RestRequest request = make("GET", typePath(scope, type, u"/history"_s));
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, cursor);
    return request;
}

RestRequest diff(const ConfigScope &scope, ConfigSettingType type, qint64 from, qint64 to)
{
    RestRequest request = make("GET", typePath(scope, type, u"/diff"_s));
    request.query.addQueryItem(u"from"_s, QString::number(from));
    request.query.addQueryItem(u"to"_s, QString::number(to));
    return request;
}

RestRequest rollback(const ConfigScope &scope, ConfigSettingType type, qint64 toVersion,
                     qint64 currentVersion)
{
    RestRequest request = make("POST", typePath(scope, type, u"/rollback"_s),
                               QJsonObject {{u"version"_s, toVersion}});
    request.ifMatch = QString::number(currentVersion);
    return request;
}

RestRequest changeRequests(const ConfigScope &scope, int limit)
{
    RestRequest request = make("GET", requestsPath(scope));
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    return request;
}

RestRequest propose(const ConfigScope &scope, ConfigSettingType type, const QJsonObject &document,
                    const QString &summary)
{
    QJsonObject body {{u"settingType"_s, configSettingTypeName(type)}, {u"document"_s, document}};
    if (!summary.trimmed().isEmpty())
        body.insert(u"summary"_s, summary.trimmed());
    return make("POST", requestsPath(scope), body);
}

RestRequest decide(const ConfigScope &scope, const QString &requestId, bool approve)
{
    return make("POST",
                requestsPath(scope) + u'/' + pathSegment(requestId)
                    + (approve ? u"/approve"_s : u"/reject"_s),
                QJsonObject {});
}

RestRequest optOuts(const QString &organizationId)
{
    return make("GET", organizationPath(organizationId) + u"/config/opt-outs"_s);
}

RestRequest putOptOuts(const QString &organizationId, const QJsonObject &optOuts)
{
    return make("PUT", organizationPath(organizationId) + u"/config/opt-outs"_s, optOuts);
}

RestRequest rules()
{
    return make("GET", u"/api/v1/config/rules"_s);
}

} // namespace wedsync::configapi
