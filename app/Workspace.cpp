#include "Workspace.h"

#include "api/ApiClient.h"
#include "audit/AuditPage.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "cache/OutboxJournal.h"
#include "calendar/AgendaFeed.h"
#include "calendar/CalendarAccountActions.h"
#include "calendar/CalendarAccountsFeed.h"
#include "calendar/CalendarsPage.h"
#include "compliance/ReviewDecisions.h"
#include "compliance/SupplierFeed.h"
#include "compliance/TierSwitcher.h"
#include "config/ConfigActions.h"
#include "config/ConfigFeed.h"
#include "config/ConfigurationPage.h"
#include "conflicts/ConflictFeed.h"
#include "conflicts/ConflictResolutions.h"
#include "conflicts/ConflictsPage.h"
#include "dashboard/SyncDashboardPage.h"
#include "feeds/AuditFeed.h"
#include "feeds/OrganizationFeed.h"
#include "feeds/SyncHealthFeed.h"
#include "integrations/ConnectionDraft.h"
#include "integrations/FileImportRun.h"
#include "integrations/IntegrationActions.h"
#include "integrations/IntegrationsFeed.h"
#include "integrations/IntegrationsPage.h"
#include "integrations/WebhookFeed.h"
#include "integrations/WebhooksPanel.h"
#include "layout/LayoutFeed.h"
#include "layout/LayoutPage.h"
#include "layout/PermissionsApply.h"
#include "permissions/PermissionsPage.h"
#include "suppliers/SuppliersPage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
const QString MeKey = u"console.me"_s;
} // namespace

