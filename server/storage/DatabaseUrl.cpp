#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

Error badUrl(const QString &why)
{
    return Error {u"invalid_database_url"_s, why, {}};
}

// libpq options we pass through from the URL query; anything else is most likely a typo.
bool isKnownPgOption(const QString &key)
{
    static const QStringList known {u"connect_timeout"_s,      u"sslmode"_s,
                                    u"application_name"_s,     u"options"_s,
                                    u"target_session_attrs"_s, u"keepalives"_s};
    return known.contains(key);
}

Result<DatabaseUrl> parsePostgresql(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return badUrl(
            u"The PostgreSQL URL must look like postgresql://user[:password]@host:port/dbname."_s);
    DatabaseUrl db;
    db.backend = DatabaseUrl::Backend::Postgresql;
    db.host = url.host();
    db.port = url.port(5432);
    db.user = url.userName(QUrl::FullyDecoded);
    db.password = url.password(QUrl::FullyDecoded);
    db.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (db.databaseName.isEmpty() || db.databaseName.contains(u'/'))
        return badUrl(
            u"The PostgreSQL URL names no database (postgresql://user@host:port/dbname)."_s);

    QStringList options;
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!isKnownPgOption(key))
            return badUrl(u"Unknown PostgreSQL URL option \"%1\"."_s.arg(key));
        if (value.contains(u';') || value.contains(u' '))
            return badUrl(u"The PostgreSQL URL option \"%1\" has an unsupported value."_s.arg(key));
        hasTimeout = hasTimeout || key == u"connect_timeout"_s;
        options << key + u'=' + value;
    }
    // An unreachable server must fail start-up quickly rather than hang on TCP retries.
    if (!hasTimeout)
        options << u"connect_timeout=5"_s;
    db.connectOptions = options.join(u';');
    return db;
}

} // namespace

QString DatabaseUrl::backendName() const
{
    return backend == Backend::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    QString auth = user;
    if (!password.isEmpty())
        auth += u":***"_s;
    if (!auth.isEmpty())
        auth += u'@';
    return u"postgresql://%1%2:%3/%4"_s.arg(auth, host).arg(port).arg(databaseName);
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &url)
{
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s))
        return parsePostgresql(url);
    if (url.startsWith(u"sqlite:"_s)) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"_s))
            path = path.mid(2); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            return badUrl(u"The SQLite URL names no file (sqlite:/path/to/wedsync.db)."_s);
        DatabaseUrl db;
        db.sqlitePath = QFileInfo(path).absoluteFilePath();
        return db;
    }
    return badUrl(
        u"Unsupported database URL \"%1\": use sqlite:/path/file.db or postgresql://user@host:port/dbname."_s
            .arg(url.section(u':', 0, 0)));
}

DatabaseUrl DatabaseUrl::sqliteIn(const QString &dataDir)
{
    DatabaseUrl db;
    db.sqlitePath = QDir(dataDir).absoluteFilePath(u"wedsync.db"_s);
    return db;
}

} // namespace wedsync::server
