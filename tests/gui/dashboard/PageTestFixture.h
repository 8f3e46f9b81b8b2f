#pragma once
// For the dashboard and audit page tests: a real `wedsync-server --demo` child process and the
// console's own services (ApiClient, RealtimeClient, LocalCache) signed in as a demo account,
// with questions answered by ScriptedPrompts.

#include "Clock.h"
#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "common/ScriptedPrompts.h"
#include "realtime/RealtimeClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace wedsync::test {

inline const QString DemoPassword = QStringLiteral("demo-password");
inline const QString PlatformAdmin = QStringLiteral("platform@wedsync.demo");
inline const QString EvergreenAdmin = QStringLiteral("admin@evergreen.demo");

// The widget named `name` under `root` (a warning names it when it is missing).
template<typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning() << "no widget" << name;
    return widget;
}

class PageTestFixture
{
public:
    PageTestFixture();
    ~PageTestFixture();

    // Starts the server, signs `email` in and opens the realtime connection and the cache.
    bool start(const QString &email, QString *error);
    QUrl baseUrl() const { return m_server.baseUrl(); }

    ApiClient &api() { return *m_api; }
    RealtimeClient &realtime() { return *m_realtime; }
    LocalCache &cache() { return *m_cache; }
    const Clock &clock() const { return m_clock; }
    ScriptedPrompts &prompts() { return m_prompts; }
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }

    // Waits for a reply (at most 30 s); false if it did not finish.
    static bool wait(ApiReply *reply);
    // A second client signed in as `email` (for changes "made elsewhere").
    std::unique_ptr<ApiClient> signedIn(const QString &email, QString *error);
    // The organization's id by name, as the platform admin sees it.
    QString organizationId(const QString &name);
    // Changes the title of one of the organization's sections through `client`; the new title.
    QString retitleSection(ApiClient &client, const QString &organizationId,
                           QString *sectionId = nullptr);

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RealtimeClient> m_realtime;
    std::unique_ptr<LocalCache> m_cache;
    SystemClock m_clock;
    ScriptedPrompts m_prompts;
    int m_edits = 0;
};

} // namespace wedsync::test
