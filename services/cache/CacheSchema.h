#pragma once
// The local cache's versioned schema: forward migrations keyed by `PRAGMA user_version`.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlError;

namespace wedsync {

struct CacheMigration
{
    int version = 0; // user_version once applied
    QString name; // what it adds, for the log
    QStringList statements;
};

namespace CacheSchema {

// Every migration in order; the last one's version is what this console writes.
const QList<CacheMigration> &migrations();
int currentVersion();

// Why a file could not be made ready: a CacheErrorCode and the details (SQLite's words).
struct Problem
{
    QString code;
    QString detail;
};
// Reads user_version first and refuses a newer console's file untouched; then WAL,
// synchronous=FULL and every missing migration, each in one transaction with its version.
std::optional<Problem> prepare(QSqlDatabase &db, const QString &path);
// CacheErrorCode::Corrupt for SQLite's "not a database" and "corrupt", else Unavailable.
QString errorCode(const QSqlError &error);

} // namespace CacheSchema

} // namespace wedsync
