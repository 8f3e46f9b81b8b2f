#pragma once
// The local cache's versioned schema: forward migrations keyed by `PRAGMA user_version`.

#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync {

struct CacheMigration
{
    int version = 0;      // user_version once applied
    QString name;         // what it adds, for the log
    QStringList statements;
};

namespace CacheSchema {

// Every migration in order; the last one's version is what this console writes.
const QList<CacheMigration> &migrations();
int currentVersion();

} // namespace CacheSchema

} // namespace wedsync
