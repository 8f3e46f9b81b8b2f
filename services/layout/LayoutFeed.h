#pragma once
// What the layout editor is fed from and saves through, for one dashboard (an organization's
// default layout, or one wedding's): the sections from the local cache at once and then from
// the server; other operators' saves live (section_configurations row changes on the
// dashboard's topic, "org:<id>" or "wedding:<id>"); who else has the dashboard open and which
// tile they are on (broadcasts on the same topic); saves that send only what changed, step by
// step, through the outbox when the server cannot be reached; and the layout's versions.

#include "LayoutSavePlan.h"
#include "PermissionEngine.h"
#include "SectionConfig.h"
#include "api/ApiError.h"
#include "presence/SelectionPresence.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace wedsync {

class ApiClient;
class ApiReply;
class LocalCache;
class Outbox;
class RealtimeChannel;
class RealtimeClient;
class LayoutSaveRun;
struct RowChange;

struct LayoutVersionItem
{
    qint64 version = 0;
    QDateTime createdAt; // UTC
    QString authorId;
    QString authorName;
    QString summary;
};

// PresentPeer (another operator with the same dashboard open) is in presence/SelectionPresence.h.

class LayoutFeed : public QObject
{
    Q_OBJECT
public:
    // `cache` and `outbox` must be open and outlive the feed.
    LayoutFeed(ApiClient *api, RealtimeClient *realtime, LocalCache *cache, Outbox *outbox,
               QObject *parent = nullptr);
    ~LayoutFeed() override;

    // Who this console is, for presence and for the outbox's entries.
    void setOperator(const QString &userId, const QString &label);

    // Opens one dashboard (empty weddingId: the organization's default): loaded(…, true) from
    // the cache at once when it has the dashboard, then loaded(…, false) from the server;
    // joins its topic for live changes and presence. An earlier dashboard is closed.
    void open(const QString &organizationId, const QString &weddingId);
    void close();
    void reload();
    QString organizationId() const { return m_organizationId; }
    QString weddingId() const { return m_weddingId; }

    // Copies the organization's default sections to the open wedding (one create each), for
    // a wedding that shows the default; loaded(…) follows with the wedding's own sections.
    void customizeWedding();

    // Carries out `plan` step by step (LayoutSavePlan.h), reporting each accepted step.
    // When the server cannot be reached (or is lost midway), the remaining steps go to the
    // outbox, durably, and savedLocally(n) tells; they replay in order on reconnect.
    bool save(const LayoutSavePlan &plan);
    bool isSaving() const { return m_saving; }

    void loadVersions();
    void loadVersion(qint64 version);
    // A new version equal to `version`; `currentVersion` is the layout version shown (If-Match).
    void restoreVersion(qint64 version, qint64 currentVersion);

    // Tells the others on the dashboard which tile this operator has selected.
    void announceSelection(const QString &sectionId);
    QList<PresentPeer> editors() const;
    // Whether this feed tells the others it has the dashboard open (the layout editor does;
    // a second feed on the same dashboard, e.g. the permission matrix's, does not).
    void setPresenceEnabled(bool enabled) { m_presenceEnabled = enabled; }
    // Presence heartbeat and expiry (20 s and 60 s by default; shorter in tests).
    void setPresenceTimers(int heartbeatMs, int expiryMs);

Q_SIGNALS:
    // The dashboard's sections in position order. `inherited`: a wedding without sections of
    // its own, showing the organization's default (saving would change the default: the
    // editor offers "Customize for this wedding" instead).
    void loaded(const QList<wedsync::SectionConfig> &sections, qint64 layoutVersion, bool inherited,
                bool fromCache);
    void loadFailed(const wedsync::ApiError &error);
    // For a wedding's dashboard: the organization's own sections, whose grants a coordinator's
    // new section must keep. Follows loaded(…, false).
    void organizationDefaultsLoaded(const QList<wedsync::SectionConfig> &sections);
    // The organization's members, to preview the layout as one real person; asked once per
    // organization opened.
    void membersLoaded(const QList<wedsync::UserProfile> &members);
    // Saved by someone else (or by this console through the outbox), live.
    void sectionChanged(const wedsync::SectionConfig &section);
    void sectionRemoved(const QString &id);
    void layoutVersionChanged(qint64 layoutVersion);

    void saveProgress(int done, int total);
    // Steps the server accepted: the sections as it stored them; a created section's server
    // id maps back to the local id the editor gave it (localIdFor[serverId] = localId).
    void sectionsSaved(const QList<wedsync::SectionConfig> &saved,
                       const QHash<QString, QString> &localIdFor);
    void sectionDeleted(const QString &id);
    // 412: someone saved this section first; `current` is it as the server has it now.
    void saveConflict(const wedsync::SectionConfig &current);
    // The rest of the save went to the outbox (`entries` requests).
    void savedLocally(int entries);
    void saveFinished(bool ok, const QString &message);

    void versionsLoaded(const QList<wedsync::LayoutVersionItem> &versions);
    void versionLoaded(qint64 version, const QList<wedsync::SectionConfig> &sections);
    void versionRestored(qint64 newLayoutVersion);
    void versionsFailed(const wedsync::ApiError &error);

    void editorsChanged(const QList<wedsync::PresentPeer> &editors);

private:
    QString cacheKey() const;
    void paintFromCache();
    // Calls `handler` when `reply` finishes, unless the dashboard changed meanwhile.
    void whenDone(ApiReply *reply, std::function<void(ApiReply *)> handler);
    void onListed(ApiReply *reply);
    void publish(const QList<SectionConfig> &sections, qint64 layoutVersion, bool inherited);
    void onRowChanged(const RowChange &change);
    void checkLayoutVersion();
    void createNextDefault(QList<SectionConfig> pending);
    void loadMembers();

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    LocalCache *m_cache;
    Outbox *m_outbox;
    QString m_userId;
    QString m_userLabel;
    QString m_organizationId;
    QString m_weddingId;
    QString m_membersOf; // the organization whose members were loaded last
    bool m_saving = false;
    bool m_presenceEnabled = true;
    bool m_inherited = false;
    bool m_customizing = false; // copying the default: one reload at the end, not one per row
    bool m_leaveOnClose = false;
    qint64 m_layoutVersion = 0;
    quint64 m_generation = 0; // a new dashboard (or close) makes earlier replies stale
    QList<SectionConfig> m_sections; // as the server had them when last heard
    QHash<QString, qint64> m_versions; // section id -> the newest version known
    QPointer<RealtimeChannel> m_channel;
    QList<QMetaObject::Connection> m_connections;
    QList<QPointer<ApiReply>> m_replies; // in flight, aborted when the dashboard closes
    QPointer<ApiReply> m_listing;
    SelectionPresence *m_editors;
    LayoutSaveRun *m_saveRun;
    QTimer m_versionCheck; // coalesces a burst of row changes into one look at the head
};

} // namespace wedsync
