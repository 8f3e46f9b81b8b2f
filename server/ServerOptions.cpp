#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <tuple>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error usage(const QString &message)
{
    return Error {u"usage"_s, message, {}};
}

// "HOST:PORT", "[IPv6]:PORT"; "localhost" is loopback.
Status parseListen(const QString &text, ServerOptions *options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return usage(u"--listen expects HOST:PORT, e.g. 127.0.0.1:8787 (got \"%1\")."_s.arg(text));
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(
            u"--listen has an invalid port in \"%1\" (0-65535; 0 picks a free one)."_s.arg(text));
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    const QString bare = bracketed ? host.mid(1, host.size() - 2) : host;
    QHostAddress address;
    if (bare == u"localhost"_s)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(bare))
        return usage(
            u"--listen needs an IP address or localhost as host (got \"%1\")."_s.arg(host));
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !bracketed)
        host = u'[' + bare + u']';
    options->listenAddress = address;
    options->listenHost = host;
    options->port = quint16(port);
    return Done {};
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments,
                                           const QString &defaultDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"WedSync server: REST API, realtime hub and storage for the WedSync console."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help and exit."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version and exit."_s);
    const QCommandLineOption listen(
        u"listen"_s,
        u"Address to listen on (default 127.0.0.1:%1; port 0 picks a free one)."_s.arg(DefaultPort),
        u"HOST:PORT"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"sqlite:/path/file.db or postgresql://user[:password]@host:port/dbname "
        "(default: SQLite wedsync.db in the data folder)."_s,
        u"URL"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        u"Folder for the SQLite database and key files (default %1)."_s.arg(defaultDataDir),
        u"DIR"_s);
    const QCommandLineOption demo(
        u"demo"_s,
        u"Create the demo tenants, users, weddings and sections if the database is empty."_s);
    const QCommandLineOption signingKey(
        u"signing-key"_s,
        u"File with the access-token signing key (default: signing.key in the "
        "data folder, created with mode 0600 on first start)."_s,
        u"FILE"_s);
    const QCommandLineOption secretKey(
        u"secret-key"_s,
        u"File with the key that encrypts CRM credentials at rest (default: secret.key beside "
        "the signing key, created with mode 0600 on first start)."_s,
        u"FILE"_s);
    const QCommandLineOption syncGrace(
        u"sync-grace"_s,
        u"Seconds a connected client may run an older configuration before its tenant's sync "
        "counts as partial (default 60)."_s,
        u"SECS"_s);
    const QCommandLineOption socketsPerUser(
        u"sockets-per-user"_s, u"Realtime sockets one user may hold open at a time (default 32)."_s,
        u"N"_s);
    const QCommandLineOption headerTimeout(
        u"header-timeout"_s,
        u"Seconds a client has to send a request's headers, from its first byte (default 10)."_s,
        u"SECS"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s,
        u"Seconds a connection may stay idle between requests, or between pieces of a body, "
        "before it is closed (default 30)."_s,
        u"SECS"_s);
    const QCommandLineOption maxPerAddress(
        u"max-connections-per-address"_s,
        u"Open connections (WebSockets included) one client address may hold (default 256)."_s,
        u"N"_s);
    const QCommandLineOption maxJobs(
        u"max-jobs"_s, u"CRM sync jobs run at once across this server (default 10)."_s, u"N"_s);
    const QCommandLineOption readThreads(
        u"read-threads"_s,
        u"Threads that read the database for requests, each with its own connection; 0 reads "
        "on the event loop (default: one per core on PostgreSQL, 0 on SQLite)."_s,
        u"N"_s);
    const QCommandLineOption writeThreads(
        u"write-threads"_s,
        u"Threads that run a section's PATCH, PUT and DELETE and reorders, each with its own "
        "connection; 0 writes on the event loop (default: one per core on PostgreSQL, 0 on "
        "SQLite, which takes one writer at a time)."_s,
        u"N"_s);
    const QCommandLineOption crmRateLimit(
        u"crm-rate-limit"_s,
        u"Requests per seconds to a CRM per credential, replacing the providers' own limits "
        "(e.g. 5/1; 0/1 for none). For benchmarks and tests."_s,
        u"N/SECS"_s);
    const QCommandLineOption allowPrivateWebhooks(
        u"allow-private-webhooks"_s,
        u"Let webhooks go to loopback, private, link-local and metadata addresses (refused by "
        "default, against server-side request forgery). For tests and closed networks."_s);
    const QCommandLineOption googleClient(
        u"google-client"_s,
        u"The OAuth client JSON file from the Google Cloud console (a desktop app's): lets "
        "operators link Google calendars."_s,
        u"FILE"_s);
    const QCommandLineOption googleApiUrl(
        u"google-api-url"_s,
        u"The Google Calendar API's address (default https://www.googleapis.com/calendar/v3/). "
        "For tests."_s,
        u"URL"_s);
    const QCommandLineOption microsoftClient(
        u"microsoft-client"_s,
        u"A JSON file {\"client_id\", \"tenant\"} naming the app registration (mobile and "
        "desktop kind) in Microsoft Entra: lets operators link Outlook calendars."_s,
        u"FILE"_s);
    const QCommandLineOption microsoftApiUrl(
        u"microsoft-api-url"_s,
        u"The Microsoft Graph API's address (default https://graph.microsoft.com/v1.0/). For "
        "tests."_s,
        u"URL"_s);
    parser.addOptions({help,           version,       listen,
                       database,       dataDir,       demo,
                       signingKey,     secretKey,     syncGrace,
                       socketsPerUser, headerTimeout, idleTimeout,
                       maxPerAddress,  maxJobs,       readThreads,
                       writeThreads,   crmRateLimit,  allowPrivateWebhooks,
                       googleClient,   googleApiUrl,  microsoftClient,
                       microsoftApiUrl});

    if (!parser.parse(arguments))
        return usage(parser.errorText() + u" (see --help)"_s);

    ServerOptions options;
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(u"Unexpected argument \"%1\" (see --help)."_s.arg(
            parser.positionalArguments().constFirst()));
    for (const QCommandLineOption *single :
         {&listen, &database, &dataDir, &signingKey, &secretKey, &syncGrace, &socketsPerUser,
          &headerTimeout, &idleTimeout, &maxPerAddress, &maxJobs, &readThreads, &writeThreads,
          &crmRateLimit, &googleClient, &googleApiUrl, &microsoftClient, &microsoftApiUrl}) {
        if (parser.values(*single).size() > 1)
            return usage(u"--%1 is given more than once."_s.arg(single->names().constFirst()));
    }

    if (parser.isSet(listen)) {
        if (auto parsed = parseListen(parser.value(listen), &options); !parsed)
            return parsed.error();
    }
    const QString dir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir;
    if (dir.isEmpty())
        return usage(u"--data-dir must not be empty."_s);
    options.dataDir = QDir(dir).absolutePath();
    if (parser.isSet(database)) {
        auto url = DatabaseUrl::parse(parser.value(database));
        if (!url)
            return usage(url.error().message);
        options.database = url.value();
    } else {
        options.database = DatabaseUrl::sqliteIn(options.dataDir);
    }
    options.demo = parser.isSet(demo);
    options.allowPrivateWebhooks = parser.isSet(allowPrivateWebhooks);
    for (const auto &[clientOption, apiOption, clientFile, apiUrl] :
         {std::tuple {&googleClient, &googleApiUrl, &options.googleClientFile,
                      &options.googleApiUrl},
          std::tuple {&microsoftClient, &microsoftApiUrl, &options.microsoftClientFile,
                      &options.microsoftApiUrl}}) {
        if (parser.isSet(*clientOption))
            *clientFile = QFileInfo(parser.value(*clientOption)).absoluteFilePath();
        if (!parser.isSet(*apiOption))
            continue;
        const QUrl url(parser.value(*apiOption), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return usage(u"--%1 expects a web address (got \"%2\")."_s.arg(
                apiOption->names().constFirst(), parser.value(*apiOption)));
        *apiUrl = url.toString();
    }
    if (parser.isSet(syncGrace)) {
        bool isNumber = false;
        options.syncGraceSecs = parser.value(syncGrace).toLongLong(&isNumber);
        if (!isNumber || options.syncGraceSecs < 0 || options.syncGraceSecs > 86400)
            return usage(u"--sync-grace expects seconds from 0 to 86400 (got \"%1\")."_s.arg(
                parser.value(syncGrace)));
    }
    if (parser.isSet(socketsPerUser)) {
        bool isNumber = false;
        options.socketsPerUser = parser.value(socketsPerUser).toInt(&isNumber);
        if (!isNumber || options.socketsPerUser < 1 || options.socketsPerUser > 100'000)
            return usage(
                u"--sockets-per-user expects a number from 1 to 100000 (got \"%1\")."_s.arg(
                    parser.value(socketsPerUser)));
    }
    const auto number
        = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *out) -> Status {
        if (!parser.isSet(option))
            return ok();
        bool isNumber = false;
        *out = parser.value(option).toLongLong(&isNumber);
        if (!isNumber || *out < min || *out > max)
            return usage(u"--%1 expects a number from %2 to %3 (got \"%4\")."_s
                             .arg(option.names().constFirst())
                             .arg(min)
                             .arg(max)
                             .arg(parser.value(option)));
        return ok();
    };
    ConnectionLimits &limits = options.connectionLimits;
    qint64 headerSecs = ConnectionLimits::DefaultHeaderTimeout.count();
    qint64 idleSecs = ConnectionLimits::DefaultIdleTimeout.count();
    qint64 perAddress = limits.maxConnectionsPerAddress;
    qint64 jobs = options.maxJobs;
    qint64 readers = 0;
    qint64 writers = 0;
    for (const Status &checked :
         {number(headerTimeout, 1, 3600, &headerSecs), number(idleTimeout, 1, 3600, &idleSecs),
          number(maxPerAddress, 1, 1000000, &perAddress), number(maxJobs, 1, 100, &jobs),
          number(readThreads, 0, 64, &readers), number(writeThreads, 0, 64, &writers)}) {
        if (!checked)
            return checked.error();
    }
    limits.headerTimeout = std::chrono::seconds(headerSecs);
    limits.idleTimeout = std::chrono::seconds(idleSecs);
    limits.maxConnectionsPerAddress = int(perAddress);
    options.maxJobs = int(jobs);
    if (parser.isSet(readThreads))
        options.readThreads = int(readers);
    if (parser.isSet(writeThreads))
        options.writeThreads = int(writers);
    if (parser.isSet(crmRateLimit)) {
        const QStringList parts = parser.value(crmRateLimit).split(u'/');
        bool requestsOk = false;
        bool secsOk = false;
        const int requests = parts.value(0).toInt(&requestsOk);
        const int secs = parts.size() == 2 ? parts.value(1).toInt(&secsOk) : 0;
        if (!requestsOk || !secsOk || requests < 0 || requests > 100000 || secs < 1 || secs > 86400)
            return usage(u"--crm-rate-limit expects requests/seconds such as 5/1 or 0/1 (got "
                         "\"%1\")."_s.arg(parser.value(crmRateLimit)));
        options.crmRateLimit = {requests, secs};
    }
    options.signingKeyPath = parser.isSet(signingKey)
        ? QFileInfo(parser.value(signingKey)).absoluteFilePath()
        : QDir(options.dataDir).absoluteFilePath(u"signing.key"_s);
    options.secretKeyPath = parser.isSet(secretKey)
        ? QFileInfo(parser.value(secretKey)).absoluteFilePath()
        : QFileInfo(options.signingKeyPath).absoluteDir().absoluteFilePath(u"secret.key"_s);
    return options;
}

} // namespace wedsync::server
