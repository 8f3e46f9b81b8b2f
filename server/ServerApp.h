#pragma once
// Builds the running server from its options: database, migrations, demo data, routes, HTTP.

#include "Clock.h"
#include "ServerOptions.h"
#include "api/ChangeNotifier.h"
#include "calendar/MicrosoftClient.h"
#include "common/Status.h"
#include "http/Router.h"

#include <QObject>

#include <memory>

namespace wedsync::server {
class WorkQueue;
class JwtCodec;
class LoginThrottle;
class LoginThrottleRepository;
class PasswordHasher;
class RealtimeHub;
class RealtimePublisher;

class AuthApi;
class ConfigApi;
class ConfigChangeRequestService;
class ConfigGovernanceApi;
class ConfigPropagator;
class ConfigService;
class ComplianceApi;
class ComplianceService;
class AuthService;
class Authenticator;
class OperatorCache;
class Database;
class DatabaseReconnector;
class ReaderPool;
class HealthApi;
class HttpServer;
class OpenApi;
class OrganizationsApi;
class PostgresFanOut;
class AccessChangeWatcher;
class RealtimeAccess;
class AuditApi;
class LayoutRestore;
class LayoutVersionsApi;
class ConflictRecorder;
class ConnectionSampler;
class SyncApi;
class SyncMonitor;
class IdempotencyLayer;
class IntegrityApi;
class PermissionService;
class PermissionsApi;
class SectionService;
class SectionsApi;
class JobRunner;
class CalendarSyncRunner;
class CalendarAccountsApi;
class CalendarOAuthApi;
class ConnectionTestApi;
class OAuthApi;
class TaveSimulator;
class SecretBox;
class ConfigSecrets;
class IntegrationCredentials;
class AppointmentService;
class AppointmentsApi;
class IntegrationService;
class IntegrationsApi;
class CrmJobsApi;
class WebhookService;
class WebhooksApi;
class WebhookDispatcher;

class ServerApp : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(ServerOptions options, QObject *parent = nullptr);
    ~ServerApp() override;

    // Opens and migrates the database, seeds the demo if asked, and starts listening.
    // Errors are one line, for stderr: code "database_unavailable" or "listen_failed" etc.
    Status start();

    // "http://127.0.0.1:PORT" once started.
    QString baseUrl() const;
    const Router &router() const { return m_router; }
    // The CRM hub's changes (the job runner connects onJobQueued) and its sealed credentials.
    IntegrationService *integrationService() const { return m_integrationService.get(); }
    const IntegrationCredentials *integrationCredentials() const { return m_credentials.get(); }

    // The live update channels, for API objects that publish a change after its transaction
    // committed (never for one that rolled back). Exists from start() on, before the routes.
    RealtimePublisher *realtimePublisher() const;

    // The CRM sync jobs' runner (exists from start() on).
    JobRunner *jobRunner() const { return m_jobRunner.get(); }

    // Tells live-update clients the server is going away and closes their sockets, then
    // emits shutDownFinished (at the latest after `graceMs`). Call before leaving the loop.
    void shutDown(int graceMs = 2000);

Q_SIGNALS:
    void shutDownFinished();

private:
    Status openDatabase();
    Status loadSigningKey();
    Status loadSecretKey();
    Status startRealtime();
    void registerRoutes();
    Status startJobs();

