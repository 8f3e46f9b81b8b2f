#include "ServerApp.h"

#include "WebhookRecords.h"
#include "api/AppointmentService.h"
#include "api/AppointmentsApi.h"
#include "api/AuditApi.h"
#include "api/AuthApi.h"
#include "api/AuthService.h"
#include "api/Authenticator.h"
#include "api/CalendarAccountsApi.h"
#include "api/CalendarOAuthApi.h"
#include "api/ComplianceApi.h"
#include "api/ComplianceService.h"
#include "api/ConfigApi.h"
#include "api/ConfigChangeRequestService.h"
#include "api/ConfigGovernanceApi.h"
#include "api/ConfigPropagator.h"
#include "api/ConfigService.h"
#include "api/CrmJobsApi.h"
#include "api/HealthApi.h"
#include "api/IntegrationService.h"
#include "api/IntegrationsApi.h"
#include "api/IntegrityApi.h"
#include "api/LayoutRestore.h"
#include "api/LayoutVersionsApi.h"
#include "api/OpenApi.h"
#include "api/OperatorCache.h"
#include "api/OrganizationsApi.h"
#include "api/PermissionService.h"
#include "api/PermissionsApi.h"
#include "api/RealtimeAccess.h"
#include "api/SectionService.h"
#include "api/SectionsApi.h"
#include "api/WebhookService.h"
#include "api/WebhooksApi.h"
#include "auth/ConfigSecrets.h"
#include "auth/IntegrationCredentials.h"
#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/SecretBox.h"
#include "auth/SigningKey.h"
#include "calendar/CalendarSyncRunner.h"
#include "common/WorkQueue.h"
#include "demo/DemoData.h"
#include "demo/DemoIntegrations.h"
#include "demo/DemoWebhooks.h"
#include "demo/TaveSimulator.h"
#include "fanout/PostgresFanOut.h"
#include "http/HttpServer.h"
#include "jobs/ConnectionTestApi.h"
#include "jobs/JobRunner.h"
#include "jobs/OAuthApi.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeTopic.h"
#include "storage/AccessChanges.h"
#include "storage/AppointmentRepository.h"
#include "storage/ConfigPlainSecrets.h"
#include "storage/Database.h"
#include "storage/DatabaseReconnector.h"
#include "storage/LoginThrottleRepository.h"
#include "storage/Migrations.h"
#include "storage/ReaderPool.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/WebhookDeliveryRepository.h"
#include "sync/ConflictRecorder.h"
#include "sync/ConnectionSampler.h"
#include "sync/IdempotencyLayer.h"
#include "sync/SyncApi.h"
#include "sync/SyncMonitor.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookSettings.h"

#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ServerApp::ServerApp(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_hasher(std::make_unique<PasswordHasher>())
{ }

ServerApp::~ServerApp()
{
    // Job workers finish their page and put their job back to pending, before anything they
    // report to goes.
    m_jobRunner.reset();
    // Attempts in flight are dropped; their deliveries' claims run out and they are retried.
    delete m_webhookDispatcher;
    m_webhookDispatcher = nullptr;
    m_calendarRunner.reset();
    // Workers' results come back to the APIs: let them finish first. Readers use the APIs'
    // caches and answer through the HTTP server.
    m_readers.reset();
    m_writers.reset();
    // What the writers committed last is published while the hub is still there.
    m_changeNotifier.publishWaiting();
    m_workers.reset();
    // Stop taking requests before the database and the APIs go away.
    delete m_http;
    m_http = nullptr;
    // The hub's sockets and authorizer use the database: they go first.
    m_changeNotifier.setPublisher(nullptr);
    m_changeNotifier.setConfigurationObserver(nullptr);
    delete m_syncMonitor; // uses the hub
    m_syncMonitor = nullptr;
    delete m_connectionSampler;
    m_connectionSampler = nullptr;
    m_realtimeHub.reset();
}

