#pragma once
// Everything that belongs to one server + account: its local cache and outbox, the screen
// feeds and the screens, and the organizations and weddings for the switcher. Replaced as a
// whole when another account signs in, so nothing of one account leaks into the next.

#include "session/ConsoleAccess.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace wedsync {

class ApiClient;
class AuditFeed;
class Clock;
class ConflictFeed;
class ConflictResolutions;
class ConsolePage;
class IntegrationActions;
class IntegrationsFeed;
class LayoutFeed;
class LocalCache;
class OrganizationFeed;
class Outbox;
class OutboxJournal;
class PermissionsApply;
class ReviewDecisions;
class RealtimeClient;
class SupplierFeed;
class AgendaFeed;
class ConfigActions;
class ConfigFeed;
class WebhookFeed;
class CalendarAccountsFeed;
class SyncHealthFeed;
class TierSwitcher;
class UserPrompts;

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(ApiClient *api, RealtimeClient *realtime, const Clock *clock, UserPrompts *prompts,
              QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (or creates) the cache file; false with a message a user can act on.
    bool open(const QString &cachePath, QString *error);
    QString cachePath() const { return m_cachePath; }

    // GET /auth/me as last seen by this account, so a cold start knows which screens to show.
    QJsonObject cachedMe() const;
    void rememberMe(const QJsonObject &me);
    bool hasCachedData() const;

    // New screens for the access given; the caller (the main window) owns them.
    QList<ConsolePage *> createPages(const ConsoleAccess &access);
    void watch(const ConsoleAccess &access);
    void unwatch();

    // Asks each screen's first REST call; a 403 emits accessDenied(pageId).
    void probeAccess(const ConsoleAccess &access);

    Outbox *outbox() const { return m_outbox; }
    // What became of the outbox's edits, for the status bar's notice and its list.
    OutboxJournal *outboxJournal() const { return m_journal; }
    SyncHealthFeed *healthFeed() const { return m_health; }
    AuditFeed *auditFeed() const { return m_audit; }
    LayoutFeed *layoutFeed() const { return m_layout; }
    LayoutFeed *permissionsFeed() const { return m_permissions; }
    ConflictFeed *conflictFeed() const { return m_conflicts; }
    ConflictResolutions *conflictResolutions() const { return m_conflictResolutions; }
    // Organizations and weddings for the switcher.
    OrganizationFeed *organizations() const { return m_organizations; }
    SupplierFeed *supplierFeed() const { return m_suppliers; }
    IntegrationsFeed *integrationsFeed() const { return m_integrations; }
    // Sends review decisions still in their undo time (before signing out).
    void sendPendingDecisions();
    LocalCache *cache() const { return m_cache.get(); }

Q_SIGNALS:
    void accessDenied(const QString &pageId);

private:
    // People and organizations by name: the audit trail's list serves every screen that
    // names them.
    void nameWithAuditNames(QObject *page,
                            const std::function<void(const QHash<QString, QString> &)> &setNames);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    const Clock *m_clock;
    UserPrompts *m_prompts;
    std::unique_ptr<LocalCache> m_cache;
    QString m_cachePath;
    Outbox *m_outbox = nullptr;
    OutboxJournal *m_journal = nullptr;
    SyncHealthFeed *m_health = nullptr;
    AuditFeed *m_audit = nullptr;
    LayoutFeed *m_layout = nullptr;
    LayoutFeed *m_permissions = nullptr; // the permission matrix's own, on the same sections
    PermissionsApply *m_permissionsApply = nullptr;
    ConflictFeed *m_conflicts = nullptr;
    ConflictResolutions *m_conflictResolutions = nullptr;
    OrganizationFeed *m_organizations = nullptr;
    SupplierFeed *m_suppliers = nullptr;
    AgendaFeed *m_agenda = nullptr;
    ConfigFeed *m_config = nullptr;
    ConfigActions *m_configActions = nullptr;
    WebhookFeed *m_webhooks = nullptr;
    CalendarAccountsFeed *m_calendarAccounts = nullptr;
    ReviewDecisions *m_reviewDecisions = nullptr;
    TierSwitcher *m_tierSwitcher = nullptr;
    IntegrationsFeed *m_integrations = nullptr;
    IntegrationActions *m_integrationActions = nullptr;
};

} // namespace wedsync
