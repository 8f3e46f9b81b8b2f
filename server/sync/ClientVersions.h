#pragma once
// What a tenant's connected clients report through presence on org:<id>: how many there are
// and which of them still run an older configuration version.

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace wedsync::server {

struct ClientVersions
{
    int connected = 0; // presence metas on org:<id>
    int stale = 0; // metas whose config_version is below the tenant's version
    std::optional<qint64> oldestVersion; // the lowest config_version reported by a stale client
    QStringList staleUserIds;

    // `metas` as tracked on org:<id>; clients that report no config_version are connected but
    // never stale (they do not take part in configuration sync).
    static ClientVersions from(const QList<QJsonObject> &metas, qint64 currentVersion);
};

} // namespace wedsync::server
