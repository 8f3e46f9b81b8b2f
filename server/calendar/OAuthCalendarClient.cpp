#include "calendar/OAuthCalendarClient.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wedsync::server {

bool OAuthCalendarClient::grantsEnough(const QString &grantedScope) const
{
    const QStringList granted = grantedScope.split(u' ', Qt::SkipEmptyParts);
    if (granted.isEmpty())
        return true;
    for (const QString &given : granted) {
        for (const QString &needed : neededScopes) {
            if (given.section(u'/', -1).compare(needed.section(u'/', -1), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

namespace clientfile {

Error usage(const QString &message)
{
    return Error {u"usage"_s, message, {}};
}

Result<QByteArray> read(const QString &path, const QString &providerName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(u"The %1 client file %2 cannot be read: %3."_s.arg(providerName, path,
                                                                        file.errorString()));
    if (file.size() > 64 * 1024)
        return usage(u"The %1 client file %2 is larger than 64 KiB: it is not one."_s.arg(
            providerName, path));
    return file.readAll();
}

Status readAddress(const QJsonObject &object, const QString &key, QUrl *target, const QString &path,
                   const QString &providerName)
{
    if (!object.contains(key))
        return ok();
    const QUrl url(object.value(key).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return usage(u"The %1 client file %2 has an %3 that is not a web address."_s.arg(
            providerName, path, key));
    *target = url;
    return ok();
}

} // namespace clientfile

} // namespace wedsync::server
