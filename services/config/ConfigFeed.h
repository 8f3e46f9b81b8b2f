#pragma once
// What the Settings screen shows for the scope and setting type chosen: the view (effective
// values with their provenance, the scope's own document and version), its history (keyset
// paged, newest first), the change requests of its level, the organization's opt-outs, and
// the lists the screen's choosers need (the types a level keeps, the members). A change
// published on `config:<type>` or the tenant's admin topic reloads the view a moment later.

#include "ConfigOptOut.h"
#include "ConfigSyncRule.h"
#include "api/ApiError.h"
#include "config/ConfigRecords.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace wedsync {

class ApiClient;
class ApiReply;
class RealtimeChannel;
class RealtimeClient;
struct RestRequest;

class ConfigFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int HistoryPageSize = 20;
    static constexpr int RequestPageSize = 100;

    ConfigFeed(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);
    ~ConfigFeed() override;

    // Shows `type` at `scope`: the view, its history's first page and the level's change
    // requests, then live changes.
    void open(const ConfigScope &scope, ConfigSettingType type);
    void close();
    void reload();
    void loadMoreHistory();
    bool hasMoreHistory() const { return !m_historyCursor.isEmpty(); }
    void reloadChangeRequests();
    // The types an organization keeps (GET …/config), the members and the opt-outs with the
    // sync rules they name.
    void loadTypes(const QString &organizationId);
    void loadMembers(const QString &organizationId);
    void loadOptOuts(const QString &organizationId);

    // This console made version `version` itself (a save, a rollback, an approval): its live
    // delta reloads the view without reporting a change made elsewhere.
    void noteOwnChange(qint64 version);

    const ConfigScope &scope() const { return m_scope; }
    ConfigSettingType settingType() const { return m_type; }
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void viewLoaded(const wedsync::ConfigView &view);
    // What a level above the scope sets itself (the platform's, the organization's document),
    // to show the layers side by side.
    void layerLoaded(wedsync::ConfigLayer layer, const QJsonObject &document);
    // `append`: a further page of the same history.
    void historyLoaded(const QList<wedsync::ConfigHistoryEntry> &entries, bool append,
                       bool hasMore);
    void changeRequestsLoaded(const QList<wedsync::ConfigChangeRequest> &requests);
    void typesLoaded(const QString &organizationId, const QList<wedsync::ConfigSettingType> &types);
    void membersLoaded(const QString &organizationId, const QList<wedsync::ConfigMember> &members);
    void optOutsLoaded(const QString &organizationId, const wedsync::ConfigOptOuts &optOuts,
                       const QList<wedsync::ConfigSyncRule> &rules);
    // A change arrived live (another admin, a propagation from the platform).
    void changedElsewhere();
    void failed(const wedsync::ApiError &error);

private:
    void watch();
    void abortAll(QList<QPointer<ApiReply>> *replies);
    void requestView();
    void requestLayersAbove();
    void requestHistory(bool append);
    // Sends `request`; `answered` runs on success, a failure is reported; `forThisScope`: the
    // answer is dropped once another scope or type is open.
    void fetch(const RestRequest &request, bool forThisScope,
               std::function<void(ApiReply *)> answered);

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    ConfigScope m_scope;
    ConfigSettingType m_type = ConfigSettingType::Notifications;
    bool m_open = false;
    QString m_historyCursor;
    QList<RealtimeChannel *> m_leaveOnClose;
    QList<QMetaObject::Connection> m_connections;
    QList<QPointer<ApiReply>> m_pending; // for the scope on screen
    QList<QPointer<ApiReply>> m_listReplies; // the choosers' lists, whatever the scope
    QTimer m_reload;
    bool m_changeSeen = false; // a delta (not only a catch-up) is behind the next reload
    QList<qint64> m_ownVersions; // versions this console wrote, whose deltas are no news
    int m_generation = 0;
};

} // namespace wedsync
