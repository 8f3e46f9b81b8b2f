#include "ClientVersions.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ClientVersions ClientVersions::from(const QList<QJsonObject> &metas, qint64 currentVersion)
{
    ClientVersions out;
    out.connected = int(metas.size());
    for (const QJsonObject &meta : metas) {
        const QJsonValue reported = meta.value(u"config_version"_s);
        if (!reported.isDouble() || !std::isfinite(reported.toDouble()))
            continue;
        const qint64 version = reported.toInteger(qint64(reported.toDouble()));
        if (version >= currentVersion)
            continue;
        ++out.stale;
        out.oldestVersion = out.oldestVersion ? std::min(*out.oldestVersion, version) : version;
        const QString user = meta.value(u"user_id"_s).toString();
        if (!user.isEmpty() && !out.staleUserIds.contains(user))
            out.staleUserIds.append(user.left(64));
    }
    return out;
}

} // namespace wedsync::server
