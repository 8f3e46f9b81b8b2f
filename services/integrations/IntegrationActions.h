#pragma once
// What an admin does to a CRM connection from the Integrations screen: test it, sync now,
// pause or resume its schedule, disconnect it (the screen asks first), and cancel or retry a
// job. Each answer comes back as one signal the screen turns into words.

#include "CrmRecords.h"
#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

namespace wedsync {

class ApiClient;
class OAuthSignIn;

// What the server said about a connection test.
struct ConnectionTestResult
{
    bool ok = false;
    QString message; // the server's words (the provider's reply explained)
    QJsonArray sample; // up to five raw rows, flattened "a.b" keys
    QStringList sourceFields; // what a mapping may read
};
ConnectionTestResult connectionTestResultFromJson(const QJsonObject &object);

class IntegrationActions : public QObject
{
    Q_OBJECT
public:
    explicit IntegrationActions(ApiClient *api, QObject *parent = nullptr);

    void test(const CrmIntegration &integration);
    void syncNow(const CrmIntegration &integration, const QString &kind);
    void setPaused(const CrmIntegration &integration, bool paused);
    // Changes name, schedule, direction or conflict rule (only the keys in `patch`), on the
    // version shown: a change made elsewhere meanwhile is refused (412), not overwritten.
    void configure(const CrmIntegration &integration, const QJsonObject &patch);
    void disconnectIntegration(const CrmIntegration &integration);
    void cancelJob(const QString &organizationId, const CrmSyncJob &job);
    void retryJob(const QString &organizationId, const CrmSyncJob &job);
    int busyCount() const { return m_busy; }
    // Relinking an OAuth 2.0 connection: its browser sign-in (the screen shows it).
    OAuthSignIn *signIn() const { return m_signIn; }

Q_SIGNALS:
    void tested(const wedsync::CrmIntegration &integration,
                const wedsync::ConnectionTestResult &result);
    void jobStarted(const wedsync::CrmIntegration &integration, const wedsync::CrmSyncJob &job);
    void pausedChanged(const wedsync::CrmIntegration &integration);
    void configured(const wedsync::CrmIntegration &integration);
    void disconnected(const wedsync::CrmIntegration &integration);
    void jobCancelled(const wedsync::CrmSyncJob &job);
    void jobRetried(const wedsync::CrmSyncJob &job);
    // `what` names the action for the message ("test", "sync", "pause", ...).
    void failed(const QString &what, const wedsync::ApiError &error);
    void busyChanged(int busy);

private:
    void run(const RestRequest &request, const QString &what,
             std::function<void(const QJsonObject &)> done);
    void started();
    void ended();

    ApiClient *m_api;
    OAuthSignIn *m_signIn;
    int m_busy = 0;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::ConnectionTestResult)
