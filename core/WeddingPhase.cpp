// Wedding phase names and the calendar-date rule that decides the phase.
#include "WeddingPhase.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

const QList<WeddingPhase> &allWeddingPhases()
{
    static const QList<WeddingPhase> phases {WeddingPhase::Planning, WeddingPhase::PreWedding,
                                             WeddingPhase::WeddingDay, WeddingPhase::PostWedding};
    return phases;
}

QString weddingPhaseName(WeddingPhase phase)
{
    switch (phase) {
    case WeddingPhase::Planning:
        return u"planning"_s;
    case WeddingPhase::PreWedding:
        return u"pre_wedding"_s;
    case WeddingPhase::WeddingDay:
        return u"wedding_day"_s;
    case WeddingPhase::PostWedding:
        return u"post_wedding"_s;
    }
    return u"planning"_s;
}

std::optional<WeddingPhase> weddingPhaseFromName(QStringView name)
{
    if (name == u"planning")
        return WeddingPhase::Planning;
    if (name == u"pre_wedding")
        return WeddingPhase::PreWedding;
    if (name == u"wedding_day")
        return WeddingPhase::WeddingDay;
    if (name == u"post_wedding")
        return WeddingPhase::PostWedding;
    return std::nullopt;
}

QString weddingPhaseDisplayName(WeddingPhase phase)
{
    switch (phase) {
    case WeddingPhase::Planning:
        return QCoreApplication::translate("wedsync::WeddingPhase", "Planning");
    case WeddingPhase::PreWedding:
        return QCoreApplication::translate("wedsync::WeddingPhase", "Pre-wedding");
    case WeddingPhase::WeddingDay:
        return QCoreApplication::translate("wedsync::WeddingPhase", "Wedding day");
    case WeddingPhase::PostWedding:
        return QCoreApplication::translate("wedsync::WeddingPhase", "Post-wedding");
    }
    return QCoreApplication::translate("wedsync::WeddingPhase", "Planning");
}

qint64 daysUntilWedding(QDate weddingDate, const QTimeZone &zone, const QDateTime &now)
{
    // Compare calendar dates as the venue sees them. An invalid zone falls back to UTC so
    // that a wedding without a known zone still gets a phase (the JSON codec rejects unknown
    // zones, so this only happens for hand-built contexts).
    const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now.toUTC();
    return local.date().daysTo(weddingDate);
}

WeddingPhase weddingPhaseAt(QDate weddingDate, const QTimeZone &zone, const QDateTime &now)
{
    const qint64 days = daysUntilWedding(weddingDate, zone, now);
    if (days > 30)
        return WeddingPhase::Planning;
    if (days > 0)
        return WeddingPhase::PreWedding;
    if (days == 0)
        return WeddingPhase::WeddingDay;
    return WeddingPhase::PostWedding;
}

} // namespace wedsync
