#pragma once
// Everything that belongs to one server + account: its local cache and outbox, the screen
// feeds and the screens, and the organizations and weddings for the switcher. Replaced as a
// whole when another account signs in, so nothing of one account leaks into the next.

#include "ConsoleAccess.h"
#include "shell/OrganizationSwitcher.h"

#include <QList>
#include <QObject>

#include <memory>

namespace wedsync {

class ApiClient;
class AuditFeed;
class Clock;
class ConsolePage;
class LocalCache;
class Outbox;
class RealtimeClient;
class SyncHealthFeed;
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

    // Organizations for the switcher: from the cache at once, then from the server.
    void loadOrganizations(const ConsoleAccess &access, bool fromServer);
    void loadWeddings(const QString &organizationId, bool fromServer);
    // Asks each screen's first REST call; a 403 emits accessDenied(pageId).
    void probeAccess(const ConsoleAccess &access);

    Outbox *outbox() const { return m_outbox; }
    SyncHealthFeed *healthFeed() const { return m_health; }
    AuditFeed *auditFeed() const { return m_audit; }
    LocalCache *cache() const { return m_cache.get(); }

Q_SIGNALS:
    void organizationsLoaded(const QList<wedsync::OrganizationSwitcher::Entry> &organizations,
                             bool allowAll);
    void weddingsLoaded(const QString &organizationId,
                        const QList<wedsync::OrganizationSwitcher::Entry> &weddings);
    void accessDenied(const QString &pageId);

private:
    void emitOrganizations(const ConsoleAccess &access);
    void emitWeddings(const QString &organizationId);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    const Clock *m_clock;
    UserPrompts *m_prompts;
    std::unique_ptr<LocalCache> m_cache;
    QString m_cachePath;
    Outbox *m_outbox = nullptr;
    SyncHealthFeed *m_health = nullptr;
    AuditFeed *m_audit = nullptr;
};

} // namespace wedsync