Status ServerApp::openDatabase()
{
    auto db = Database::open(m_options.database);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    if (m_db->dialect() == Database::Dialect::Postgresql)
        m_reconnector = std::make_unique<DatabaseReconnector>(*m_db);
    Migrations migrations(*m_db, schemaMigrations());
    auto applied = migrations.apply();
    if (!applied)
        return applied.error();
    // Weddings stored before appointments existed get their wedding day now (once).
    if (auto days = AppointmentRepository(*m_db, m_clock).ensureWeddingDays(); !days)
        return days.error();
    if (auto key = loadSecretKey(); !key)
        return key;
    // Secrets an older server left in plain text are sealed before anything reads them.
    auto plain = sealPlainConfigSecrets(*m_db, *m_configSecrets);
    if (!plain)
        return plain.error();
    if (plain->sealed > 0)
        qInfo("Sealed the configuration secrets of %d row(s) stored in plain text by an older "
              "server.",
              plain->sealed);
    if (plain->left > 0)
        qWarning("%d configuration row(s) hold secrets in plain text that this processor cannot "
                 "encrypt (no AES-GCM); they stay so until the server runs on one with AES-NI.",
                 plain->left);
    if (m_options.demo) {
        // Argon2id at its cheapest for the fixed, public demo password: seeding stays quick,
        // and a real login re-hashes with the full cost (PasswordHasher::needsRehash).
        const PasswordHasher demoHasher(PasswordHasher::fastCost());
        DemoData demo(*m_db, m_clock, demoHasher, m_credentials.get(), m_configSecrets.get());
        auto seeded = demo.seedIfEmpty();
        if (!seeded)
            return seeded.error();
        if (seeded.value()) {
            if (auto hooks = seedDemoWebhooks(*m_db, m_clock, m_secretBox.get()); !hooks)
                return hooks;
        }
    }
    return ok();
}

Status ServerApp::loadSigningKey()
{
    auto key = SigningKey::loadOrCreate(m_options.signingKeyPath);
    if (!key)
        return Error {key.error().code,
                      u"Signing key %1: %2"_s.arg(m_options.signingKeyPath, key.error().message),
                      {}};
    m_jwt = std::make_unique<JwtCodec>(std::move(key).value(), m_clock);
    return ok();
}

Status ServerApp::loadSecretKey()
{
    auto box = SecretBox::loadOrCreate(m_options.secretKeyPath);
    if (box) {
        m_secretBox = std::make_unique<SecretBox>(std::move(box).value());
    } else if (box.error().code == u"aes_gcm_unavailable"_s) {
        // The server still runs; storing a CRM's or a setting's secret is refused with a reason.
        qWarning("Secrets (CRM credentials, provider keys in settings) cannot be stored: %s",
                 qPrintable(box.error().message));
    } else {
        return Error {box.error().code,
                      u"Secret key %1: %2"_s.arg(m_options.secretKeyPath, box.error().message),
                      {}};
    }
    m_credentials = std::make_unique<IntegrationCredentials>(m_secretBox.get());
    m_configSecrets = std::make_unique<ConfigSecrets>(m_secretBox.get());
    return ok();
}

