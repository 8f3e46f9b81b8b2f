#pragma once
// The wedsync-server command line (see ARCHITECTURE.md), parsed without side effects.
//
//   wedsync-server [--listen HOST:PORT] [--database URL] [--data-dir DIR] [--demo]
//                  [--signing-key FILE] [--secret-key FILE] [--sync-grace SECS] [--sockets-per-user
//                  N]
//                  [--header-timeout SECS] [--idle-timeout SECS]
//                  [--max-connections-per-address N] [--max-jobs N] [--crm-rate-limit N/SECS]
//                  [--allow-private-webhooks]
//                  [--help] [--version]

#include "common/Status.h"
#include "http/ConnectionLimits.h"
#include "storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <QThread>

#include <optional>
#include <utility>

namespace wedsync::server {

struct ServerOptions
{
    enum class Action { Run, ShowHelp, ShowVersion };

    static constexpr quint16 DefaultPort = 8787;

    Action action = Action::Run;
    QString helpText; // for ShowHelp

    QHostAddress listenAddress = QHostAddress::LocalHost;
    QString listenHost = QStringLiteral("127.0.0.1"); // as printed in the ready line
    quint16 port = DefaultPort;
    QString dataDir; // absolute
    DatabaseUrl database; // sqlite in dataDir unless --database
    bool demo = false;
    QString signingKeyPath; // default: signing.key in dataDir
    // Seals provider credentials at rest (SecretBox); default: secret.key beside the signing key.
    QString secretKeyPath;
    // Seconds a client may lag behind its tenant's configuration before the tenant's sync is
    // partial (default core SyncStaleGraceSecs, 60).
    qint64 syncGraceSecs = 60;
    // Realtime sockets one user may hold open (RealtimeSettings::maxConnectionsPerUser).
    int socketsPerUser = 32;
    // --header-timeout, --idle-timeout, --max-connections-per-address (body size: 1 MiB).
    ConnectionLimits connectionLimits;
    // CRM sync jobs at once (--max-jobs, 1..100).
    int maxJobs = 10;
    // Threads reading for requests (--read-threads, 0..64; 0: on the event loop) and writing a
    // section's PATCH, PUT and DELETE and reorders (--write-threads). Not given: one per core on
    // PostgreSQL, none on SQLite, where an in-process read is cheaper than the hand-off and one
    // writer at a time may write.
    std::optional<int> readThreads;
    std::optional<int> writeThreads;
    int readThreadCount() const { return threadCount(readThreads); }
    int writeThreadCount() const { return threadCount(writeThreads); }
    // --crm-rate-limit N/SECS: replaces the providers' limits (requests 0: none).
    std::optional<std::pair<int, int>> crmRateLimit;
    // Webhooks may target loopback, private and link-local addresses (--allow-private-webhooks).
    bool allowPrivateWebhooks = false;
    // --google-client FILE: the OAuth client Google accounts are linked with (empty: none).
    QString googleClientFile;
    // --google-api-url URL: the Calendar API's address (tests point it at a simulator).
    QString googleApiUrl;
    // --microsoft-client FILE: the app registration Outlook accounts are linked with.
    QString microsoftClientFile;
    // --microsoft-api-url URL: the Graph API's address (tests point it at a simulator).
    QString microsoftApiUrl;

    // `arguments` includes the program name first, like QCoreApplication::arguments().
    // `defaultDataDir` is used when --data-dir is absent. Errors are one line, code "usage".
    static Result<ServerOptions> parse(const QStringList &arguments, const QString &defaultDataDir);

private:
    int threadCount(std::optional<int> given) const
    {
        if (given)
            return *given;
        return database.backend == DatabaseUrl::Backend::Postgresql
            ? qBound(1, QThread::idealThreadCount(), 16)
            : 0;
    }
};

} // namespace wedsync::server