Workspace::Workspace(ApiClient *api, RealtimeClient *realtime, const Clock *clock,
                     UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_clock(clock)
    , m_prompts(prompts)
{ }

Workspace::~Workspace()
{
    // The feeds and the outbox use the cache: they go first.
    delete m_health;
    delete m_audit;
    delete m_layout;
    delete m_permissions;
    delete m_conflictResolutions;
    delete m_conflicts;
    delete m_journal;
    delete m_outbox;
    delete m_organizations;
    delete m_reviewDecisions; // sends a decision still waiting
    delete m_tierSwitcher;
    delete m_suppliers;
    delete m_integrationActions;
    delete m_integrations;
    m_cache.reset();
}

bool Workspace::open(const QString &cachePath, QString *error)
{
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    m_cache = std::make_unique<LocalCache>(u"wedsync-cache-"_s
                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Result<bool> opened = m_cache->open(cachePath);
    if (!opened) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    m_cachePath = cachePath;
    m_outbox = new Outbox(m_cache.get(), m_api, this);
    m_journal = new OutboxJournal(m_outbox, this);
    m_health = new SyncHealthFeed(m_api, m_realtime, m_cache.get(), m_clock, this);
    m_audit = new AuditFeed(m_api, m_realtime, m_cache.get(), this);
    m_organizations = new OrganizationFeed(m_api, m_cache.get(), this);
    m_layout = new LayoutFeed(m_api, m_realtime, m_cache.get(), m_outbox, this);
    m_permissions = new LayoutFeed(m_api, m_realtime, m_cache.get(), m_outbox, this);
    m_permissionsApply = new PermissionsApply(m_api, this);
    m_conflicts = new ConflictFeed(m_api, m_realtime, m_cache.get(), m_outbox, this);
    m_conflictResolutions = new ConflictResolutions(m_api, m_conflicts, this);
    m_suppliers = new SupplierFeed(m_api, m_realtime, m_cache.get(), this);
    m_reviewDecisions = new ReviewDecisions(m_api, this);
    m_tierSwitcher = new TierSwitcher(m_api, this);
    m_integrations = new IntegrationsFeed(m_api, m_realtime, m_cache.get(), this);
    m_integrationActions = new IntegrationActions(m_api, this);
    m_agenda = new AgendaFeed(m_api, m_realtime, m_cache.get(), this);
    m_config = new ConfigFeed(m_api, m_realtime, this);
    m_webhooks = new WebhookFeed(m_api, m_realtime, m_cache.get(), this);
    m_configActions = new ConfigActions(m_api, this);
    m_calendarAccounts = new CalendarAccountsFeed(m_api, m_realtime, this);
    return true;
}

QJsonObject Workspace::cachedMe() const
{
    return QJsonDocument::fromJson(m_cache->value(MeKey).toUtf8()).object();
}

void Workspace::rememberMe(const QJsonObject &me)
{
    m_cache->setValue(MeKey, QString::fromUtf8(QJsonDocument(me).toJson(QJsonDocument::Compact)));
}

bool Workspace::hasCachedData() const
{
    return m_cache && !m_cache->value(MeKey).isEmpty();
}

void Workspace::nameWithAuditNames(
    QObject *page, const std::function<void(const QHash<QString, QString> &)> &setNames)
{
    connect(m_audit, &AuditFeed::namesChanged, page, setNames);
    if (m_audit->names().isEmpty())
        m_audit->loadCachedNames();
    if (m_audit->names().isEmpty())
        m_audit->loadNames();
    else
        setNames(m_audit->names());
}

QList<ConsolePage *> Workspace::createPages(const ConsoleAccess &access)
{
    // Only the screens that exist; the others of the access table are still to come.
    QList<ConsolePage *> pages;
    for (ConsoleScreen screen : access.screens()) {
        switch (screen) {
        case ConsoleScreen::SyncHealth: {
            auto *health = new SyncDashboardPage(m_health, m_prompts, m_clock);
            nameWithAuditNames(health, [health](const QHash<QString, QString> &names) {
                health->setPeopleNames(names);
            });
            pages.append(health);
            break;
        }
        case ConsoleScreen::Audit: {
            auto *audit = new AuditPage(m_audit, m_prompts);
            connect(m_organizations, &OrganizationFeed::weddingsLoaded, audit,
                    &AuditPage::setWeddings);
            pages.append(audit);
            break;
        }
        case ConsoleScreen::LayoutEditor: {
            auto *layout = new LayoutPage(m_layout, m_prompts);
            // Support staff look; coordinators change layout and content, not who sees what.
            layout->setAccess(access.kind == OperatorKind::Support,
                              access.kind != OperatorKind::Coordinator);
            connect(m_organizations, &OrganizationFeed::weddingsLoaded, layout,
                    &LayoutPage::setWeddings);
            pages.append(layout);
            break;
        }
        case ConsoleScreen::Permissions: {
            auto *permissions = new PermissionsPage(m_permissions, m_permissionsApply, m_prompts);
            if (access.kind == OperatorKind::Support)
                permissions->setAccess(true,
                                       tr("Read-only: support staff can look at "
                                          "permissions but never change them."));
            else if (access.kind == OperatorKind::Coordinator)
                permissions->setAccess(true,
                                       tr("Read-only: only the organization's admins "
                                          "change who sees what; coordinators read it."));
            connect(m_organizations, &OrganizationFeed::weddingsLoaded, permissions,
                    &PermissionsPage::setWeddings);
            pages.append(permissions);
            break;
        }
        case ConsoleScreen::ConflictCenter: {
            auto *conflicts
                = new ConflictsPage(m_conflicts, m_conflictResolutions, m_prompts, m_clock);
            nameWithAuditNames(conflicts, [conflicts](const QHash<QString, QString> &names) {
                conflicts->setDisplayNames(names);
            });
            pages.append(conflicts);
            break;
        }
        case ConsoleScreen::Suppliers: {
            auto *suppliers
                = new SuppliersPage(m_suppliers, m_reviewDecisions, m_tierSwitcher, m_prompts);
            const bool admin = access.kind == OperatorKind::PlatformAdmin
                || access.kind == OperatorKind::OrganizationAdmin;
            if (access.kind == OperatorKind::Support)
                suppliers->setAccess(false, false,
                                     tr("Read-only: support staff read supplier compliance; the "
                                        "organization's coordinators and admins review it."));
            else
                suppliers->setAccess(true, admin, {});
            if (access.organizationIds.size() == 1)
                suppliers->setDefaultOrganization(access.organizationIds.constFirst());
            if (access.mayOpen(ConsoleScreen::Audit))
                nameWithAuditNames(suppliers, [suppliers](const QHash<QString, QString> &names) {
                    suppliers->setDisplayNames(names);
                });
            pages.append(suppliers);
            break;
        }
        case ConsoleScreen::Integrations: {
            auto *integrations = new IntegrationsPage(
                m_integrations, m_integrationActions,
                [api = m_api](QObject *parent) { return new ConnectionDraft(api, parent); },
                [api = m_api](QObject *parent) { return new FileImportRun(api, parent); },
                m_prompts);
            const bool admin = access.kind == OperatorKind::PlatformAdmin
                || access.kind == OperatorKind::OrganizationAdmin;
            const bool support = access.kind == OperatorKind::Support;
            QString readOnly;
            if (support)
                readOnly = tr("Support staff read the connections and may retry a failed job; "
                              "the organization's admins change them.");
            else if (!admin)
                readOnly = tr("Read-only: the organization's admins connect and change CRMs.");
            // Coordinators may not join the admin topic: they see running jobs by polling.
            integrations->setAccess(admin, admin || support, admin || access.platformStaff,
                                    readOnly);
            // Outgoing webhooks: admins manage them, support reads; coordinators do not see them.
            if (admin || support) {
                auto *webhooks = new WebhooksPanel(m_webhooks, m_prompts);
                webhooks->setWritable(admin);
                integrations->addWebhooks(webhooks);
            }
            if (access.organizationIds.size() == 1)
                integrations->setDefaultOrganization(access.organizationIds.constFirst());
            pages.append(integrations);
            break;
        }
        case ConsoleScreen::Calendars: {
            auto *calendars = new CalendarsPage(
                m_agenda, m_calendarAccounts,
                [api = m_api](QObject *parent) { return new CalendarAccountActions(api, parent); },
                m_prompts);
            if (access.organizationIds.size() == 1)
                calendars->setDefaultOrganization(access.organizationIds.constFirst());
            pages.append(calendars);
            break;
        }
        case ConsoleScreen::Configuration: {
            auto *configuration = new ConfigurationPage(m_config, m_configActions, m_prompts);
            const bool writer = access.kind == OperatorKind::PlatformAdmin
                || access.kind == OperatorKind::OrganizationAdmin;
            configuration->setAccess(access.platformStaff, writer,
                                     tr("Read-only: support staff read every level's settings "
                                        "and why; admins change them."));
            if (access.organizationIds.size() == 1)
                configuration->setDefaultOrganization(access.organizationIds.constFirst());
            pages.append(configuration);
            break;
        }
        }
    }
    return pages;
}

void Workspace::watch(const ConsoleAccess &access)
{
    if (access.mayOpen(ConsoleScreen::SyncHealth))
        m_health->watch(access.platformStaff, access.organizationIds);
    if (access.mayOpen(ConsoleScreen::Audit))
        m_audit->watch(access.platformStaff, access.organizationIds);
    if (access.mayOpen(ConsoleScreen::ConflictCenter))
        m_conflicts->watch(access.platformStaff, access.organizationIds);
    // Submissions to review reach the organizations' reviewers, not platform staff.
    if (access.mayOpen(ConsoleScreen::Suppliers) && !access.platformStaff)
        m_suppliers->watchSubmissions(access.organizationIds);
    // A reviewer of one organization sees the queue's count in the sidebar from the start.
    if (access.mayOpen(ConsoleScreen::Suppliers) && access.organizationIds.size() == 1)
        m_suppliers->open(access.organizationIds.constFirst());
    // Calendar accounts are each operator's own: their channel is theirs alone.
    if (access.mayOpen(ConsoleScreen::Calendars))
        m_calendarAccounts->watch(access.userId);
}

void Workspace::sendPendingDecisions()
{
    m_reviewDecisions->sendNow();
}

void Workspace::unwatch()
{
    m_health->unwatch();
    m_audit->unwatch();
    m_conflicts->unwatch();
    m_suppliers->unwatchSubmissions();
    m_calendarAccounts->watch({});
}

void Workspace::probeAccess(const ConsoleAccess &access)
{
    const auto probe = [this](ApiReply *reply, const QString &pageId) {
        connect(reply, &ApiReply::finished, this, [this, reply, pageId] {
            reply->deleteLater();
            if (reply->status() == 403)
                Q_EMIT accessDenied(pageId);
        });
    };
    if (access.mayOpen(ConsoleScreen::SyncHealth))
        probe(m_api->syncHealth(), consoleScreenPageId(ConsoleScreen::SyncHealth));
    if (access.mayOpen(ConsoleScreen::Audit)) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        probe(m_api->audit(query), consoleScreenPageId(ConsoleScreen::Audit));
    }
}

} // namespace wedsync
