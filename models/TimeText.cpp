#include "TimeText.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync {

QString timeFormatWithSeconds()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    if (!format.contains(u's'))
        format.replace(u"mm"_s, u"mm:ss"_s);
    return format;
}

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    return locale.toString(
        at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormatWithSeconds());
}

QString timeZoneText(const QDateTime &at)
{
    const QString abbreviation = at.toLocalTime().timeZoneAbbreviation();
    if (!abbreviation.isEmpty() && !abbreviation.startsWith(u'+') && !abbreviation.startsWith(u'-'))
        return abbreviation;
    return QTimeZone(at.toLocalTime().offsetFromUtc())
        .displayName(QTimeZone::StandardTime, QTimeZone::OffsetName);
}

} // namespace wedsync