Status ServerApp::startRealtime()
{
    m_realtimeAccess = std::make_unique<RealtimeAccess>(*m_db, *m_jwt, m_clock);
    RealtimeSettings realtime;
    realtime.maxConnectionsPerUser = m_options.socketsPerUser;
    m_realtimeHub = std::make_unique<RealtimeHub>(*m_realtimeAccess, m_clock, realtime);
    // Committed row changes of the API reach postgres_changes subscribers, right after the
    // answer of the write that committed them is out.
    m_changeNotifier.setPublisher(m_realtimeHub.get());
    m_changeNotifier.deferTo(this);
    if (m_db->dialect() == Database::Dialect::Postgresql) {
        // Every instance on this database shares topics, sequence numbers and replay.
        auto fanOut = PostgresFanOut::open(m_options.database, m_clock, m_realtimeHub->settings());
        if (!fanOut)
            return Error {
                fanOut.error().code, u"Realtime fan-out: "_s + fanOut.error().message, {}};
        m_realtimeFanOut = std::move(fanOut).value();
        m_realtimeHub->setFanOut(m_realtimeFanOut.get());
    } else {
        // Revocations close live channels at once (PostgreSQL tells through the fan-out).
        m_accessChanges = std::make_unique<AccessChangeWatcher>(*m_db);
        connect(m_accessChanges.get(), &AccessChangeWatcher::accessChanged, m_realtimeHub.get(),
                &RealtimeHub::revalidateUser);
    }
    // The same reports make the operator cache forget a caller whose access changed, and it
    // asks for what has arrived before each lookup: the next request sees the change.
    m_operatorCache = std::make_unique<OperatorCache>(m_clock);
    const auto forget = [cache = m_operatorCache.get()](const QString &userId) {
        cache->forgetUser(userId);
    };
    if (m_realtimeFanOut) {
        connect(m_realtimeFanOut.get(), &PostgresFanOut::accessChanged, this, forget);
        connect(m_realtimeFanOut.get(), &PostgresFanOut::listeningReopened, this,
                [cache = m_operatorCache.get()] { cache->clear(); });
        m_operatorCache->setCatchUp(
            [fanOut = m_realtimeFanOut.get()] { fanOut->takePendingNotifications(); });
    } else {
        connect(m_accessChanges.get(), &AccessChangeWatcher::accessChanged, this, forget);
        m_operatorCache->setCatchUp([watcher = m_accessChanges.get()] { watcher->poll(); });
    }
    return ok();
}

RealtimePublisher *ServerApp::realtimePublisher() const
{
    return m_realtimeHub.get();
}

void ServerApp::shutDown(int graceMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_changeNotifier.publishWaiting(); // what committed is told before the clients go
    if (!m_realtimeHub || m_realtimeHub->connectionCount() == 0) {
        QTimer::singleShot(0, this, &ServerApp::shutDownFinished);
        return;
    }
    // Clients get "Server requested disconnect" and a close frame; waiting for their answers
    // lets the frames leave before the process does.
    connect(m_realtimeHub.get(), &RealtimeHub::connectionCountChanged, this, [this](int count) {
        if (count == 0)
            Q_EMIT shutDownFinished();
    });
    QTimer::singleShot(graceMs, this, &ServerApp::shutDownFinished);
    m_realtimeHub->closeAll();
}

