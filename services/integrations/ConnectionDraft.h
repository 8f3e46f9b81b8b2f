#pragma once
// The connection wizard's work on the server: the integration is created (status "pending")
// when the admin leaves the authentication step, changed in place if they come Back and edit
// it, tested, given its field mapping, and deleted again if the wizard is cancelled — so a
// cancelled wizard leaves nothing behind. The credentials pass through to the server and are
// never kept by the console.

#include "CrmRecords.h"
#include "api/ApiError.h"
#include "integrations/IntegrationActions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace wedsync {

class ApiClient;
class ApiReply;
class OAuthSignIn;

class ConnectionDraft : public QObject
{
    Q_OBJECT
public:
    ConnectionDraft(ApiClient *api, QObject *parent = nullptr);
    ~ConnectionDraft() override;

    void setOrganization(const QString &organizationId) { m_organizationId = organizationId; }
    QString organizationId() const { return m_organizationId; }

    // Creates the integration, or changes the one created (credentials: {"apiKey"} or
    // {"username","password"}; empty keeps them).
    void save(const CrmIntegrationDraft &draft, const QJsonObject &credentials);
    std::optional<CrmIntegration> integration() const { return m_integration; }
    bool isBusy() const { return !m_reply.isNull(); }
    // The browser sign-in of an OAuth 2.0 connection, once it is saved; on success the
    // integration kept here is the connected one.
    OAuthSignIn *signIn() const { return m_signIn; }

    void test();
    void loadMappings();
    void saveMappings(const QJsonArray &items);
    // Starts the first import and keeps the integration (the wizard's Finish).
    void finish(bool startImport);
    // Deletes the integration created, if any (the wizard's Cancel).
    void discard();

Q_SIGNALS:
    void saved(const wedsync::CrmIntegration &integration);
    void tested(const wedsync::ConnectionTestResult &result);
    void mappingsLoaded(const QJsonArray &items);
    void mappingsSaved();
    void finished(const wedsync::CrmIntegration &integration,
                  const std::optional<wedsync::CrmSyncJob> &job);
    // `step`: "save" | "test" | "mappings" | "finish"; the error names the field when it can.
    void failed(const QString &step, const wedsync::ApiError &error);

private:
    void send(ApiReply *reply, const QString &step, std::function<void(const QJsonObject &)> done);

    ApiClient *m_api;
    OAuthSignIn *m_signIn;
    QString m_organizationId;
    std::optional<CrmIntegration> m_integration;
    std::optional<qint64> m_mappingsVersion;
    QPointer<ApiReply> m_reply;
    bool m_kept = false;
};

} // namespace wedsync
