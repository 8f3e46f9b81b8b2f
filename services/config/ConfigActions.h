#pragma once
// What an admin does on the Settings screen: save the scope's own document on the version
// shown, roll back to an old version (a new version, so itself undoable), compare two
// versions, propose a change request, approve or reject one, and change the organization's
// opt-outs. Each answer comes back as one signal; a stale write says so with the current view.

#include "ConfigOptOut.h"
#include "api/ApiError.h"
#include "config/ConfigRecords.h"

#include <QObject>

#include <functional>

namespace wedsync {

class ApiClient;
class ApiReply;
struct RestRequest;

class ConfigActions : public QObject
{
    Q_OBJECT
public:
    explicit ConfigActions(ApiClient *api, QObject *parent = nullptr);

    void save(const ConfigView &shown, const QJsonObject &document, const QString &summary);
    void rollback(const ConfigView &shown, qint64 toVersion);
    void compare(const ConfigScope &scope, ConfigSettingType type, qint64 from, qint64 to);
    void propose(const ConfigScope &scope, ConfigSettingType type, const QJsonObject &document,
                 const QString &summary);
    void decide(const ConfigScope &scope, const QString &requestId, bool approve);
    void setOptOuts(const QString &organizationId, const ConfigOptOuts &optOuts);
    int busyCount() const { return m_busy; }

Q_SIGNALS:
    void saved(const wedsync::ConfigView &view);
    void rolledBack(const wedsync::ConfigView &view, qint64 fromVersion);
    void compared(qint64 from, qint64 to, const QList<wedsync::ConfigChange> &changes);
    void proposed(const wedsync::ConfigChangeRequest &request);
    void decided(const wedsync::ConfigChangeRequest &request);
    void optOutsChanged(const QString &organizationId, const wedsync::ConfigOptOuts &optOuts);
    // Someone else changed the settings since they were shown (412): the current view, when
    // the server sent it.
    void staleWrite(const wedsync::ApiError &error,
                    const std::optional<wedsync::ConfigView> &current);
    // `what` names the action ("save", "rollback", "compare", "propose", "decide", "opt_out");
    // a 400's per-field details are in error.details.fields.
    void failed(const QString &what, const wedsync::ApiError &error);
    void busyChanged(int busy);

private:
    void run(const RestRequest &request, const QString &what,
             std::function<void(const QJsonObject &)> done);

    ApiClient *m_api;
    int m_busy = 0;
};

} // namespace wedsync
