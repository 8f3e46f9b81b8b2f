#pragma once
// The accounts panel's dialogs. Edit changes how an account syncs (its calendars, offered
// again by a connection test, direction, conflict rule, schedule, time zone) on the version
// shown. Relink gives an account whose password the calendar server refused its new one, or
// signs a Google or Microsoft account in again in the browser, and syncs it at once to prove
// it: its event mappings stay, so nothing is made twice.

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
class OAuthSignInPanel;
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

// Relink for a Google or Microsoft account (its sign-in revoked, expired or never finished): the
// provider's sign-in page in the browser, on the same account. Closing it before the browser
// answers abandons the sign-in.
class CalendarSignInDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarSignInDialog(CalendarAccountActions *actions, const CalendarAccountInfo &account,
                         QWidget *parent = nullptr);
    OAuthSignInPanel *panel() const { return m_panel; }

Q_SIGNALS:
    // Signed in and synced; `run` is empty when the account has no calendars to sync yet.
    void relinked(const wedsync::CalendarAccountInfo &account, const wedsync::CalendarSyncRun &run);

protected:
    void done(int result) override;

private:
    CalendarAccountActions *m_actions;
    OAuthSignInPanel *m_panel;
    QProgressBar *m_busy;
    QLabel *m_problem;
};

} // namespace wedsync
