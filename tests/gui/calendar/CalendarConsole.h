#pragma once
// For the Calendars screen's GUI tests: a signed-in console (PageConsole) showing the Calendars
// screen, with what the tests read of it — the accounts panel's rows and cells, the sync result
// line, its buttons, and the agenda's appointments by title.

#include "AgendaModel.h"
#include "CalendarAccountModels.h"
#include "ShellTestSupport.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarsPage.h"

#include <QLabel>
#include <QPushButton>

namespace wedsync::test {

struct CalendarConsole : PageConsole<CalendarsPage>
{
    using PageConsole::PageConsole;
    CalendarAccountsPanel *panel() const { return page()->accountsPanel(); }
    CalendarAccountModel *accounts() const { return panel()->accounts(); }
    int accountRow(const QString &name) const
    {
        for (int row = 0; row < accounts()->rowCount(); ++row)
            if (accounts()->item(row).name == name)
                return row;
        return -1;
    }
    QString cell(const QString &name, int column) const
    {
        const int row = accountRow(name);
        return row < 0 ? QString() : accounts()->index(row, column).data().toString();
    }
    int agendaRow(const QString &title) const
    {
        AgendaModel *agenda = page()->agenda();
        for (int row = 0; row < agenda->rowCount(); ++row)
            if (agenda->item(row).title == title)
                return row;
        return -1;
    }
    // How many appointments of the agenda have this title (an import made twice shows 2).
    int agendaCount(const QString &title) const
    {
        int count = 0;
        for (const appointments::Appointment &a : page()->agenda()->items())
            count += a.title == title ? 1 : 0;
        return count;
    }
    QString syncResult() const
    {
        return panel()->findChild<QLabel *>(QStringLiteral("syncResult"))->text();
    }
    QPushButton *button(const QString &name) const
    {
        return panel()->findChild<QPushButton *>(name);
    }
};

} // namespace wedsync::test