    ServerOptions m_options;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DatabaseReconnector> m_reconnector; // PostgreSQL only
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<JwtCodec> m_jwt;
    std::unique_ptr<LoginThrottleRepository> m_throttleStore; // shared by the instances
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<AuthService> m_authService;
    std::unique_ptr<RealtimeAccess> m_realtimeAccess;
    std::unique_ptr<PostgresFanOut> m_realtimeFanOut; // PostgreSQL only; outlives the hub
    std::unique_ptr<RealtimeHub> m_realtimeHub;
    std::unique_ptr<AccessChangeWatcher> m_accessChanges; // SQLite; PostgreSQL notifies
    // Callers per access token; told of access changes by m_accessChanges or the fan-out.
    std::unique_ptr<OperatorCache> m_operatorCache;
    std::unique_ptr<HealthApi> m_health;
    std::unique_ptr<AuthApi> m_authApi;
    std::unique_ptr<OrganizationsApi> m_organizationsApi;
    // Committed changes go to the realtime hub through this (the hub may be absent).
    ChangeNotifier m_changeNotifier;
    std::unique_ptr<SectionService> m_sectionService;
    std::unique_ptr<SectionsApi> m_sectionsApi;
    std::unique_ptr<PermissionService> m_permissionService;
    std::unique_ptr<PermissionsApi> m_permissionsApi;
    std::unique_ptr<IntegrityApi> m_integrityApi;
    std::unique_ptr<AuditApi> m_auditApi;
    std::unique_ptr<ComplianceService> m_complianceService;
    std::unique_ptr<ComplianceApi> m_complianceApi;
    std::unique_ptr<SecretBox> m_secretBox; // null on a CPU without AES-GCM
    std::unique_ptr<IntegrationCredentials> m_credentials;
    std::unique_ptr<ConfigSecrets> m_configSecrets;
    std::unique_ptr<IntegrationService> m_integrationService;
    std::unique_ptr<IntegrationsApi> m_integrationsApi;
    std::unique_ptr<AppointmentService> m_appointmentService;
    std::unique_ptr<AppointmentsApi> m_appointmentsApi;
    std::unique_ptr<CalendarSyncRunner> m_calendarRunner;
    std::unique_ptr<CalendarAccountsApi> m_calendarAccountsApi;
    std::unique_ptr<CalendarOAuthApi> m_calendarOAuthApi;
    // --google-client, --google-api-url, --microsoft-client, --microsoft-api-url
    CalendarClients m_calendarClients;
    std::unique_ptr<ConfigPropagator> m_configPropagator;
    std::unique_ptr<ConfigService> m_configService;
    std::unique_ptr<ConfigChangeRequestService> m_configRequests;
    std::unique_ptr<ConfigApi> m_configApi;
    std::unique_ptr<ConfigGovernanceApi> m_configGovernanceApi;
    std::unique_ptr<CrmJobsApi> m_crmJobsApi;
    // Outgoing webhooks: the worker sends what the routes and every audited change queue.
    WebhookDispatcher *m_webhookDispatcher = nullptr; // child
    std::unique_ptr<WebhookService> m_webhookService;
    std::unique_ptr<WebhooksApi> m_webhooksApi;
    std::unique_ptr<LayoutRestore> m_layoutRestore;
    std::unique_ptr<LayoutVersionsApi> m_layoutVersionsApi;
    std::unique_ptr<OpenApi> m_openApi;
    std::unique_ptr<ConflictRecorder> m_conflictRecorder;
    IdempotencyLayer *m_idempotency = nullptr; // child
    SyncMonitor *m_syncMonitor = nullptr; // child
    ConnectionSampler *m_connectionSampler = nullptr; // child
    std::unique_ptr<SyncApi> m_syncApi;
    std::unique_ptr<TaveSimulator> m_taveSimulator; // --demo only
    std::unique_ptr<JobRunner> m_jobRunner;
    std::unique_ptr<ConnectionTestApi> m_connectionTestApi;
    std::unique_ptr<OAuthApi> m_oauthApi;
    Router m_router;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
    bool m_shuttingDown = false;
    // CPU work off the event loop (login's Argon2id); stopped in shutdown before the APIs its
    // finishes call.
    std::unique_ptr<WorkQueue> m_workers;
    std::unique_ptr<ReaderPool> m_readers; // reads for requests, off the event loop
    std::unique_ptr<ReaderPool> m_writers; // sections' writes but creation, off the event loop
};

} // namespace wedsync::server