void ServerApp::registerRoutes()
{
    m_throttle = std::make_unique<LoginThrottle>(m_clock);
    m_throttleStore = std::make_unique<LoginThrottleRepository>(*m_db);
    m_throttle->setStore(m_throttleStore.get());
    m_authenticator = std::make_unique<Authenticator>(*m_db, *m_jwt, m_clock);
    m_authenticator->setCache(m_operatorCache.get());
    m_authService = std::make_unique<AuthService>(*m_db, m_clock, *m_hasher, *m_jwt, *m_throttle);
    m_router.setGuard([this](const Route &route, ApiRequest &request) {
        return m_authenticator->guard(route, request);
    });
    m_conflictRecorder = std::make_unique<ConflictRecorder>(*m_db, m_clock);
    m_idempotency = new IdempotencyLayer(*m_db, m_clock, m_changeNotifier, this);
    m_idempotency->setConflictRecorder(m_conflictRecorder.get());
    SyncSettings sync;
    sync.staleGraceSecs = m_options.syncGraceSecs;
    m_syncMonitor = new SyncMonitor(*m_db, m_clock, *m_realtimeHub, m_changeNotifier, sync, this);
    m_changeNotifier.setConfigurationObserver(m_syncMonitor);
    m_conflictRecorder->setOnCommitted([this](const QStringList &organizations) {
        for (const QString &organizationId : organizations)
            m_syncMonitor->refreshTenant(organizationId);
    });
    m_connectionSampler
        = new ConnectionSampler(*m_db, m_clock, *m_realtimeHub, m_syncMonitor->settings(), this);
    m_router.setRunner([this](const Route &route, ApiRequest &request) {
        return m_idempotency->run(route, request);
    });

    m_health = std::make_unique<HealthApi>(*m_db);
    m_health->registerRoutes(m_router);
    m_workers = std::make_unique<WorkQueue>(QThread::idealThreadCount());
    m_authApi = std::make_unique<AuthApi>(*m_authService, *m_authenticator);
    m_authApi->setWorkers(m_workers.get());
    m_authApi->registerRoutes(m_router);
    if (const int readers = m_options.readThreadCount(); readers > 0)
        m_readers = std::make_unique<ReaderPool>(m_options.database, readers);
    m_organizationsApi = std::make_unique<OrganizationsApi>(*m_db, m_clock);
    m_organizationsApi->setReaders(m_readers.get());
    m_organizationsApi->registerRoutes(m_router);
    m_sectionService = std::make_unique<SectionService>(*m_db, m_clock, m_changeNotifier);
    m_sectionsApi = std::make_unique<SectionsApi>(*m_sectionService, *m_db, m_clock);
    m_sectionsApi->setReaders(m_readers.get());
    if (const int writers = m_options.writeThreadCount(); writers > 0)
        m_writers
            = std::make_unique<ReaderPool>(m_options.database, writers, ReaderPool::Rerun::Never);
    m_sectionsApi->setWriters(m_writers.get());
    m_sectionsApi->registerRoutes(m_router);
    m_permissionService = std::make_unique<PermissionService>(*m_db, m_clock);
    m_permissionsApi
        = std::make_unique<PermissionsApi>(*m_sectionService, *m_permissionService, *m_db, m_clock);
    m_permissionsApi->registerRoutes(m_router);
    m_integrityApi = std::make_unique<IntegrityApi>(*m_permissionService, *m_db, m_clock);
    m_integrityApi->registerRoutes(m_router);
    m_auditApi = std::make_unique<AuditApi>(*m_db, m_clock);
    m_auditApi->setReaders(m_readers.get());
    m_auditApi->registerRoutes(m_router);
    m_complianceService = std::make_unique<ComplianceService>(*m_db, m_clock, m_changeNotifier);
    m_complianceApi = std::make_unique<ComplianceApi>(*m_complianceService, *m_db, m_clock);
    m_complianceApi->setReaders(m_readers.get());
    m_complianceApi->registerRoutes(m_router);
    m_layoutRestore = std::make_unique<LayoutRestore>(*m_db, m_clock, m_changeNotifier);
    m_layoutVersionsApi = std::make_unique<LayoutVersionsApi>(*m_layoutRestore, *m_db, m_clock);
    m_layoutVersionsApi->setReaders(m_readers.get());
    m_layoutVersionsApi->registerRoutes(m_router);
    m_appointmentService = std::make_unique<AppointmentService>(*m_db, m_clock, m_changeNotifier);
    m_appointmentsApi = std::make_unique<AppointmentsApi>(*m_appointmentService, *m_db, m_clock);
    m_appointmentsApi->setReaders(m_readers.get());
    m_appointmentsApi->registerRoutes(m_router);
    m_configPropagator
        = std::make_unique<ConfigPropagator>(*m_db, m_clock, *m_configSecrets, m_changeNotifier);
    m_configService = std::make_unique<ConfigService>(*m_db, m_clock, *m_configSecrets,
                                                      m_changeNotifier, *m_configPropagator);
    m_configRequests = std::make_unique<ConfigChangeRequestService>(
        *m_db, m_clock, m_changeNotifier, *m_configService);
    m_configApi = std::make_unique<ConfigApi>(*m_configService, *m_db, m_clock);
    m_configApi->registerRoutes(m_router);
    m_configGovernanceApi = std::make_unique<ConfigGovernanceApi>(
        *m_configService, *m_configRequests, *m_db, m_clock);
    m_configGovernanceApi->registerRoutes(m_router);
    m_syncApi = std::make_unique<SyncApi>(*m_syncMonitor, *m_connectionSampler, m_changeNotifier,
                                          *m_sectionService, *m_db, m_clock);
    m_syncApi->setReaders(m_readers.get());
    m_syncApi->registerRoutes(m_router);
    m_integrationService
        = std::make_unique<IntegrationService>(*m_db, m_clock, m_changeNotifier, *m_credentials);
    m_integrationsApi = std::make_unique<IntegrationsApi>(*m_integrationService, *m_db, m_clock);
    m_integrationsApi->registerRoutes(m_router);
    m_crmJobsApi
        = std::make_unique<CrmJobsApi>(*m_integrationService, *m_db, m_clock, m_changeNotifier);
    m_crmJobsApi->setReaders(m_readers.get());
    m_crmJobsApi->registerRoutes(m_router);
    // Sync jobs and connection tests run on the job runner's workers (started by startJobs()).
    JobRunnerSettings jobs;
    jobs.maxJobs = m_options.maxJobs;
    if (m_options.crmRateLimit)
        jobs.rateLimitOverride
            = RateLimiter::Limit {m_options.crmRateLimit->first, m_options.crmRateLimit->second};
    m_jobRunner = std::make_unique<JobRunner>(*m_db, m_clock, m_realtimeHub.get(),
                                              m_credentials.get(), jobs);
    m_jobRunner->setChangeNotifier(&m_changeNotifier);
    m_jobRunner->onConflictsFiled = [this](const QString &organizationId) {
        m_syncMonitor->refreshTenant(organizationId);
    };
    m_integrationService->onJobQueued = [runner = m_jobRunner.get()] {
        runner->wake();
    };
    m_connectionTestApi
        = std::make_unique<ConnectionTestApi>(*m_integrationService, *m_jobRunner, *m_db, m_clock);
    m_connectionTestApi->registerRoutes(m_router);
    m_oauthApi = std::make_unique<OAuthApi>(*m_integrationService, *m_jobRunner, *m_db, m_clock,
                                            *m_credentials);
    m_oauthApi->registerRoutes(m_router);
    m_webhookDispatcher = new WebhookDispatcher(
        *m_db, m_clock, m_secretBox.get(),
        WebhookSettings::fromEnvironment(m_options.allowPrivateWebhooks), this);
    m_webhookService = std::make_unique<WebhookService>(
        *m_db, m_clock, m_changeNotifier, m_secretBox.get(), m_webhookDispatcher->guard());
    m_webhookService->onQueued = [dispatcher = m_webhookDispatcher] {
        dispatcher->wake();
    };
    // Each attempt's outcome reaches the organization's admins live (the Webhooks tab), as
    // the deliveries route would answer it: the same readers (canReadOperations).
    connect(m_webhookDispatcher, &WebhookDispatcher::attemptFinished, this,
            [this](const webhooks::Delivery &attempted) {
                auto found
                    = WebhookDeliveryRepository(*m_db, m_clock)
                          .find(attempted.organizationId, attempted.endpointId, attempted.id);
                if (!found || !found->has_value() || !m_realtimeHub)
                    return;
                (void)m_realtimeHub->broadcastFromServer(
                    RealtimeTopic::tenantAdmins(attempted.organizationId).name(),
                    u"webhook_delivery"_s, webhooks::toJson(found->value()));
            });
    m_webhooksApi = std::make_unique<WebhooksApi>(*m_webhookService, *m_db, m_clock);
    m_webhooksApi->setReaders(m_readers.get());
    m_webhooksApi->registerRoutes(m_router);
    m_calendarRunner = std::make_unique<CalendarSyncRunner>(*m_db, m_clock, m_secretBox.get(),
                                                            m_realtimeHub.get(), m_options.database,
                                                            m_calendarClients);
    m_calendarAccountsApi = std::make_unique<CalendarAccountsApi>(*m_db, m_clock, m_secretBox.get(),
                                                                  m_calendarRunner.get());
    m_calendarAccountsApi->registerRoutes(m_router);
    m_calendarOAuthApi = std::make_unique<CalendarOAuthApi>(*m_db, m_clock, m_secretBox.get(),
                                                            m_calendarRunner.get());
    m_calendarOAuthApi->registerRoutes(m_router);
    m_openApi = std::make_unique<OpenApi>(m_router);
    m_openApi->registerRoutes(m_router);
}

