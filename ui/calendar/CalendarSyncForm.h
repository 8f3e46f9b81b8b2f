#pragma once
// How a calendar account syncs, as the connect wizard's last step and the Edit dialog ask it:
// the calendars to sync (the first receives exported appointments), the direction, what wins a
// conflict (with a sentence saying what that does), how often, and the time zone of all-day
// and floating events. The server's per-field refusals appear under their field.

#include "CalendarAccountRecords.h"
#include "common/FormProblems.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace wedsync {

struct ApiError;

class CalendarSyncForm : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarSyncForm(QWidget *parent = nullptr);

    // The calendars offered, those in `chosen` ticked (none chosen: the first one).
    void setCalendars(const QList<CalendarFound> &found, const QStringList &chosen);
    void setValues(const CalendarAccountInfo &account);
    QStringList chosenCalendars() const;
    // Everything the form holds, as a change to send.
    CalendarAccountChange change() const;
    // Shows the server's refusal by the fields; returns what no field took.
    QString showProblems(const ApiError &error);
    void clearProblems() { m_problems.clear(); }

    QListWidget *calendarList() const { return m_calendars; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *strategyBox() const { return m_strategy; }
    QSpinBox *scheduleBox() const { return m_schedule; }
    QComboBox *timeZoneBox() const { return m_timeZone; }

Q_SIGNALS:
    void calendarsChanged();

private:
    void updateDirectionHelp();
    void updateStrategyHelp();

    QListWidget *m_calendars;
    QComboBox *m_direction;
    QLabel *m_directionHelp;
    QComboBox *m_strategy;
    QLabel *m_strategyHelp;
    QSpinBox *m_schedule;
    QComboBox *m_timeZone;
    FieldProblems m_problems;
};

} // namespace wedsync
