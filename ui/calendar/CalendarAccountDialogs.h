#pragma once
// The accounts panel's two dialogs. Edit changes how an account syncs (its calendars, offered
// again by a connection test, direction, conflict rule, schedule, time zone) on the version
// shown. Relink gives an account whose password the calendar server refused its new one and
// syncs it at once to prove it: its event mappings stay, so nothing is made twice.

#include "CalendarAccountRecords.h"
#include "common/FormProblems.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace wedsync {

class CalendarAccountActions;
class CalendarSyncForm;
struct ApiError;

class CalendarAccountDialog : public QDialog
{
    Q_OBJECT
public:
    // `actions` become the dialog's child.
    CalendarAccountDialog(CalendarAccountActions *actions, const CalendarAccountInfo &account,
                          QWidget *parent = nullptr);
    CalendarSyncForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const wedsync::CalendarAccountInfo &account);

private:
    void save();
    void onFailed(const QString &what, const ApiError &error);

    CalendarAccountActions *m_actions;
    CalendarAccountInfo m_account;
    CalendarSyncForm *m_form;
    QLabel *m_lookup;
    QLabel *m_problem;
    QPushButton *m_save;
    bool m_saving = false;
};

class CalendarRelinkDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarRelinkDialog(CalendarAccountActions *actions, const CalendarAccountInfo &account,
                         QWidget *parent = nullptr);
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *relinkButton() const { return m_relink; }

Q_SIGNALS:
    void relinked(const wedsync::CalendarAccountInfo &account, const wedsync::CalendarSyncRun &run);

private:
    void relink();
    void setBusy(bool busy);

    CalendarAccountActions *m_actions;
    CalendarAccountInfo m_account;
    QLineEdit *m_password;
    QProgressBar *m_busy;
    QLabel *m_problem;
    QPushButton *m_relink;
    FieldProblems m_problems;
    bool m_working = false;
};

} // namespace wedsync