Status ServerApp::start()
{
    if (!m_options.googleClientFile.isEmpty()) {
        auto google = GoogleClient::fromFile(m_options.googleClientFile);
        if (!google)
            return google.error();
        m_calendarClients.google = google.value();
    }
    if (!m_options.googleApiUrl.isEmpty())
        m_calendarClients.google.apiUrl = QUrl(m_options.googleApiUrl);
    if (!m_options.microsoftClientFile.isEmpty()) {
        auto microsoft = MicrosoftClient::fromFile(m_options.microsoftClientFile);
        if (!microsoft)
            return microsoft.error();
        m_calendarClients.microsoft = microsoft.value();
    }
    if (!m_options.microsoftApiUrl.isEmpty())
        m_calendarClients.microsoft.apiUrl = QUrl(m_options.microsoftApiUrl);
    // Database first: an unreachable one must fail before anything is created on disk.
    if (auto opened = openDatabase(); !opened)
        return opened;
    if (auto key = loadSigningKey(); !key)
        return key;
    if (auto realtime = startRealtime(); !realtime)
        return realtime;
    registerRoutes();
    if (auto jobs = startJobs(); !jobs)
        return jobs;
    m_http = new HttpServer(m_router, this);
    // While PostgreSQL is away, failures answer 503 with Retry-After (never stale data).
    m_http->setOutageCheck([this]() -> std::optional<int> {
        return m_reconnector ? m_reconnector->retryAfterSecs() : std::nullopt;
    });
    // The requests read in one turn look their callers up after one catch-up with the access
    // changes (on PostgreSQL a round trip on the listening connection), not one each.
    m_http->setBatch([cache = m_operatorCache.get()](const std::function<void()> &handleAll) {
        const OperatorCache::CaughtUp once(*cache);
        handleAll();
    });
    // Only this path upgrades; the hub checks the token and the serializer version itself.
    m_http->acceptWebSocketsOn(u"/realtime/v1/websocket"_s);
    m_http->setLimits(m_options.connectionLimits);
    connect(m_http, &QAbstractHttpServer::newWebSocketConnection, m_realtimeHub.get(), [this] {
        // Handed over in this slot, before any frame can arrive unheard.
        while (m_http->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
            QTcpSocket *tcp = socket ? m_http->takeUpgradedSocket(*socket) : nullptr;
            m_realtimeHub->addConnection(std::move(socket), tcp);
        }
    });
    auto port = m_http->listenOn(m_options.listenAddress, m_options.port);
    if (!port)
        return port.error();
    m_port = port.value();
    return ok();
}

