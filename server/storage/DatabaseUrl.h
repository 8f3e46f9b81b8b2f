#pragma once
// Where the server keeps its data: parsed from --database / --data-dir, printable without secrets.

#include "Result.h"

#include <QString>

namespace wedsync::server {

struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgresql };

    Backend backend = Backend::Sqlite;
    QString sqlitePath; // absolute path of the SQLite file
    QString host; // PostgreSQL only
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options from the URL query, "key=value;key=value"

    // "sqlite" or "postgresql", as /healthz reports it.
    QString backendName() const;
    // The URL with the password replaced by "***", for logs and error messages.
    QString redacted() const;

    // Accepts "sqlite:/path/file.db", "sqlite:///path/file.db", "sqlite:relative.db" and
    // "postgresql://user[:password]@host[:port]/dbname[?key=value&...]" (also "postgres://").
    static Result<DatabaseUrl> parse(const QString &url);
    // The embedded default: wedsync.db in `dataDir`.
    static DatabaseUrl sqliteIn(const QString &dataDir);
};

} // namespace wedsync::server
