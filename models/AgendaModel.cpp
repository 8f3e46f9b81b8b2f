#include "AgendaModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wedsync {

QStringList AgendaModel::headerNames() const
{
    return {tr("Day"), tr("Time"), tr("Title"), tr("Kind"), tr("Location")};
}

QString AgendaModel::kindText(const QString &kind)
{
    if (kind == u"consultation")
        return tr("Consultation");
    if (kind == u"tasting")
        return tr("Tasting");
    if (kind == u"rehearsal")
        return tr("Rehearsal");
    if (kind == appointments::WeddingDay)
        return tr("Wedding day");
    if (kind == u"meeting")
        return tr("Meeting");
    return tr("Other");
}

QString AgendaModel::dayText(const appointments::Appointment &a) const
{
    const QDate day = a.allDay ? a.startDate : a.startsAt.toTimeZone(m_zone).date();
    QString text = QLocale().toString(day, QLocale::LongFormat);
    if (day == m_today)
        text = tr("Today, %1").arg(text);
    return text;
}

QString AgendaModel::timeText(const appointments::Appointment &a) const
{
    if (a.allDay) {
        const qint64 days = a.startDate.daysTo(a.endDate);
        return days > 1 ? tr("All day, %n day(s)", nullptr, int(days)) : tr("All day");
    }
    const QLocale locale;
    const QDateTime start = a.startsAt.toTimeZone(m_zone);
    const QDateTime end = a.endsAt.toTimeZone(m_zone);
    QString text = end.date() == start.date()
        ? tr("%1–%2").arg(locale.toString(start.time(), QLocale::ShortFormat),
                          locale.toString(end.time(), QLocale::ShortFormat))
        : tr("%1 – %2").arg(locale.toString(start.time(), QLocale::ShortFormat),
                            locale.toString(end, QLocale::ShortFormat));
    const QTimeZone own(a.timeZone.toUtf8());
    if (own.isValid() && own.offsetFromUtc(a.startsAt) != m_zone.offsetFromUtc(a.startsAt)) {
        const QDateTime there = a.startsAt.toTimeZone(own);
        text = tr("%1 (%2 in %3)")
                   .arg(text, locale.toString(there.time(), QLocale::ShortFormat), a.timeZone);
    }
    return text;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const appointments::Appointment &a = m_items.at(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines {a.title};
        if (!a.notes.isEmpty())
            lines << a.notes.left(500);
        if (!a.attendees.isEmpty())
            lines << tr("Attendees: %1").arg(a.attendees.join(u", "_s));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return dayText(a);
    case TimeColumn:
        return timeText(a);
    case TitleColumn:
        return a.title;
    case KindColumn:
        return kindText(a.kind);
    case LocationColumn:
        return a.location;
    }
    return {};
}

} // namespace wedsync
