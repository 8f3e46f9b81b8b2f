#include "TimeZoneIds.h"

#include <QTimeZone>

namespace wedsync {

bool isTimeZoneId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxTimeZoneIdLength || id.startsWith(u'/')
        || id.contains(u".."))
        return false;
    for (const QChar c : id) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'+' || c == u'/';
        if (!allowed)
            return false;
    }
    if (QTimeZone::isTimeZoneIdAvailable(id.toLatin1()))
        return true;
    // Only an Area/Location id is opened: Qt reads a single word ("Mars") as a POSIX TZ rule
    // and calls it valid.
    return id.contains(u'/') && QTimeZone(id.toLatin1()).isValid();
}

} // namespace wedsync
