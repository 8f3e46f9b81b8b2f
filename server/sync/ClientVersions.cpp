#include "sync/ClientVersions.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

ClientVersions ClientVersions::from(const QList<QJsonObject> &metas, qint64 currentVersion)
{
    ClientVersions out;
    out.connected = int(metas.size());
    for (const QJsonObject &meta : metas) {
        const QJsonValue reported = meta.value(u"config_version"_s);
        // A client's number: anything that is not a plausible version takes no part.
        const double number = reported.toDouble();
        if (!reported.isDouble() || !std::isfinite(number) || number < 0 || number > 9.0e15)
            continue;
        const qint64 version = qint64(number);
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
