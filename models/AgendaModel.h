#pragma once
// The agenda of the Calendars screen: one row per appointment, soonest first, with its day and
// time as the reader's clock shows them (an all-day appointment is "All day", on its own dates
// whatever the reader's zone; a timed one names its zone when it differs from the reader's).

#include "AppointmentRules.h"
#include "ItemTableModel.h"

#include <QTimeZone>

namespace wedsync {

class AgendaModel : public ItemTableModel<appointments::Appointment, 5>
{
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, TitleColumn, KindColumn, LocationColumn, ColumnCount };
    using ItemTableModel::ItemTableModel;
    static_assert(ColumnCount == ItemTableModel::columns());

    // The reader's zone (tests pin it; the system's by default).
    void setReaderZone(const QTimeZone &zone) { m_zone = zone; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindText(const QString &kind);
    QString dayText(const appointments::Appointment &a) const;
    QString timeText(const appointments::Appointment &a) const;

protected:
    QStringList headerNames() const override;

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace wedsync
