#pragma once
// Typed calls of wedsync-server's REST API (server/README.md) over an injectable network manager.

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/RestRequest.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace wedsync {

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
    ApiReply *organizations();
    ApiReply *weddings(const QString &orgId);
    ApiReply *sections(const QString &orgId);
    ApiReply *patchSection(const QString &id, const QJsonObject &patch, qint64 version,
                           const QString &idempotencyKey = {});
    ApiReply *syncHealth();
    ApiReply *
    syncEvents(const QUrlQuery &filters); // organizationId kind status from to limit cursor
    ApiReply *syncConnections();
    ApiReply *resyncTenant(const QString &orgId);
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
