#include "IcalTime.h"
#include "TimeZoneIds.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace wedsync::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ical", text);
}

bool isIana(const QString &id)
{
    return isTimeZoneId(id);
}

// "Europe/Madrid", or the IANA name at the end of a prefixed TZID such as
// "/freeassociation.sourceforge.net/Europe/Madrid"; empty when there is none.
QString ianaName(const QString &tzid)
{
    if (isIana(tzid))
        return tzid;
    const QStringList parts = tzid.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype take = qMin<qsizetype>(3, parts.size()); take >= 1; --take) {
        const QString candidate = parts.mid(parts.size() - take).join(u'/');
        if (isIana(candidate))
            return candidate;
    }
    return {};
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QTime timeOf(const icaltimetype &t)
{
    return QTime(t.hour, t.minute, t.second);
}

Error timeError(const QString &message)
{
    return Error {u"invalid_time"_s, message, {}};
}

} // namespace

Result<EventTime> readTime(icalcomponent *calendar, icalproperty *property)
{
    icalvalue *value = icalproperty_get_value(property);
    if (!value)
        return timeError(tr("An event has a date without a value."));
    const icalvalue_kind kind = icalvalue_isa(value);
    if (kind != ICAL_DATETIME_VALUE && kind != ICAL_DATE_VALUE)
        return timeError(tr("An event's date is not a date or a date and time."));
    const icaltimetype t
        = kind == ICAL_DATE_VALUE ? icalvalue_get_date(value) : icalvalue_get_datetime(value);
    EventTime result;
    if (!dateOf(t).isValid() || (!t.is_date && !timeOf(t).isValid()))
        return timeError(tr("An event has an impossible date."));
    if (t.is_date) {
        result.isDate = true;
        result.date = dateOf(t);
        return result;
    }
    icalparameter *tzParam = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    const QString tzid = tzParam ? QString::fromUtf8(icalparameter_get_tzid(tzParam)) : QString();
    if (icaltime_is_utc(t) || tzid.isEmpty()) {
        // UTC, or floating (no zone at all): read as UTC.
        result.instant = QDateTime(dateOf(t), timeOf(t), QTimeZone::utc());
        result.timeZone = u"UTC"_s;
        return result;
    }
    const QString iana = ianaName(tzid);
    icaltimezone *defined
        = calendar ? icalcomponent_get_timezone(calendar, tzid.toUtf8().constData()) : nullptr;
    if (defined && iana.isEmpty()) {
        // A zone only the calendar's VTIMEZONE defines (e.g. "Eastern Standard Time").
        icaltimetype local = t;
        local.zone = nullptr;
        const time_t seconds = icaltime_as_timet_with_zone(local, defined);
        result.instant = QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc());
        result.timeZone = u"UTC"_s;
        return result;
    }
    if (iana.isEmpty())
        return timeError(tr("The time zone \"%1\" is unknown.").arg(tzid.left(100)));
    result.instant = QDateTime(dateOf(t), timeOf(t), QTimeZone(iana.toUtf8())).toUTC();
    result.timeZone = iana;
    return result;
}

void writeInstant(icalproperty *property, const QDateTime &instant, const QString &timeZone)
{
    const bool zoned = isIana(timeZone) && timeZone != u"UTC"_s
        && icaltimezone_get_builtin_timezone(timeZone.toUtf8().constData());
    const QDateTime at = zoned ? instant.toTimeZone(QTimeZone(timeZone.toUtf8())) : instant.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = at.date().year();
    t.month = at.date().month();
    t.day = at.date().day();
    t.hour = at.time().hour();
    t.minute = at.time().minute();
    t.second = at.time().second();
    t.is_date = 0;
    t.zone = zoned ? nullptr : icaltimezone_get_utc_timezone();
    icalproperty_set_value(property, icalvalue_new_datetime(t));
    icalproperty_remove_parameter_by_kind(property, ICAL_TZID_PARAMETER);
    icalproperty_remove_parameter_by_kind(property, ICAL_VALUE_PARAMETER);
    if (zoned)
        icalproperty_add_parameter(property, icalparameter_new_tzid(timeZone.toUtf8().constData()));
}

void writeDate(icalproperty *property, const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    icalproperty_set_value(property, icalvalue_new_date(t));
    icalproperty_remove_parameter_by_kind(property, ICAL_TZID_PARAMETER);
    icalproperty_remove_parameter_by_kind(property, ICAL_VALUE_PARAMETER);
    icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_DATE));
}

} // namespace wedsync::ical