Status ServerApp::startJobs()
{
    if (m_options.demo) {
        // Evergreen's Táve integration talks to a simulator on a loopback port of this process,
        // holding the contacts the demo's first import brought in.
        m_taveSimulator = std::make_unique<TaveSimulator>();
        m_taveSimulator->setApiKey(DemoIntegrations::taveApiKey());
        SqlQuery clients(*m_db,
                         u"SELECT external_id, fields, created_at FROM crm_clients"
                         " WHERE integration_id = :id ORDER BY created_at, id"_s);
        clients.bind(u":id"_s, DemoIntegrations::taveIntegrationId());
        if (auto read = clients.exec(u"reading the demo's Táve clients"_s); !read)
            return read;
        while (clients.next()) {
            m_taveSimulator->addContactFromClient(clients.text(0),
                                                  sql::toJsonObject(clients.value(1)),
                                                  sql::toDateTime(clients.value(2)));
        }
        auto port = m_taveSimulator->listen();
        if (!port)
            return Error {port.error().code, u"Táve simulator: "_s + port.error().message, {}};
        SqlQuery point(*m_db, u"UPDATE integrations SET base_url = :url WHERE id = :id"_s);
        point.bind(u":url"_s, m_taveSimulator->baseUrl())
            .bind(u":id"_s, DemoIntegrations::taveIntegrationId());
        if (auto pointed = point.exec(u"pointing the demo Táve integration at its simulator"_s);
            !pointed)
            return pointed;
        m_jobRunner->setTaveBaseUrl(m_taveSimulator->baseUrl());
    }
    m_webhookDispatcher->start();
    m_calendarRunner->start();
    return m_jobRunner->start();
}

QString ServerApp::baseUrl() const
{
    return u"http://%1:%2"_s.arg(m_options.listenHost).arg(m_port);
}

} // namespace wedsync::server
